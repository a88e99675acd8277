"""The event report as a workbook: the same figures as the PDF, one block under another, and
the website text on a sheet of its own (formula-safe, written atomically)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]

from ..domain import countries
from ..domain.enums import EventKind, Gender, LabelledEnum, PersonCategory
from ..domain.i18n import ENUM_CONTEXT, QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..services.event_report_data import (
    EventReport,
    load_event_report,
    session_kind_label,
    website_text,
)
from ..services.statistics import AGE_BAND_LABELS, UNKNOWN, UNKNOWN_LABEL, Counts, EventFigures
from .safe_xlsx import atomic_save, write_safe

if TYPE_CHECKING:
    from ..services.container import Services

Translate = Callable[[str, str], str]
CountryName = Callable[[str], str]

C = "report workbook"
PLACE = QT_TRANSLATE_NOOP(C, "Place")
DATES = QT_TRANSLATE_NOOP(C, "Dates")
KIND = QT_TRANSLATE_NOOP(C, "Kind of event")
FIGURES = QT_TRANSLATE_NOOP(C, "Figures")
PARTICIPANTS = QT_TRANSLATE_NOOP(C, "Participants")
LOCAL = QT_TRANSLATE_NOOP(C, "Local")
INTERNATIONAL = QT_TRANSLATE_NOOP(C, "International")
SHARE_INTERNATIONAL = QT_TRANSLATE_NOOP(C, "Share international")
ONE_THIRD = QT_TRANSLATE_NOOP(C, "One-third-international check")
MET = QT_TRANSLATE_NOOP(C, "met")
NOT_MET = QT_TRANSLATE_NOOP(C, "not met")
NOT_REQUIRED = QT_TRANSLATE_NOOP(C, "not required")
STAFF = QT_TRANSLATE_NOOP(C, "Staff (counted apart)")
INTERPRETERS = QT_TRANSLATE_NOOP(C, "Interpreters (counted apart)")
ATTENDANCES = QT_TRANSLATE_NOOP(C, "Attendances (person × session)")
COUNTRY = QT_TRANSLATE_NOOP(C, "Country")
TOTAL = QT_TRANSLATE_NOOP(C, "Total")
CATEGORY = QT_TRANSLATE_NOOP(C, "Category")
GENDER = QT_TRANSLATE_NOOP(C, "Gender")
AGE_BAND = QT_TRANSLATE_NOOP(C, "Age band")
COUNT = QT_TRANSLATE_NOOP(C, "Count")
DATE = QT_TRANSLATE_NOOP(C, "Date")
START = QT_TRANSLATE_NOOP(C, "Start")
END = QT_TRANSLATE_NOOP(C, "End")
SESSION = QT_TRANSLATE_NOOP(C, "Session")
SESSION_KIND = QT_TRANSLATE_NOOP(C, "Kind")
PRESENT = QT_TRANSLATE_NOOP(C, "Present")
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(C, "country not recorded")
REPORT_SHEET = QT_TRANSLATE_NOOP(C, "Event report")
WEBSITE_SHEET = QT_TRANSLATE_NOOP(C, "Website text")
WEBSITE_TITLE = QT_TRANSLATE_NOOP(C, "Text for the host town's website")

HEADER_FILL = PatternFill("solid", start_color="DDE4EE")
BOLD = Font(bold=True)
_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _english(_context: str, text: str) -> str:
    return text


def say(tr: Translate, source: Source) -> str:
    return tr(source.context, str(source))


def enum_text(tr: Translate, enum: type[LabelledEnum], value: str) -> str:
    if not value:
        return say(tr, UNKNOWN_LABEL)
    try:
        return tr(ENUM_CONTEXT, enum(value).label)
    except ValueError:
        return value  # a value from a newer app version: written as stored


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique worksheet name (31 characters, none of []:*?/\\)."""
    base = _SHEET_CHARS.sub(" ", text).strip()[:31].strip() or "Sheet"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)].strip() + suffix, n + 1
    taken.add(title.casefold())
    return title


class SheetWriter:
    """Writes blocks downwards on one worksheet; remembers the widest text per column."""

    def __init__(self, ws: Any, tr: Translate) -> None:
        self.ws, self.tr, self.row = ws, tr, 1
        self.widths: dict[int, int] = {}

    def put(self, column: int, value: Any, *, bold: bool = False, fill: bool = False,
            number_format: str | None = None) -> None:
        cell = write_safe(self.ws, self.row, column, value)
        if bold:
            cell.font = BOLD
        if fill:
            cell.fill = HEADER_FILL
        if number_format:
            cell.number_format = number_format
        self.widths[column] = max(self.widths.get(column, 0), len(str(value)))

    def line(self, *values: Any, bold: bool = False, fill: bool = False) -> None:
        for column, value in enumerate(values, start=1):
            if value is not None:
                self.put(column, value, bold=bold, fill=fill)
        self.row += 1

    def header(self, *sources: Source) -> None:
        self.line(*(say(self.tr, s) for s in sources), bold=True, fill=True)

    def title(self, text: str, size: int = 14) -> None:
        cell = write_safe(self.ws, self.row, 1, text)
        cell.font = Font(size=size, bold=True)
        self.row += 1

    def gap(self) -> None:
        self.row += 1

    def counts(self, heading: Source, rows: list[tuple[str, int]]) -> None:
        self.header(heading, COUNT)
        for text, n in rows:
            self.line(text, n)
        self.line(say(self.tr, TOTAL), sum(n for _, n in rows), bold=True)
        self.gap()

    def finish(self, first_width: int = 34) -> None:
        from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

        for column, width in self.widths.items():
            limit = first_width if column == 1 else 40
            self.ws.column_dimensions[get_column_letter(column)].width = max(
                8, min(width + 2, limit))


