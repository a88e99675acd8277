"""The analysis tab: a question's answers as a chart, filtered and compared by respondent
category, country, event and year; open answers coded with priorities and free codes;
completed interviews per event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import PersonCategory, Priority, QuestionType, decode_priorities
from ..domain.errors import UserError
from ..domain.records import GuideRecord, QuestionRecord
from ..domain.text import fold
from ..services.interview_analysis import (
    AnalysisFilter,
    Distribution,
    EventProgress,
    FilterChoices,
    OpenAnswer,
)
from .country_combo import localised_name
from .event_form import ErrorLabel
from .flow_layout import FlowLayout
from .hints import set_hint
from .i18n import enum_label, render
from .interview_charts import DistributionChart
from .record_model import Column, RecordTableModel
from .sorted_records import SortedRecordModel
from .tasks import if_alive
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext


@dataclass(frozen=True)
class _GuideLoaded:
    questions: list[QuestionRecord]
    choices: FilterChoices


@dataclass(frozen=True)
class _Loaded:
    choices: FilterChoices
    distribution: Distribution | None
    answers: list[OpenAnswer]
    progress: list[EventProgress]


def _category(value: str) -> str:
    try:
        return enum_label(PersonCategory(value))
    except ValueError:
        return value


def _combo(label_text: str, parent: QWidget) -> tuple[QLabel, QComboBox]:
    combo = QComboBox(parent)
    label = QLabel(label_text, parent)
    label.setBuddy(combo)
    return label, combo


class AnalysisTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._guide_generation = 0
        self._choices = FilterChoices()
        self.questions: list[QuestionRecord] = []
        labels = {}
        grid = QGridLayout()
        specs = (("guide", self.tr("&Guide:")), ("question", self.tr("&Question:")),
                 ("compare", self.tr("Co&mpare by:")), ("category", self.tr("Ca&tegory:")),
                 ("country", self.tr("C&ountry:")), ("event", self.tr("&Event:")),
                 ("year", self.tr("&Year:")))
        self.combos: dict[str, QComboBox] = {}
        for number, (key, text) in enumerate(specs):
            label, combo = _combo(text, self)
            labels[key] = label
            self.combos[key] = combo
            row, column = (0, number * 2) if number < 3 else (1, (number - 3) * 2)
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
        # Long guide, question and event titles must not widen the window past a laptop screen.
        for key, combo in self.combos.items():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16 if key in ("guide", "question") else 9)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        compare = self.combos["compare"]
        for key, text in (("", self.tr("nothing")), ("category", self.tr("category")),
                          ("country", self.tr("country")), ("event", self.tr("event")),
                          ("year", self.tr("year"))):
            compare.addItem(text, key)
        self.combos["guide"].currentIndexChanged.connect(self._guide_changed)
        for key in ("question", "compare", "category", "country", "event", "year"):
            self.combos[key].currentIndexChanged.connect(lambda _i: self.reload())

        self.chart = DistributionChart()
        self.summary = QLabel()
        # A text question of a big database has thousands of answers: the model sorts them.
        self.answers = SortedRecordModel(self._answer_columns(), self)
        from .interviews_view import table

        self.answer_view, self.answer_proxy = table(self.answers)
        self.answer_view.setWordWrap(True)
        self.answer_view.selectionModel().currentRowChanged.connect(self._answer_chosen)
        self.coding = self._coding_panel()
        open_box = QWidget()
        open_layout = QVBoxLayout(open_box)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addWidget(self.answer_view, 1)
        open_layout.addWidget(self.coding)
        self.body = QStackedWidget()
        self.body.addWidget(self.chart)
        self.body.addWidget(open_box)
        self.progress_model = RecordTableModel(self._progress_columns(), self)
        self.progress_view, progress_proxy = table(self.progress_model)
        self.progress_view.setSortingEnabled(False)
        progress_proxy.sort(-1)  # events in date order, as the service gives them
        self.progress_view.horizontalHeader().setStretchLastSection(False)
        self.progress_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        progress_box = QWidget()
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(QLabel(self.tr("Interviews per event")))
        progress_layout.addWidget(self.progress_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self.summary)
        splitter.addWidget(left)
        splitter.addWidget(progress_box)
        splitter.setSizes([760, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(splitter, 1)

    # -- columns ------------------------------------------------------------------------------

    def _answer_columns(self) -> list[Column[OpenAnswer]]:
        return [
            Column(lambda: self.tr("Answer"), lambda a: a.value, lambda a: fold(a.value)),
            Column(lambda: self.tr("Category"), lambda a: _category(a.category)),
            Column(lambda: self.tr("Country"), lambda a: localised_name(a.country) if a.country
                   else ""),
            Column(lambda: self.tr("Priorities"), lambda a: ", ".join(
                enum_label(p) for p in decode_priorities(a.tags))),
            Column(lambda: self.tr("Codes"), lambda a: a.codes),
        ]

    def _progress_columns(self) -> list[Column[EventProgress]]:
        return [
            Column(lambda: self.tr("Event"), lambda p: p.title or self.tr("(no event)")),
            Column(lambda: self.tr("Completed"), lambda p: str(p.completed), lambda p: p.completed,
                   True),
            Column(lambda: self.tr("Drafts"), lambda p: str(p.drafts), lambda p: p.drafts, True),
        ]

    def _coding_panel(self) -> QWidget:
        panel = QWidget()
        rows = QVBoxLayout(panel)
        rows.setContentsMargins(0, 0, 0, 0)
        # The priorities on a line of their own that wraps: long names in some languages.
        tags = QWidget(panel)
        tag_flow = FlowLayout(tags)
        tag_flow.setSpacing(12)
        self.tag_boxes: dict[Priority, QCheckBox] = {}
        for priority in Priority:
            box = QCheckBox(enum_label(priority))
            self.tag_boxes[priority] = box
            tag_flow.addWidget(box)
        rows.addWidget(tags)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("free codes, comma-separated"))
        codes_label = QLabel(self.tr("Co&des:"))
        codes_label.setBuddy(self.codes)
        self.save_coding = QPushButton(self.tr("Save codin&g"))
        set_hint(self.save_coding, self.tr(
            "Save the ticked priorities and codes for the selected answer (Enter in the codes box)"))
        self.save_coding.clicked.connect(self.code_current)
        self.codes.returnPressed.connect(self.code_current)
        self.coding_error = ErrorLabel()
        layout.addWidget(codes_label)
        layout.addWidget(self.codes, 1)
        layout.addWidget(self.save_coding)
        layout.addWidget(self.coding_error)
        return panel

    # -- filling ------------------------------------------------------------------------------

    def fill_guides(self, guides: list[GuideRecord]) -> None:
        combo = self.combos["guide"]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for g in guides:
            combo.addItem(g.title, g.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._guide_changed()

    def _guide_changed(self) -> None:
        """The guide's questions and filter choices, read off the GUI thread."""
        self._guide_generation += 1
        generation = self._guide_generation
        guide_id = str(self.combos["guide"].currentData() or "")
        service = self.ctx.services

        def work(_progress: Any) -> _GuideLoaded:
            if not guide_id:
                return _GuideLoaded([], FilterChoices())
            return _GuideLoaded(service.interviews.questions(guide_id),
                                service.interview_analysis.filter_choices(guide_id))

        def done(loaded: _GuideLoaded) -> None:
            if generation == self._guide_generation:
                self._guide_loaded(loaded)

        self.summary.setText(self.tr("Loading…"))
        self.ctx.runner.start(work, on_success=if_alive(self, done),
                              on_error=if_alive(self, lambda m, _d: self.summary.setText(m)))

    def _guide_loaded(self, loaded: _GuideLoaded) -> None:
        self.questions, self._choices = loaded.questions, loaded.choices
        question = self.combos["question"]
        question.blockSignals(True)
        question.clear()
        for q in self.questions:
            if q.type != QuestionType.NUMBER:
                question.addItem(f"{q.position}. {q.text_in('en')}", q.id)
        question.blockSignals(False)
        self._fill_filter("category", [(c, _category(c)) for c in self._choices.categories])
        self._fill_filter("country", [(c, localised_name(c)) for c in self._choices.countries])
        self._fill_filter("event", list(self._choices.events))
        self._fill_filter("year", [(str(y), str(y)) for y in self._choices.years])
        self.reload()

    def _fill_filter(self, key: str, items: list[tuple[str, str]]) -> None:
        combo = self.combos[key]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("all"), "")
        for value, text in items:
            combo.addItem(text, value)
        combo.blockSignals(False)

    def current_filter(self) -> AnalysisFilter:
        def value(key: str) -> str:
            return str(self.combos[key].currentData() or "")

        return AnalysisFilter(category=value("category"), country=value("country"),
                              event_id=value("event"), year=int(value("year") or 0))

    def reload(self) -> None:
        """Counts come from a background task; a result older than the newest is dropped."""
        self._generation += 1
        generation = self._generation
        guide_id = str(self.combos["guide"].currentData() or "")
        question_id = str(self.combos["question"].currentData() or "")
        question = next((q for q in self.questions if q.id == question_id), None)
        where = self.current_filter()
        compare = str(self.combos["compare"].currentData() or "")
        analysis = self.ctx.services.interview_analysis
        choices = self._choices

        def work(_progress: Any) -> _Loaded:
            distribution = None
            answers: list[OpenAnswer] = []
            if question is not None and question.type == QuestionType.TEXT:
                answers = analysis.open_answers(question.id, where)
            elif question is not None:
                distribution = analysis.distribution(question.id, where, compare)
            return _Loaded(choices, distribution, answers,
                           analysis.completed_per_event(guide_id or None))

        def done(loaded: _Loaded) -> None:
            if generation == self._generation:
                self._show(question, loaded)

        self.summary.setText(self.tr("Counting…"))
        self.ctx.runner.start(work, on_success=if_alive(self, done),
                              on_error=if_alive(self, lambda m, _d: self.summary.setText(m)))

    def _show(self, question: QuestionRecord | None, loaded: _Loaded) -> None:
        self.progress_model.set_records(loaded.progress)
        self.progress_view.resizeColumnToContents(1)
        self.progress_view.resizeColumnToContents(2)
        if question is None:
            self.chart.clear(self.tr("No question chosen"))
            self.summary.setText("")
            return
        if question.type == QuestionType.TEXT:
            self.body.setCurrentIndex(1)
            self.answers.set_records(loaded.answers)
            self.answer_view.resizeColumnToContents(1)
            self.answer_view.setColumnWidth(0, 380)  # the answer itself: the widest column
            self.summary.setText(self.tr("%Ln open answers", "", len(loaded.answers)))
            return
        self.body.setCurrentIndex(0)
        dist = loaded.distribution
        assert dist is not None
        compare = str(self.combos["compare"].currentData() or "")
        titles = loaded.choices.event_titles

        def group_label(key: str) -> str:
            if compare == "category":
                return _category(key)
            if compare == "country":
                return localised_name(key) if len(key) == 2 else key
            if compare == "event":
                return titles.get(key, self.tr("(no event)"))[:40]
            return key if key != "all" else self.tr("all respondents")

        def option_label(value: str, english: str) -> str:
            if question.type == QuestionType.YES_NO and value in ("yes", "no"):
                return self.tr("yes") if value == "yes" else self.tr("no")
            return english

        self.chart.show_distribution(dist, option_label, group_label,
                                     question.text_in("en"))
        text = self.tr("%Ln respondents answered.", "", dist.respondents)
        if dist.mean is not None:
            text += " " + self.tr("Mean: {mean}").format(mean=f"{dist.mean:.2f}")
        self.summary.setText(text)

    # -- coding -------------------------------------------------------------------------------

    def _current_answer(self) -> OpenAnswer | None:
        index = self.answer_view.currentIndex()
        if not index.isValid():
            return None
        return self.answers.record(self.answer_proxy.mapToSource(index).row())

    def _answer_chosen(self) -> None:
        answer = self._current_answer()
        tags = set(decode_priorities(answer.tags)) if answer else set()
        for priority, box in self.tag_boxes.items():
            box.setChecked(priority in tags)
        self.codes.setText(answer.codes if answer else "")
        self.coding_error.show_text("")

    def code_current(self) -> None:
        answer = self._current_answer()
        if answer is None:
            return
        service = self.ctx.services.interviews
        tags = [p.value for p, box in self.tag_boxes.items() if box.isChecked()]
        codes = self.codes.text()
        old_tags, old_codes = answer.tags, answer.codes
        def undo(_result: object) -> None:
            service.code_answer(answer.answer_id, tags=old_tags, codes=old_codes)

        try:
            push(self.ctx.undo_stack, self.tr("Code an open answer"),
                 lambda: service.code_answer(answer.answer_id, tags=tags, codes=codes), undo)
        except UserError as exc:
            self.coding_error.show_text(render(exc.message))
            return
        self.reload()
