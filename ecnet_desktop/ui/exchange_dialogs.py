"""The Exchange section's export, conflicts, duplicates and import-history panels."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import label
from ..domain.i18n import Source
from ..domain.progress import Progress
from ..domain.records import PersonRecord
from ..domain.text import fold
from ..exchange.importer import sync_service
from ..exchange.workbook_format import SHEETS
from ..exchange.workbook_write import ExportResult, export_workbook
from ..services.duplicates import DuplicatePair
from ..services.sync_apply import ConflictRecord, ImportHistoryRecord
from .country_combo import localised_name
from .empty_hint import show_when_empty
from .event_form import ErrorLabel
from .hints import set_hint
from .i18n import format_date, format_time, translate
from .record_model import Column, RecordRole, RecordTableModel, SortRole
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext




def translated(source: Source) -> str:
    return QCoreApplication.translate(source.context, str(source))


def sheet_name(entity: str) -> str:
    source = SHEETS.get(entity)
    return translated(source) if source is not None else entity


def value_text(value: Any) -> str:
    """A stored value as a person reads it: text as is, other types as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str, ensure_ascii=False)


def local_time(moment: dt.datetime) -> str:
    """A naive UTC moment from the database, in the user's time zone and language."""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return f"{format_date(local.date())} {format_time(local.time())}"


def make_table(model: RecordTableModel[Any], parent: QWidget) -> QTableView:
    """A sortable, read-only, single-row-selection table over ``model``."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(parent)
    view.setModel(proxy)
    # No sort at first: the model's own order (newest first, sheets in dependency order).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def selected_record(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(RecordRole) if rows else None


def conflict_columns() -> list[Column[ConflictRecord]]:
    return [
        Column(lambda: translate("ExchangeSection", "Entity"), lambda c: sheet_name(c.entity)),
        Column(lambda: translate("ExchangeSection", "Record"), lambda c: c.row_id),
        Column(lambda: translate("ExchangeSection", "Field"), lambda c: translated(label(c.field))),
        Column(lambda: translate("ExchangeSection", "Losing value"), lambda c: value_text(c.value)),
        Column(lambda: translate("ExchangeSection", "Losing clock"), lambda c: c.clock),
        Column(lambda: translate("ExchangeSection", "Winning clock"), lambda c: c.winning_clock),
        Column(lambda: translate("ExchangeSection", "Source"), lambda c: c.source),
    ]


def _person_columns(title: Callable[[], str],
                    pick: Callable[[DuplicatePair], PersonRecord]) -> list[Column[DuplicatePair]]:
    return [
        Column(title, lambda p: pick(p).full_name, lambda p: fold(pick(p).full_name)),
        Column(lambda: translate("ExchangeSection", "Organisation"), lambda p: pick(p).organisation_name),
        Column(lambda: translate("ExchangeSection", "Country"), lambda p: localised_name(pick(p).country)
               if pick(p).country else ""),
        Column(lambda: translate("ExchangeSection", "E-mail"), lambda p: pick(p).email),
    ]


def duplicate_columns() -> list[Column[DuplicatePair]]:
    return [
        *_person_columns(lambda: translate("ExchangeSection", "First person"), lambda p: p.first),
        *_person_columns(lambda: translate("ExchangeSection", "Second person"), lambda p: p.second),
        Column(lambda: translate("ExchangeSection", "Reason"), lambda p: translated(p.reason)),
        Column(lambda: translate("ExchangeSection", "Score"),
               lambda p: str(p.score), lambda p: p.score, align_right=True),
    ]


def _count(key: str) -> Callable[[ImportHistoryRecord], str]:
    return lambda h: str(h.counts.get(key, 0))


def history_columns() -> list[Column[ImportHistoryRecord]]:
    def number(title: Callable[[], str], key: str) -> Column[ImportHistoryRecord]:
        return Column(title, _count(key), lambda h: h.counts.get(key, 0), align_right=True)

    return [
        Column(lambda: translate("ExchangeSection", "File"), lambda h: h.file_name),
        Column(lambda: translate("ExchangeSection", "Device"), lambda h: h.device_name or h.device_id),
        Column(lambda: translate("ExchangeSection", "Imported"), lambda h: local_time(h.imported_at),
               lambda h: h.imported_at),
        number(lambda: translate("ExchangeSection", "New"), "new"),
        number(lambda: translate("ExchangeSection", "Updated"), "updated"),
        number(lambda: translate("ExchangeSection", "Unchanged"), "unchanged"),
        number(lambda: translate("ExchangeSection", "Conflicting"), "conflicting"),
        number(lambda: translate("ExchangeSection", "Rejected"), "rejected"),
    ]


class ConflictsPanel(QWidget):
    """Losing values of same-field edits, each restorable as a new local edit."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RecordTableModel[ConflictRecord] = RecordTableModel(conflict_columns(), self)
        self.view = make_table(self.model, self)
        show_when_empty(self.view, self.tr(
            "No open conflicts. When two laptops change the same field, both values show here."))
        self.summary = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.restore_button = QPushButton(self.tr("&Restore this value"), self)
        self.restore_button.setToolTip(self.tr(
            "Put the losing value back, as a new edit made on this laptop"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "When two laptops changed the same field, one value wins everywhere; the other is "
            "kept here so you can put it back."), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.busy = False
        self._update_actions()

    def set_conflicts(self, conflicts: list[ConflictRecord]) -> None:
        self.model.set_records(conflicts)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.tr("Open conflicts: {n}").format(n=len(conflicts))
                             if conflicts else self.tr("No open conflicts."))
        self._update_actions()

    def _update_actions(self) -> None:
        self.restore_button.setEnabled(not self.busy and selected_record(self.view) is not None)

    def restore_selected(self) -> None:
        conflict = selected_record(self.view)
        if conflict is None or self.busy:
            return
        self.busy = True
        self.error_label.show_text("")
        self._update_actions()
        services = self.ctx.services

        def work(_progress: Progress) -> None:
            sync_service(services).restore_conflict(conflict.id)

        self.ctx.runner.start(work, on_success=if_alive(self, self._restored),
                              on_error=if_alive(self, self._failed))

    def _restored(self, _result: object) -> None:
        self.busy = False
        self.summary.setText(self.tr("Value restored."))
        self.changed.emit()

    def _failed(self, message: str, _details: str) -> None:
        self.busy = False
        self.error_label.show_text(message)
        self._update_actions()


