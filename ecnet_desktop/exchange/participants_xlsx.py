"""The participant list of an event as an xlsx for organisers (internal: everyone registered)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from ..domain import countries
from ..domain.enums import LabelledEnum, PersonCategory, RegistrationRole, RegistrationStatus
from ..domain.fields import label
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..domain.records import EventRecord
from ..services.participants import Participant, count_countries
from .safe_xlsx import atomic_save, write_safe

if TYPE_CHECKING:
    from ..services.container import Services

Translate = Callable[[str, str], str]
HEADERS: tuple[Source, ...] = (
    QT_TRANSLATE_NOOP("participant list", "No."),
    label("family_name"), label("given_name"), label("organisation"), label("town"),
    label("country"), label("email"), label("phone"), label("category"), label("role"),
    label("status"),
    QT_TRANSLATE_NOOP("participant list", "local / international"),
    QT_TRANSLATE_NOOP("participant list", "on published lists"),
)
LOCAL = QT_TRANSLATE_NOOP("participant list", "local")
INTERNATIONAL = QT_TRANSLATE_NOOP("participant list", "international")
YES = QT_TRANSLATE_NOOP("participant list", "yes")
NO = QT_TRANSLATE_NOOP("participant list", "no")
TITLE = QT_TRANSLATE_NOOP("participant list", "Participant list: {title}")
PLACE = QT_TRANSLATE_NOOP("participant list", "Place: {place}")
DATES = QT_TRANSLATE_NOOP("participant list", "Dates: {start} to {end}")
TOTALS = QT_TRANSLATE_NOOP(
    "participant list", "{registered} registered ({local} local, {international} international); "
    "{listed} rows including cancelled and no-shows. Exported {today}.")
SHEET = QT_TRANSLATE_NOOP("participant list", "Participants")

HEADER_ROW = 5  # rows 1-4: the event and totals; row 5: column headers; data below, frozen above
MAX_WIDTH = 45


def _english(_context: str, text: str) -> str:
    return text


def export_participants(services: Services, event_id: str, path: Path | str,
                        progress: Progress | None = None, *,
                        translate: Translate | None = None) -> int:
    """Write the event's participant list to ``path`` atomically; returns the rows written.

    ``translate(context, text)`` localises headers and labels (the UI passes Qt's translate);
    without it the list is in English. Cancelling (through ``progress``) writes nothing.
    """
    localise = translate or _english
    progress = progress or Progress()
    service = services.participants
    event = service.event(event_id)
    people = service.participants(event_id)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _say(localise, SHEET)[:31]
    wb.properties.title = _say(localise, TITLE).format(title=event.title)
    _write_heading(ws, event, people, localise)
    widths = _write_table(ws, people, localise, progress)
    _arrange(ws, widths, len(people))
    progress.step(len(people), len(people), "")  # the last chance to cancel: nothing written
    atomic_save(wb, path)
    return len(people)


def _say(localise: Translate, source: Source) -> str:
    return localise(source.context, str(source))


def _write_heading(ws: Any, event: EventRecord, people: list[Participant],
                   localise: Translate) -> None:
    counts = count_countries(people)
    place = ", ".join(x for x in (event.venue, event.host_town,
                                  countries.name(event.country) if event.country else "") if x)
    title = write_safe(ws, 1, 1, _say(localise, TITLE).format(title=event.title))
    title.font = Font(size=14, bold=True)
    write_safe(ws, 2, 1, _say(localise, PLACE).format(place=place or "—"))
    write_safe(ws, 3, 1, _say(localise, DATES).format(start=event.start_date.isoformat(),
                                                      end=event.end_date.isoformat()))
    write_safe(ws, 4, 1, _say(localise, TOTALS).format(
        registered=counts.total, local=counts.local, international=counts.international,
        listed=len(people), today=dt.date.today().isoformat()))


def _write_table(ws: Any, people: list[Participant], localise: Translate,
                 progress: Progress) -> list[int]:
    """Header row and one row per participant; returns the widest text per column."""
    headers = [_say(localise, h) for h in HEADERS]
    fill = PatternFill("solid", start_color="DDE4EE")
    for column, text in enumerate(headers, start=1):
        cell = write_safe(ws, HEADER_ROW, column, text)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
    widths = [len(h) for h in headers]
    for number, participant in enumerate(people, start=1):
        if number % 200 == 0:
            progress.step(number, len(people), "")
        for column, value in enumerate(_row(number, participant, localise), start=1):
            write_safe(ws, HEADER_ROW + number, column, value)
            widths[column - 1] = max(widths[column - 1], len(str(value)))
    return widths


def _arrange(ws: Any, widths: list[int], rows: int) -> None:
    """Frozen header, filters, widths that fit the text, and a page that prints well."""
    last_column = get_column_letter(len(widths))
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + max(rows, 1)}"
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = max(6, min(width + 2,
                                                                           MAX_WIDTH))
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _enum(enum: type[LabelledEnum], value: str, localise: Translate) -> str:
    try:
        member = enum(value)
    except ValueError:
        return value  # a value from a newer app version: written as stored
    return localise("enum", member.label)


def _row(number: int, p: Participant, localise: Translate) -> list[Any]:
    person, reg = p.person, p.registration
    return [
        number, person.family_name, person.given_name, person.organisation_name, person.town,
        countries.name(person.country) if person.country else "", person.email, person.phone,
        _enum(PersonCategory, person.category, localise),
        _enum(RegistrationRole, reg.role, localise),
        _enum(RegistrationStatus, reg.status, localise),
        _say(localise, INTERNATIONAL if p.international else LOCAL),
        _say(localise, YES if person.consent_lists_at is not None else NO),
    ]
