"""Events and their programme of sessions: create, edit, delete (tombstone), list."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import extract, select

from ..domain import validation as v
from ..domain.enums import EventKind, SessionKind
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.records import EventRecord, SessionRecord
from ..domain.text import fold
from ..store.models import Event, EventSession, Methodology, Organisation, Person, Synced
from .base import ServiceBase, to_record

M = TypeVar("M", bound=Synced)

EVENT_DEFAULTS: dict[str, Any] = {
    "host_town": "", "country": "", "venue": "", "priorities": "",
    "host_organisation_id": None, "description": "",
}
SESSION_DEFAULTS: dict[str, Any] = {
    "room": "", "kind": SessionKind.WORKSHOP.value, "methodology_id": None,
    "facilitator_id": None, "priorities": "",
}


@dataclass(frozen=True)
class Overlap:
    """Two sessions of one event that use the same room at the same time."""

    room: str
    first: SessionRecord
    second: SessionRecord


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
            "end", msg(QT_TRANSLATE_NOOP("validation", "The session must end after it starts."))
        )
    first = dt.datetime.combine(event.start_date, dt.time.min)
    last = dt.datetime.combine(event.end_date, dt.time.max)
    if start < first or end > last:
        raise ValidationError(
            "start",
            msg(
                QT_TRANSLATE_NOOP("validation", "The session ({start}) falls outside the event's dates "
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
            old = to_record(row, EventRecord)
            clean = _clean_event(old.__dict__ | changes)
            if clean["host_organisation_id"] != old.host_organisation_id:
                self._check_links(s, clean)
            if (clean["start_date"], clean["end_date"]) != (old.start_date, old.end_date):
                moved = "start_date" if clean["start_date"] != old.start_date else "end_date"
                self._check_sessions_fit(s, row.id, clean["start_date"], clean["end_date"], moved)
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

    def any(self) -> bool:
        """Whether any live event exists (one indexed row read, not a count)."""
        with self.sessions() as s:
            return s.scalar(select(Event.id).where(Event.deleted.is_(False)).limit(1)) is not None

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

    def _check_sessions_fit(
        self, s: Any, event_id: str, start: dt.date, end: dt.date, field: str = "start_date"
    ) -> None:
        """New event dates must still hold every live session of its programme."""
        outside = s.scalars(
            select(EventSession).where(
                EventSession.event_id == event_id,
                EventSession.deleted.is_(False),
                (EventSession.start < dt.datetime.combine(start, dt.time.min))
                | (EventSession.end > dt.datetime.combine(end, dt.time.max)),
            ).order_by(EventSession.start)
        ).first()
        if outside is not None:
            raise ValidationError(
                field,
                msg(QT_TRANSLATE_NOOP("validation", "The session “{title}” ({start}) would fall outside the "
                       "new dates; move or delete it first."),
                    title=outside.title, start=outside.start.strftime("%Y-%m-%d %H:%M")),
            )

    def duplicate(self, event_id: str, *, title: str, start_date: dt.date) -> EventRecord:
        """Copy an event as a template for the next one: new title and dates, and its
        programme shifted by the same number of days (times, rooms, kinds, methodology,
        priorities and facilitator kept). Registrations and attendance are not copied."""
        with self.sessions.begin() as s:
            source = self._live(s, Event, event_id, "event_id")
            start = v.as_date("start_date", start_date)
            shift = start - source.start_date
            clean = _clean_event(to_record(source, EventRecord).__dict__ | {
                "title": title, "start_date": start, "end_date": source.end_date + shift})
            self._check_links(s, clean)
            copy = self._new(s, Event(id=new_id(), **clean))
            for session in s.scalars(select(EventSession).where(
                    EventSession.event_id == event_id, EventSession.deleted.is_(False))
                    .order_by(EventSession.start, EventSession.id)):
                values = {f: getattr(session, f) for f in EventSession.synced_fields()}
                values |= {"event_id": copy.id, "start": session.start + shift,
                           "end": session.end + shift}
                self._new(s, EventSession(id=new_id(), **values))
            return to_record(copy, EventRecord)

    def restore(self, event_id: str, session_ids: Iterable[str] = ()) -> EventRecord:
        """Revive a deleted event and the given sessions of it (undo of a delete or redo of
        a create keeps the same ids, so later edits on the undo stack still find them)."""
        with self.sessions.begin() as s:
            row = self._dead(s, Event, event_id, "event_id")
            self._change(row, {"deleted": False})
            for session_id in session_ids:
                session = self._dead(s, EventSession, session_id, "session_id")
                if session.event_id == event_id:
                    self._change(session, {"deleted": False})
            return to_record(row, EventRecord)

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
            old = to_record(row, SessionRecord)
            clean = _clean_session(old.__dict__ | changes, event)
            # Only links that change are checked: a facilitator or methodology deleted since
            # must not block editing the session's other fields.
            self._check_session_links(s, {
                k: (clean[k] if clean[k] != getattr(old, k) else None)
                for k in ("methodology_id", "facilitator_id")
            })
            self._change(row, clean)
            return to_record(row, SessionRecord)

    def delete_session(self, session_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, EventSession, session_id, "session_id"))

    def restore_session(self, session_id: str) -> SessionRecord:
        """Revive a deleted session of a live event (undo of its delete, redo of its create)."""
        with self.sessions.begin() as s:
            row = self._dead(s, EventSession, session_id, "session_id")
            self._live(s, Event, row.event_id, "event_id")
            self._change(row, {"deleted": False})
            return to_record(row, SessionRecord)

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

    def overlaps(self, event_id: str) -> builtins.list[Overlap]:
        """Pairs of sessions of the event in the same room at overlapping times, by start.

        Rooms compare as people write them (case and accents folded: "Sala A" is "sala a");
        sessions without a room never clash, and one that ends as the next starts is fine.
        """
        by_room: dict[str, builtins.list[SessionRecord]] = {}
        for session in self.sessions_of(event_id):
            if session.room:
                by_room.setdefault(fold(session.room), []).append(session)
        found: builtins.list[Overlap] = []
        for sessions in by_room.values():
            # sessions_of() sorts by start, so only later sessions that start before this
            # one ends can overlap it; the inner loop stops at the first that does not.
            for i, first in enumerate(sessions):
                for second in sessions[i + 1:]:
                    if second.start >= first.end:
                        break
                    found.append(Overlap(first.room, first, second))
        found.sort(key=lambda o: (o.first.start, o.second.start, o.first.id, o.second.id))
        return found

    def _check_session_links(self, s: Any, clean: dict[str, Any]) -> None:
        if clean["methodology_id"]:
            self._live(s, Methodology, clean["methodology_id"], "methodology_id")
        if clean["facilitator_id"]:
            self._live(s, Person, clean["facilitator_id"], "facilitator_id")