class DuplicatesPanel(QWidget):
    """Pairs of people who may be one person, merged on the coordinator's word."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RecordTableModel[DuplicatePair] = RecordTableModel(duplicate_columns(), self)
        self.view = make_table(self.model, self)
        show_when_empty(self.view, self.tr(
            "Press Find possible duplicates to look for people entered twice."))
        self.summary = QLabel(self.tr("Not searched yet."), self)
        self.error_label = ErrorLabel(self)
        self.find_button = QPushButton(self.tr("&Find possible duplicates"), self)
        set_hint(self.find_button, self.tr(
            "Look for people who may have been entered twice, on this or another laptop"))
        self.first_button = QPushButton(self.tr("Merge into the fir&st"), self)
        set_hint(self.first_button, self.tr(
            "Keep the first person and move the second one's registrations and check-ins to them"))
        self.second_button = QPushButton(self.tr("Merge into the seco&nd"), self)
        set_hint(self.second_button, self.tr(
            "Keep the second person and move the first one's registrations and check-ins to them"))
        self.find_button.clicked.connect(self.search)
        self.first_button.clicked.connect(lambda: self.merge_selected(into_first=True))
        self.second_button.clicked.connect(lambda: self.merge_selected(into_first=False))
        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.first_button)
        buttons.addWidget(self.second_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.busy = False
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = not self.busy and selected_record(self.view) is not None
        self.find_button.setEnabled(not self.busy)
        self.first_button.setEnabled(chosen)
        self.second_button.setEnabled(chosen)

    def search(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.error_label.show_text("")
        self._update_actions()
        duplicates = self.ctx.services.duplicates
        runner = ProgressRunner(self.ctx.runner, self, self.tr("Looking for duplicates…"))
        runner.start(duplicates.all_pairs, if_alive(self, self._found),
                     if_alive(self, self._failed), if_alive(self, self._cancelled))

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.busy = False
        self.model.set_records(pairs)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.tr("Possible duplicates: {n}").format(n=len(pairs))
                             if pairs else self.tr("No possible duplicates."))
        self._update_actions()

    def _failed(self, message: str, _details: str) -> None:
        self.busy = False
        self.error_label.show_text(message)
        self._update_actions()

    def _cancelled(self) -> None:
        self.busy = False
        self.summary.setText(self.tr("Search cancelled."))
        self._update_actions()

    def merge_selected(self, *, into_first: bool) -> None:
        pair = selected_record(self.view)
        if pair is None or self.busy:
            return
        survivor, duplicate = (pair.first, pair.second) if into_first else (pair.second,
                                                                              pair.first)
        answer = QMessageBox.question(
            self, self.tr("Merge people"),
            self.tr("Merge {duplicate} into {survivor}? Their registrations and attendance "
                    "move to {survivor}; the merge travels to every laptop.").format(
                duplicate=duplicate.full_name, survivor=survivor.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.busy = True
        self._update_actions()
        services = self.ctx.services

        def work(_progress: Progress) -> None:
            sync_service(services).merge_people(duplicate.id, survivor.id)

        self.ctx.runner.start(work, on_success=if_alive(self, self._merged),
                              on_error=if_alive(self, self._failed))

    def _merged(self, _result: object) -> None:
        self.busy = False
        self.changed.emit()
        self.search()


class HistoryPanel(QWidget):
    """Every workbook imported into this database, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RecordTableModel[ImportHistoryRecord] = RecordTableModel(
            history_columns(), self)
        self.view = make_table(self.model, self)
        show_when_empty(self.view, self.tr(
            "Nothing imported yet. Imported exchange files are listed here."))
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def set_history(self, history: list[ImportHistoryRecord]) -> None:
        self.model.set_records(history)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.tr("Imports: {n}").format(n=len(history))
                             if history else self.tr("Nothing imported yet."))


