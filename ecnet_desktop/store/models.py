"""Typed SQLAlchemy 2 models for every entity of the data model (DESIGN.md section 3).

Every synced table carries: a UUID text ``id``; per-field hybrid-logical clocks, so concurrent
edits to different fields both survive a merge — ``created`` is the clock of every field when
the row was made and ``clocks`` a JSON object with the clocks of the fields edited since (most
rows are never edited, so this keeps half a million attendance rows small); ``device_id`` of
the replica that last changed it; ``updated`` (the largest clock, for cheap "changed since"
queries); and ``deleted``, a tombstone that is itself a clocked field, so a later re-check-in
can revive a row. ``bases`` (JSON {field: clock}) keeps, per edited field, the clock of the value
the edit replaced: an edit made after seeing another then wins a merge without a conflict, and
only edits made without seeing each other are listed as conflicts (DESIGN.md section 4).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)
# Columns that describe the row's sync state rather than its content.
META_COLUMNS = frozenset({"id", "clocks", "bases", "created", "device_id", "updated"})


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class LocalState(Base):
    """Key/value facts about this database file as a replica (its device id); never synced."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """A value that lost a merge to a concurrent edit of the same field; local, never synced."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(64))
    # JSON of the losing value (dates as ISO text with a type tag).
    value: Mapped[str] = mapped_column(Text)
    clock: Mapped[str] = mapped_column(String(64))
    winning_clock: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(500), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("entity", "row_id", "field", "clock"),)


class ImportRecord(Base):
    """One imported exchange workbook: which file, from which device, what it changed; local."""

    __tablename__ = "import_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_name: Mapped[str] = mapped_column(String(500))
    checksum: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(ID, default="")
    device_name: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # JSON {"new": n, "updated": n, "unchanged": n, "conflicts": n, "rejected": n}
    counts: Mapped[str] = mapped_column(Text, default="{}")


class AuditEntry(Base):
    """One export, import, erasure or other act on personal data, for accountability; local."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(32))
    # What was acted on, without personal data (a file name, an id, a count).
    subject: Mapped[str] = mapped_column(String(500), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    device_id: Mapped[str] = mapped_column(ID, default="")
    device_name: Mapped[str] = mapped_column(String(200), default="")


class Synced(Base):
    """Columns shared by every row that travels between laptops."""

    __abstract__ = True
    # Derived columns (e.g. search keys) that are recomputed locally, never merged.
    LOCAL_FIELDS: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    clocks: Mapped[str] = mapped_column(Text, default="{}")
    # Per edited field, the clock of the value that edit replaced (absent: it replaced nothing).
    bases: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    created: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(ID)
    updated: Mapped[str] = mapped_column(String(64), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @classmethod
    def synced_fields(cls) -> tuple[str, ...]:
        """The content fields that carry their own clock, in table order."""
        return tuple(
            c.key
            for c in cls.__table__.columns
            if c.key not in META_COLUMNS and c.key not in cls.LOCAL_FIELDS
        )


class Device(Synced):
    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(200))


class Organisation(Synced):
    __tablename__ = "organisations"
    name: Mapped[str] = mapped_column(String(300))
    town: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    type: Mapped[str] = mapped_column(String(32), default="other")


class Event(Synced):
    __tablename__ = "events"
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    host_town: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    priorities: Mapped[str] = mapped_column(String(200), default="")
    host_organisation_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("organisations.id"), nullable=True
    )
    description: Mapped[str] = mapped_column(Text, default="")


class Methodology(Synced):
    __tablename__ = "methodologies"
    name: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    group_size: Mapped[str] = mapped_column(String(100), default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    tips: Mapped[str] = mapped_column(Text, default="")
    source_network: Mapped[str] = mapped_column(String(200), default="")
    priorities: Mapped[str] = mapped_column(String(200), default="")
    aim: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))


class ConsentText(Synced):
    """The wording of a consent as shown to people: a person's consent names its version."""

    __tablename__ = "consent_texts"
    kind: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8), default="en")
    text: Mapped[str] = mapped_column(Text, default="")


class Person(Synced):
    __tablename__ = "people"
    LOCAL_FIELDS: ClassVar[frozenset[str]] = frozenset({"search_text", "sort_key"})
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    town: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    organisation_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("organisations.id"), nullable=True, index=True
    )
    category: Mapped[str] = mapped_column(String(32), default="citizen")
    gender: Mapped[str | None] = mapped_column(String(16), nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    consent_processing_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    consent_processing_version: Mapped[str] = mapped_column(String(32), default="")
    consent_processing_by: Mapped[str] = mapped_column(String(200), default="")
    consent_photos_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    consent_photos_version: Mapped[str] = mapped_column(String(32), default="")
    consent_photos_by: Mapped[str] = mapped_column(String(200), default="")
    consent_lists_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    consent_lists_version: Mapped[str] = mapped_column(String(32), default="")
    consent_lists_by: Mapped[str] = mapped_column(String(200), default="")
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    # No foreign key: the record merged into may arrive in a later workbook.
    merged_into_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    # Folded "given family organisation town" for diacritics-insensitive search; local only.
    search_text: Mapped[str] = mapped_column(Text, default="", index=True)
    # Folded "family given" so lists sort Đurđević with the Ds, not after Z; local only.
    sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)


