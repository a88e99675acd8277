"""An event's participant list: registered people, local or international, counts per country."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..domain.enums import RegistrationStatus
from ..domain.records import EventRecord, PersonRecord, RegistrationRecord
from ..store.models import Event, Organisation, Person, Registration
from .base import ServiceBase, to_record


@dataclass(frozen=True)
class Participant:
    """One registration with its person; international when from another country than the host."""

    person: PersonRecord
    registration: RegistrationRecord
    international: bool


@dataclass(frozen=True)
class CountryCounts:
    """Counts of people with status "registered" (cancelled and no-shows are not coming).

    ``per_country`` holds (ISO code, count) pairs, most people first, then by code; people
    whose country is unknown count under the code "".
    """

    per_country: tuple[tuple[str, int], ...]
    local: int
    international: int

    @property
    def total(self) -> int:
        return self.local + self.international


def is_international(person_country: str, host_country: str) -> bool:
    """From another country than the host; unknown on either side is not counted as abroad."""
    return bool(person_country and host_country and person_country != host_country)


@functools.cache
def _fields(record: type[Any]) -> tuple[str, ...]:
    """The record's fields read from columns of the same name, in the record's order."""
    return tuple(f.name for f in dataclasses.fields(record) if f.name != "organisation_name")


class ParticipantService(ServiceBase):
    def participants(self, event_id: str) -> list[Participant]:
        """Live registrations of the event, by the person's folded family and given name."""
        with self.sessions() as s:
            event = self._live(s, Event, event_id, "event_id")
            # Plain columns, not ORM rows: every printed list and count reads this, and
            # building ORM objects was over half of what printing a sheet cost.
            person_fields, registration_fields = _fields(PersonRecord), _fields(RegistrationRecord)
            rows = s.connection().execute(
                select(*(getattr(Person, f) for f in person_fields), Organisation.name,
                       *(getattr(Registration, f) for f in registration_fields))
                .join(Person, Person.id == Registration.person_id)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Registration.event_id == event_id, Registration.deleted.is_(False),
                       Person.deleted.is_(False))
                .order_by(Person.sort_key, Person.id)
            ).all()
        split = len(person_fields)
        out = []
        for row in rows:
            # The columns fill every field before organisation_name (see _fields).
            person = PersonRecord(*row[:split], organisation_name=row[split] or "")  # type: ignore[misc]
            out.append(Participant(person=person,
                                   registration=RegistrationRecord(*row[split + 1:]),
                                   international=is_international(person.country,
                                                                  event.country)))
        return out

    def event(self, event_id: str) -> EventRecord:
        """The event itself (host country, title, dates) for headers of lists and exports."""
        with self.sessions() as s:
            return to_record(self._live(s, Event, event_id, "event_id"), EventRecord)

    def country_counts(self, event_id: str) -> CountryCounts:
        return count_countries(self.participants(event_id))


def count_countries(participants: list[Participant]) -> CountryCounts:
    """Counts of the registered (not cancelled, not no-show) among ``participants``."""
    per: dict[str, int] = {}
    local = international = 0
    for p in participants:
        if p.registration.status != RegistrationStatus.REGISTERED.value:
            continue
        per[p.person.country] = per.get(p.person.country, 0) + 1
        if p.international:
            international += 1
        else:
            local += 1
    ordered = tuple(sorted(per.items(), key=lambda kv: (-kv[1], kv[0])))
    return CountryCounts(ordered, local, international)