def write_event_block(w: SheetWriter, figures: EventFigures, country_name: CountryName,
                      format_date: Callable[[Any], Any] | None = None) -> None:
    """The event's heading and every table of the report, from the writer's current row."""
    tr = w.tr
    e = figures.event
    w.title(e.title)
    where = ", ".join(x for x in (e.venue, e.host_town,
                                  country_name(e.country) if e.country else "") if x)
    w.line(say(tr, PLACE), where)
    w.line(say(tr, DATES), e.start_date, e.end_date)
    for column in (2, 3):
        w.ws.cell(row=w.row - 1, column=column).number_format = "yyyy-mm-dd"
    w.line(say(tr, KIND), enum_text(tr, EventKind, e.kind))
    w.gap()
    count = len(figures.participants)
    check = (NOT_REQUIRED if not figures.is_international_event
             else MET if figures.one_third_met else NOT_MET)
    w.header(FIGURES, COUNT)
    w.line(say(tr, PARTICIPANTS), count)
    w.line(say(tr, LOCAL), figures.local)
    w.line(say(tr, INTERNATIONAL), figures.international)
    w.line(say(tr, SHARE_INTERNATIONAL), round(figures.international_share, 4))
    w.ws.cell(row=w.row - 1, column=2).number_format = "0%"
    w.line(say(tr, ONE_THIRD), say(tr, check))
    w.line(say(tr, STAFF), figures.staff)
    w.line(say(tr, INTERPRETERS), figures.interpreters)
    w.line(say(tr, ATTENDANCES), figures.attendances)
    w.gap()
    w.header(COUNTRY, LOCAL, INTERNATIONAL, TOTAL)
    for code, local, abroad in figures.by_country():
        w.line(country_name(code) if code else say(tr, UNKNOWN_COUNTRY), local, abroad,
               local + abroad)
    w.line(say(tr, TOTAL), figures.local, figures.international, count, bold=True)
    w.gap()
    write_breakdowns(w, figures.by_category(), figures.by_gender(), figures.by_age_band())
    w.header(DATE, START, END, SESSION, SESSION_KIND, PRESENT, PARTICIPANTS)
    for s in figures.sessions:
        x = s.session
        w.line(x.start.date(), x.start.strftime("%H:%M"), x.end.strftime("%H:%M"), x.title,
               session_kind_label(x.kind, tr), s.present, s.participants)
        w.ws.cell(row=w.row - 1, column=1).number_format = "yyyy-mm-dd"
    w.line(say(tr, TOTAL), None, None, None, None, figures.attendances,
           figures.participant_attendances, bold=True)
    w.gap()


def write_breakdowns(w: SheetWriter, categories: Counts, genders: Counts,
                     age_bands: Counts) -> None:
    tr = w.tr
    w.counts(CATEGORY, [(enum_text(tr, PersonCategory, k), n) for k, n in categories])
    w.counts(GENDER, [(enum_text(tr, Gender, k), n) for k, n in genders])
    w.counts(AGE_BAND, [(say(tr, AGE_BAND_LABELS[k if k else UNKNOWN]), n)
                        for k, n in age_bands])


def export_event_report(services: Services, event_id: str, path: Path | str,
                        progress: Progress | None = None, *,
                        translate: Translate | None = None,
                        country_name: CountryName | None = None,
                        format_date: Callable[[Any], str] | None = None) -> Path:
    """Write the event report workbook to ``path`` atomically; returns the path."""
    report = load_event_report(services, event_id, progress)
    return write_event_report_xlsx(report, Path(path), progress, translate=translate,
                                   country_name=country_name, format_date=format_date)


def write_event_report_xlsx(report: EventReport, path: Path, progress: Progress | None = None,
                            *, translate: Translate | None = None,
                            country_name: CountryName | None = None,
                            format_date: Callable[[Any], str] | None = None) -> Path:
    tr = translate or _english
    name = country_name or countries.name
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    taken: set[str] = set()
    ws.title = sheet_title(say(tr, REPORT_SHEET), taken)
    wb.properties.title = f"{say(tr, REPORT_SHEET)} – {report.figures.event.title}"
    w = SheetWriter(ws, tr)
    write_event_block(w, report.figures, name)
    w.finish()
    web = wb.create_sheet(sheet_title(say(tr, WEBSITE_SHEET), taken))
    write_safe(web, 1, 1, say(tr, WEBSITE_TITLE)).font = Font(size=14, bold=True)
    text = website_text(report, tr, name, format_date)
    for n, paragraph in enumerate(text.split("\n\n"), start=3):
        cell = write_safe(web, n, 1, paragraph)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    web.column_dimensions["A"].width = 110
    if progress is not None:
        progress.step(1, 1, "")  # the last chance to cancel: nothing written yet
    atomic_save(wb, path)
    return path
