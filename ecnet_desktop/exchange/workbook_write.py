"""Writing exchange workbooks: readable sheets per entity, clocks as text, an About sheet."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import __version__
from ..domain.fields import label
from ..domain.personal_data import PERSONAL_FIELDS
from ..domain.progress import Progress
from ..services.sync_apply import EntitySpec, StoredRow, SyncService, entity_specs
from .merge import Row
from .safe_xlsx import CELL_LIMIT, NEEDS_CELL, atomic_save, fast_safe, set_safe
from .workbook_format import (
    ABOUT_SHEET,
    ENUMS,
    FORMAT_NAME,
    FORMAT_VERSION,
    SHEETS,
    TECH_COLUMNS,
    field_hash,
    meta_hash,
    split_clocks,
)

if TYPE_CHECKING:
    from ..services.container import Services

TECH_WIDTH = 14
MAX_WIDTH = 40


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    checksum: str


def omitted_fields(entity: str, cells: Row) -> tuple[str, ...]:
    """An erased or deleted person travels without personal data (DESIGN.md section 4)."""
    if entity != "people":
        return ()
    erased = cells.get("erased", (False, "", ""))[0] is True
    deleted = cells.get("deleted", (False, "", ""))[0] is True
    return tuple(f for f in PERSONAL_FIELDS if f in cells) if erased or deleted else ()


def display(entity: str, name: str, value: Any) -> Any:
    """What a person reads in the cell: enum labels instead of stored codes."""
    if isinstance(value, dt.datetime):
        # Text keeps the microseconds a spreadsheet's number form would round away.
        return value.isoformat(sep=" ")
    enum = ENUMS.get((entity, name))
    if enum is not None and value:
        try:
            return enum(value).label
        except ValueError:
            return value
    return value


def export_workbook(services: Services, path: Path, *, event_id: str | None = None,
                    password: str | None = None,
                    progress: Progress | None = None) -> ExportResult:
    """Write the whole database, or one event with all it needs, to an exchange workbook."""
    from .merge import merge_rows

    sync = SyncService(services.replica, merge_rows)
    specs = {s.entity: s for s in entity_specs()}
    # openpyxl (and numpy, which it loads when installed) only when a workbook is written:
    # the Exchange section imports this module while the main window opens.
    from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)

    wb = Workbook(write_only=True)
    about = wb.create_sheet(ABOUT_SHEET)
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    try:
        for entity, rows in sync.dump_stored(event_id, progress):
            counts[entity] = len(rows)
            _write_sheet(wb, specs[entity], rows, digest)
            if progress is not None:
                progress.token.check()
    except BaseException:  # cancelled, or a text that no cell can hold
        _discard(wb)
        raise
    finally:
        _field_hash.cache_clear()  # it holds cell values (names): none kept beyond the file
    checksum = digest.hexdigest()
    _write_about(about, services, event_id, counts, checksum)
    if password:
        plain = io.BytesIO()
        wb.save(plain)
        atomic_save(_EncryptedBytes(_encrypt(plain.getvalue(), password)), path)
    else:
        try:
            atomic_save(wb, path)
        except BaseException:  # a full disk or a folder nobody may write to
            _discard(wb)
            raise
    services.audit.record_file("export", path, scope=event_id or "whole database",
                               encrypted=bool(password), rows=sum(counts.values()))
    return ExportResult(Path(path), counts, checksum)


def _discard(wb: Any) -> None:
    """Close a write-only workbook that will not be saved, removing its temporary files."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
            ws._writer.cleanup()


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _field_hash(name: str, value: Any) -> str:
    """field_hash() remembered: ids, names, enum values and flags repeat across rows."""
    return field_hash(name, value)


def _clock_columns(row: StoredRow, omitted: tuple[str, ...]) -> tuple[str, str, str]:
    """split_clocks() of the row; a row never edited is answered from its stored columns."""
    if not omitted and row.clocks == "{}" and row.bases == "{}":
        return row.created, "{}", "{}"  # every field carries the creation clock, no bases
    return split_clocks(row.cells, omitted)


