"""Analysis: distributions filtered and compared by category, country, event and year; open
answers; completed interviews per event."""

from __future__ import annotations

import datetime as dt

import pytest

from ecnet_desktop.domain.records import GuideRecord
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.interview_analysis import AnalysisFilter

QUESTIONS = [
    {"type": "likert", "name": "european", "required": True, "text": {"en": "More European?"}},
    {"type": "multiple_choice", "name": "topics", "text": {"en": "Topics?"},
     "choices": [{"value": "a", "label": {"en": "A"}}, {"value": "b", "label": {"en": "B"}}]},
    {"type": "text", "name": "story", "text": {"en": "Tell us."}},
]


@pytest.fixture
def guide(services: Services) -> GuideRecord:
    return services.interviews.create_guide("Impact", questions=QUESTIONS)


def _interview(services: Services, guide: GuideRecord, event_id: str | None, category: str,
               country: str, day: dt.date, answers: dict[str, object],
               consent: bool = True) -> str:
    questions = {q.name: q.id for q in services.interviews.questions(guide.id)}
    interview = services.interviews.start(guide.id, event_id=event_id, category=category,
                                          country=country, date=day)
    if consent:
        services.interviews.record_consent(interview.id, True)
        services.interviews.complete(interview.id, {questions[k]: v for k, v in answers.items()})
    return interview.id


@pytest.fixture
def filled(services: Services, guide: GuideRecord) -> dict[str, str]:
    bari = services.events.create(kind="international_event", title="Bari", country="IT",
                                  start_date=dt.date(2021, 6, 1), end_date=dt.date(2021, 6, 2))
    osijek = services.events.create(kind="international_event", title="Osijek", country="HR",
                                    start_date=dt.date(2022, 3, 1),
                                    end_date=dt.date(2022, 3, 2))
    d21, d22 = dt.date(2021, 6, 2), dt.date(2022, 3, 2)
    _interview(services, guide, bari.id, "citizen", "IT", d21,
               {"european": 5, "topics": ["a", "b"], "story": "Great"})
    _interview(services, guide, bari.id, "citizen", "HR", d21, {"european": 4, "topics": ["a"]})
    _interview(services, guide, osijek.id, "activist", "HR", d22,
               {"european": 2, "story": "Hard"})
    _interview(services, guide, osijek.id, "activist", "IT", d22, {}, consent=False)
    return {"bari": bari.id, "osijek": osijek.id}


def _question(services: Services, guide: GuideRecord, name: str) -> str:
    return next(q.id for q in services.interviews.questions(guide.id) if q.name == name)


def test_likert_distribution_counts_each_answer_once(
        services: Services, guide: GuideRecord, filled: dict[str, str]) -> None:
    dist = services.interview_analysis.distribution(_question(services, guide, "european"))
    assert [v for v, _ in dist.options] == ["1", "2", "3", "4", "5"]
    assert dist.groups == (("all", (0, 1, 0, 1, 1)),)
    assert dist.respondents == 3  # the interview without consent never counts
    assert dist.mean == pytest.approx(11 / 3)


def test_filtered_and_compared(services: Services, guide: GuideRecord,
                               filled: dict[str, str]) -> None:
    analysis = services.interview_analysis
    likert = _question(services, guide, "european")
    by_country = analysis.distribution(likert, compare_by="country")
    assert dict(by_country.groups) == {"HR": (0, 1, 0, 1, 0), "IT": (0, 0, 0, 0, 1)}
    by_year = analysis.distribution(likert, compare_by="year")
    assert dict(by_year.groups) == {"2021": (0, 0, 0, 1, 1), "2022": (0, 1, 0, 0, 0)}
    by_event = analysis.distribution(likert, compare_by="event")
    assert set(dict(by_event.groups)) == {filled["bari"], filled["osijek"]}
    only = analysis.distribution(likert, AnalysisFilter(category="citizen", country="HR"))
    assert only.groups == (("all", (0, 0, 0, 1, 0)),)
    year = analysis.distribution(likert, AnalysisFilter(year=2022))
    assert year.respondents == 1
    event = analysis.distribution(likert, AnalysisFilter(event_id=filled["bari"]),
                                  compare_by="category")
    assert dict(event.groups) == {"citizen": (0, 0, 0, 1, 1)}


def test_multiple_choice_counts_every_ticked_option(
        services: Services, guide: GuideRecord, filled: dict[str, str]) -> None:
    dist = services.interview_analysis.distribution(_question(services, guide, "topics"))
    assert dist.groups == (("all", (2, 1)),)
    assert dist.respondents == 2


def test_open_answers_and_completed_per_event(
        services: Services, guide: GuideRecord, filled: dict[str, str]) -> None:
    analysis = services.interview_analysis
    story = _question(services, guide, "story")
    answers = analysis.open_answers(story)
    assert sorted(a.value for a in answers) == ["Great", "Hard"]
    assert {a.value for a in analysis.open_answers(story, AnalysisFilter(country="IT"))} == {
        "Great"}
    progress = analysis.completed_per_event(guide.id)
    assert [(p.title, p.completed, p.drafts) for p in progress] == [("Bari", 2, 0),
                                                                   ("Osijek", 1, 1)]
    choices = analysis.filter_choices(guide.id)
    assert choices.categories == ("activist", "citizen")
    assert choices.years == (2021, 2022)
    assert [title for _id, title in choices.events] == ["Bari", "Osijek"]