class EventSession(Synced):
    """A session of an event's programme (named so it never shadows SQLAlchemy's Session)."""

    __tablename__ = "sessions"
    event_id: Mapped[str] = mapped_column(ID, ForeignKey("events.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    start: Mapped[dt.datetime] = mapped_column(DateTime)
    end: Mapped[dt.datetime] = mapped_column(DateTime)
    room: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32), default="workshop")
    methodology_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("methodologies.id"), nullable=True
    )
    facilitator_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("people.id"), nullable=True
    )
    priorities: Mapped[str] = mapped_column(String(200), default="")


class Registration(Synced):
    """Person × event; the id is derived from the pair (domain.ids.registration_id)."""

    __tablename__ = "registrations"
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("people.id"))
    event_id: Mapped[str] = mapped_column(ID, ForeignKey("events.id"), index=True)
    role: Mapped[str] = mapped_column(String(32), default="participant")
    status: Mapped[str] = mapped_column(String(32), default="registered")
    invited_by_town: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("person_id", "event_id"),)


class Attendance(Synced):
    """Person × session; the id is derived from the pair (domain.ids.attendance_id)."""

    __tablename__ = "attendance"
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("people.id"))
    session_id: Mapped[str] = mapped_column(ID, ForeignKey("sessions.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    method: Mapped[str] = mapped_column(String(32), default="desk")
    recorded_by_device: Mapped[str] = mapped_column(ID, default="")

    __table_args__ = (UniqueConstraint("person_id", "session_id"),)


class Note(Synced):
    __tablename__ = "notes"
    event_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("events.id"), nullable=True, index=True
    )
    session_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("sessions.id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(32), default="minutes")
    text: Mapped[str] = mapped_column(Text, default="")
    priorities: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    author: Mapped[str] = mapped_column(String(200), default="")
    publishable: Mapped[bool] = mapped_column(Boolean, default=False)
    # Recommendations: a short title, the level it addresses (RecommendationLevel) and to whom.
    title: Mapped[str] = mapped_column(String(300), default="", server_default=sql_text("''"))
    level: Mapped[str | None] = mapped_column(String(32), nullable=True)
    addressee: Mapped[str] = mapped_column(String(300), default="", server_default=sql_text("''"))
    # JSON list of the ids of similar notes this one is linked to (sorted, so clocks compare).
    related: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class InterviewGuide(Synced):
    __tablename__ = "interview_guides"
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(100), default="en")


class Question(Synced):
    __tablename__ = "questions"
    guide_id: Mapped[str] = mapped_column(ID, ForeignKey("interview_guides.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(200), default="")
    type: Mapped[str] = mapped_column(String(32))
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    # JSON: {"en": "...", "it": "..."}
    text: Mapped[str] = mapped_column(Text, default="{}")
    # JSON list of {"value": ..., "label": {"en": ...}} for choice and Likert questions.
    choices: Mapped[str] = mapped_column(Text, default="[]")
    # The variable name of the question (XLSForm "name"), stable across guide versions.
    name: Mapped[str] = mapped_column(String(64), default="", server_default=sql_text("''"))


class Interview(Synced):
    __tablename__ = "interviews"
    guide_id: Mapped[str] = mapped_column(ID, ForeignKey("interview_guides.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ID, ForeignKey("events.id"), nullable=True)
    person_id: Mapped[str | None] = mapped_column(ID, ForeignKey("people.id"), nullable=True)
    respondent_code: Mapped[str] = mapped_column(String(64), default="")
    respondent_category: Mapped[str] = mapped_column(String(32), default="")
    respondent_country: Mapped[str] = mapped_column(String(2), default="")
    respondent_age_band: Mapped[str] = mapped_column(String(16), default="")
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="draft")


class Answer(Synced):
    """Interview × question; the id is derived from the pair (domain.ids.answer_id)."""

    __tablename__ = "answers"
    interview_id: Mapped[str] = mapped_column(ID, ForeignKey("interviews.id"), index=True)
    question_id: Mapped[str] = mapped_column(ID, ForeignKey("questions.id"))
    # Text form of the answer; JSON list for multiple choice.
    value: Mapped[str] = mapped_column(Text, default="")
    # Coding of open answers in the analysis: programme priorities and free codes (comma-separated).
    tags: Mapped[str] = mapped_column(String(200), default="", server_default=sql_text("''"))
    codes: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))

    __table_args__ = (UniqueConstraint("interview_id", "question_id"),)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Device,
    Organisation,
    ConsentText,
    Methodology,
    Event,
    Person,
    EventSession,
    Registration,
    Attendance,
    Note,
    InterviewGuide,
    Question,
    Interview,
    Answer,
)
