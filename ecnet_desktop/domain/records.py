"""Immutable records that services hand to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DeviceRecord:
    id: str
    name: str


@dataclass(frozen=True)
class OrganisationRecord:
    id: str
    name: str
    town: str
    country: str
    type: str


@dataclass(frozen=True)
class EventRecord:
    id: str
    kind: str
    title: str
    host_town: str
    country: str
    venue: str
    start_date: dt.date
    end_date: dt.date
    priorities: str
    host_organisation_id: str | None
    description: str

    @property
    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=i) for i in range(max(count, 0))]


@dataclass(frozen=True)
class SessionRecord:
    id: str
    event_id: str
    title: str
    start: dt.datetime
    end: dt.datetime
    room: str
    kind: str
    methodology_id: str | None
    facilitator_id: str | None
    priorities: str


@dataclass(frozen=True)
class PersonRecord:
    id: str
    given_name: str
    family_name: str
    email: str
    phone: str
    town: str
    country: str
    organisation_id: str | None
    category: str
    gender: str | None
    birth_year: int | None
    consent_processing_at: dt.datetime | None
    consent_processing_version: str
    consent_processing_by: str
    consent_photos_at: dt.datetime | None
    consent_photos_version: str
    consent_photos_by: str
    consent_lists_at: dt.datetime | None
    consent_lists_version: str
    consent_lists_by: str
    erased: bool
    merged_into_id: str | None
    organisation_name: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


@dataclass(frozen=True)
class RegistrationRecord:
    id: str
    person_id: str
    event_id: str
    role: str
    status: str
    invited_by_town: str


@dataclass(frozen=True)
class AttendanceRecord:
    id: str
    person_id: str
    session_id: str
    present: bool
    checked_at: dt.datetime | None
    method: str
    recorded_by_device: str


@dataclass(frozen=True)
class NoteRecord:
    id: str
    event_id: str | None
    session_id: str | None
    kind: str
    text: str
    priorities: str
    language: str
    author: str
    publishable: bool


@dataclass(frozen=True)
class DatabaseSummary:
    """Counts for the home page and the status bar."""

    events: int
    sessions: int
    people: int
    countries: int
    organisations: int
    registrations: int
    attendances: int
    notes: int
    interviews: int


@dataclass(frozen=True)
class MethodologyRecord:
    id: str
    name: str
    summary: str
    steps: str
    duration_minutes: int | None
    group_size: str
    materials: str
    tips: str
    source_network: str
    priorities: str
