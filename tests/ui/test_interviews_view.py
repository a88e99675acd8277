"""The Interviews section on the M demo: lists, analysis charts, coding open answers, XLSForm
import errors, the guide editor with undo."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext, build_context, make_application
from ecnet_desktop.domain.enums import Priority
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.ui.guide_editor import GuideEditor, QuestionDialog
from ecnet_desktop.ui.interviews_view import InterviewsSection
from ecnet_desktop.ui.settings import Settings


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "m.sqlite"
    services = Services.open(path)
    try:
        generate_demo(services.database, size="M", seed=1)
    finally:
        services.close()
    return path


@pytest.fixture
def demo_ctx(qapp: object, demo_file: Path, tmp_path: Path) -> Iterator[AppContext]:
    make_application([])
    copy = tmp_path / "m.sqlite"
    shutil.copy(demo_file, copy)
    context = build_context(argparse.Namespace(db=copy, database_url=None),
                            Settings(tmp_path / "settings.ini"))
    yield context
    context.close()


@pytest.fixture
def section(qtbot: QtBot, demo_ctx: AppContext) -> InterviewsSection:
    widget = InterviewsSection(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.interviews_tab.model.rowCount() == 80)
    qtbot.waitUntil(lambda: not demo_ctx.runner.busy)  # guides and questions too
    return widget


def _settle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.busy)


def test_lists_show_the_demo_and_models_are_sound(
        qtbot: QtBot, section: InterviewsSection, demo_ctx: AppContext,
        qtmodeltester: ModelTester) -> None:
    assert "80 interviews" in section.interviews_tab.count.text()
    assert section.guides_tab.guides.rowCount() == 3
    assert section.guides_tab.questions.rowCount() > 3
    for model in (section.interviews_tab.model, section.guides_tab.guides,
                  section.guides_tab.questions, section.analysis_tab.progress_model):
        qtmodeltester.check(model)
    # Newest first.
    first = section.interviews_tab.view.model().index(0, 0).data()
    assert "2022" in first


def test_analysis_charts_render_and_compare(qtbot: QtBot, section: InterviewsSection,
                                           demo_ctx: AppContext) -> None:
    section.tabs.setCurrentIndex(2)
    tab = section.analysis_tab
    guide = tab.combos["guide"]
    guide.setCurrentIndex(guide.findText("Ten years of Networks of Towns: impact on participants"))
    _settle(qtbot, demo_ctx)  # its questions and filter choices load in the background
    question = tab.combos["question"]
    likert = next(i for i in range(question.count()) if "more European" in question.itemText(i))
    question.setCurrentIndex(likert)
    _settle(qtbot, demo_ctx)
    assert len(tab.chart.bar_sets) == 1
    assert sum(tab.chart.bar_sets[0].at(i) for i in range(5)) > 20
    assert "respondents answered" in tab.summary.text()
    tab.combos["compare"].setCurrentIndex(tab.combos["compare"].findData("category"))
    _settle(qtbot, demo_ctx)
    assert len(tab.chart.bar_sets) >= 3
    assert any("citizen" in s.label() for s in tab.chart.bar_sets)
    assert tab.progress_model.rowCount() >= 6
    section.grab().save("/tmp/interviews_analysis.png")
    # A filter narrows the counts.
    before = tab.summary.text()
    tab.combos["country"].setCurrentIndex(1)
    _settle(qtbot, demo_ctx)
    assert tab.summary.text() != before


def test_open_answers_are_coded_and_the_coding_undone(
        qtbot: QtBot, section: InterviewsSection, demo_ctx: AppContext,
        qtmodeltester: ModelTester) -> None:
    tab = section.analysis_tab
    section.tabs.setCurrentIndex(2)
    question = tab.combos["question"]
    guide = tab.combos["guide"]
    guide.setCurrentIndex(guide.findText("Ten years of Networks of Towns: impact on participants"))
    _settle(qtbot, demo_ctx)  # its questions and filter choices load in the background
    texts = [q for q in tab.questions if q.type == "text"]
    question.setCurrentIndex(question.findData(texts[0].id))
    _settle(qtbot, demo_ctx)
    assert tab.body.currentIndex() == 1
    assert tab.answers.rowCount() > 5
    qtmodeltester.check(tab.answers)
    tab.answer_view.setCurrentIndex(tab.answer_proxy.index(0, 0))
    answer = tab._current_answer()
    assert answer is not None
    tab.tag_boxes[Priority.SOLIDARITY].setChecked(True)
    tab.codes.setFocus()
    qtbot.keyClicks(tab.codes, "twinning, mayors")
    qtbot.keyClick(tab.codes, Qt.Key.Key_Return)
    stored = demo_ctx.services.interviews.answers(answer.interview_id)[texts[0].id]
    assert stored.tags == "solidarity" and stored.codes == "mayors,twinning"
    demo_ctx.undo_stack.undo()
    stored = demo_ctx.services.interviews.answers(answer.interview_id)[texts[0].id]
    assert stored.tags == answer.tags and stored.codes == answer.codes


def test_a_bad_xlsform_shows_its_rows(qtbot: QtBot, section: InterviewsSection,
                                      demo_ctx: AppContext, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "survey"
    for row in (["type", "name", "label::en"], ["select_one nowhere", "q", "Q?"]):
        wb.active.append(row)
    wb.save(tmp_path / "bad.xlsx")
    section.tabs.setCurrentIndex(1)
    section.guides_tab.import_path(tmp_path / "bad.xlsx")
    qtbot.waitUntil(lambda: section.guides_tab.message.isVisible())
    assert "row 2, column type" in section.guides_tab.message.text()
    assert section.guides_tab.guides.rowCount() == 3


def test_guide_editor_creates_a_guide_and_undo_removes_its_question(
        qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = GuideEditor(demo_ctx, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.title, "Follow-up 2023")
    editor.languages.clear()
    qtbot.keyClicks(editor.languages, "en,sl")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.guide is not None and editor.guide.languages == "en,sl"
    dialog = QuestionDialog(demo_ctx, editor.guide, None, editor)
    qtbot.addWidget(dialog)
    dialog.type.setCurrentIndex(dialog.type.findData("single_choice"))
    qtbot.keyClicks(dialog.name, "again")
    qtbot.keyClicks(dialog.texts["en"], "Would you come again?")
    dialog.texts["sl"].setText("Bi prišli spet?")  # (QTest types Latin-1 only)
    qtbot.keyClicks(dialog.choices, "y = Yes")
    dialog.accept()
    assert dialog.saved is None  # one choice is not a choice
    assert "two choices" in dialog.error.text()
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.choices, "n = No")
    dialog.accept()
    assert dialog.saved is not None
    questions = demo_ctx.services.interviews.questions(editor.guide.id)
    assert [(q.name, q.text_in("sl"), [o.value for o in q.options]) for q in questions] == [
        ("again", "Bi prišli spet?", ["y", "n"])]
    demo_ctx.undo_stack.undo()
    assert demo_ctx.services.interviews.questions(editor.guide.id) == []


def test_research_export_from_the_section(qtbot: QtBot, section: InterviewsSection,
                                          tmp_path: Path) -> None:
    out = tmp_path / "research.xlsx"
    section.interviews_tab.export_to(out)
    qtbot.waitUntil(lambda: "Wrote research.xlsx" in section.interviews_tab.count.text(),
                    timeout=15_000)
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames[0] == "Codebook" and len(wb.sheetnames) == 4
    wb.close()


def test_editing_choices_keeps_the_labels_in_other_languages(
        qtbot: QtBot, demo_ctx: AppContext) -> None:
    service = demo_ctx.services.interviews
    guide = service.create_guide("Two languages", languages="en,it", questions=[
        {"type": "single_choice", "name": "route", "text": {"en": "Route?", "it": "Via?"},
         "choices": [{"value": "town", "label": {"en": "Town", "it": "Comune"}},
                     {"value": "school", "label": {"en": "School", "it": "Scuola"}}]}])
    question = service.questions(guide.id)[0]
    dialog = QuestionDialog(demo_ctx, guide, question)
    qtbot.addWidget(dialog)
    dialog.choices.setPlainText("town = My town\nschool = School\nfriend = A friend")
    dialog.accept()
    assert dialog.saved is not None
    options = service.question(question.id).options
    assert [(o.value, o.label("en"), o.label("it")) for o in options] == [
        ("town", "My town", "Comune"), ("school", "School", "Scuola"),
        ("friend", "A friend", "A friend")]
    demo_ctx.undo_stack.undo()
    assert service.question(question.id).options == question.options


def test_deleting_an_interview_is_undone_with_its_answers(
        qtbot: QtBot, section: InterviewsSection, demo_ctx: AppContext) -> None:
    tab = section.interviews_tab
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    interview = tab.current()
    assert interview is not None and interview.answered > 0
    tab.delete_now(interview)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 79)
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 80)
    assert demo_ctx.services.interviews.interview(interview.id).answered == interview.answered