def _write_sheet(wb: Any, spec: EntitySpec, rows: list[StoredRow], digest: Any) -> None:
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    entity = spec.entity
    ws = wb.create_sheet(str(SHEETS[entity]))
    names = [f.name for f in spec.fields]
    headers = [str(label(n)) for n in names]
    width = len(headers) + len(TECH_COLUMNS)
    widths = [min(max(len(h) + 4, 10), MAX_WIDTH) for h in headers]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i in range(len(headers) + 1, width + 1):
        ws.column_dimensions[get_column_letter(i)].width = TECH_WIDTH
    ws.freeze_panes = "A2"
    last = max(len(rows) + 1, 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{last}"
    for col, name in enumerate(names, start=1):
        enum = ENUMS.get((entity, name))
        if enum is not None:
            options = ",".join(m.label for m in enum)
            dv = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
            letter = get_column_letter(col)
            dv.add(f"{letter}2:{letter}{max(last, 1000)}")
            ws.data_validations.append(dv)
    header_cells = []
    for i, text in enumerate([*headers, *TECH_COLUMNS]):
        cell = set_safe(WriteOnlyCell(ws), text)
        cell.font = Font(color="808080") if i >= len(headers) else Font(bold=True)
        if i >= len(headers):
            cell.fill = PatternFill("solid", fgColor="EEEEEE")
        header_cells.append(cell)
    ws.append(header_cells)
    # What display() does, decided once per column: enum columns map codes to labels.
    labels = [{m.value: m.label for m in enum} if (enum := ENUMS.get((entity, n))) else None
              for n in names]
    columns = list(zip(names, labels, strict=True))
    people = entity == "people"  # only people have fields that may travel without their data
    for row in rows:
        cells = row.cells
        omitted = omitted_fields(entity, cells) if people else ()
        if omitted:
            values = [None if n in omitted else cells[n][0] for n in names]
            created, clocks, bases = split_clocks(cells, omitted)
        else:
            values = [cells[n][0] for n in names]
            created, clocks, bases = _clock_columns(row, ())
        check = (meta_hash(entity, row.id, created, clocks, bases, names) + "."
                 + "".join([_field_hash(n, v) for n, v in zip(names, values, strict=True)]))
        digest.update(f"{entity}\x1f{row.id}\x1f{check}\n".encode())
        # Technical cells unstyled: the grey header marks their columns, and a styled cell per
        # value made the export several times slower than writing the cells themselves.
        out = [_shown(ws, v, labels) if v.__class__ is not bool and v is not None else v
               for v, (_, labels) in zip(values, columns, strict=True)]
        out += [row.id, created, clocks, bases, check]
        ws.append(out)


def _shown(ws: Any, value: Any, labels: dict[str, str] | None) -> Any:
    """fast_safe(display(value)): what the cell holds, with labels for enum codes."""
    if isinstance(value, str):
        if not value:
            # An empty cell reads back as "" either way; None writes no XML element at all.
            return None
        if labels is not None:
            value = labels.get(value, value)
        if len(value) > CELL_LIMIT or NEEDS_CELL.search(value):
            return fast_safe(ws, value)
        return value
    if isinstance(value, dt.datetime):
        # Text keeps the microseconds a spreadsheet's number form would round away; an ISO
        # date starts with a digit and holds nothing a cell must escape.
        return value.isoformat(sep=" ")
    return value


def _write_about(ws: Any, services: Services, event_id: str | None, counts: dict[str, int],
                 checksum: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    rows: list[tuple[str, Any]] = [
        ("format", FORMAT_NAME),
        ("format version", FORMAT_VERSION),
        ("app version", __version__),
        ("device id", services.replica.device_id),
        ("device name", services.replica.device_name()),
        ("exported at (UTC)", now),
        ("scope", f"event {event_id}" if event_id else "whole database"),
        ("checksum", checksum),
    ]
    rows += [(f"rows: {SHEETS[e]}", n) for e, n in counts.items()]
    for key, value in rows:
        key_cell = set_safe(WriteOnlyCell(ws), key)
        key_cell.font = Font(bold=True)
        ws.append([key_cell, set_safe(WriteOnlyCell(ws), value)])


class _EncryptedBytes:
    """Lets atomic_save write already-encrypted bytes like a workbook."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def save(self, handle: BinaryIO) -> None:
        handle.write(self.data)


def _encrypt(data: bytes, password: str) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()

