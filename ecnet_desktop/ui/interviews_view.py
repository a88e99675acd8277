"""The Interviews section: guides (with XLSForm import/export), interviews (start, resume,
delete) and the analysis tab."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import InterviewStatus, PersonCategory, QuestionType
from ..domain.errors import UserError
from ..domain.records import GuideRecord, InterviewRecord, QuestionRecord
from ..domain.text import fold
from .country_combo import localised_name
from .empty_hint import show_when_empty
from .event_form import ErrorLabel
from .hints import set_hint
from .i18n import enum_label, format_date, render, translate
from .interview_analysis_view import AnalysisTab
from .record_model import Column, RecordTableModel, SortRole
from .sorted_records import SortedRecordModel, SourceSortProxy, sample_sizes
from .tasks import ProgressRunner, if_alive
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext


def _enum(enum: Any, value: str) -> str:
    try:
        return enum_label(enum(value))
    except ValueError:
        return value


def table(model: Any) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable read-only table; a SortedRecordModel sorts itself (cheap on long lists)."""
    proxy = SourceSortProxy() if isinstance(model, SortedRecordModel) else QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    sample_sizes(view)
    return view, proxy


def guide_columns() -> list[Column[GuideRecord]]:
    return [Column(lambda: translate("InterviewsSection", "Title"), lambda g: g.title, lambda g: fold(g.title)),
            Column(lambda: translate("InterviewsSection", "Languages"), lambda g: g.languages)]


def question_columns() -> list[Column[QuestionRecord]]:
    return [
        Column(lambda: translate("InterviewsSection", "No."), lambda q: str(q.position), lambda q: q.position, True),
        Column(lambda: translate("InterviewsSection", "Section"), lambda q: q.section),
        Column(lambda: translate("InterviewsSection", "Type"), lambda q: _enum(QuestionType, q.type)),
        Column(lambda: translate("InterviewsSection", "Required"),
               lambda q: translate("InterviewsSection", "yes") if q.required else ""),
        Column(lambda: translate("InterviewsSection", "Name"), lambda q: q.column),
        Column(lambda: translate("InterviewsSection", "Question"), lambda q: q.text_in("en")),
    ]


def interview_columns(events: dict[str, str]) -> list[Column[InterviewRecord]]:
    return [
        Column(lambda: translate("InterviewsSection", "Date"), lambda i: format_date(i.date) if i.date else "",
               lambda i: i.date.isoformat() if i.date else ""),
        Column(lambda: translate("InterviewsSection", "Status"), lambda i: _enum(InterviewStatus, i.status)),
        Column(lambda: translate("InterviewsSection", "Respondent"),
               lambda i: translate("InterviewsSection", "registered person") if i.person_id
               else i.respondent_code or translate("InterviewsSection", "anonymous")),
        Column(lambda: translate("InterviewsSection", "Category"),
               lambda i: _enum(PersonCategory, i.respondent_category)
               if i.respondent_category else ""),
        Column(lambda: translate("InterviewsSection", "Country"), lambda i: localised_name(i.respondent_country)
               if i.respondent_country else ""),
        Column(lambda: translate("InterviewsSection", "Age band"), lambda i: i.respondent_age_band),
        Column(lambda: translate("InterviewsSection", "Answers"),
               lambda i: str(i.answered), lambda i: i.answered, True),
        Column(lambda: translate("InterviewsSection", "Event"), lambda i: events.get(i.event_id or "", "")),
        Column(lambda: translate("InterviewsSection", "Interviewer"), lambda i: i.interviewer),
    ]


class GuidesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._questions_generation = 0
        self.guides = RecordTableModel(guide_columns(), self)
        self.questions = RecordTableModel(question_columns(), self)
        self.guide_view, self.guide_proxy = table(self.guides)
        self.question_view, question_proxy = table(self.questions)
        show_when_empty(self.guide_view, self.tr(
            "No interview guides yet. New guide… writes one; Import XLSForm… reads one."))
        self.question_view.setSortingEnabled(False)
        question_proxy.sort(-1)  # the guide's order
        self.guide_view.selectionModel().currentRowChanged.connect(self._guide_chosen)
        self.guide_view.doubleClicked.connect(lambda _i: self.edit_guide())
        self.new_button = QPushButton(self.tr("&New guide…"))
        set_hint(self.new_button, self.tr("Write a new interview guide"))
        self.edit_button = QPushButton(self.tr("&Edit guide…"))
        set_hint(self.edit_button, self.tr(
            "Change the selected guide and its questions (double-click)"))
        self.import_button = QPushButton(self.tr("&Import XLSForm…"))
        set_hint(self.import_button, self.tr(
            "Read a guide from an XLSForm workbook (KoboToolbox, ODK)"))
        self.export_button = QPushButton(self.tr("E&xport XLSForm…"))
        set_hint(self.export_button, self.tr("Save the selected guide as an XLSForm workbook"))
        self.delete_button = QPushButton(self.tr("&Delete guide"))
        set_hint(self.delete_button, self.tr("Delete the selected guide"))
        self.new_button.clicked.connect(self.new_guide)
        self.edit_button.clicked.connect(self.edit_guide)
        self.import_button.clicked.connect(self.import_xlsform)
        self.export_button.clicked.connect(self.export_xlsform)
        self.delete_button.clicked.connect(self.delete_guide)
        self.message = ErrorLabel()
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.import_button,
                       self.export_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.guide_view)
        splitter.addWidget(self.question_view)
        splitter.setSizes([160, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def reload(self, select_id: str = "") -> None:
        """Read the guides again off the GUI thread; an answer overtaken by another is dropped."""
        self._generation += 1
        generation = self._generation
        service = self.ctx.services.interviews

        def done(guides: list[GuideRecord]) -> None:
            if generation == self._generation:
                self.show_guides(guides, select_id)

        self.ctx.runner.start(lambda _p: service.guides(), on_success=if_alive(self, done),
                              on_error=if_alive(self, lambda m, _d: self.message.show_text(m)))

    def show_guides(self, guides: list[GuideRecord], select_id: str = "") -> None:
        """Show guides read elsewhere (the section reads them once for all three tabs)."""
        self._generation += 1  # a reload still on its way is older than these
        chosen = self.current()
        current = select_id or (chosen.id if chosen else "")
        self.guides.set_records(guides)
        self.guide_view.setColumnWidth(0, 520)
        row = self.guides.row_of(current) if current else -1
        index = self.guide_proxy.mapFromSource(self.guides.index(max(row, 0), 0))
        if self.guides.rowCount():
            self.guide_view.setCurrentIndex(index)
        else:
            self.questions.set_records([])
        self._update_buttons()

    def current(self) -> GuideRecord | None:
        index = self.guide_view.currentIndex()
        if not index.isValid():
            return None
        return self.guides.record(self.guide_proxy.mapToSource(index).row())

    def _guide_chosen(self) -> None:
        """The chosen guide's questions, read off the GUI thread."""
        guide = self.current()
        self._questions_generation += 1
        generation = self._questions_generation
        self._update_buttons()
        if guide is None:
            self.questions.set_records([])
            return
        service = self.ctx.services.interviews

        def done(questions: list[QuestionRecord]) -> None:
            if generation == self._questions_generation:
                self.questions.set_records(questions)
                self.question_view.resizeColumnsToContents()

        self.ctx.runner.start(lambda _p: service.questions(guide.id),
                              on_success=if_alive(self, done),
                              on_error=if_alive(self, lambda m, _d: self.message.show_text(m)))

    def _update_buttons(self) -> None:
        # With no guide chosen these buttons would do nothing: say so by greying them out.
        chosen = self.current() is not None
        for button in (self.edit_button, self.export_button, self.delete_button):
            button.setEnabled(chosen)

    def new_guide(self) -> None:
        from .guide_editor import GuideEditor

        editor = GuideEditor(self.ctx, None, self)
        if editor.exec() and editor.guide is not None:
            self.reload(editor.guide.id)

    def edit_guide(self) -> None:
        from .guide_editor import GuideEditor

        guide = self.current()
        if guide is None:
            return
        GuideEditor(self.ctx, guide.id, self).exec()
        self.reload(guide.id)

    def delete_guide(self) -> None:
        guide = self.current()
        if guide is None:
            return
        service = self.ctx.services.interviews
        def undo(_result: object) -> None:
            service.restore_guide(guide.id)

        try:
            push(self.ctx.undo_stack, self.tr("Delete guide"),
                 lambda: service.delete_guide(guide.id), undo)
        except UserError as exc:
            self.message.show_text(render(exc.message))
            return
        self.reload()

    def import_xlsform(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import a guide (XLSForm)"), "",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        from ..exchange.xlsform import import_guide

        ctx = self.ctx

        def done(guide: GuideRecord) -> None:
            self.message.show_text("")
            self.reload(guide.id)

        def failed(message: str, _details: str) -> None:
            self.message.show_text(message)

        def work(_progress: Any) -> GuideRecord:
            return import_guide(ctx.services, path)

        self.ctx.runner.start(work, on_success=if_alive(self, done),
                              on_error=if_alive(self, failed))

    def export_xlsform(self) -> None:
        guide = self.current()
        if guide is None:
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the guide (XLSForm)"),
                                               f"{guide.title[:60]}.xlsx",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        from ..exchange.xlsform import export_guide

        try:
            export_guide(self.ctx.services, guide.id, Path(path))
        except UserError as exc:
            self.message.show_text(render(exc.message))


class InterviewsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events: dict[str, str] = {}
        # Thousands of interviews on a big database: the model sorts them, not a proxy.
        self.model = SortedRecordModel(interview_columns(self.events), self)
        self.view, self.proxy = table(self.model)
        self.empty_hint = show_when_empty(self.view, self._empty_text())
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.activated.connect(lambda _i: self.resume())
        self.guide = QComboBox()
        self.guide.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.guide.setMinimumContentsLength(32)
        self.guide.currentIndexChanged.connect(lambda _i: self.reload())
        self.status = QComboBox()
        self.status.addItem(self.tr("all"), "")
        for member in InterviewStatus:
            self.status.addItem(enum_label(member), member.value)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        guide_label = QLabel(self.tr("&Guide:"))
        guide_label.setBuddy(self.guide)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)
        self.new_button = QPushButton(self.tr("&New interview… (Ctrl+N)"))
        set_hint(self.new_button, self.tr("Start an interview with the chosen guide (Ctrl+N)"))
        self.resume_button = QPushButton(self.tr("&Resume (Enter)"))
        set_hint(self.resume_button, self.tr(
            "Open the selected interview to continue or review it (Enter or double-click)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        set_hint(self.delete_button, self.tr("Delete the selected interview and its answers"))
        self.new_button.clicked.connect(self.new_interview)
        self.resume_button.clicked.connect(self.resume)
        self.delete_button.clicked.connect(self.delete)
        self.research_button = QPushButton(self.tr("Research e&xport…"))
        self.research_button.setToolTip(self.tr(
            "A pseudonymised workbook for researchers: no names or contacts, one row per "
            "interview, a codebook"))
        self.research_button.clicked.connect(self.research_export)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_interview,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.count = QLabel()
        # Filters on one row, actions on the next: on one row they were wider than a laptop.
        row = QHBoxLayout()
        for widget in (guide_label, self.guide, status_label, self.status):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.new_button, self.resume_button, self.delete_button,
                       self.research_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        self._generation = 0

    def _empty_text(self) -> str:
        return self.tr(
            "No interviews to show. New interview… (Ctrl+N) starts one with the chosen guide.")

    def fill_guides(self, guides: list[GuideRecord]) -> None:
        current = self.guide.currentData()
        self.guide.blockSignals(True)
        self.guide.clear()
        self.guide.addItem(self.tr("all guides"), "")
        for g in guides:
            self.guide.addItem(g.title, g.id)
        self.guide.setCurrentIndex(max(0, self.guide.findData(current)))
        self.guide.blockSignals(False)
        if self.guide.currentData() != current and current is not None:
            self.reload()  # the chosen guide is gone: list all interviews instead

    def reload(self) -> None:
        """Interviews load off the GUI thread (thousands on a big database)."""
        self._generation += 1
        generation = self._generation
        services = self.ctx.services
        guide_id = str(self.guide.currentData() or "") or None
        status = str(self.status.currentData() or "") or None

        def work(_progress: Any) -> tuple[list[InterviewRecord], dict[str, str]]:
            events = {e.id: e.title for e in services.events.list()}
            return services.interviews.interviews(guide_id=guide_id, status=status), events

        def done(result: tuple[list[InterviewRecord], dict[str, str]]) -> None:
            if generation != self._generation:
                return  # a newer reload is on its way
            records, events = result
            self.empty_hint.set_text(self._empty_text())
            self.events.clear()
            self.events.update(events)
            self.model.set_records(records)
            self.count.setText(self.tr("%Ln interviews", "", len(records)))
            self.view.resizeColumnsToContents()

        self.count.setText(self.tr("Loading interviews…"))
        self.empty_hint.set_text(self.tr("Loading interviews…"))  # not "none" before it knows
        self.ctx.runner.start(work, on_success=if_alive(self, done),
                              on_error=if_alive(self, lambda m, _d: self.count.setText(m)))

    def current(self) -> InterviewRecord | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def new_interview(self) -> None:
        from .interview_start import StartInterviewDialog

        dialog = StartInterviewDialog(self.ctx, self,
                                      guide_id=str(self.guide.currentData() or ""))
        if dialog.exec() and dialog.started is not None:
            self.run(dialog.started.id)

    def run(self, interview_id: str) -> None:
        from .interview_runner import InterviewRunner

        runner = InterviewRunner(self.ctx, interview_id, self)
        runner.exec()
        self.reload()

    def resume(self) -> None:
        interview = self.current()
        if interview is not None:
            self.run(interview.id)

    def research_export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Research export"),
                                               "research.xlsx",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the research workbook off the GUI thread, with progress and Cancel."""
        from ..exchange.research_xlsx import ResearchExportResult, export_research

        services = self.ctx.services

        def work(progress: Any) -> ResearchExportResult:
            return export_research(services, path, progress)

        def done(result: ResearchExportResult) -> None:
            self.count.setText(self.tr("Wrote {file}: %Ln interviews, pseudonymised.", "",
                                   result.interviews).format(file=result.path.name))

        runner = ProgressRunner(self.ctx.runner, self, self.tr("Writing the research export…"))
        runner.start(work, on_success=if_alive(self, done),
                     on_error=if_alive(self, lambda m, _d: self.count.setText(m)))

    def delete(self) -> None:
        interview = self.current()
        if interview is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete interview"), self.tr(
            "Delete this interview and its {n} answers?").format(n=interview.answered))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now(interview)

    def delete_now(self, interview: InterviewRecord) -> None:
        """Delete without asking (Ctrl+Z brings the interview and its answers back)."""
        service = self.ctx.services.interviews

        def undo(answer_ids: list[str]) -> None:
            service.restore_interview(interview.id, answer_ids)
            self.reload()

        push(self.ctx.undo_stack, self.tr("Delete interview"),
             lambda: service.delete_interview(interview.id), undo)
        self.reload()


class InterviewsSection(QWidget):
    """Guides, interviews and analysis in tabs; reloads whenever it is shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.tabs = QTabWidget()
        self.guides_tab = GuidesTab(ctx)
        self.interviews_tab = InterviewsTab(ctx)
        self.analysis_tab = AnalysisTab(ctx)
        self.tabs.addTab(self.interviews_tab, self.tr("&Interviews"))
        self.tabs.addTab(self.guides_tab, self.tr("G&uides"))
        self.tabs.addTab(self.analysis_tab, self.tr("&Analysis"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the guides once, off the GUI thread, for all three tabs; each tab then loads
        its own lists in the background too."""
        self._generation += 1
        generation = self._generation
        service = self.ctx.services.interviews
        self.interviews_tab.reload()

        def done(guides: list[GuideRecord]) -> None:
            if generation != self._generation:
                return
            self.guides_tab.show_guides(guides)
            self.interviews_tab.fill_guides(guides)
            self.analysis_tab.fill_guides(guides)

        self.ctx.runner.start(
            lambda _p: service.guides(), on_success=if_alive(self, done),
            on_error=if_alive(self, lambda m, _d: self.guides_tab.message.show_text(m)))
