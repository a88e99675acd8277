"""Tests for ui."""
