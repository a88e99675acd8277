"""The Exchange section: export and import exchange workbooks, review conflicts, duplicates and
the history of imports; every engine call runs in the background."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.progress import Progress
from ..exchange.importer import FilePreview, import_file, preview_file, sync_service
from ..exchange.workbook_format import SHEETS
from ..exchange.workbook_read import OLE_MAGIC, Problem
from .empty_hint import show_when_empty
from .event_form import ErrorLabel
from .exchange_dialogs import (
    ConflictsPanel,
    DuplicatesPanel,
    ExportPanel,
    HistoryPanel,
    local_time,
    make_table,
    selected_record,
    sheet_name,
    value_text,
)
from .hints import set_hint
from .i18n import render, translate
from .record_model import Column, RecordTableModel
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext
    from ..services.sync_apply import ConflictRecord, ImportHistoryRecord

WAITING, READING, READY, PROBLEMS, LOCKED, FAILED, IMPORTED = (
    "waiting", "reading", "ready", "problems", "locked", "failed", "imported")


@dataclass
class ImportItem:
    """One chosen file and what is known about it so far."""

    path: Path
    state: str = WAITING
    message: str = ""
    password: str | None = None
    preview: FilePreview | None = None


@dataclass(frozen=True)
class NeedPassword:
    """A preview's answer for an encrypted file without (or with a wrong) password."""

    error: str = ""


@dataclass(frozen=True)
class Loaded:
    device_name: str
    conflicts: list[ConflictRecord] = field(default_factory=list)
    history: list[ImportHistoryRecord] = field(default_factory=list)


def state_text(item: ImportItem) -> str:
    texts = {
        WAITING: translate("ExchangeSection", "Waiting"),
        READING: translate("ExchangeSection", "Reading…"),
        READY: translate("ExchangeSection", "Ready to import"),
        PROBLEMS: translate("ExchangeSection", "Rejected cells: cannot be imported"),
        LOCKED: translate("ExchangeSection", "Needs a password"),
        FAILED: translate("ExchangeSection", "Refused"),
        IMPORTED: translate("ExchangeSection", "Imported"),
    }
    text = texts.get(item.state, item.state)
    return f"{text}: {item.message}" if item.message and item.state in (FAILED, LOCKED) else text


def file_columns() -> list[Column[ImportItem]]:
    return [Column(lambda: translate("ExchangeSection", "File"), lambda i: i.path.name),
            Column(lambda: translate("ExchangeSection", "Status"), state_text)]


def count_columns() -> list[Column[list[str]]]:
    def number(title: Any, at: int) -> Column[list[str]]:
        return Column(title, lambda r: r[at], lambda r: int(r[at]), align_right=True)

    return [Column(lambda: translate("ExchangeSection", "Sheet"), lambda r: r[0]),
            number(lambda: translate("ExchangeSection", "New"),
                   1), number(lambda: translate("ExchangeSection", "Updated"), 2),
            number(lambda: translate("ExchangeSection", "Unchanged"),
                   3), number(lambda: translate("ExchangeSection", "Conflicting"), 4),
            number(lambda: translate("ExchangeSection", "Rejected"), 5)]


def problem_columns() -> list[Column[Problem]]:
    return [Column(lambda: translate("ExchangeSection", "Sheet"), lambda p: p.sheet),
            Column(lambda: translate("ExchangeSection", "Row"),
                   lambda p: str(p.row), lambda p: p.row, align_right=True),
            Column(lambda: translate("ExchangeSection", "Column"), lambda p: p.column),
            Column(lambda: translate("ExchangeSection", "Value"), lambda p: value_text(p.value)),
            Column(lambda: translate("ExchangeSection", "Rule"), lambda p: render(p.rule))]


def count_rows(preview: FilePreview) -> list[list[str]]:
    """Per sheet (translated): new, updated, unchanged, conflicting, rejected."""
    rows = []
    for entity in SHEETS:
        counts = preview.report.counts.get(entity)
        rejected = preview.rejected.get(entity, 0)
        if counts is None and not rejected:
            continue
        numbers = [getattr(counts, k, 0) for k in ("new", "updated", "unchanged", "conflicting")]
        rows.append([sheet_name(entity), *(str(n) for n in numbers), str(rejected)])
    return rows


def exported_at(about: dict[str, Any]) -> str:
    value = about.get("exported at (UTC)")
    if isinstance(value, dt.datetime):
        return local_time(value)
    return str(value or "?")


def report_text(problems: list[Problem]) -> str:
    """The rejected cells, one translated line each (copyable, savable)."""
    return "\n".join(render(p.message()) for p in problems)


