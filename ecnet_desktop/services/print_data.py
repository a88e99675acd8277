"""Read-only queries the printed documents need: who was present in which session of an event."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ..domain.records import PersonRecord, SessionRecord
from ..store.models import Attendance, Event, EventSession, Organisation, Person
from .base import ServiceBase, to_record


@dataclass(frozen=True)
class Presence:
    """A person and the live sessions of one event they were checked in for (by start)."""

    person: PersonRecord
    session_ids: tuple[str, ...]


def hours(sessions: Iterable[SessionRecord]) -> float:
    """The sum of the sessions' durations in hours."""
    return sum((s.end - s.start).total_seconds() for s in sessions) / 3600


class PrintDataService(ServiceBase):
    def people_present(self, event_id: str, person_id: str | None = None) -> list[Presence]:
        """People checked in (present) for at least one live session of the event, by name.

        Erased and deleted people are left out: an erased person has no name to print.
        """
        with self.sessions() as s:
            self._live(s, Event, event_id, "event_id")
            query = (
                select(Person, Organisation, EventSession.id)
                .join(Attendance, Attendance.person_id == Person.id)
                .join(EventSession, EventSession.id == Attendance.session_id)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(EventSession.event_id == event_id, EventSession.deleted.is_(False),
                       Attendance.present.is_(True), Attendance.deleted.is_(False),
                       Person.deleted.is_(False), Person.erased.is_(False))
                .order_by(Person.sort_key, Person.id, EventSession.start, EventSession.id)
            )
            if person_id:
                query = query.where(Person.id == person_id)
            found: dict[str, tuple[PersonRecord, list[str]]] = {}
            for person, org, session_id in s.execute(query):
                entry = found.get(person.id)
                if entry is None:
                    record = to_record(person, PersonRecord,
                                       organisation_name=org.name if org else "")
                    entry = found[person.id] = (record, [])
                entry[1].append(session_id)
            return [Presence(record, tuple(ids)) for record, ids in found.values()]

    def organisation_name(self, org_id: str | None) -> str:
        """The organisation's name, or "" when there is none or it was deleted."""
        if not org_id:
            return ""
        with self.sessions() as s:
            row = s.get(Organisation, org_id)
            return row.name if row is not None and not row.deleted else ""
