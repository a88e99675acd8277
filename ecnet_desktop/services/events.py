"""Events and their programme of sessions: create, edit, delete (tombstone), list."""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

from sqlalchemy import extract, select

from ..domain import validation as v
from ..domain.enums import EventKind, SessionKind
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP as N_
from ..domain.i18n import msg
from ..domain.ids import new_id
from ..domain.records import EventRecord, SessionRecord
from ..store.models import Event, EventSession, Methodology, Organisation, Person
from .base import ServiceBase, to_record

EVENT_DEFAULTS: dict[str, Any] = {
    "host_town": "", "country": "", "venue": "", "priorities": "",
    "host_organisation_id": None, "description": "",
}
SESSION_DEFAULTS: dict[str, Any] = {
    "room": "", "kind": SessionKind.WORKSHOP.value, "methodology_id": None,
    "facilitator_id": None, "priorities": "",
}


def _clean_event(values: dict[str, Any]) -> dict[str, Any]:
    start = v.as_date("start_date", values.get("start_date"))
    end = v.as_date("end_date", values.get("end_date") or start)
    v.date_range(start, end)
    return {
        "kind": v.choice("kind", values.get("kind"), EventKind).value,
        "title": v.required_text("title", values.get("title")),
        "host_town": v.optional_text("host_town", values.get("host_town"), 200),
        "country": v.country("country", values.get("country")),
        "venue": v.optional_text("venue", values.get("venue")),
        "start_date": start,
        "end_date": end,
        "priorities": v.priorities("priorities", values.get("priorities")),
        "host_organisation_id": values.get("host_organisation_id") or None,
        "description": str(values.get("description") or "").strip(),
    }


def _clean_session(values: dict[str, Any], event: Event) -> dict[str, Any]:
    start = v.as_datetime("start", values.get("start"))
    end = v.as_datetime("end", values.get("end"))
    if end <= start:
        raise ValidationError(
            "end", msg(N_("validation", "The session must end after it starts."))
        )
    first = dt.datetime.combine(event.start_date, dt.time.min)
    last = dt.datetime.combine(event.end_date, dt.time.max)
    if start < first or end > last:
        raise ValidationError(
            "start",
            msg(
                N_("validation", "The session ({start}) falls outside the event's dates "
                   "({first} to {last})."),
                start=start.strftime("%Y-%m-%d %H:%M"),
                first=event.start_date.isoformat(),
                last=event.end_date.isoformat(),
            ),
        )
    return {
        "event_id": event.id,
        "title": v.required_text("title", values.get("title")),
        "start": start,
        "end": end,
        "room": v.optional_text("room", values.get("room"), 200),
        "kind": v.choice("kind", values.get("kind") or "workshop", SessionKind).value,
        "methodology_id": values.get("methodology_id") or None,
        "facilitator_id": values.get("facilitator_id") or None,
        "priorities": v.priorities("priorities", values.get("priorities")),
    }


class EventService(ServiceBase):
    def create(self, **values: Any) -> EventRecord:
        clean = _clean_event(EVENT_DEFAULTS | values)
        with self.sessions.begin() as s:
            self._check_links(s, clean)
            row = self._new(s, Event(id=new_id(), **clean))
            return to_record(row, EventRecord)

    def update(self, event_id: str, **changes: Any) -> EventRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Event, event_id, "event_id")
            clean = _clean_event(to_record(row, EventRecord).__dict__ | changes)
            self._check_links(s, clean)
            self._change(row, clean)
            return to_record(row, EventRecord)

    def delete(self, event_id: str) -> None:
        """Tombstone the event and its sessions (their attendance stays for the counts)."""
        with self.sessions.begin() as s:
            row = self._live(s, Event, event_id, "event_id")
            for session in s.scalars(select(EventSession).where(
                    EventSession.event_id == event_id, EventSession.deleted.is_(False))):
                self._delete(session)
            self._delete(row)

    def get(self, event_id: str) -> EventRecord:
        with self.sessions() as s:
            return to_record(self._live(s, Event, event_id, "event_id"), EventRecord)

    def list(
        self, *, kind: str | None = None, year: int | None = None, country: str | None = None
    ) -> list[EventRecord]:
        """Live events, newest programme last (by start date, then title, then id)."""
        query = select(Event).where(Event.deleted.is_(False))
        if kind:
            query = query.where(Event.kind == kind)
        if year:
            query = query.where(extract("year", Event.start_date) == year)
        if country:
            query = query.where(Event.country == country)
        with self.sessions() as s:
            rows = s.scalars(query.order_by(Event.start_date, Event.title, Event.id)).all()
            return [to_record(r, EventRecord) for r in rows]

    def _check_links(self, s: Any, clean: dict[str, Any]) -> None:
        if clean["host_organisation_id"]:
            self._live(s, Organisation, clean["host_organisation_id"], "host_organisation_id")

    # -- programme -------------------------------------------------------------------------

    def add_session(self, event_id: str, **values: Any) -> SessionRecord:
        with self.sessions.begin() as s:
            event = self._live(s, Event, event_id, "event_id")
            clean = _clean_session(SESSION_DEFAULTS | values, event)
            self._check_session_links(s, clean)
            row = self._new(s, EventSession(id=new_id(), **clean))
            return to_record(row, SessionRecord)

    def update_session(self, session_id: str, **changes: Any) -> SessionRecord:
        with self.sessions.begin() as s:
            row = self._live(s, EventSession, session_id, "session_id")
            event = self._live(s, Event, row.event_id, "event_id")
            current = to_record(row, SessionRecord).__dict__ | changes
            clean = _clean_session(current, event)
            self._check_session_links(s, clean)
            self._change(row, clean)
            return to_record(row, SessionRecord)

    def delete_session(self, session_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, EventSession, session_id, "session_id"))

    def get_session(self, session_id: str) -> SessionRecord:
        with self.sessions() as s:
            return to_record(self._live(s, EventSession, session_id, "session_id"),
                             SessionRecord)

    def sessions_of(self, event_id: str | None = None) -> builtins.list[SessionRecord]:
        """Live sessions (of one event, or all), by start time, title and id."""
        query = select(EventSession).where(EventSession.deleted.is_(False))
        if event_id:
            with self.sessions() as s:
                self._live(s, Event, event_id, "event_id")
            query = query.where(EventSession.event_id == event_id)
        with self.sessions() as s:
            rows = s.scalars(
                query.order_by(EventSession.start, EventSession.title, EventSession.id)
            ).all()
            return [to_record(r, SessionRecord) for r in rows]

    def _check_session_links(self, s: Any, clean: dict[str, Any]) -> None:
        if clean["methodology_id"]:
            self._live(s, Methodology, clean["methodology_id"], "methodology_id")
        if clean["facilitator_id"]:
            self._live(s, Person, clean["facilitator_id"], "facilitator_id")