def is_encrypted(path: Path) -> bool:
    """An encrypted xlsx is an OLE container, not a zip (reads 8 bytes: worker thread)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(OLE_MAGIC)) == OLE_MAGIC
    except OSError:
        return False


class ImportPanel(QWidget):
    """Files chosen or dropped, each previewed in the background, then imported one by one."""

    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[ImportItem] = []
        self.reading: ImportItem | None = None
        self.importing = False
        self.queue: list[ImportItem] = []
        self.done: list[ImportItem] = []
        self.files_model: RecordTableModel[ImportItem] = RecordTableModel(file_columns(), self)
        self.counts_model: RecordTableModel[list[str]] = RecordTableModel(count_columns(), self)
        self.problems_model: RecordTableModel[Problem] = RecordTableModel(
            problem_columns(), self)
        self.files_view = make_table(self.files_model, self)
        show_when_empty(self.files_view, self.tr(
            "Drop exchange workbooks (.xlsx) here, or press Choose files…"))
        self.counts_view = make_table(self.counts_model, self)
        self.problems_view = make_table(self.problems_model, self)
        self.choose_button = QPushButton(self.tr("Choose &files…"), self)
        set_hint(self.choose_button, self.tr(
            "Pick exchange workbooks from other laptops to import"))
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        set_hint(self.remove_button, self.tr(
            "Take the selected file off the list; nothing is imported from it"))
        self.import_button = QPushButton(self.tr("Imp&ort"), self)
        set_hint(self.import_button, self.tr("Import every listed file; a backup is made first"))
        self.copy_button = QPushButton(self.tr("Cop&y report"), self)
        set_hint(self.copy_button, self.tr("Copy the import report to the clipboard"))
        self.save_button = QPushButton(self.tr("&Save report…"), self)
        set_hint(self.save_button, self.tr("Save the import report as a text file"))
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_ready)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button.clicked.connect(self.save_report)
        self.files_view.selectionModel().selectionChanged.connect(self._show_selected)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Choose exchange workbooks, or drop .xlsx files here. Each is "
                              "checked before anything changes."), left)
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.files_view, 1)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.choose_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        file_buttons.addWidget(self.import_button)
        left_layout.addLayout(file_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.counts_view, 2)
        right_layout.addWidget(QLabel(self.tr("Rejected cells:"), right))
        right_layout.addWidget(self.problems_view, 1)
        report_buttons = QHBoxLayout()
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.copy_button)
        report_buttons.addWidget(self.save_button)
        right_layout.addLayout(report_buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        self._show_selected()

    # -- choosing and previewing ---------------------------------------------------------------

    def choose(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import workbooks"), "", self.tr("Excel workbooks (*.xlsx)"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        known = {item.path for item in self.items}
        added = [ImportItem(p) for p in paths if p not in known]
        self.items += added
        self._refresh(select=added[0] if added else None)
        self._next_preview()

    def _refresh(self, select: ImportItem | None = None) -> None:
        current = select or selected_record(self.files_view)
        self.files_model.set_records(self.items)
        self.files_view.resizeColumnToContents(0)
        if current in self.items:
            proxy = self.files_view.model()
            source = self.files_model.index(self.items.index(current), 0)
            if isinstance(proxy, QSortFilterProxyModel):
                self.files_view.selectRow(proxy.mapFromSource(source).row())
        self._show_selected()

    def _next_preview(self) -> None:
        """Previews run one at a time: each opens a (rolled back) write transaction."""
        if self.reading is not None or self.importing:
            return
        item = next((i for i in self.items if i.state == WAITING), None)
        if item is None:
            return
        self.reading = item
        item.state = READING
        self._refresh()
        services, path, password = self.ctx.services, item.path, item.password

        def work(progress: Progress) -> FilePreview | NeedPassword:
            if password is None and is_encrypted(path):
                return NeedPassword()
            try:
                return preview_file(services, path, password, progress)
            except UserError as exc:
                if password is not None and is_encrypted(path):
                    return NeedPassword(render(exc.message))
                raise

        self.ctx.runner.start(
            work, on_success=if_alive(self, lambda r: self._previewed(item, r)),
            on_error=if_alive(self, lambda m, _d: self._preview_failed(item, m)))

    def _previewed(self, item: ImportItem, result: FilePreview | NeedPassword) -> None:
        self.reading = None
        if item in self.items:
            if isinstance(result, NeedPassword):
                self._ask_password(item, result.error)
            else:
                item.preview = result
                item.state = PROBLEMS if result.problems else READY
                item.message = ""
            self._refresh()
        self._next_preview()

    def _preview_failed(self, item: ImportItem, message: str) -> None:
        self.reading = None
        item.state, item.message = FAILED, message
        if item in self.items:
            self._refresh()
        self._next_preview()

    def _ask_password(self, item: ImportItem, error: str) -> None:
        prompt = self.tr("{file} is encrypted. Its password:").format(file=item.path.name)
        if error:
            prompt = error + "\n" + prompt
        text, ok = QInputDialog.getText(self, self.tr("Encrypted workbook"), prompt,
                                        QLineEdit.EchoMode.Password)
        if ok and text:
            item.password, item.state, item.message = text, WAITING, ""
        else:
            item.state = LOCKED
            item.message = error or self.tr("no password given")

    def remove_selected(self) -> None:
        item = selected_record(self.files_view)
        if item is not None and item is not self.reading and item not in self.queue:
            self.items.remove(item)
            self._refresh()

    def _show_selected(self) -> None:
        item: ImportItem | None = selected_record(self.files_view)
        preview = item.preview if item is not None else None
        self.counts_model.set_records(count_rows(preview) if preview else [])
        self.problems_model.set_records(preview.problems if preview else [])
        if item is None:
            self.detail_label.setText(self.tr("No file chosen."))
        elif preview is None:
            self.detail_label.setText(f"<b>{item.path.name}</b><br>{state_text(item)}")
        else:
            about = preview.about
            lines = self.tr("Exported by {device} on {time}. Conflicting values: {conflicts}; "
                            "rows edited by hand: {hand}.").format(
                device=about.get("device name", "?"), time=exported_at(about),
                conflicts=len(preview.report.conflicts), hand=preview.hand_edited)
            if preview.unknown_columns:  # a column a person added: said, not silently skipped
                where = "; ".join(self.tr("{sheet}, column {column} ({header})").format(
                    sheet=p.sheet, column=p.column, header=p.value)
                    for p in preview.unknown_columns)
                lines += "<br>" + html.escape(self.tr(
                    "Not read, their headers are unknown: {columns}").format(columns=where))
            verb = self.tr("Imported") if item.state == IMPORTED else self.tr("Preview")
            self.detail_label.setText(f"<b>{verb}: {item.path.name}</b><br>{lines}")
        self.counts_view.resizeColumnsToContents()
        self.problems_view.resizeColumnsToContents()
        if self.problems_model.rowCount() <= 200:  # long rules wrap; measuring costs per row
            self.problems_view.resizeRowsToContents()
        has_problems = bool(preview and preview.problems)
        self.copy_button.setEnabled(has_problems)
        self.save_button.setEnabled(has_problems)
        self.remove_button.setEnabled(item is not None and not self.importing)
        self.import_button.setEnabled(
            not self.importing and any(i.state == READY for i in self.items))
        self.choose_button.setEnabled(not self.importing)

    # -- reports -------------------------------------------------------------------------------

    def _problems(self) -> list[Problem]:
        item: ImportItem | None = selected_record(self.files_view)
        return item.preview.problems if item is not None and item.preview else []

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(report_text(self._problems()))
        self.result_label.setText(self.tr("The report is on the clipboard."))

    def save_report(self) -> None:
        item: ImportItem | None = selected_record(self.files_view)
        if item is None:
            return
        suggested = str(item.path.with_name(item.path.stem + "-problems.txt"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), suggested, self.tr("Text files (*.txt)"))
        if not path:
            return
        try:
            # A few kilobytes of text: written directly, like a small settings file.
            Path(path).write_text(report_text(self._problems()) + "\n", encoding="utf-8")
        except OSError as exc:
            self.error_label.show_text(self.tr("Could not save the report: {reason}").format(
                reason=exc.strerror or str(exc)))
            return
        self.result_label.setText(self.tr("Report saved to {file}.").format(file=path))

    # -- importing -----------------------------------------------------------------------------

    def import_ready(self) -> None:
        if self.importing or self.reading is not None:
            if self.reading is not None:
                self.result_label.setText(self.tr("Wait until every file has been checked."))
            return
        self.queue = [i for i in self.items if i.state == READY]
        if not self.queue:
            return
        self.importing, self.done = True, []
        self.error_label.show_text("")
        self._show_selected()
        self._import_next()

    def _import_next(self) -> None:
        if not self.queue:
            self._finish()
            return
        item = self.queue[0]
        services, path, password = self.ctx.services, item.path, item.password

        def work(progress: Progress) -> FilePreview:
            return import_file(services, path, password, progress)

        runner = ProgressRunner(self.ctx.runner, self,
                                self.tr("Importing {file}…").format(file=path.name))
        runner.start(work, if_alive(self, lambda r: self._imported(item, r)),
                     if_alive(self, lambda m, _d: self._import_failed(item, m)),
                     if_alive(self, self._import_cancelled))

    def _imported(self, item: ImportItem, result: FilePreview) -> None:
        self.queue.pop(0)
        item.preview, item.state = result, IMPORTED
        self.done.append(item)
        self._refresh()
        self._import_next()

    def _import_failed(self, item: ImportItem, message: str) -> None:
        self.queue.pop(0)
        item.state, item.message = FAILED, message
        self.error_label.show_text(message)
        self._refresh()
        self._import_next()

    def _import_cancelled(self) -> None:
        self.queue = []
        self._finish(cancelled=True)

    def _finish(self, cancelled: bool = False) -> None:
        self.importing = False
        reports = [i.preview.report for i in self.done if i.preview]
        text = self.tr("Files imported: {files}. Rows: {new} new, {updated} updated, "
                       "{unchanged} unchanged; conflicting values: {conflicts}.").format(
            files=len(reports), new=sum(r.total("new") for r in reports),
            updated=sum(r.total("updated") for r in reports),
            unchanged=sum(r.total("unchanged") for r in reports),
            conflicts=sum(len(r.conflicts) for r in reports))
        if cancelled:
            text = self.tr("Cancelled; the file being imported was left unchanged.") + " " + text
        self.result_label.setText(text)
        self._show_selected()
        if reports:
            # Files not yet imported were previewed against the old data: check them again.
            for item in self.items:
                if item.state in (READY, PROBLEMS):
                    item.state, item.preview = WAITING, None
            self._refresh()
            self._next_preview()
            self.imported.emit()


class ExchangeSection(QWidget):
    """Sidebar section: export, import (with preview), conflicts, duplicates, history."""

    data_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self._generation = 0
        self.tabs = QTabWidget(self)
        self.export_panel = ExportPanel(ctx, self)
        self.import_panel = ImportPanel(ctx, self)
        self.conflicts_panel = ConflictsPanel(ctx, self)
        self.duplicates_panel = DuplicatesPanel(ctx, self)
        self.history_panel = HistoryPanel(ctx, self)
        self.tabs.addTab(self.export_panel, self.tr("E&xport"))
        self.tabs.addTab(self.import_panel, self.tr("&Import"))
        self.tabs.addTab(self.conflicts_panel, self.tr("&Conflicts"))
        self.tabs.addTab(self.duplicates_panel, self.tr("&Duplicates"))
        self.tabs.addTab(self.history_panel, self.tr("&History"))
        title = QLabel(self.tr("Exchange"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(True)
        for signal in (self.import_panel.imported, self.conflicts_panel.changed,
                       self.duplicates_panel.changed):
            signal.connect(self._changed)
        self.reload()

    def import_files(self, paths: list[Path]) -> None:
        """Open the Import tab with these workbooks previewed (nothing changes until Import)."""
        self.tabs.setCurrentWidget(self.import_panel)
        self.import_panel.add_files(paths)

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def reload(self) -> None:
        """Fetch the device name, open conflicts and import history in the background."""
        self._generation += 1
        generation = self._generation
        services = self.ctx.services

        def work(_progress: Progress) -> Loaded:
            sync = sync_service(services)
            return Loaded(services.replica.device_name(), sync.conflicts(), sync.history())

        self.export_panel.show_last_export()
        self.ctx.runner.start(work, on_success=if_alive(
            self, lambda loaded: self._loaded(generation, loaded)))
        self.set_current_event(self.event_id)

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.export_panel.device_name = loaded.device_name
        self.conflicts_panel.set_conflicts(loaded.conflicts)
        self.history_panel.set_history(loaded.history)

    def set_current_event(self, event_id: str | None) -> None:
        self.event_id = event_id or None
        if self.event_id is None:
            self.export_panel.set_event(None, "")
            return
        events, wanted = self.ctx.services.events, self.event_id

        def work(_progress: Progress) -> str:
            return events.get(wanted).title

        def show(title: str) -> None:
            if self.event_id == wanted:  # drop the answer for an event no longer current
                self.export_panel.set_event(wanted, title)

        def gone(_message: str, _details: str) -> None:
            if self.event_id == wanted:
                self.export_panel.set_event(None, "")

        self.ctx.runner.start(work, on_success=if_alive(self, show),
                              on_error=if_alive(self, gone))

    # -- drag and drop -------------------------------------------------------------------------

    @staticmethod
    def _dropped_files(urls: list[Any]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and u.toLocalFile().lower().endswith(".xlsx")]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and self._dropped_files(mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentWidget(self.import_panel)
        self.import_panel.add_files(files)
