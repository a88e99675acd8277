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
    # Recommendations: a short title, the level it addresses (RecommendationLevel) and to whom.
    title: str = ""
    level: str | None = None
    addressee: str = ""
    # Ids of similar notes this one is linked to.
    related: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        """The title, or the first line of the text for notes without one."""
        if self.title:
            return self.title
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        # Markdown marks are noise in a list or a heading.
        first = first.replace("**", "").replace("__", "").lstrip("#*-> ").strip()
        return first[:117] + "…" if len(first) > 120 else first


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
    aim: str = ""


@dataclass(frozen=True)
class GuideRecord:
    """An interview guide; ``languages`` is comma-separated ("en,it,hr"), the first the main."""

    id: str
    title: str
    description: str
    languages: str

    @property
    def language_list(self) -> list[str]:
        return [code for code in (c.strip() for c in self.languages.split(",")) if code]


@dataclass(frozen=True)
class ChoiceOption:
    value: str
    labels: tuple[tuple[str, str], ...]  # (language, label) pairs

    def label(self, language: str = "en") -> str:
        found = dict(self.labels)
        return found.get(language) or found.get("en") or next(iter(found.values()), self.value)


@dataclass(frozen=True)
class QuestionRecord:
    """A guide question; ``text`` and ``choices`` are the stored JSON (see the properties)."""

    id: str
    guide_id: str
    position: int
    section: str
    type: str
    required: bool
    text: str
    choices: str
    name: str

    @property
    def texts(self) -> dict[str, str]:
        import json

        loaded = json.loads(self.text or "{}")
        return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}

    def text_in(self, language: str = "en") -> str:
        texts = self.texts
        return texts.get(language) or texts.get("en") or next(iter(texts.values()), self.name)

    @property
    def options(self) -> tuple[ChoiceOption, ...]:
        import json

        loaded = json.loads(self.choices or "[]")
        return tuple(
            ChoiceOption(str(c.get("value")), tuple(sorted(
                (str(k), str(v)) for k, v in (c.get("label") or {}).items())))
            for c in loaded if isinstance(c, dict)
        ) if isinstance(loaded, list) else ()

    @property
    def column(self) -> str:
        """The variable name in research exports: the XLSForm name, else q<position>."""
        return self.name or f"q{self.position}"


@dataclass(frozen=True)
class InterviewRecord:
    id: str
    guide_id: str
    event_id: str | None
    person_id: str | None
    respondent_code: str
    respondent_category: str
    respondent_country: str
    respondent_age_band: str
    interviewer: str
    date: dt.date | None
    consent: bool
    status: str
    answered: int = 0


@dataclass(frozen=True)
class AnswerRecord:
    id: str
    interview_id: str
    question_id: str
    value: str
    tags: str
    codes: str
