"""Plain-Python core: enums, records, validation, clocks; no Qt, no database."""
