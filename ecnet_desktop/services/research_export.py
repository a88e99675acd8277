"""The pseudonymised research table: one row per consented interview, one column per question,
respondents known only by a keyed hash whose key never leaves this database."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import countries
from ..domain.enums import InterviewStatus, PersonCategory, QuestionType
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..domain.records import QuestionRecord
from ..store.models import Answer, Event, Interview, InterviewGuide, LocalState, Question
from .base import ServiceBase, to_record

KEY_NAME = "research_pseudonym_key"
Cell = str | int | float | None


@dataclass(frozen=True)
class ResearchColumn:
    name: str
    description: str
    kind: str  # "text", "number" or a question type
    values: str = ""  # the codes and their meaning, for the codebook


@dataclass(frozen=True)
class ResearchSheet:
    guide_title: str
    columns: tuple[ResearchColumn, ...]
    rows: tuple[tuple[Cell, ...], ...]


# The respondent columns every sheet starts with (codebook descriptions, in English).
BASE_COLUMNS: tuple[tuple[str, Source, str], ...] = (
    ("respondent", QT_TRANSLATE_NOOP("research", "Pseudonym of the respondent: the same person "
                                     "has the same pseudonym in every export from this "
                                     "database; it cannot be turned back into a name."), "text"),
    ("interview", QT_TRANSLATE_NOOP("research", "Pseudonym of the interview."), "text"),
    ("status", QT_TRANSLATE_NOOP("research", "draft or completed"), "text"),
    ("year", QT_TRANSLATE_NOOP("research", "Year of the interview."), "number"),
    ("event", QT_TRANSLATE_NOOP("research", "The event the interview belongs to (title)."),
     "text"),
    ("category", QT_TRANSLATE_NOOP("research", "Respondent category."), "text"),
    ("country", QT_TRANSLATE_NOOP("research", "Respondent country (ISO 3166 code)."), "text"),
    ("age_band", QT_TRANSLATE_NOOP("research", "Respondent age band at the interview date."),
     "text"),
)


def pseudonym(key: bytes, kind: str, ident: str, prefix: str = "R") -> str:
    """HMAC-SHA256 of the identifier: stable for one key, unguessable without it."""
    digest = hmac.new(key, f"{kind}:{ident}".encode(), hashlib.sha256).hexdigest()
    return f"{prefix}-{digest[:16].upper()}"


def _values_text(question: QuestionRecord) -> str:
    if question.type == QuestionType.NUMBER:
        return "number"
    if question.type == QuestionType.TEXT:
        return "open text"
    if question.type == QuestionType.YES_NO and not question.options:
        return "yes; no"
    joined = "; ".join(f"{o.value} = {o.label('en')}" for o in question.options)
    if question.type == QuestionType.MULTIPLE_CHOICE:
        return "space-separated codes: " + joined
    return joined


def _cell(question: QuestionRecord, value: str) -> Cell:
    if question.type == QuestionType.LIKERT:
        return int(value) if value.isdigit() else value
    if question.type == QuestionType.NUMBER:
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() else number
    if question.type == QuestionType.MULTIPLE_CHOICE:
        try:
            return " ".join(str(x) for x in json.loads(value))
        except (ValueError, TypeError):
            return value
    return value


class ResearchExportService(ServiceBase):
    def key(self) -> bytes:
        """The pseudonym key, created once at random and kept in local_state (never synced,
        never written to a file)."""
        with self.sessions.begin() as s:
            return self._key(s)

    def _key(self, s: Session) -> bytes:
        row = s.get(LocalState, KEY_NAME)
        if row is None:
            row = LocalState(key=KEY_NAME, value=secrets.token_hex(32))
            s.add(row)
            s.flush()
        return bytes.fromhex(row.value)

    def respondent_pseudonym(self, person_id: str | None, respondent_code: str,
                             interview_id: str) -> str:
        return self._respondent(self.key(), person_id, respondent_code, interview_id)

    @staticmethod
    def _respondent(key: bytes, person_id: str | None, code: str, interview_id: str) -> str:
        if person_id:
            return pseudonym(key, "person", person_id)
        if code:
            return pseudonym(key, "respondent", code)
        return pseudonym(key, "interview-respondent", interview_id)

    def sheets(self, progress: Progress | None = None) -> list[ResearchSheet]:
        """One sheet per guide that has consented interviews, rows in a stable order."""
        progress = progress or Progress()
        with self.sessions.begin() as s:
            key = self._key(s)
            guides = s.scalars(select(InterviewGuide).where(InterviewGuide.deleted.is_(False))
                               .order_by(InterviewGuide.title, InterviewGuide.id)).all()
            events = dict(s.execute(select(Event.id, Event.title)).all())
            interviews = s.scalars(select(Interview).where(
                Interview.deleted.is_(False), Interview.consent.is_(True))
                .order_by(Interview.date, Interview.id)).all()
            answers: dict[str, dict[str, str]] = defaultdict(dict)
            for iid, qid, value in s.execute(select(
                    Answer.interview_id, Answer.question_id, Answer.value).where(
                    Answer.deleted.is_(False), Answer.value != "")):
                answers[iid][qid] = value
            by_guide: dict[str, list[Interview]] = defaultdict(list)
            for row in interviews:
                by_guide[row.guide_id].append(row)
            result = []
            for number, guide in enumerate(guides, start=1):
                progress.step(number, len(guides), guide.title)
                questions = [to_record(q, QuestionRecord) for q in s.scalars(
                    select(Question).where(Question.guide_id == guide.id,
                                           Question.deleted.is_(False))
                    .order_by(Question.position, Question.id))]
                rows = [self._row(key, r, questions, answers.get(r.id, {}), events)
                        for r in by_guide.get(guide.id, [])]
                if rows:
                    result.append(ResearchSheet(guide.title, self._columns(questions),
                                                tuple(rows)))
            return result

    @staticmethod
    def _columns(questions: list[QuestionRecord]) -> tuple[ResearchColumn, ...]:
        base = [ResearchColumn(name, str(text), kind) for name, text, kind in BASE_COLUMNS]
        base[2] = ResearchColumn("status", base[2].description, "text",
                                 "; ".join(s.value for s in InterviewStatus))
        base[5] = ResearchColumn("category", base[5].description, "text",
                                 "; ".join(c.value for c in PersonCategory))
        used = {c.name for c in base}
        columns = list(base)
        for q in questions:
            name = q.column
            while name in used:  # two questions with one name: keep both columns apart
                name = f"{name}_{q.position}"
            used.add(name)
            section = f"[{q.section}] " if q.section else ""
            columns.append(ResearchColumn(name, section + q.text_in("en"), q.type,
                                          _values_text(q)))
        return tuple(columns)

    def _row(self, key: bytes, row: Interview, questions: list[QuestionRecord],
             answers: dict[str, str], events: dict[str, str]) -> tuple[Cell, ...]:
        base: list[Cell] = [
            self._respondent(key, row.person_id, row.respondent_code, row.id),
            pseudonym(key, "interview", row.id, "I"),
            row.status,
            row.date.year if row.date else None,
            events.get(row.event_id or "", ""),
            row.respondent_category,
            row.respondent_country if countries.lookup(row.respondent_country or "") else "",
            row.respondent_age_band,
        ]
        for q in questions:
            value = answers.get(q.id, "")
            base.append(_cell(q, value) if value else None)
        return tuple(base)
