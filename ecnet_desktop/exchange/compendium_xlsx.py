"""The EC-NET Toolkit and EC-NET Recommendations as workbooks: one row per item and priority.

Like the PDF compendia (printing/compendium.py): grouped by programme priority, every item
traced to its events and sessions, and no personal data (a note's author field is left out).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from ..domain import countries
from ..domain.enums import Priority, RecommendationLevel
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..services.container import Services
from ..services.methodologies import group_methods
from ..services.notes import Place, group_by_priority
from .safe_xlsx import atomic_save, write_safe

Translate = Callable[[str, str], str]

RECOMMENDATIONS = QT_TRANSLATE_NOOP("exchange", "EC-NET Recommendations")
TOOLKIT = QT_TRANSLATE_NOOP("exchange", "EC-NET Toolkit")
PRIORITY = QT_TRANSLATE_NOOP("exchange", "Priority")
NUMBER = QT_TRANSLATE_NOOP("exchange", "No.")
TITLE = QT_TRANSLATE_NOOP("exchange", "Title")
LEVEL = QT_TRANSLATE_NOOP("exchange", "Level")
ADDRESSEE = QT_TRANSLATE_NOOP("exchange", "Addressed to")
TEXT = QT_TRANSLATE_NOOP("exchange", "Recommendation")
ALL_PRIORITIES = QT_TRANSLATE_NOOP("exchange", "All priorities")
EVENT = QT_TRANSLATE_NOOP("exchange", "Event")
TOWN = QT_TRANSLATE_NOOP("exchange", "Town")
COUNTRY = QT_TRANSLATE_NOOP("exchange", "Country")
DATES = QT_TRANSLATE_NOOP("exchange", "Dates")
SESSION = QT_TRANSLATE_NOOP("exchange", "Session")
SEE_ALSO = QT_TRANSLATE_NOOP("exchange", "See also")
NAME = QT_TRANSLATE_NOOP("exchange", "Methodology")
AIM = QT_TRANSLATE_NOOP("exchange", "Aim")
SUMMARY = QT_TRANSLATE_NOOP("exchange", "Summary")
STEPS = QT_TRANSLATE_NOOP("exchange", "Steps")
DURATION = QT_TRANSLATE_NOOP("exchange", "Duration (minutes)")
GROUP_SIZE = QT_TRANSLATE_NOOP("exchange", "Group size")
MATERIALS = QT_TRANSLATE_NOOP("exchange", "Materials")
TIPS = QT_TRANSLATE_NOOP("exchange", "Tips")
SOURCE = QT_TRANSLATE_NOOP("exchange", "Source network")
USED_AT = QT_TRANSLATE_NOOP("exchange", "Used at (event — session, date)")
NO_PRIORITY = QT_TRANSLATE_NOOP("exchange", "Other topics")
WHOLE_EVENT = QT_TRANSLATE_NOOP("exchange", "whole event")
MAX_WIDTH = 60


def _english(_context: str, text: str) -> str:
    return text


def write_recommendations_xlsx(services: Services, path: Path | str,
                               progress: Progress | None = None, *,
                               translate: Translate | None = None) -> int:
    """Every publishable recommendation, one row per priority it serves; returns the rows."""
    say = _sayer(translate)
    entries = services.notes.recommendations(publishable_only=True)
    numbers = {e.note.id: f"R{n}" for n, e in enumerate(entries, 1)}
    headers = [PRIORITY, NUMBER, TITLE, LEVEL, ADDRESSEE, TEXT, EVENT, TOWN, COUNTRY, DATES,
               SESSION, SEE_ALSO]
    rows: list[list[Any]] = []
    for priority, items in group_by_priority(entries):
        for entry in items:
            note, place = entry.note, entry.place
            level = _label(RecommendationLevel(note.level), translate) if note.level in {
                m.value for m in RecommendationLevel} else (note.level or "")
            rows.append([_priority(priority, say, translate), numbers[note.id], note.heading, level,
                         note.addressee, note.text, *_place_cells(place, say),
                         ", ".join(numbers[i] for i in note.related if i in numbers)])
    _save(path, say(RECOMMENDATIONS), [say(h) for h in headers], rows, progress,
          wide={headers.index(TEXT): 70})
    return len(rows)


def write_toolkit_xlsx(services: Services, path: Path | str,
                       progress: Progress | None = None, *,
                       translate: Translate | None = None) -> int:
    """Every methodology, one row per priority it serves, with the sessions that used it."""
    say = _sayer(translate)
    uses = services.methodologies.usages()
    methods = sorted((u.methodology for u in uses.values()), key=lambda m: (m.name, m.id))
    numbers = {m.id: f"T{n}" for n, m in enumerate(methods, 1)}
    headers = [PRIORITY, NUMBER, NAME, AIM, SUMMARY, STEPS, DURATION, GROUP_SIZE, MATERIALS,
               TIPS, SOURCE, USED_AT]
    rows: list[list[Any]] = []
    for priority, items in group_methods(methods):
        for m in items:
            used = "\n".join(_place_line(p, say) for p in uses[m.id].sessions)
            rows.append([_priority(priority, say, translate), numbers[m.id], m.name, m.aim, m.summary,
                         m.steps, m.duration_minutes, m.group_size, m.materials, m.tips,
                         m.source_network, used])
    _save(path, say(TOOLKIT), [say(h) for h in headers], rows, progress,
          wide={headers.index(SUMMARY): 50, headers.index(STEPS): 60,
                headers.index(USED_AT): 70})
    return len(rows)


def _sayer(translate: Translate | None) -> Callable[[Source], str]:
    localise = translate or _english
    return lambda source: localise(source.context, str(source))


def _label(member: Priority | RecommendationLevel, translate: Translate | None) -> str:
    """An enum's label, translated in context "enum" like everywhere else."""
    return (translate or _english)("enum", member.label)


