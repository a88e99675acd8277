"""Tests for domain."""
