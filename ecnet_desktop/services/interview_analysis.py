"""Analysis of interview answers: distributions per question filtered and compared by respondent
category, country, event and year; open answers with their coding; completed interviews per
event."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import InterviewStatus, QuestionType
from ..domain.records import QuestionRecord
from ..store.models import Answer, Event, Interview, InterviewGuide, Question
from .base import ServiceBase, to_record

# (category, country, event id, date) of one interview's respondent.
Respondent = tuple[str, str, str | None, dt.date | None]
COMPARE_BY = ("", "category", "country", "event", "year")
CHART_TYPES = (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
               QuestionType.YES_NO)


@dataclass(frozen=True)
class AnalysisFilter:
    """Which interviews count: empty means any. Only interviews with consent ever count."""

    category: str = ""
    country: str = ""
    event_id: str = ""
    year: int = 0
    completed_only: bool = False


@dataclass(frozen=True)
class Distribution:
    """Counts of each option of one question, per comparison group (one group: "all")."""

    question: QuestionRecord
    options: tuple[tuple[str, str], ...]  # (value, English label)
    groups: tuple[tuple[str, tuple[int, ...]], ...]  # (group key, count per option)
    respondents: int  # interviews that answered the question
    mean: float | None = None  # Likert and number questions

    def total(self, group: str) -> int:
        return sum(dict(self.groups).get(group, ()))


@dataclass(frozen=True)
class OpenAnswer:
    answer_id: str
    interview_id: str
    value: str
    tags: str
    codes: str
    category: str
    country: str
    event_id: str | None


@dataclass(frozen=True)
class EventProgress:
    event_id: str | None
    title: str
    completed: int
    drafts: int


@dataclass(frozen=True)
class FilterChoices:
    """The values present in a guide's interviews, for the filter combos."""

    categories: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    events: tuple[tuple[str, str], ...] = ()  # (id, title)
    years: tuple[int, ...] = ()
    event_titles: dict[str, str] = field(default_factory=dict)


def _group_key(compare_by: str, row: Respondent) -> str:
    category, country, event_id, date = row
    if compare_by == "category":
        return category or "?"
    if compare_by == "country":
        return country or "?"
    if compare_by == "event":
        return event_id or ""
    if compare_by == "year":
        return str(getattr(date, "year", "")) or "?"
    return "all"