def settings_key(database: str) -> str:
    # QSettings treats '/' as a group separator: one flat key per database.
    return "exchange/last_export/" + database.replace("/", "|").replace("\\", "|")


class ExportPanel(QWidget):
    """Whole database or current event, optional password, target file; progress and cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.device_name = ""
        self.busy = False
        self.whole = QRadioButton(self.tr("&Whole database"), self)
        self.event_only = QRadioButton(self.tr("Current &event only"), self)
        set_hint(self.whole, self.tr("Export everything in this database"))
        set_hint(self.event_only, self.tr("Export only what belongs to the current event"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.event_only)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: encrypts the file"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_error = ErrorLabel(self)
        self.export_button = QPushButton(self.tr("Export to &file…"), self)
        set_hint(self.export_button, self.tr(
            "Write an exchange workbook to carry to another laptop or to the coordinator"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = ErrorLabel(self)
        self.last_label = QLabel(self)
        scope = QGroupBox(self.tr("What to export"), self)
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.whole)
        scope_layout.addWidget(self.event_only)
        secret = QGroupBox(self.tr("Password for files that travel on USB sticks"), self)
        form = QFormLayout(secret)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.password_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.last_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Write an exchange workbook to carry to another laptop or to the coordinator."),
            self))
        # GDPR: say what the file holds, so people choose a password when it travels.
        self.personal_data_warning = QLabel(self.tr(
            "⚠ The workbook contains personal data (names, e-mails, phones, consents): protect "
            "it with a password when it travels, and delete it once it is imported."), self)
        self.personal_data_warning.setWordWrap(True)
        layout.addWidget(self.personal_data_warning)
        layout.addWidget(scope)
        layout.addWidget(secret)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.set_event(None, "")
        self.show_last_export()

    def set_event(self, event_id: str | None, title: str) -> None:
        self.event_id = event_id
        self.event_only.setEnabled(event_id is not None)
        # A long event title is shortened (full title in the tooltip): it must not widen the
        # window, whatever the language of the words around it.
        short = self.event_only.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, 420)
        self.event_only.setToolTip(title)
        self.event_only.setText(self.tr("Current &event only: {title}").format(title=short)
                                if event_id else self.tr("Current &event only (none chosen)"))
        if event_id is None:
            self.whole.setChecked(True)

    def _key(self) -> str:
        return settings_key(self.ctx.services.database.label())

    def show_last_export(self) -> None:
        value = self.ctx.settings.qsettings.value(self._key(), "")
        try:
            when = dt.datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            when = None
        self.last_label.setText(
            self.tr("Last export: {when}").format(when=local_time(
                when.astimezone(dt.UTC).replace(tzinfo=None))) if when
            else self.tr("Not exported yet."))

    def default_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        device = re.sub(r"[^a-z0-9]+", "-", fold(self.device_name)).strip("-") or "laptop"
        return str(Path(folder) / f"ecnet-{device}-{dt.date.today().isoformat()}.xlsx")

    def export(self) -> None:
        if self.busy:
            return
        password = self.password.text()
        if password != self.repeat.text():
            self.password_error.show_text(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        self.password_error.show_text("")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export workbook"), self.default_path(),
            self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        event_id = self.event_id if self.event_only.isChecked() else None
        services = self.ctx.services

        def work(progress: Progress) -> ExportResult:
            # Sheet names and headers in the chosen language; any laptop reads them back.
            return export_workbook(services, target, event_id=event_id,
                                   password=password or None, progress=progress,
                                   translate=translate)

        self.busy = True
        self.export_button.setEnabled(False)
        self.error_label.show_text("")
        self.result_label.setText(self.tr("Exporting…"))
        runner = ProgressRunner(self.ctx.runner, self, self.tr("Exporting the workbook…"))
        runner.start(work, if_alive(self, self._exported), if_alive(self, self._failed),
                     if_alive(self, self._cancelled))

    def _done(self) -> None:
        self.busy = False
        self.export_button.setEnabled(True)

    def _exported(self, result: ExportResult) -> None:
        self._done()
        rows = sum(n for entity, n in result.counts.items() if entity != "devices")
        self.result_label.setText(self.tr("Exported %Ln rows to {file}.", "", rows).format(
            file=str(result.path)))
        # A password left in a field is one more place a laptop could leak it.
        self.password.clear()
        self.repeat.clear()
        self.ctx.settings.qsettings.setValue(
            self._key(), dt.datetime.now().astimezone().isoformat(timespec="seconds"))
        self.show_last_export()

    def _failed(self, message: str, _details: str) -> None:
        self._done()
        self.result_label.setText("")
        self.error_label.show_text(message)

    def _cancelled(self) -> None:
        self._done()
        self.result_label.setText(self.tr("Export cancelled; no file was written."))
