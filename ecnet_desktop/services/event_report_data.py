"""What an event report says: the event's figures, its programme by day, and the text the host
town publishes on its website, worded from translatable templates in the chosen language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import countries
from ..domain.enums import SessionKind
from ..domain.i18n import ENUM_CONTEXT, QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from .print_data import PrintDataService
from .statistics import EventFigures, SessionCount

if TYPE_CHECKING:
    from .container import Services

Translate = Callable[[str, str], str]
CountryName = Callable[[str], str]
DateFormat = Callable[[dt.date], str]

# The website text follows the publicity wording the Europe for Citizens programme asked for:
# participation, place and dates, a short description.
WEB_PARTICIPATION = QT_TRANSLATE_NOOP(
    "event report", "Participation: The event involved {count} participants, including {list}.")
WEB_PARTICIPATION_NONE = QT_TRANSLATE_NOOP(
    "event report", "Participation: No participants have been recorded yet.")
WEB_COUNTRY_ITEM = QT_TRANSLATE_NOOP("event report", "{count} from {country}")
WEB_UNKNOWN_COUNTRY_ITEM = QT_TRANSLATE_NOOP("event report", "{count} from other countries")
WEB_LIST_AND = QT_TRANSLATE_NOOP("event report", "{items} and {last}")
WEB_PLACE_DATES = QT_TRANSLATE_NOOP(
    "event report", "Place/Dates: The event took place in {place} from {start} to {end}.")
WEB_PLACE_DAY = QT_TRANSLATE_NOOP(
    "event report", "Place/Dates: The event took place in {place} on {date}.")
WEB_DESCRIPTION = QT_TRANSLATE_NOOP("event report", "Short description: {text}")
WEB_AIM = QT_TRANSLATE_NOOP(
    "event report", "The event “{title}” was part of the project EC-NET – European Citizenship "
    "Network of Towns.")
WEB_DAY = QT_TRANSLATE_NOOP("event report", "{day}: {activities}.")
WEB_FUNDING = QT_TRANSLATE_NOOP(
    "event report", "The project was funded by the European Union within the "
    "“Europe for Citizens” programme.")


@dataclass(frozen=True)
class ProgrammeDay:
    """One day of the programme: its sessions with attendance, by start."""

    day: dt.date
    sessions: tuple[SessionCount, ...]


@dataclass(frozen=True)
class EventReport:
    """Everything the event report prints, counted by services/statistics."""

    figures: EventFigures
    host_organisation: str

    @property
    def event(self) -> EventFigures:
        return self.figures

    @property
    def days(self) -> tuple[ProgrammeDay, ...]:
        by_day: dict[dt.date, list[SessionCount]] = {}
        for s in self.figures.sessions:
            by_day.setdefault(s.session.start.date(), []).append(s)
        return tuple(ProgrammeDay(day, tuple(items)) for day, items in sorted(by_day.items()))


def load_event_report(services: Services, event_id: str,
                      progress: Progress | None = None) -> EventReport:
    """The report of one event (raises NotFoundError for an unknown or deleted event)."""
    figures = services.statistics.event_figures(event_id, progress)
    host = services.participants.event(event_id).host_organisation_id
    return EventReport(figures, PrintDataService(services.replica).organisation_name(host))


def _say(translate: Translate, source: Source, **params: object) -> str:
    text = translate(source.context, str(source))
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(source).format(**params)  # a broken translation never stops a report


def _join(translate: Translate, items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _say(translate, WEB_LIST_AND, items=", ".join(items[:-1]), last=items[-1])


def place(report: EventReport, country_name: CountryName = countries.name) -> str:
    e = report.figures.event
    return ", ".join(x for x in (e.venue, e.host_town,
                                 country_name(e.country) if e.country else "") if x)


def website_text(report: EventReport, translate: Translate | None = None,
                 country_name: CountryName | None = None,
                 format_date: DateFormat | None = None) -> str:
    """The publicity text for the host town's website, in the language of ``translate``.

    Paragraphs are separated by blank lines; everything in it comes from the report's figures
    and the programme, so it never disagrees with the tables of the report.
    """
    tr = translate or (lambda _c, text: text)
    name = country_name or countries.name
    date = format_date or (lambda d: d.isoformat())
    figures = report.figures
    event = figures.event
    rows = figures.by_country()
    if figures.participants:
        items = [_say(tr, WEB_COUNTRY_ITEM, count=local + abroad, country=name(code))
                 for code, local, abroad in rows if code]
        unknown = sum(local + abroad for code, local, abroad in rows if not code)
        if unknown:
            items.append(_say(tr, WEB_UNKNOWN_COUNTRY_ITEM, count=unknown))
        participation = _say(tr, WEB_PARTICIPATION, count=len(figures.participants),
                             list=_join(tr, items))
    else:
        participation = _say(tr, WEB_PARTICIPATION_NONE)
    where = ", ".join(x for x in (event.host_town, name(event.country) if event.country else "")
                      if x) or event.venue
    if event.start_date == event.end_date:
        place_dates = _say(tr, WEB_PLACE_DAY, place=where, date=date(event.start_date))
    else:
        place_dates = _say(tr, WEB_PLACE_DATES, place=where, start=date(event.start_date),
                           end=date(event.end_date))
    parts = [_say(tr, WEB_AIM, title=event.title)]
    if event.description.strip():
        parts.append(event.description.strip())
    for day in report.days:
        titles = [s.session.title for s in day.sessions]
        parts.append(_say(tr, WEB_DAY, day=date(day.day), activities="; ".join(titles)))
    description = _say(tr, WEB_DESCRIPTION, text=" ".join(parts))
    return "\n\n".join((participation, place_dates, description, _say(tr, WEB_FUNDING)))


def session_kind_label(kind: str, translate: Translate | None = None) -> str:
    """The readable kind of a session ("workshop"), as stored when unknown."""
    tr = translate or (lambda _c, text: text)
    try:
        member = SessionKind(kind)
    except ValueError:
        return kind
    return tr(ENUM_CONTEXT, member.label)
