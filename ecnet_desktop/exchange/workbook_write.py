"""Writing exchange workbooks: readable sheets per entity, clocks as text, an About sheet."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import __version__
from ..domain.personal_data import PERSONAL_FIELDS
from ..domain.progress import Progress
from ..services.sync_apply import EntitySpec, ExportTable, SyncService, entity_specs
from .merge import Row
from .safe_xlsx import atomic_save, fast_safe, needs_cell, set_safe
from .workbook_format import (
    ABOUT,
    TECH_COLUMNS,
    Headings,
    Translate,
    field_hash,
    headings,
    meta_hash,
    split_clocks,
    write_map,
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


def export_workbook(services: Services, path: Path, *, event_id: str | None = None,
                    password: str | None = None, progress: Progress | None = None,
                    translate: Translate | None = None) -> ExportResult:
    """Write the whole database, or one event with all it needs, to an exchange workbook.

    Sheet names, headers, choices and the About sheet's labels are in the language of
    ``translate(context, text)`` (the UI passes Qt's; English without one); the ⚙ map sheet
    lets a laptop in any language read them back.
    """
    from .merge import merge_rows

    sync = SyncService(services.replica, merge_rows)
    specs = {s.entity: s for s in entity_specs()}
    # openpyxl (and numpy, which it loads when installed) only when a workbook is written:
    # the Exchange section imports this module while the main window opens.
    from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)

    wb = Workbook(write_only=True)
    words = headings({s.entity: [f.name for f in s.fields] for s in specs.values()}, translate)
    about = wb.create_sheet(words.sheets[ABOUT])
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    try:
        for table in sync.export_tables(event_id, progress):
            # The rows written: on a server a row may arrive between counting and reading.
            counts[table.entity] = _write_sheet(wb, specs[table.entity], table, digest, words,
                                                progress)
        write_map(wb, words)
    except BaseException:  # cancelled, or a text that no cell can hold
        _discard(wb)
        raise
    checksum = digest.hexdigest()
    _write_about(about, services, event_id, counts, checksum, words)
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


def _write_sheet(wb: Any, spec: EntitySpec, table: ExportTable, digest: Any,
                 words: Headings, progress: Progress | None = None) -> int:
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    entity = spec.entity
    ws = wb.create_sheet(words.sheets[entity])
    names = [f.name for f in spec.fields]
    headers = [words.headers[entity][n] for n in names]
    width = len(headers) + len(TECH_COLUMNS)
    widths = [min(max(len(h) + 4, 10), MAX_WIDTH) for h in headers]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i in range(len(headers) + 1, width + 1):
        ws.column_dimensions[get_column_letter(i)].width = TECH_WIDTH
    ws.freeze_panes = "A2"
    last = max(table.total + 1, 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{last}"
    for col, name in enumerate(names, start=1):
        if (entity, name) in words.choices:
            dv = DataValidation(type="list", formula1=words.choice_list(entity, name),
                                allow_blank=True)
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
    return _write_rows(ws, spec, table, digest,
                       [words.choices.get((entity, n)) for n in names], progress)


def _write_rows(ws: Any, spec: EntitySpec, table: ExportTable, digest: Any,
                labels: list[dict[str, str] | None], progress: Progress | None) -> int:
    """The hot path: ~6 M cells on the L demo, so per-row work is kept to what the file needs.

    A row never edited (nearly all of them) takes its clock columns from the stored ones and
    its check from per-column caches of field hashes; edited rows and people travelling
    without their data take the general path (split_clocks).
    """
    entity = spec.entity
    names = [f.name for f in spec.fields]
    shown = [_shower(ws, f.kind, lab) for f, lab in zip(spec.fields, labels, strict=True)]
    text = _text(ws, None)  # for text where a number, flag or date belongs
    hashes = [_Hashes(n) for n in names]
    people = entity == "people"  # only people have fields that may travel without their data
    if people:
        gone = (names.index("erased"), names.index("deleted"))
        personal = {i for i, n in enumerate(names) if n in PERSONAL_FIELDS}
    append = ws.append
    written = 0
    for chunk in table.chunks:
        lines = []
        for row in chunk:
            rid, created, clocks, bases = row[0], row[1], row[2] or "{}", row[3] or "{}"
            values = row[4:]
            if people and (values[gone[0]] is True or values[gone[1]] is True):
                # An erased or deleted person travels without personal data (section 4).
                values = [None if i in personal else v for i, v in enumerate(values)]
                created, clocks, bases = split_clocks(
                    _cells(names, row), [n for i, n in enumerate(names) if i in personal])
            elif clocks != "{}" or bases != "{}":
                created, clocks, bases = _edited_clocks(names, row)
            check = (meta_hash(entity, rid, created, clocks, bases, names) + "."
                     + "".join([h[v] for h, v in zip(hashes, values, strict=True)]))
            lines.append(f"{entity}\x1f{rid}\x1f{check}\n")
            # Technical cells unstyled: the grey header marks their columns, and a styled
            # cell per value made the export several times slower than the cells themselves.
            # (A column of numbers, flags or dates may still hold text SQLite was given.)
            out = [v if v is None else f(v) if f is not None
                   else v if v.__class__ is not str else text(v)
                   for f, v in zip(shown, values, strict=True)]
            out += (rid, created, clocks, bases, check)
            append(out)
        # One update per chunk gives the same digest as one per row, for less work.
        digest.update("".join(lines).encode())
        written += len(lines)
        if progress is not None:
            progress.token.check()
    return written


def _cells(names: list[str], row: Sequence[Any]) -> Row:
    """The per-field cells of a stored (id, created, clocks, bases, *fields) row."""
    created = row[1]
    clocks = json.loads(row[2] or "{}")
    bases = json.loads(row[3] or "{}")
    return {f: (row[i], clocks.get(f, created), bases.get(f, ""))
            for i, f in enumerate(names, start=4)}


def _edited_clocks(names: list[str], row: Sequence[Any]) -> tuple[str, str, str]:
    """split_clocks() of an edited row, read off its stored columns where they are canonical.

    What the store keeps (write_cells) is the same canonical form split_clocks computes, only
    spaced differently; a row stored otherwise (by an older version) takes the general path.
    """
    created = row[1]
    clocks = json.loads(row[2] or "{}")
    bases = json.loads(row[3] or "{}")
    if (isinstance(clocks, dict) and isinstance(bases, dict)
            and clocks.keys() <= set(names) and bases.keys() <= set(names)
            and created not in clocks.values() and all(bases.values())):
        shared = len(names) - len(clocks)  # fields still carrying the creation clock
        if all(n < shared or (n == shared and created < c)
               for c, n in Counter(clocks.values()).items()):
            return (created, json.dumps(clocks, sort_keys=True, separators=(",", ":")),
                    json.dumps(bases, sort_keys=True, separators=(",", ":")))
    return split_clocks(_cells(names, row), ())


# Distinct values remembered per column (ids, names, enum codes and flags repeat across
# rows); a column of unique values (times) stops being remembered at this many.
_HASH_CACHE = 50_000


class _Hashes(dict[Any, str]):
    """field_hash(name, value) of one column, remembered: ``hashes[value]``.

    One column holds one type of value, so True and 1 (equal as keys) never meet here.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def __missing__(self, value: Any) -> str:
        text = field_hash(self.name, value)
        if len(self) < _HASH_CACHE:
            self[value] = text
        return text


def _shower(ws: Any, kind: str, labels: dict[str, str] | None) -> Callable[[Any], Any] | None:
    """What _shown() does for one column, decided once: None where values go in as they are."""
    if kind in ("bool", "int", "date"):
        return None
    if kind == "datetime":
        def when(value: Any) -> Any:
            if value.__class__ is dt.datetime:
                # Text keeps the microseconds a spreadsheet's number form would round away;
                # an ISO date starts with a digit and holds nothing a cell must escape.
                return value.isoformat(sep=" ")
            return _shown(ws, value, labels)

        return when
    return _text(ws, labels)


def _text(ws: Any, labels: dict[str, str] | None) -> Callable[[Any], Any]:
    """_shown() for a column of text: most cells need no more than a few quick checks."""
    def text(value: Any) -> Any:
        if value.__class__ is not str:
            return _shown(ws, value, labels)
        if not value:
            return None  # an empty cell reads back as "" either way; None writes no element
        if labels is not None:
            value = labels.get(value, value)
        return fast_safe(ws, value) if needs_cell(value) else value

    return text


def _shown(ws: Any, value: Any, labels: dict[str, str] | None) -> Any:
    """What the cell holds: labels for enum codes, datetimes as text, unsafe text as a cell."""
    if isinstance(value, str):
        if not value:
            # An empty cell reads back as "" either way; None writes no XML element at all.
            return None
        if labels is not None:
            value = labels.get(value, value)
        if needs_cell(value):
            return fast_safe(ws, value)
        return value
    if isinstance(value, dt.datetime):
        # Text keeps the microseconds a spreadsheet's number form would round away; an ISO
        # date starts with a digit and holds nothing a cell must escape.
        return value.isoformat(sep=" ")
    return value


def _write_about(ws: Any, services: Services, event_id: str | None, counts: dict[str, int],
                 checksum: str, words: Headings) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    facts = {"app version": __version__, "device id": services.replica.device_id,
             "device name": services.replica.device_name(), "exported at (UTC)": now,
             "checksum": checksum}
    rows = words.about_rows(facts, event_id, counts)
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

