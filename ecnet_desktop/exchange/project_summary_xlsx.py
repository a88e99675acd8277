"""The coordinator's project summary workbook: a totals sheet (targets, events, breakdowns,
months) and a sheet per event, with the same figures as the dashboard (formula-safe, atomic)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)

from ..domain import countries
from ..domain.enums import EventKind
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.progress import Progress
from ..services.statistics import ProjectFigures
from .event_report_xlsx import (
    COUNT,
    COUNTRY,
    INTERNATIONAL,
    LOCAL,
    MET,
    NOT_MET,
    NOT_REQUIRED,
    PARTICIPANTS,
    UNKNOWN_COUNTRY,
    SheetWriter,
    Translate,
    enum_text,
    say,
    sheet_title,
    write_breakdowns,
    write_event_block,
)
from .safe_xlsx import atomic_save

if TYPE_CHECKING:
    from ..services.container import Services

C = "report workbook"
TOTALS_SHEET = QT_TRANSLATE_NOOP(C, "Totals")
SUMMARY_TITLE = QT_TRANSLATE_NOOP(C, "EC-NET project summary")
SCOPE_ALL = QT_TRANSLATE_NOOP(C, "Events counted: all kinds")
SCOPE_KIND = QT_TRANSLATE_NOOP(C, "Events counted: {kind}")
TARGET = QT_TRANSLATE_NOOP(C, "Target")
REACHED = QT_TRANSLATE_NOOP(C, "Reached")
PROGRESS = QT_TRANSLATE_NOOP(C, "Progress")
INTERNATIONAL_EVENTS = QT_TRANSLATE_NOOP(C, "International events held")
UNIQUE_PARTICIPANTS = QT_TRANSLATE_NOOP(C, "Participants (each person once)")
COUNTRIES = QT_TRANSLATE_NOOP(C, "Participants' countries")
OTHER_FIGURES = QT_TRANSLATE_NOOP(C, "Other figures")
PARTICIPATIONS = QT_TRANSLATE_NOOP(C, "Participations (person × event)")
ATTENDANCES_ALL = QT_TRANSLATE_NOOP(C, "Attendances (person × session, everyone present)")
STAFF_PEOPLE = QT_TRANSLATE_NOOP(C, "Staff (people, counted apart)")
INTERPRETER_PEOPLE = QT_TRANSLATE_NOOP(C, "Interpreters (people, counted apart)")
EVENT = QT_TRANSLATE_NOOP(C, "Event")
KIND = QT_TRANSLATE_NOOP(C, "Kind")
HOST_COUNTRY = QT_TRANSLATE_NOOP(C, "Host country")
START = QT_TRANSLATE_NOOP(C, "Start")
ONE_THIRD_SHORT = QT_TRANSLATE_NOOP(C, "One third abroad")
STAFF_SHORT = QT_TRANSLATE_NOOP(C, "Staff")
INTERPRETERS_SHORT = QT_TRANSLATE_NOOP(C, "Interpreters")
ATTENDANCES_SHORT = QT_TRANSLATE_NOOP(C, "Attendances")
MONTH = QT_TRANSLATE_NOOP(C, "Month")
NEW_PARTICIPANTS = QT_TRANSLATE_NOOP(C, "New participants")
CUMULATIVE = QT_TRANSLATE_NOOP(C, "Participants so far")
PARTICIPANT_ATTENDANCES = QT_TRANSLATE_NOOP(C, "Participants' attendances")
TOTAL_ROW = QT_TRANSLATE_NOOP(C, "Total")


def _english(_context: str, text: str) -> str:
    return text


def export_project_summary(services: Services, path: Path | str,
                           progress: Progress | None = None, *, kind: str | None = None,
                           translate: Translate | None = None,
                           country_name: Callable[[str], str] | None = None) -> Path:
    """Count with services/statistics and write the workbook atomically; returns the path."""
    figures = services.statistics.project_figures(kind, progress)
    return write_project_summary(figures, Path(path), progress, translate=translate,
                                 country_name=country_name)


def write_project_summary(figures: ProjectFigures, path: Path,
                          progress: Progress | None = None, *,
                          translate: Translate | None = None,
                          country_name: Callable[[str], str] | None = None) -> Path:
    tr = translate or _english
    name = country_name or countries.name
    progress = progress or Progress()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    taken: set[str] = set()
    ws.title = sheet_title(say(tr, TOTALS_SHEET), taken)
    wb.properties.title = say(tr, SUMMARY_TITLE)
    _totals(SheetWriter(ws, tr), figures, name)
    total = len(figures.events)
    for n, event in enumerate(figures.events, start=1):
        progress.step(n, total + 1, event.event.title)
        sheet = wb.create_sheet(sheet_title(event.event.title, taken))
        w = SheetWriter(sheet, tr)
        write_event_block(w, event, name)
        w.finish()
    progress.step(total + 1, total + 1, "")  # the last chance to cancel: nothing written
    atomic_save(wb, path)
    return path


def _totals(w: SheetWriter, figures: ProjectFigures, name: Callable[[str], str]) -> None:
    tr = w.tr
    w.title(say(tr, SUMMARY_TITLE), 16)
    scope = (say(tr, SCOPE_ALL) if not figures.kind else
             say(tr, SCOPE_KIND).format(kind=enum_text(tr, EventKind, figures.kind)))
    w.line(scope)
    w.gap()
    t = figures.targets
    w.header(PROGRESS, TARGET, REACHED)
    for label, target, reached in (
            (INTERNATIONAL_EVENTS, t.international_events, figures.international_events_held),
            (UNIQUE_PARTICIPANTS, t.participants, len(figures.participants)),
            (COUNTRIES, t.countries, len(figures.countries))):
        w.line(say(tr, label), target, reached)
    w.gap()
    w.header(OTHER_FIGURES, COUNT)
    w.line(say(tr, PARTICIPATIONS), figures.participations)
    w.line(say(tr, ATTENDANCES_ALL), figures.attendances)
    w.line(say(tr, STAFF_PEOPLE), figures.staff)
    w.line(say(tr, INTERPRETER_PEOPLE), figures.interpreters)
    w.gap()
    w.header(EVENT, KIND, HOST_COUNTRY, START, PARTICIPANTS, LOCAL, INTERNATIONAL,
             ONE_THIRD_SHORT, STAFF_SHORT, INTERPRETERS_SHORT, ATTENDANCES_SHORT)
    for e in figures.events:
        check = (NOT_REQUIRED if not e.is_international_event
                 else MET if e.one_third_met else NOT_MET)
        w.line(e.event.title, enum_text(tr, EventKind, e.event.kind),
               name(e.event.country) if e.event.country else "", e.event.start_date,
               len(e.participants), e.local, e.international, say(tr, check), e.staff,
               e.interpreters, e.attendances)
        w.ws.cell(row=w.row - 1, column=4).number_format = "yyyy-mm-dd"
    w.line(say(tr, TOTAL_ROW), None, None, None, figures.participations,
           sum(e.local for e in figures.events), sum(e.international for e in figures.events),
           None, sum(e.staff for e in figures.events),
           sum(e.interpreters for e in figures.events), figures.attendances, bold=True)
    w.gap()
    w.counts(COUNTRY, [(name(code) if code else say(tr, UNKNOWN_COUNTRY), n)
                       for code, n in figures.by_country()])
    write_breakdowns(w, figures.by_category(), figures.by_gender(), figures.by_age_band())
    w.header(MONTH, NEW_PARTICIPANTS, CUMULATIVE, PARTICIPANT_ATTENDANCES)
    for m in figures.by_month():
        w.line(m.month, m.new_participants, m.cumulative_participants,
               m.participant_attendances)
    w.finish(first_width=48)
