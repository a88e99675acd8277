"""Tests for reliability."""
