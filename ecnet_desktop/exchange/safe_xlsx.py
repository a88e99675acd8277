"""Writing workbooks safely: text that looks like a formula stays text, files appear atomically."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:  # openpyxl has no type stubs; imported for real only where it is used
    from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]
    from openpyxl.workbook.workbook import Workbook  # type: ignore[import-untyped]
    from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

# A spreadsheet may run text starting with these as a formula (CSV/DDE injection), also
# after a person re-edits the cell; tab and carriage return hide such a start from the eye.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters are not allowed in the workbook XML (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Exchange cells must give back exactly the text written. A bare carriage return becomes a line
# feed in every XML parser; OOXML writes such characters as _xHHHH_ (Excel, LibreOffice and
# python-calamine decode it), so text that already looks like an escape gets its "_" escaped.
_NOT_VERBATIM = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r]|_(?=x[0-9A-Fa-f]{4}_)")
# Either of the above in one search: text that needs a cell object rather than a plain value.
NEEDS_CELL = re.compile(r"^[=+\-@\t\r]|[\x00-\x08\x0b\x0c\x0e-\x1f\r]|_(?=x[0-9A-Fa-f]{4}_)")
# The most characters a cell holds (Excel; python-calamine cuts longer text to this).
CELL_LIMIT = 32_767
# The printable ones of FORMULA_STARTS (tab and carriage return are not printable).
_FORMULA_TEXT = ("=", "+", "-", "@")


def needs_cell(text: str) -> bool:
    """Whether ``text`` must go in as a cell object (see fast_safe) rather than a plain value."""
    if text.isprintable() and "_x" not in text and not text.startswith(_FORMULA_TEXT):
        # What NEEDS_CELL looks for, ruled out about 8× faster than the regular expression
        # can (it runs per cell of a whole database): no control character, tab or line
        # break, no formula start, nothing that looks like an escape.
        return len(text) > CELL_LIMIT
    return len(text) > CELL_LIMIT or NEEDS_CELL.search(text) is not None


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """Drop characters a workbook cannot hold (they come from pasted or scanned text)."""
    return _ILLEGAL.sub("", text)


def escape_text(text: str) -> str:
    """Escape what a cell cannot hold verbatim, so that the reader gives back the same text."""
    return _NOT_VERBATIM.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    return f"_x{ord(match.group(0)):04X}_"


def set_safe(cell: Cell, value: Any, *, exact: bool = False) -> Cell:
    """Put ``value`` in ``cell``; text is always stored as text, never as a formula.

    openpyxl turns a string starting with "=" into a formula; forcing the string type stops
    that, and the quote prefix keeps the cell text when someone edits it in Excel or Calc.
    ``exact`` (exchange workbooks): escape instead of dropping, and refuse what a cell cannot hold.
    """
    if isinstance(value, str):
        text = escape_text(value) if exact else clean_text(value)
        if exact and len(text) > CELL_LIMIT:
            raise UserError(msg(QT_TRANSLATE_NOOP(
                "exchange", "A text of {length} characters does not fit in a workbook cell (at "
                "most {limit}); shorten it and export again. It starts: {start}"),
                length=len(text), limit=CELL_LIMIT, start=value[:60]))
        cell.value = text
        cell.data_type = "s"
        if looks_like_formula(value) or looks_like_formula(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def fast_safe(ws: Worksheet, value: Any) -> Any:
    """What ``ws.append()`` of a write-only sheet may take for ``value``, safely and cheaply.

    Plain values go in as they are (a styled cell object per value costs several times more);
    only text that could run as a formula or holds characters a workbook refuses gets a cell.
    """
    if isinstance(value, str) and needs_cell(value):
        from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

        return set_safe(WriteOnlyCell(ws), value, exact=True)
    return value


def write_safe(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write one cell of a normal (not write-only) worksheet safely."""
    return set_safe(ws.cell(row=row, column=column), value)


def safe_row(ws: Worksheet, values: list[Any]) -> list[Cell]:
    """Cells for ``ws.append()`` of a write-only worksheet, each written safely."""
    from openpyxl.cell import WriteOnlyCell

    return [set_safe(WriteOnlyCell(ws), value) for value in values]


def atomic_save(workbook: Workbook, path: Path | str) -> None:
    """Save next to the target, flush to disk, then rename over it: never a partial file.

    A failure (disk full, file open in Excel on Windows) leaves any earlier file untouched
    and raises a UserError naming the file.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            workbook.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the permissions of the file being replaced; a new file stays private to
            # its owner (mkstemp's default), which suits lists of personal data.
            os.chmod(temp, target.stat().st_mode & 0o777)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _cannot_write(target, exc) from exc
        raise
    _sync_folder(folder)


def _cannot_write(target: Path, exc: OSError) -> UserError:
    return UserError(msg(QT_TRANSLATE_NOOP("exchange", "Could not write {path}: {reason}"),
                         path=str(target), reason=exc.strerror or str(exc)))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
