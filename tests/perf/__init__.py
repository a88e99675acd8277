"""Tests for perf."""
