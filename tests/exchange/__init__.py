"""Tests of the exchange layer: workbooks written and read without Qt."""
