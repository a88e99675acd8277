"""A subject access answer as an xlsx: an About sheet, then one sheet per section; optionally
password-encrypted like the exchange workbook (the file holds personal data)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..services.subject_access import INTRO, TITLE, SubjectAccessReport, cell_text
from .safe_xlsx import atomic_save, write_safe
from .workbook_write import _encrypt, _EncryptedBytes

if TYPE_CHECKING:
    from ..services.container import Services

Translate = Callable[[str, str], str]
ABOUT = QT_TRANSLATE_NOOP("subject access", "About")
GENERATED = QT_TRANSLATE_NOOP("subject access", "Written on {date} by {device}.")
NOTHING = QT_TRANSLATE_NOOP("subject access", "(nothing held)")
MAX_WIDTH = 60


def _english(_context: str, text: str) -> str:
    return text


def export_subject_access(services: Services, person_id: str, path: Path | str, *,
                          password: str | None = None,
                          translate: Translate | None = None) -> Path:
    """Write everything held about the person to ``path`` (atomically); audited."""
    report = services.subject_access.report(person_id)
    write_report(report, path, password=password, translate=translate)
    services.subject_access.record_delivery(
        person_id, "xlsx, encrypted" if password else "xlsx")
    return Path(path)


def write_report(report: SubjectAccessReport, path: Path | str, *,
                 password: str | None = None, translate: Translate | None = None) -> None:
    say = translate or _english

    def tr(source: Source, **params: Any) -> str:
        return say(source.context, str(source)).format(**params)

    wb = Workbook()
    about = wb.active
    assert about is not None
    about.title = tr(ABOUT)[:31]
    wb.properties.title = tr(TITLE, name=report.full_name)
    heading = write_safe(about, 1, 1, tr(TITLE, name=report.full_name))
    heading.font = Font(size=14, bold=True)
    intro = write_safe(about, 2, 1, tr(INTRO, device=report.device_name,
                                       date=report.generated_at.date().isoformat()))
    intro.alignment = Alignment(wrap_text=True, vertical="top")
    about.row_dimensions[2].height = 60
    write_safe(about, 3, 1, tr(GENERATED, date=report.generated_at.isoformat(sep=" "),
                               device=report.device_name))
    about.column_dimensions["A"].width = 100
    fill = PatternFill("solid", start_color="DDE4EE")
    used: set[str] = {about.title}
    for section in report.sections:
        name = _sheet_name(tr(section.title), used)
        ws = wb.create_sheet(name)
        widths = []
        for column, header in enumerate(section.headers, start=1):
            cell = write_safe(ws, 1, column, tr(header))
            cell.font = Font(bold=True)
            cell.fill = fill
            widths.append(len(cell.value))
        for row_number, row in enumerate(section.rows, start=2):
            for column, value in enumerate(row, start=1):
                text = cell_text(value, say)
                write_safe(ws, row_number, column, text)
                widths[column - 1] = max(widths[column - 1], len(text))
        if not section.rows:
            write_safe(ws, 2, 1, tr(NOTHING))
        ws.freeze_panes = "A2"
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = max(8, min(width + 2,
                                                                               MAX_WIDTH))
    if password:
        plain = io.BytesIO()
        wb.save(plain)
        atomic_save(_EncryptedBytes(_encrypt(plain.getvalue(), password)), path)
    else:
        atomic_save(wb, path)


def _sheet_name(title: str, used: set[str]) -> str:
    # Sheet names: at most 31 characters, none of []:*?/\ and unique.
    clean = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()[:31] or "Sheet"
    name, n = clean, 2
    while name in used:
        suffix = f" {n}"
        name = clean[:31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name
