"""Interview guides and their questions, and interviews conducted with them: consent first,
answers validated per question type, saved as a draft, resumed, completed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import validation as v
from ..domain.enums import InterviewStatus, PersonCategory, QuestionType
from ..domain.errors import UserError, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, Source, msg
from ..domain.ids import answer_id, new_id
from ..domain.records import AnswerRecord, GuideRecord, InterviewRecord, QuestionRecord
from ..store.models import Answer, Event, Interview, InterviewGuide, Person, Question
from .base import ServiceBase, to_record

AGE_BANDS = ("16-24", "25-34", "35-44", "45-54", "55-64", "65+")
UNDER_16 = "under 16"
LIKERT_VALUES = ("1", "2", "3", "4", "5")
YES_NO = ("yes", "no")
MAX_OPEN_ANSWER = 20_000
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")
CHOICE_TYPES = (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)
_YES_WORDS = {"yes", "y", "1", "true", "sì", "si", "da", "igen", "tak", "sim"}
_NO_WORDS = {"no", "n", "0", "false", "ne", "nem", "nie", "não", "nao"}


def age_band(birth_year: int | None, on: dt.date | None) -> str:
    """The band of a person's age on the interview date (empty when the birth year is unknown)."""
    if not birth_year or on is None:
        return ""
    age = on.year - birth_year
    if age < 16:
        return UNDER_16
    for band in AGE_BANDS:
        low, _, high = band.partition("-")
        if high and int(low) <= age <= int(high):
            return band
    return AGE_BANDS[-1]


def _problem(field: str, source: Source, **params: Any) -> ValidationError:
    return ValidationError(field, msg(source, **params))


def normalise_answer(question: QuestionRecord, raw: Any) -> str:
    """The stored text form of an answer, or a ValidationError saying what the type expects.

    An empty answer is "" (not answered). Multiple choice is a JSON list in the guide's order.
    """
    kind = question.type
    if raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []:
        return ""
    if kind == QuestionType.TEXT:
        return v.limited("value", str(raw).strip(), MAX_OPEN_ANSWER)
    if kind == QuestionType.LIKERT:
        text = str(raw).strip()
        if text not in LIKERT_VALUES:
            raise _problem("value",
                QT_TRANSLATE_NOOP("interviews", "'{value}' is not a Likert answer: give a whole number "
                                                "from 1 to 5."), value=text)
        return text
    if kind == QuestionType.NUMBER:
        return _number(str(raw))
    if kind == QuestionType.YES_NO:
        word = str(raw).strip().casefold()
        if word in _YES_WORDS:
            return "yes"
        if word in _NO_WORDS:
            return "no"
        raise _problem("value", QT_TRANSLATE_NOOP("interviews", "'{value}' is not yes or no."), value=raw)
    values = [o.value for o in question.options]
    if kind == QuestionType.SINGLE_CHOICE:
        text = str(raw).strip()
        if text not in values:
            raise _problem("value", QT_TRANSLATE_NOOP("interviews", "'{value}' is not one of the choices: {allowed}."),
                           value=text, allowed=", ".join(values))
        return text
    if kind == QuestionType.MULTIPLE_CHOICE:
        picked = json.loads(raw) if isinstance(raw, str) and raw.startswith("[") else raw
        items = [str(x).strip() for x in (picked.split() if isinstance(picked, str) else picked)]
        unknown = [x for x in items if x not in values]
        if unknown:
            raise _problem("value", QT_TRANSLATE_NOOP("interviews", "'{value}' is not one of the choices: {allowed}."),
                           value=", ".join(unknown), allowed=", ".join(values))
        return json.dumps([x for x in values if x in items], ensure_ascii=False)
    return str(raw)


def _number(text: str) -> str:
    cleaned = text.strip().replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise _problem("value", QT_TRANSLATE_NOOP("interviews", "'{value}' is not a number."), value=text) from None
    if number != number or abs(number) > 1e12:  # NaN or absurd
        raise _problem("value", QT_TRANSLATE_NOOP("interviews", "'{value}' is not a number."), value=text)
    return str(int(number)) if number.is_integer() else repr(number)


def _texts(field: str, texts: Any) -> str:
    if isinstance(texts, str):
        texts = {"en": texts}
    cleaned = {str(k).strip(): v.limited(field, str(val).strip(), v.CELL_LIMIT // 4)
               for k, val in dict(texts or {}).items() if str(val).strip()}
    if not cleaned:
        raise _problem(field, QT_TRANSLATE_NOOP("interviews", "A question needs its text in at least one language."))
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)


