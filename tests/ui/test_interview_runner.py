"""Conducting an interview with the keyboard alone: consent first, every question type,
back and forth, draft saved, resumed, completed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain.records import GuideRecord
from ecnet_desktop.ui.interview_pages import QuestionPage
from ecnet_desktop.ui.interview_runner import InterviewRunner
from ecnet_desktop.ui.interview_start import StartInterviewDialog

QUESTIONS = [
    {"type": "single_choice", "name": "route", "required": True,
     "text": {"en": "How did you join?", "it": "Come ha partecipato?"},
     "choices": [{"value": "town", "label": {"en": "My town"}},
                 {"value": "school", "label": {"en": "School"}},
                 {"value": "friend", "label": {"en": "A friend"}}]},
    {"type": "likert", "name": "european", "required": True,
     "text": {"en": "I feel more European."}},
    {"type": "multiple_choice", "name": "topics", "text": {"en": "Topics?"},
     "choices": [{"value": "a", "label": {"en": "A"}}, {"value": "b", "label": {"en": "B"}},
                 {"value": "c", "label": {"en": "C"}}]},
    {"type": "number", "name": "events", "text": {"en": "How many events?"}},
    {"type": "yes_no", "name": "before", "text": {"en": "Before?"}},
    {"type": "text", "name": "story", "required": True, "text": {"en": "Tell us."}},
]

Mod = Qt.KeyboardModifier
CTRL = Mod.ControlModifier


@pytest.fixture
def guide(ctx: AppContext) -> GuideRecord:
    return ctx.services.interviews.create_guide("Impact", "", "en,it", QUESTIONS)


def _press(qtbot: QtBot, runner: InterviewRunner, key: Qt.Key, mod: Mod = Mod.NoModifier
           ) -> None:
    target = QApplication.focusWidget() or runner
    assert isinstance(target, QWidget)
    qtbot.keyClick(target, key, mod)


def _type(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def _open(qtbot: QtBot, ctx: AppContext, interview_id: str) -> InterviewRunner:
    runner = InterviewRunner(ctx, interview_id)
    qtbot.addWidget(runner)
    runner.show()
    runner.activateWindow()
    qtbot.waitExposed(runner)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return runner


def _page(runner: InterviewRunner) -> QuestionPage:
    page = runner.pages.currentWidget()
    assert isinstance(page, QuestionPage)
    return page


def test_a_full_interview_with_the_keyboard(qtbot: QtBot, ctx: AppContext,
                                            guide: GuideRecord) -> None:
    service = ctx.services.interviews
    interview = service.start(guide.id, category="citizen", country="HR", age_band_="25-34")
    runner = _open(qtbot, ctx, interview.id)
    assert runner.pages.currentIndex() == 0
    # No consent, no answers: Enter without the box ticked stays on the consent page.
    _press(qtbot, runner, Qt.Key.Key_Return)
    assert runner.pages.currentIndex() == 0
    assert runner.consent_error.isVisible()
    _press(qtbot, runner, Qt.Key.Key_Space)
    assert runner.consent_box.isChecked()
    _press(qtbot, runner, Qt.Key.Key_Return)
    assert runner.pages.currentIndex() == 1
    assert service.interview(interview.id).consent

    # 1 single choice: the digit picks, Enter goes on.
    _press(qtbot, runner, Qt.Key.Key_2)
    assert _page(runner).buttons[1].isChecked()
    _press(qtbot, runner, Qt.Key.Key_Return)
    # 2 Likert: digits 1-5, Ctrl+Enter next.
    assert _page(runner).question.name == "european"
    _press(qtbot, runner, Qt.Key.Key_4)
    _press(qtbot, runner, Qt.Key.Key_Return, CTRL)
    # 3 multiple choice: digits tick and untick.
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1):
        _press(qtbot, runner, key)
    assert [b.isChecked() for b in _page(runner).buttons] == [False, False, True]
    _press(qtbot, runner, Qt.Key.Key_Space)  # Space toggles the focused box (A, last pressed)
    assert [b.isChecked() for b in _page(runner).buttons] == [True, False, True]
    _press(qtbot, runner, Qt.Key.Key_Space)
    _press(qtbot, runner, Qt.Key.Key_Return)
    # 4 number: a word is refused next to the field, what was typed stays.
    page = _page(runner)
    assert page.question.name == "events"
    _type(qtbot, "many")
    _press(qtbot, runner, Qt.Key.Key_Return)
    assert runner.pages.currentWidget() is page
    assert page.error.isVisible() and "not a number" in page.error.text()
    assert page.line is not None and page.line.text() == "many"
    page.line.selectAll()
    _type(qtbot, "7")
    _press(qtbot, runner, Qt.Key.Key_Return)
    # 5 yes/no: Y answers yes.
    assert _page(runner).question.name == "before"
    _press(qtbot, runner, Qt.Key.Key_Y)
    _press(qtbot, runner, Qt.Key.Key_Return)
    # 6 open text: Enter is a new line; PageUp goes back and Ctrl+Enter forward again.
    page = _page(runner)
    assert page.question.name == "story"
    _type(qtbot, "We met mayors")
    _press(qtbot, runner, Qt.Key.Key_Return)
    _type(qtbot, "from Osijek.")
    assert runner.pages.currentWidget() is page
    _press(qtbot, runner, Qt.Key.Key_PageUp)
    assert _page(runner).question.name == "before"
    _press(qtbot, runner, Qt.Key.Key_Return, CTRL)
    assert runner.pages.currentWidget() is page
    _press(qtbot, runner, Qt.Key.Key_S, CTRL)
    assert "Draft saved" in runner.status.text()
    assert service.interview(interview.id).status == "draft"
    _press(qtbot, runner, Qt.Key.Key_Return, CTRL)
    assert runner.pages.currentIndex() == runner.pages.count() - 1
    assert "6 of 6 questions answered" in runner.summary.text()
    _press(qtbot, runner, Qt.Key.Key_Return, CTRL)
    assert runner.result() == InterviewRunner.DialogCode.Accepted

    done = service.interview(interview.id)
    assert done.status == "completed" and done.answered == 6
    by_name = {q.name: q.id for q in service.questions(guide.id)}
    answers = {name: service.answers(interview.id)[qid].value for name, qid in by_name.items()}
    assert answers == {"route": "school", "european": "4", "topics": json.dumps(["c"]),
                       "events": "7", "before": "yes", "story": "We met mayors\nfrom Osijek."}


def test_resume_a_draft_and_completion_points_at_what_is_missing(
        qtbot: QtBot, ctx: AppContext, guide: GuideRecord) -> None:
    service = ctx.services.interviews
    interview = service.start(guide.id)
    runner = _open(qtbot, ctx, interview.id)
    _press(qtbot, runner, Qt.Key.Key_Space)
    _press(qtbot, runner, Qt.Key.Key_Return)
    _press(qtbot, runner, Qt.Key.Key_3)
    _press(qtbot, runner, Qt.Key.Key_Return)
    _press(qtbot, runner, Qt.Key.Key_5)  # answered, not yet confirmed with Enter
    _press(qtbot, runner, Qt.Key.Key_Escape)  # closes; the answers given are kept
    assert not runner.isVisible()
    assert service.interview(interview.id).answered == 2

    again = _open(qtbot, ctx, interview.id)
    assert again.pages.currentIndex() == 3  # the first question not answered yet
    assert again.question_pages[0].buttons[2].isChecked()
    assert again.question_pages[1].buttons[4].isChecked()
    # Jump to the end without answering the required text question.
    for _ in range(4):
        _press(qtbot, again, Qt.Key.Key_Return, CTRL)
    assert again.pages.currentIndex() == again.pages.count() - 1
    assert "Required questions still open: 6" in again.summary.text()
    _press(qtbot, again, Qt.Key.Key_Return, CTRL)
    page = _page(again)
    assert page.question.name == "story" and page.error.isVisible()
    assert QApplication.focusWidget() is page.plain
    assert service.interview(interview.id).status == "draft"


def test_the_language_of_the_questions_can_be_switched(qtbot: QtBot, ctx: AppContext,
                                                        guide: GuideRecord) -> None:
    interview = ctx.services.interviews.start(guide.id)
    runner = _open(qtbot, ctx, interview.id)
    runner.language.setCurrentIndex(runner.language.findData("it"))
    assert runner.question_pages[0].text.text().startswith("Come ha partecipato?")


def test_start_dialog_anonymous_respondent_with_the_keyboard(
        qtbot: QtBot, ctx: AppContext, guide: GuideRecord) -> None:
    dialog = StartInterviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "P-17")
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country.lineEdit(), "Atlantis")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.started is None and "Atlantis" in dialog.error.text()
    dialog.country.set_code("SI")
    dialog.category.setCurrentIndex(dialog.category.findData("activist"))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.started is not None
    assert (dialog.started.respondent_code, dialog.started.respondent_country,
            dialog.started.respondent_category) == ("P-17", "SI", "activist")


def test_start_dialog_finds_a_registered_person(qtbot: QtBot, ctx: AppContext,
                                                guide: GuideRecord) -> None:
    person = ctx.services.people.create(given_name="Łukasz", family_name="Wójcik",
                                        country="PL", category="citizen", birth_year=1990)
    dialog = StartInterviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "wojc")
    assert dialog.registered.isChecked()
    qtbot.waitUntil(lambda: dialog.people.count() == 1)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.started is not None and dialog.started.person_id == person.id
    assert dialog.started.respondent_country == "PL"
