"""Interview guides and interviews: answers validated per type, consent first, draft/complete."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ecnet_desktop.domain.errors import UserError, ValidationError
from ecnet_desktop.domain.ids import answer_id
from ecnet_desktop.domain.records import GuideRecord, QuestionRecord
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.interviews import age_band, normalise_answer

QUESTIONS = [
    {"type": "single_choice", "name": "route", "section": "You", "required": True,
     "text": {"en": "How did you join?", "it": "Come ha partecipato?"},
     "choices": [{"value": "town", "label": {"en": "My town"}},
                 {"value": "school", "label": {"en": "School"}}]},
    {"type": "likert", "name": "european", "section": "Change", "required": True,
     "text": {"en": "I feel more European."}},
    {"type": "multiple_choice", "name": "topics", "section": "Change",
     "text": {"en": "Topics?"},
     "choices": [{"value": "a", "label": {"en": "A"}}, {"value": "b", "label": {"en": "B"}},
                 {"value": "c", "label": {"en": "C"}}]},
    {"type": "number", "name": "events", "text": {"en": "How many events?"}},
    {"type": "yes_no", "name": "before", "text": {"en": "Before?"}},
    {"type": "text", "name": "story", "text": {"en": "Tell us.", "hr": "Recite nam."}},
]


@pytest.fixture
def guide(services: Services) -> GuideRecord:
    return services.interviews.create_guide("Impact", "About change", "en,it,hr", QUESTIONS)


def _questions(services: Services, guide: GuideRecord) -> dict[str, QuestionRecord]:
    return {q.name: q for q in services.interviews.questions(guide.id)}


def test_a_guide_keeps_its_questions_in_order_with_texts_per_language(
        services: Services, guide: GuideRecord) -> None:
    questions = services.interviews.questions(guide.id)
    assert [q.name for q in questions] == ["route", "european", "topics", "events", "before",
                                           "story"]
    assert [q.position for q in questions] == [1, 2, 3, 4, 5, 6]
    assert questions[0].text_in("it") == "Come ha partecipato?"
    assert questions[0].text_in("hr") == "How did you join?"  # falls back to English
    assert [o.value for o in questions[1].options] == ["1", "2", "3", "4", "5"]
    assert guide.language_list == ["en", "it", "hr"]


def test_answers_are_checked_against_their_question_type(services: Services,
                                                         guide: GuideRecord) -> None:
    q = _questions(services, guide)
    assert normalise_answer(q["european"], "4") == "4"
    assert normalise_answer(q["events"], " 3,0 ") == "3"
    assert normalise_answer(q["events"], "2.5") == "2.5"
    assert normalise_answer(q["before"], "Y") == "yes"
    assert normalise_answer(q["topics"], ["c", "a"]) == json.dumps(["a", "c"])
    assert normalise_answer(q["route"], "school") == "school"
    assert normalise_answer(q["story"], "  ") == ""
    for name, bad in (("european", "6"), ("events", "many"), ("before", "perhaps"),
                      ("route", "bus"), ("topics", ["a", "zzz"])):
        with pytest.raises(ValidationError) as caught:
            normalise_answer(q[name], bad)
        assert caught.value.field == "value"


def test_no_answer_before_consent_and_withdrawn_consent_deletes_the_answers(
        services: Services, guide: GuideRecord) -> None:
    q = _questions(services, guide)
    interview = services.interviews.start(guide.id, category="citizen", country="Italy",
                                          age_band_="25-34")
    assert interview.respondent_country == "IT"
    assert interview.respondent_code.startswith("R-")
    with pytest.raises(ValidationError) as caught:
        services.interviews.save_answers(interview.id, {q["european"].id: "5"})
    assert caught.value.field == "consent"
    assert services.interviews.answers(interview.id) == {}
    services.interviews.record_consent(interview.id, True)
    services.interviews.save_answers(interview.id, {q["european"].id: "5"})
    assert services.interviews.answers(interview.id)[q["european"].id].value == "5"
    withdrawn = services.interviews.record_consent(interview.id, False)
    assert withdrawn.answered == 0
    assert services.interviews.answers(interview.id) == {}


def test_draft_resume_complete(services: Services, guide: GuideRecord) -> None:
    q = _questions(services, guide)
    interview = services.interviews.start(guide.id, interviewer="Ana")
    services.interviews.record_consent(interview.id, True)
    draft = services.interviews.save_answers(interview.id, {q["route"].id: "town",
                                                             q["topics"].id: ["b"]})
    assert draft.status == "draft" and draft.answered == 2
    with pytest.raises(ValidationError) as caught:
        services.interviews.complete(interview.id)
    assert caught.value.field == q["european"].id  # the first required question missing
    # Resume: the answers are there, keyed by (interview, question).
    answers = services.interviews.answers(interview.id)
    assert answers[q["route"].id].id == answer_id(interview.id, q["route"].id)
    done = services.interviews.complete(interview.id, {q["european"].id: 3})
    assert done.answered == 3
    assert services.interviews.interview(interview.id).status == "completed"


def test_clearing_a_required_answer_blocks_completion(services: Services,
                                                      guide: GuideRecord) -> None:
    q = _questions(services, guide)
    interview = services.interviews.start(guide.id)
    services.interviews.record_consent(interview.id, True)
    services.interviews.save_answers(interview.id, {q["route"].id: "town",
                                                    q["european"].id: "2"})
    services.interviews.save_answers(interview.id, {q["route"].id: ""})
    with pytest.raises(ValidationError) as caught:
        services.interviews.complete(interview.id)
    assert caught.value.field == q["route"].id
    services.interviews.save_answers(interview.id, {q["route"].id: "school"})
    assert services.interviews.complete(interview.id).status == "completed"


def test_a_registered_person_brings_category_country_and_age_band(
        services: Services, guide: GuideRecord) -> None:
    person = services.people.create(given_name="Ivana", family_name="Horvat", country="HR",
                                    category="public_officer", birth_year=1980)
    interview = services.interviews.start(guide.id, person_id=person.id,
                                          date=dt.date(2021, 5, 1))
    assert (interview.respondent_category, interview.respondent_country,
            interview.respondent_age_band) == ("public_officer", "HR", "35-44")
    assert age_band(2010, dt.date(2021, 1, 1)) == "under 16"
    assert age_band(1940, dt.date(2021, 1, 1)) == "65+"
    assert age_band(None, dt.date(2021, 1, 1)) == ""


def test_anonymous_respondent_values_are_checked(services: Services,
                                                 guide: GuideRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        services.interviews.start(guide.id, country="Atlantis")
    assert caught.value.field == "country"
    with pytest.raises(ValidationError):
        services.interviews.start(guide.id, age_band_="12-13")


def test_editing_moving_and_deleting_questions(services: Services, guide: GuideRecord) -> None:
    q = _questions(services, guide)
    moved = services.interviews.move_question(q["story"].id, -1)
    assert [x.name for x in moved][-2:] == ["story", "before"]
    updated = services.interviews.update_question(q["route"].id, required=False)
    assert not updated.required and updated.options == q["route"].options
    with pytest.raises(ValidationError) as caught:
        services.interviews.update_question(q["route"].id, choices=[{"value": "only"}])
    assert caught.value.field == "choices"
    with pytest.raises(ValidationError):
        services.interviews.add_question(guide.id, type="text", name="9bad", text="x")
    services.interviews.delete_question(q["events"].id)
    assert "events" not in {x.name for x in services.interviews.questions(guide.id)}
    services.interviews.restore_question(q["events"].id)
    assert "events" in {x.name for x in services.interviews.questions(guide.id)}


def test_a_used_guide_cannot_be_deleted(services: Services, guide: GuideRecord) -> None:
    services.interviews.start(guide.id)
    with pytest.raises(UserError):
        services.interviews.delete_guide(guide.id)
    empty = services.interviews.create_guide("Empty")
    services.interviews.delete_guide(empty.id)
    assert [g.title for g in services.interviews.guides()] == ["Impact"]


def test_open_answers_are_coded_with_priorities_and_free_codes(
        services: Services, guide: GuideRecord) -> None:
    q = _questions(services, guide)
    interview = services.interviews.start(guide.id)
    services.interviews.record_consent(interview.id, True)
    services.interviews.save_answers(interview.id, {q["story"].id: "We met Croatian mayors."})
    answer = services.interviews.answers(interview.id)[q["story"].id]
    coded = services.interviews.code_answer(answer.id, tags=["Solidarity", "euroscepticism"],
                                            codes="mayors, twinning,mayors")
    assert coded.tags == "euroscepticism,solidarity"
    assert coded.codes == "mayors,twinning"
    with pytest.raises(ValidationError):
        services.interviews.code_answer(answer.id, tags=["weather"])
