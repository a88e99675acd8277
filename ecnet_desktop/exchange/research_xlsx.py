"""The pseudonymised research export as an xlsx: a sheet per guide and a codebook sheet;
written atomically, text never becomes a formula, no names or contacts anywhere."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from ..domain.progress import Progress
from ..services.audit import AuditAction
from ..services.research_export import ResearchSheet
from .safe_xlsx import atomic_save, safe_row, set_safe

if TYPE_CHECKING:
    from ..services.container import Services

CODEBOOK = "Codebook"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ResearchExportResult:
    path: Path
    interviews: int
    sheets: int


def sheet_names(sheets: list[ResearchSheet]) -> list[str]:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique (case-insensitive)."""
    used = {CODEBOOK.casefold()}
    names = []
    for number, sheet in enumerate(sheets, start=1):
        cleaned = " ".join(_BAD_SHEET_CHARS.sub(" ", sheet.guide_title).split())
        base = cleaned.strip("'")[:28].strip() or "Guide"
        name = base
        while name.casefold() in used:
            name = f"{base[:24]} ({number})"
            number += 100
        used.add(name.casefold())
        names.append(name)
    return names


def export_research(services: Services, path: Path | str,
                    progress: Progress | None = None) -> ResearchExportResult:
    """Write the research workbook; cancelling through ``progress`` writes nothing.

    Written in openpyxl's write-only mode: ten thousand interviews stream out instead of
    being held as cell objects first.
    """
    progress = progress or Progress()
    sheets = services.research.sheets(progress)
    wb = Workbook(write_only=True)
    names = sheet_names(sheets)
    codebook = wb.create_sheet(CODEBOOK)
    _codebook(codebook, sheets, names)
    total = 0
    for sheet, name in zip(sheets, names, strict=True):
        ws = wb.create_sheet(name)
        for column, spec in enumerate(sheet.columns, start=1):
            ws.column_dimensions[get_column_letter(column)].width = max(10, min(
                len(spec.name) + 4, 30))
        ws.freeze_panes = "C2"
        ws.auto_filter.ref = (f"A1:{get_column_letter(len(sheet.columns))}"
                              f"{max(2, len(sheet.rows) + 1)}")
        ws.append(_bold(safe_row(ws, [spec.name for spec in sheet.columns])))
        for row in sheet.rows:
            ws.append(_cells(ws, row))
            total += 1
            if total % 500 == 0:
                progress.step(total, total, "")
    progress.step(total, total, "")  # the last chance to cancel: nothing written yet
    wb.properties.title = "EC-NET research export"
    wb.properties.creator = "EC-NET Desktop"
    atomic_save(wb, path)
    services.audit.record_file(AuditAction.RESEARCH_EXPORT, path, interviews=total,
                               guides=len(sheets), pseudonymised=True)
    return ResearchExportResult(Path(path), total, len(sheets))


def _cells(ws: Any, row: tuple[Any, ...]) -> list[Any]:
    """Text goes through set_safe (never a formula); numbers and blanks go in as they are,
    which spares a cell object each."""
    return [set_safe(WriteOnlyCell(ws), v) if isinstance(v, str) else v for v in row]


def _bold(cells: list[Any]) -> list[Any]:
    for cell in cells:
        cell.font = Font(bold=True)
    return cells


def _codebook(ws: Any, sheets: list[ResearchSheet], names: list[str]) -> None:
    for letter, width in zip("ABCDE", (28, 20, 70, 16, 60), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A4"
    ws.append(safe_row(ws, [
        "EC-NET research export: pseudonymised, one row per interview with consent. Names and "
        f"contacts are not included. Exported {dt.date.today().isoformat()}."]))
    ws.append([])
    ws.append(_bold(safe_row(ws, ["sheet", "column", "description", "type", "values"])))
    for sheet, name in zip(sheets, names, strict=True):
        for spec in sheet.columns:
            ws.append(safe_row(ws, [name, spec.name, spec.description, spec.kind,
                                    spec.values]))