def _priority(priority: Priority | None, say: Callable[[Source], str],
              translate: Translate | None) -> str:
    return _label(priority, translate) if priority is not None else say(NO_PRIORITY)


def _place_cells(place: Place, say: Callable[[Source], str]) -> list[str]:
    dates = place.start_date.isoformat() if place.start_date == place.end_date else \
        f"{place.start_date.isoformat()} – {place.end_date.isoformat()}"
    if place.session_id:
        day = place.session_start.date().isoformat() if place.session_start else ""
        session = f"{place.session_title}, {day}" if day else place.session_title
    else:
        session = say(WHOLE_EVENT)
    return [place.event_title, place.town, countries.name(place.country) if place.country
            else "", dates, session]


def _place_line(place: Place, say: Callable[[Source], str]) -> str:
    event, town, country, dates, session = _place_cells(place, say)
    where = ", ".join(x for x in (town, country) if x)
    return f"{event}, {where}, {dates} — {session}"


def _save(path: Path | str, title: str, headers: Sequence[str], rows: list[list[Any]],
          progress: Progress | None, wide: dict[int, int]) -> None:
    """One sheet: title, date, header row, the rows; ``wide`` caps column widths by index."""
    progress = progress or Progress()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]
    wb.properties.title = title
    wb.properties.creator = "EC-NET Desktop"
    heading = write_safe(ws, 1, 1, title)
    heading.font = Font(size=14, bold=True)
    write_safe(ws, 2, 1, dt.date.today().isoformat())
    header_row = 4
    fill = PatternFill("solid", start_color="DDE4EE")
    for column, text in enumerate(headers, start=1):
        cell = write_safe(ws, header_row, column, text)
        cell.font = Font(bold=True)
        cell.fill = fill
    widths = [len(h) for h in headers]
    top = Alignment(vertical="top", wrap_text=True)
    for number, values in enumerate(rows, start=1):
        if number % 100 == 0:
            progress.step(number, len(rows), "")
        for column, value in enumerate(values, start=1):
            cell = write_safe(ws, header_row + number, column, value)
            cell.alignment = top
            longest = max((len(x) for x in str(value or "").splitlines()), default=0)
            widths[column - 1] = max(widths[column - 1], longest)
    for column, width in enumerate(widths, start=1):
        cap = wide.get(column - 1, MAX_WIDTH)
        ws.column_dimensions[get_column_letter(column)].width = max(6, min(width + 2, cap))
    last = get_column_letter(len(headers))
    ws.freeze_panes = f"C{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(len(rows), 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    progress.step(len(rows), len(rows), "")  # the last chance to cancel: nothing written
    atomic_save(wb, path)