class InterviewAnalysisService(ServiceBase):
    def _interviews(self, s: Session, guide_id: str, where: AnalysisFilter) -> dict[
            str, Respondent]:
        query = select(Interview.id, Interview.respondent_category, Interview.respondent_country,
                       Interview.event_id, Interview.date).where(
            Interview.guide_id == guide_id, Interview.deleted.is_(False),
            Interview.consent.is_(True))
        if where.category:
            query = query.where(Interview.respondent_category == where.category)
        if where.country:
            query = query.where(Interview.respondent_country == where.country)
        if where.event_id:
            query = query.where(Interview.event_id == where.event_id)
        if where.completed_only:
            query = query.where(Interview.status == InterviewStatus.COMPLETED.value)
        rows = {r[0]: (r[1], r[2], r[3], r[4]) for r in s.execute(query)}
        if where.year:
            rows = {k: r for k, r in rows.items()
                    if r[3] is not None and getattr(r[3], "year", 0) == where.year}
        return rows

    def distribution(self, question_id: str, where: AnalysisFilter = AnalysisFilter(),
                     compare_by: str = "") -> Distribution:
        """Counts per option (Likert 1–5, choices, yes/no), one series per comparison group."""
        with self.sessions() as s:
            question = to_record(self._live(s, Question, question_id, "question_id"),
                                 QuestionRecord)
            people = self._interviews(s, question.guide_id, where)
            answers = s.execute(select(Answer.interview_id, Answer.value).where(
                Answer.question_id == question_id, Answer.deleted.is_(False),
                Answer.value != "")).all()
        options = tuple((o.value, o.label("en")) for o in question.options)
        index = {value: i for i, (value, _) in enumerate(options)}
        counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(options))
        respondents = 0
        numbers: list[float] = []
        for interview_id, value in answers:
            respondent = people.get(interview_id)
            if respondent is None:
                continue
            respondents += 1
            bucket = counts[_group_key(compare_by, respondent)]
            picked = json.loads(value) if question.type == QuestionType.MULTIPLE_CHOICE \
                else [value]
            for item in picked:
                i = index.get(str(item))
                if i is not None:
                    bucket[i] += 1
            if question.type in (QuestionType.LIKERT, QuestionType.NUMBER):
                with contextlib.suppress(ValueError):
                    numbers.append(float(value))
        groups = tuple(sorted((k, tuple(c)) for k, c in counts.items()))
        mean = sum(numbers) / len(numbers) if numbers else None
        return Distribution(question, options, groups, respondents, mean)

    def open_answers(self, question_id: str, where: AnalysisFilter = AnalysisFilter()
                     ) -> list[OpenAnswer]:
        with self.sessions() as s:
            question = self._live(s, Question, question_id, "question_id")
            people = self._interviews(s, question.guide_id, where)
            rows = s.execute(select(Answer.id, Answer.interview_id, Answer.value, Answer.tags,
                                    Answer.codes).where(
                Answer.question_id == question_id, Answer.deleted.is_(False),
                Answer.value != "").order_by(Answer.id)).all()
        result = []
        for aid, iid, value, tags, codes in rows:
            respondent = people.get(iid)
            if respondent is not None:
                result.append(OpenAnswer(aid, iid, value, tags, codes, respondent[0],
                                         respondent[1], respondent[2]))
        return result

    def completed_per_event(self, guide_id: str | None = None) -> list[EventProgress]:
        """Completed and draft interviews per event (None: interviews without an event)."""
        query = (select(Interview.event_id, Interview.status, func.count())
                 .where(Interview.deleted.is_(False)).group_by(Interview.event_id,
                                                               Interview.status))
        if guide_id:
            query = query.where(Interview.guide_id == guide_id)
        with self.sessions() as s:
            tally: dict[str | None, Counter[str]] = defaultdict(Counter)
            for event_id, status, n in s.execute(query):
                tally[event_id][status] += n
            titles = dict(s.execute(select(Event.id, Event.title).where(
                Event.id.in_([e for e in tally if e])) ).all())
            starts = dict(s.execute(select(Event.id, Event.start_date).where(
                Event.id.in_([e for e in tally if e]))).all())
        result = [EventProgress(e, titles.get(e, "") if e else "",
                                c[InterviewStatus.COMPLETED.value], c[InterviewStatus.DRAFT.value])
                  for e, c in tally.items()]
        return sorted(result, key=lambda p: (p.event_id is None,
                                             str(starts.get(p.event_id or "", "")), p.title))

    def filter_choices(self, guide_id: str) -> FilterChoices:
        with self.sessions() as s:
            self._live(s, InterviewGuide, guide_id, "guide_id")
            rows = s.execute(select(Interview.respondent_category, Interview.respondent_country,
                                    Interview.event_id, Interview.date).where(
                Interview.guide_id == guide_id, Interview.deleted.is_(False)).distinct()).all()
            event_ids = sorted({r[2] for r in rows if r[2]})
            events = s.execute(select(Event.id, Event.title, Event.start_date).where(
                Event.id.in_(event_ids)).order_by(Event.start_date, Event.title)).all()
        return FilterChoices(
            categories=tuple(sorted({r[0] for r in rows if r[0]})),
            countries=tuple(sorted({r[1] for r in rows if r[1]})),
            events=tuple((e.id, e.title) for e in events),
            years=tuple(sorted({r[3].year for r in rows if r[3] is not None})),
            event_titles={e.id: e.title for e in events},
        )
