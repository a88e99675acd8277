"""Everything held about one person, gathered to answer a subject access request (GDPR art. 15).

The answer is a list of sections (personal data, consents, registrations, attendance, sessions
facilitated, notes written, interviews and answers, merged duplicate records, audit entries),
each a title, column headers and rows of text, so the xlsx and the PDF show exactly the same.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import countries
from ..domain.enums import (
    AttendanceMethod,
    ConsentKind,
    Gender,
    InterviewStatus,
    LabelledEnum,
    NoteKind,
    PersonCategory,
    RegistrationRole,
    RegistrationStatus,
)
from ..domain.fields import label
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.text import fold
from ..store.models import (
    Answer,
    Attendance,
    ConsentText,
    Event,
    EventSession,
    Interview,
    InterviewGuide,
    Note,
    Organisation,
    Person,
    Question,
    Registration,
)
from .audit import ACTION_LABELS, AuditService
from .base import ServiceBase
from .replica import Replica

C = "subject access"
YES = QT_TRANSLATE_NOOP(C, "yes")
NO = QT_TRANSLATE_NOOP(C, "no")
TITLE = QT_TRANSLATE_NOOP(C, "Personal data held about {name}")
INTRO = QT_TRANSLATE_NOOP(
    C, "Everything the EC-NET Desktop database on {device} held about this person on {date}, "
       "answering a subject access request (GDPR article 15). This document contains personal "
       "data: keep it safe and give it only to the person it is about.")


@dataclass(frozen=True)
class Section:
    """One part of the answer: a title, column headers and rows (all cells text)."""

    key: str
    title: Source
    headers: tuple[Source, ...]
    rows: tuple[tuple[str | Source, ...], ...]


@dataclass(frozen=True)
class SubjectAccessReport:
    person_id: str
    full_name: str
    generated_at: dt.datetime
    device_name: str
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def _h(text: str) -> Source:
    return QT_TRANSLATE_NOOP(C, text)


def _enum(enum: type[LabelledEnum], value: str | None) -> str | Source:
    if not value:
        return ""
    try:
        member = enum(value)
    except ValueError:
        return value
    source = Source(member.label)
    source.context = "enum"
    return source


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    return value.isoformat()


def _text_of(raw: str, language: str = "en") -> str:
    """The text of a question in a language (JSON {lang: text}), else any."""
    try:
        texts = json.loads(raw or "{}")
    except ValueError:
        return raw
    if not isinstance(texts, dict):
        return str(texts)
    return str(texts.get(language) or next(iter(texts.values()), ""))


class SubjectAccessService(ServiceBase):
    def __init__(self, replica: Replica, audit: AuditService) -> None:
        super().__init__(replica)
        self.audit = audit

    def report(self, person_id: str) -> SubjectAccessReport:
        with self.sessions() as s:
            person = self._dead(s, Person, person_id, "person_id")
            name = " ".join(p for p in (person.given_name, person.family_name) if p)
            merged = list(s.scalars(select(Person).where(Person.merged_into_id == person.id)
                                    .order_by(Person.id)))
            ids = [person.id, *(m.id for m in merged)]
            sections: tuple[Section, ...] = (
                self._personal(s, person),
                self._consents(s, person),
                self._registrations(s, ids),
                self._attendance(s, ids),
                self._facilitated(s, ids),
                self._notes(s, [person, *merged]),
                *self._interviews(s, ids),
                self._merged(merged),
            )
        audit_rows = tuple(
            (_when(e.at), ACTION_LABELS.get(e.action, e.action), e.device_name, e.detail)
            for pid in ids for e in self.audit.list(subject=pid))
        sections += (Section("audit", _h("Audit log entries about this person"),
                             (_h("when (UTC)"), _h("what"), _h("device"), _h("details")),
                             audit_rows),)
        return SubjectAccessReport(person.id, name, dt.datetime.now().replace(microsecond=0),
                                   self.replica.device_name(), sections)

    def record_delivery(self, person_id: str, what: str) -> None:
        """Audit: an answer to a subject access request was written (xlsx or PDF)."""
        self.audit.record("subject_access", person_id, what)

    # -- sections ------------------------------------------------------------------------------

    @staticmethod
    def _personal(s: Session, p: Person) -> Section:
        org = s.get(Organisation, p.organisation_id) if p.organisation_id else None
        values: list[tuple[str, str | Source]] = [
            ("id", p.id), ("given_name", p.given_name), ("family_name", p.family_name),
            ("email", p.email), ("phone", p.phone), ("town", p.town),
            ("country", countries.name(p.country) if p.country else ""),
            ("organisation", org.name if org else ""),
            ("category", _enum(PersonCategory, p.category)),
            ("gender", _enum(Gender, p.gender)),
            ("birth_year", str(p.birth_year) if p.birth_year else ""),
        ]
        rows: list[tuple[str | Source, ...]] = [(label(k), v) for k, v in values]
        rows.append((_h("erased"), YES if p.erased else NO))
        if p.merged_into_id:
            rows.append((_h("merged into record"), p.merged_into_id))
        return Section("personal", _h("Personal data"), (_h("field"), _h("value")), tuple(rows))

    @staticmethod
    def _consents(s: Session, p: Person) -> Section:
        rows = []
        for kind in ConsentKind:
            at = getattr(p, f"consent_{kind.value}_at")
            version = getattr(p, f"consent_{kind.value}_version")
            wording = s.scalar(select(ConsentText.text).where(
                ConsentText.kind == kind.value, ConsentText.version == version,
                ConsentText.deleted.is_(False)).order_by(ConsentText.language != "en")) \
                if at else None
            rows.append((_enum(ConsentKind, kind.value), YES if at else NO, _when(at),
                         version if at else "", getattr(p, f"consent_{kind.value}_by") if at
                         else "", wording or ""))
        return Section("consents", _h("Consents"),
                       (_h("consent to"), _h("given"), _h("date"), _h("text version"),
                        _h("recorded by"), _h("text shown")), tuple(rows))

    @staticmethod
    def _registrations(s: Session, ids: list[str]) -> Section:
        found = s.execute(select(Registration, Event).join(Event, Event.id == Registration.event_id)
                          .where(Registration.person_id.in_(ids), Registration.deleted.is_(False))
                          .order_by(Event.start_date, Event.id))
        rows = tuple((e.title, _when(e.start_date), _when(e.end_date),
                      _enum(RegistrationRole, r.role), _enum(RegistrationStatus, r.status),
                      r.invited_by_town) for r, e in found)
        return Section("registrations", _h("Registrations for events"),
                       (label("event_id"), label("start_date"), label("end_date"), label("role"),
                        label("status"), label("invited_by_town")), rows)

    @staticmethod
    def _attendance(s: Session, ids: list[str]) -> Section:
        found = s.execute(
            select(Attendance, EventSession, Event)
            .join(EventSession, EventSession.id == Attendance.session_id)
            .join(Event, Event.id == EventSession.event_id)
            .where(Attendance.person_id.in_(ids), Attendance.deleted.is_(False))
            .order_by(EventSession.start, EventSession.id))
        rows = tuple((e.title, x.title, _when(x.start), YES if a.present else NO,
                      _when(a.checked_at), _enum(AttendanceMethod, a.method))
                     for a, x, e in found)
        return Section("attendance", _h("Attendance"),
                       (label("event_id"), label("session_id"), label("start"), _h("present"),
                        _h("checked in at"), label("method")), rows)

    @staticmethod
    def _facilitated(s: Session, ids: list[str]) -> Section:
        found = s.execute(select(EventSession, Event)
                          .join(Event, Event.id == EventSession.event_id)
                          .where(EventSession.facilitator_id.in_(ids),
                                 EventSession.deleted.is_(False))
                          .order_by(EventSession.start))
        rows = tuple((e.title, x.title, _when(x.start)) for x, e in found)
        return Section("facilitated", _h("Sessions facilitated"),
                       (label("event_id"), label("session_id"), label("start")), rows)

    @staticmethod
    def _notes(s: Session, people: list[Person]) -> Section:
        names = {" ".join(fold(f"{p.given_name} {p.family_name}").split()) for p in people}
        names |= {" ".join(fold(f"{p.family_name} {p.given_name}").split()) for p in people}
        names.discard("")
        rows = []
        if names:
            for note in s.scalars(select(Note).where(Note.author != "", Note.deleted.is_(False))
                                  .order_by(Note.id)):
                if " ".join(fold(note.author).split()) in names:
                    event = s.get(Event, note.event_id) if note.event_id else None
                    session = s.get(EventSession, note.session_id) if note.session_id else None
                    rows.append((event.title if event else "", session.title if session else "",
                                 _enum(NoteKind, note.kind), note.author, note.text))
        return Section("notes", _h("Notes they wrote"),
                       (label("event_id"), label("session_id"), label("kind"), label("author"),
                        label("text")), tuple(rows))

    @staticmethod
    def _interviews(s: Session, ids: list[str]) -> tuple[Section, Section]:
        interviews = list(s.scalars(select(Interview).where(
            Interview.person_id.in_(ids), Interview.deleted.is_(False)).order_by(
            Interview.date, Interview.id)))
        rows = []
        answers: list[tuple[str | Source, ...]] = []
        for iv in interviews:
            guide = s.get(InterviewGuide, iv.guide_id)
            event = s.get(Event, iv.event_id) if iv.event_id else None
            rows.append((guide.title if guide else "", event.title if event else "",
                         _when(iv.date), iv.interviewer, _enum(InterviewStatus, iv.status),
                         YES if iv.consent else NO, iv.respondent_code))
            found = s.execute(select(Answer, Question).join(Question, Question.id ==
                                                            Answer.question_id)
                              .where(Answer.interview_id == iv.id, Answer.deleted.is_(False))
                              .order_by(Question.position))
            answers += [(guide.title if guide else "", _when(iv.date), _text_of(q.text),
                         a.value) for a, q in found]
        return (
            Section("interviews", _h("Interviews they gave"),
                    (_h("interview guide"), label("event_id"), _h("date"), _h("interviewer"),
                     label("status"), _h("consent"), _h("respondent code")), tuple(rows)),
            Section("answers", _h("Their interview answers"),
                    (_h("interview guide"), _h("date"), _h("question"), _h("answer")),
                    tuple(answers)),
        )

    @staticmethod
    def _merged(merged: list[Person]) -> Section:
        rows = tuple((m.id, " ".join(p for p in (m.given_name, m.family_name) if p), m.email)
                     for m in merged)
        return Section("merged", _h("Duplicate records merged into this one"),
                       (label("id"), label("name"), label("email")), rows)


def cell_text(value: Any, translate: Any = None) -> str:
    """A cell as the reader sees it: Sources (labels, yes/no) translated when asked."""
    if isinstance(value, Source):
        return str(translate(value.context, str(value))) if translate else str(value)
    return "" if value is None else str(value)