def likert_choices() -> list[dict[str, Any]]:
    labels = ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
              "Strongly agree")
    return [{"value": i + 1, "label": {"en": text}} for i, text in enumerate(labels)]


def _choices(kind: QuestionType, choices: Any) -> str:
    if kind == QuestionType.LIKERT:
        return json.dumps(choices or likert_choices(), ensure_ascii=False, sort_keys=True)
    if kind == QuestionType.YES_NO:
        return json.dumps(choices or [{"value": "yes", "label": {"en": "yes"}},
                                      {"value": "no", "label": {"en": "no"}}],
                          ensure_ascii=False, sort_keys=True)
    if kind not in CHOICE_TYPES:
        return "[]"
    items = []
    seen: set[str] = set()
    for c in choices or []:
        value = str(c.get("value", "")).strip()
        if not value or value in seen:
            raise _problem("choices",
                QT_TRANSLATE_NOOP("interviews", "Each choice needs its own value ('{value}')."), value=value)
        seen.add(value)
        label = c.get("label") or {"en": value}
        items.append({"value": value, "label": label if isinstance(label, dict) else
                      {"en": str(label)}})
    if len(items) < 2:
        raise _problem("choices", QT_TRANSLATE_NOOP("interviews", "A choice question needs at least two choices."))
    return json.dumps(items, ensure_ascii=False, sort_keys=True)


