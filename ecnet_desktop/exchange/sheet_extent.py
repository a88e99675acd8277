"""How far a worksheet's cells reach, checked on the raw XML before any parser sees it.

A reader lays a sheet out as a dense grid from A1 to its farthest cell, so one cell placed at
row 1,000,000 or column XFD costs as much memory as a full sheet (python-calamine aborts the
whole process when it cannot allocate that). Positions beyond the caps are refused first.
The patterns start with a literal so the regex engine skims a 60 MB sheet in a fraction of a
second; an attribute other than a position never holds capital letters followed by digits.
"""

from __future__ import annotations

import re

# Widest sheet: 27 columns; a person may add a few. AF = 32.
MAX_COLUMN_LETTERS = "AF"
# A position at row 1,000,000 or beyond (seven or more digits).
_FAR_ROW = re.compile(rb'r="[A-Z]*[0-9]{7,}"')
# A cell position right of column AF: three letters, or two starting beyond A, or A[G-Z].
_FAR_COLUMN = re.compile(rb'r="(?:[A-Z]{3,}|[B-Z][A-Z]|A[G-Z])[0-9]')
# A cell without a position is placed after the previous one, so its reach is unbounded;
# Excel, LibreOffice and openpyxl always write positions.
_UNPLACED_CELL = re.compile(rb'<c(?=[\s/>])(?![^>]*\sr=")[^>]*>')
# Spreadsheet programs write the worksheet in the default namespace: a prefixed one would
# hide its cells from the patterns above.
_PREFIXED = b":sheetData"


def far_row(window: bytes) -> bool:
    return _FAR_ROW.search(window) is not None


def far_column(window: bytes) -> bool:
    return _FAR_COLUMN.search(window) is not None


def unplaced_cell(window: bytes) -> bool:
    return _PREFIXED in window or _UNPLACED_CELL.search(window) is not None