def clean_question(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validated question fields (type, text per language, choices, name, section, required)."""
    kind = v.choice("type", values.get("type") or "text", QuestionType)
    name = str(values.get("name") or "").strip()
    if name and not NAME_RE.match(name):
        raise _problem("name",
            QT_TRANSLATE_NOOP("interviews", "The name '{value}' must start with a letter and hold only "
                                            "letters, digits and _ . - (at most 64)."), value=name)
    return {
        "type": kind.value,
        "text": _texts("text", values.get("text")),
        "choices": _choices(kind, values.get("choices")),
        "name": name,
        "section": v.optional_text("section", values.get("section"), 200),
        "required": bool(values.get("required")),
    }


def _languages(value: Any) -> str:
    codes = [c.strip().lower() for c in str(value or "en").replace(";", ",").split(",")]
    codes = list(dict.fromkeys(c for c in codes if c))
    for code in codes:
        if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", code):
            raise _problem("language",
                QT_TRANSLATE_NOOP("interviews", "'{value}' is not a language code such as en or it."),
                           value=code)
    return ",".join(codes or ["en"])


class InterviewService(ServiceBase):
    # -- guides ---------------------------------------------------------------------------------

    def guides(self) -> list[GuideRecord]:
        with self.sessions() as s:
            rows = s.scalars(select(InterviewGuide).where(InterviewGuide.deleted.is_(False))
                             .order_by(InterviewGuide.title, InterviewGuide.id)).all()
            return [to_record(r, GuideRecord) for r in rows]

    def guide(self, guide_id: str) -> GuideRecord:
        with self.sessions() as s:
            return to_record(self._live(s, InterviewGuide, guide_id, "guide_id"), GuideRecord)

    def create_guide(self, title: str, description: str = "", languages: str = "en",
                     questions: Sequence[Mapping[str, Any]] = ()) -> GuideRecord:
        """A guide with its questions (in order), in one transaction (an XLSForm import)."""
        clean = {"title": v.required_text("title", title, 300),
                 "description": str(description or "").strip(),
                 "languages": _languages(languages)}
        cleaned = [clean_question(q) for q in questions]
        with self.sessions.begin() as s:
            guide = self._new(s, InterviewGuide(id=new_id(), **clean))
            for position, q in enumerate(cleaned, start=1):
                self._new(s, Question(id=new_id(), guide_id=guide.id, position=position, **q))
            return to_record(guide, GuideRecord)

    def update_guide(self, guide_id: str, **changes: Any) -> GuideRecord:
        with self.sessions.begin() as s:
            row = self._live(s, InterviewGuide, guide_id, "guide_id")
            clean: dict[str, Any] = {}
            if "title" in changes:
                clean["title"] = v.required_text("title", changes["title"], 300)
            if "description" in changes:
                clean["description"] = str(changes["description"] or "").strip()
            if "languages" in changes:
                clean["languages"] = _languages(changes["languages"])
            self._change(row, clean)
            return to_record(row, GuideRecord)

    def delete_guide(self, guide_id: str) -> None:
        with self.sessions.begin() as s:
            row = self._live(s, InterviewGuide, guide_id, "guide_id")
            used = s.scalar(select(func.count()).select_from(Interview).where(
                Interview.guide_id == guide_id, Interview.deleted.is_(False)))
            if used:
                raise UserError(msg(QT_TRANSLATE_NOOP(
                    "interviews", "This guide was used in %Ln interviews; it cannot be "
                    "deleted.", None, 1), n=used))
            for q in s.scalars(select(Question).where(Question.guide_id == guide_id,
                                                      Question.deleted.is_(False))):
                self._delete(q)
            self._delete(row)

    def restore_guide(self, guide_id: str) -> GuideRecord:
        with self.sessions.begin() as s:
            row = self._dead(s, InterviewGuide, guide_id, "guide_id")
            self._change(row, {"deleted": False})
            for q in s.scalars(select(Question).where(Question.guide_id == guide_id)):
                self._change(q, {"deleted": False})
            return to_record(row, GuideRecord)

    # -- questions ------------------------------------------------------------------------------

    def questions(self, guide_id: str) -> list[QuestionRecord]:
        with self.sessions() as s:
            return self._questions(s, guide_id)

    def _questions(self, s: Session, guide_id: str) -> list[QuestionRecord]:
        rows = s.scalars(select(Question).where(Question.guide_id == guide_id,
                                                Question.deleted.is_(False))
                         .order_by(Question.position, Question.id)).all()
        return [to_record(r, QuestionRecord) for r in rows]

    def question(self, question_id: str) -> QuestionRecord:
        with self.sessions() as s:
            return to_record(self._live(s, Question, question_id, "question_id"),
                             QuestionRecord)

    def add_question(self, guide_id: str, **values: Any) -> QuestionRecord:
        clean = clean_question(values)
        with self.sessions.begin() as s:
            self._live(s, InterviewGuide, guide_id, "guide_id")
            last = s.scalar(select(func.max(Question.position)).where(
                Question.guide_id == guide_id, Question.deleted.is_(False))) or 0
            row = self._new(s, Question(id=new_id(), guide_id=guide_id, position=last + 1,
                                        **clean))
            return to_record(row, QuestionRecord)

    def update_question(self, question_id: str, **changes: Any) -> QuestionRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Question, question_id, "question_id")
            current = to_record(row, QuestionRecord)
            merged = {"type": current.type, "text": current.texts,
                      "choices": json.loads(current.choices), "name": current.name,
                      "section": current.section, "required": current.required} | changes
            self._change(row, clean_question(merged))
            return to_record(row, QuestionRecord)

    def delete_question(self, question_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, Question, question_id, "question_id"))

    def restore_question(self, question_id: str) -> QuestionRecord:
        with self.sessions.begin() as s:
            row = self._dead(s, Question, question_id, "question_id")
            self._change(row, {"deleted": False})
            return to_record(row, QuestionRecord)

    def move_question(self, question_id: str, step: int) -> list[QuestionRecord]:
        """Move a question up (step -1) or down (+1); positions are renumbered 1..n."""
        with self.sessions.begin() as s:
            row = self._live(s, Question, question_id, "question_id")
            rows = list(s.scalars(select(Question).where(
                Question.guide_id == row.guide_id, Question.deleted.is_(False))
                .order_by(Question.position, Question.id)))
            index = rows.index(row)
            target = max(0, min(len(rows) - 1, index + step))
            rows.insert(target, rows.pop(index))
            for position, q in enumerate(rows, start=1):
                self._change(q, {"position": position})
            return [to_record(r, QuestionRecord) for r in rows]

    # -- interviews -----------------------------------------------------------------------------

    def interviews(self, *, guide_id: str | None = None, event_id: str | None = None,
                   status: str | None = None) -> list[InterviewRecord]:
        """Live interviews, newest first, each with the count of its answers."""
        counts = (select(Answer.interview_id, func.count().label("n"))
                  .where(Answer.deleted.is_(False), Answer.value != "")
                  .group_by(Answer.interview_id).subquery())
        # Columns, not ORM objects: thousands of rows on a big database, and loading each
        # as an entity (identity map, attribute state) cost several times the query itself.
        fields = [f.name for f in dataclasses.fields(InterviewRecord) if f.name != "answered"]
        query = (select(*(getattr(Interview, name) for name in fields),
                        func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.interview_id == Interview.id)
                 .where(Interview.deleted.is_(False)))
        if guide_id:
            query = query.where(Interview.guide_id == guide_id)
        if event_id:
            query = query.where(Interview.event_id == event_id)
        if status:
            query = query.where(Interview.status == status)
        with self.sessions() as s:
            rows = s.execute(query.order_by(Interview.date.desc(), Interview.id)).all()
        return [InterviewRecord(**dict(zip(fields, row, strict=False)), answered=int(row[-1]))
                for row in rows]

    def interview(self, interview_id: str) -> InterviewRecord:
        with self.sessions() as s:
            return self._interview_record(s, self._live(s, Interview, interview_id,
                                                        "interview_id"))

    def _interview_record(self, s: Session, row: Interview) -> InterviewRecord:
        n = s.scalar(select(func.count()).select_from(Answer).where(
            Answer.interview_id == row.id, Answer.deleted.is_(False), Answer.value != ""))
        return to_record(row, InterviewRecord, answered=int(n or 0))

    def start(self, guide_id: str, *, event_id: str | None = None, person_id: str | None = None,
              respondent_code: str = "", category: str = "", country: str = "",
              age_band_: str = "", interviewer: str = "", date: dt.date | None = None
              ) -> InterviewRecord:
        """A draft interview without consent yet. A registered person's category, country
        and age band are taken from their record; an anonymous respondent's are given."""
        day = date or dt.date.today()
        with self.sessions.begin() as s:
            self._live(s, InterviewGuide, guide_id, "guide_id")
            if event_id:
                self._live(s, Event, event_id, "event_id")
            if person_id:
                person = self._live(s, Person, person_id, "person_id")
                if person.erased:
                    raise _problem("person_id",
                        QT_TRANSLATE_NOOP("interviews", "This person's data was erased; interview them "
                                                        "as an anonymous respondent."))
                respondent: dict[str, Any] = {"person_id": person.id, "respondent_code": "",
                              "respondent_category": person.category,
                              "respondent_country": person.country,
                              "respondent_age_band": age_band(person.birth_year, day)}
            else:
                band = str(age_band_ or "").strip()
                if band and band not in (*AGE_BANDS, UNDER_16):
                    raise _problem("respondent_age_band",
                        QT_TRANSLATE_NOOP("interviews", "'{value}' is not an age band: {allowed}."),
                                   value=band, allowed=", ".join(AGE_BANDS))
                respondent = {
                    "person_id": None,
                    "respondent_code": v.optional_text("respondent_code", respondent_code, 64),
                    "respondent_category": v.choice("category", category, PersonCategory).value
                    if category else "",
                    "respondent_country": v.country("country", country),
                    "respondent_age_band": band,
                }
            row = self._new(s, Interview(
                id=new_id(), guide_id=guide_id, event_id=event_id or None, **respondent,
                interviewer=v.optional_text("interviewer", interviewer, 200), date=day,
                consent=False, status=InterviewStatus.DRAFT.value))
            if not row.respondent_code and not person_id:
                # A short readable code, so a paper note can be matched to the interview.
                row.respondent_code = "R-" + row.id[:8].upper()
            return to_record(row, InterviewRecord)

    def record_consent(self, interview_id: str, given: bool) -> InterviewRecord:
        """Consent comes first; withdrawing it deletes the answers given so far."""
        with self.sessions.begin() as s:
            row = self._live(s, Interview, interview_id, "interview_id")
            self._change(row, {"consent": bool(given)})
            if not given:
                for answer in s.scalars(select(Answer).where(Answer.interview_id == row.id,
                                                             Answer.deleted.is_(False))):
                    self._delete(answer)
                self._change(row, {"status": InterviewStatus.DRAFT.value})
            return self._interview_record(s, row)

    def answers(self, interview_id: str) -> dict[str, AnswerRecord]:
        """The interview's answers by question id."""
        with self.sessions() as s:
            rows = s.scalars(select(Answer).where(Answer.interview_id == interview_id,
                                                  Answer.deleted.is_(False))).all()
            return {r.question_id: to_record(r, AnswerRecord) for r in rows if r.value != ""}

    def save_answers(self, interview_id: str, values: Mapping[str, Any]) -> InterviewRecord:
        """Save answers by question id (a draft); each is validated for its question's type."""
        with self.sessions.begin() as s:
            row = self._live(s, Interview, interview_id, "interview_id")
            if not row.consent:
                raise _problem("consent",
                    QT_TRANSLATE_NOOP("interviews", "Record the respondent's consent before any answer."))
            questions = {q.id: q for q in self._questions(s, row.guide_id)}
            for qid, raw in values.items():
                question = questions.get(qid)
                if question is None:
                    raise _problem("question_id",
                        QT_TRANSLATE_NOOP("interviews", "The question {id} is not in this guide."),
                                   id=qid)
                self._put_answer(s, row.id, question, normalise_answer(question, raw))
            return self._interview_record(s, row)

    def _put_answer(self, s: Session, interview_id: str, question: QuestionRecord,
                    value: str) -> None:
        aid = answer_id(interview_id, question.id)
        existing = s.get(Answer, aid)
        if existing is None:
            if value:
                self._new(s, Answer(id=aid, interview_id=interview_id, question_id=question.id,
                                    value=value, tags="", codes=""))
        elif value:
            self._change(existing, {"value": value, "deleted": False})
        elif not existing.deleted:
            self._delete(existing)

    def complete(self, interview_id: str, values: Mapping[str, Any] | None = None
                 ) -> InterviewRecord:
        """Save the last answers and mark the interview completed: every required question
        must be answered (the error names the first one missing)."""
        if values:
            self.save_answers(interview_id, values)
        with self.sessions.begin() as s:
            row = self._live(s, Interview, interview_id, "interview_id")
            if not row.consent:
                raise _problem("consent",
                    QT_TRANSLATE_NOOP("interviews", "Record the respondent's consent before any answer."))
            answered = set(s.scalars(select(Answer.question_id).where(
                Answer.interview_id == row.id, Answer.deleted.is_(False), Answer.value != "")))
            for q in self._questions(s, row.guide_id):
                if q.required and q.id not in answered:
                    raise _problem(q.id, QT_TRANSLATE_NOOP("interviews", "Question {number} is required: {question}"),
                                   number=q.position, question=q.text_in())
            self._change(row, {"status": InterviewStatus.COMPLETED.value})
            return self._interview_record(s, row)

    def reopen(self, interview_id: str) -> InterviewRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Interview, interview_id, "interview_id")
            self._change(row, {"status": InterviewStatus.DRAFT.value})
            return self._interview_record(s, row)

    def delete_interview(self, interview_id: str) -> list[str]:
        """Tombstone the interview and its answers; returns the answers' ids (for undo)."""
        with self.sessions.begin() as s:
            row = self._live(s, Interview, interview_id, "interview_id")
            deleted = []
            for answer in s.scalars(select(Answer).where(Answer.interview_id == row.id,
                                                         Answer.deleted.is_(False))):
                self._delete(answer)
                deleted.append(answer.id)
            self._delete(row)
            return deleted

    def restore_interview(self, interview_id: str, answer_ids: Iterable[str] = ()
                          ) -> InterviewRecord:
        """Undo of delete_interview: the interview and the answers it deleted come back."""
        with self.sessions.begin() as s:
            row = self._dead(s, Interview, interview_id, "interview_id")
            self._change(row, {"deleted": False})
            for aid in answer_ids:
                answer = s.get(Answer, aid)
                if answer is not None and answer.interview_id == row.id:
                    self._change(answer, {"deleted": False})
            return self._interview_record(s, row)

    # -- coding of open answers -----------------------------------------------------------------

    def code_answer(self, answer_id_: str, *, tags: Iterable[str] | str = (),
                    codes: Iterable[str] | str = ()) -> AnswerRecord:
        """Tag an open answer with programme priorities and free codes (comma-separated)."""
        tag_text = v.priorities("priorities", tags)
        code_list = codes.split(",") if isinstance(codes, str) else list(codes)
        code_text = ",".join(sorted({c.strip() for c in code_list if c.strip()}))
        with self.sessions.begin() as s:
            row = self._live(s, Answer, answer_id_, "id")
            self._change(row, {"tags": tag_text, "codes": v.limited("codes", code_text, 2000)})
            return to_record(row, AnswerRecord)
