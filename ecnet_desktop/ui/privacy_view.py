"""The Privacy page of the People section: consent texts, the retention period with the people
past it (erased in bulk after confirmation), and the audit log of exports, imports, erasures."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import countries
from ..domain.enums import ConsentKind, PersonCategory
from ..domain.errors import UserError
from ..services.audit import ACTION_LABELS, AuditRecord
from ..services.consent import ConsentTextRecord
from ..services.erasure import ErasureResult, RetentionCandidate
from .consent_text_dialog import ConsentTextDialog
from .empty_hint import show_when_empty
from .erase_dialog import EraseDialog
from .event_form import ErrorLabel, date_edit, from_qdate, to_qdate
from .hints import set_hint
from .i18n import enum_label, follow_count, format_date, render, translate
from .record_model import Column, RecordRole, RecordTableModel, SortRole
from .tasks import if_alive
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext



def _enum_text(enum: Any, value: str) -> str:
    try:
        return enum_label(enum(value))
    except ValueError:
        return value


def _discard(_value: object) -> None:
    """An undo step returns nothing; the record a service returns is not needed there."""


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 120 else line[:119] + "…"


def consent_text_columns() -> list[Column[ConsentTextRecord]]:
    return [
        Column(lambda: translate("PrivacyPage", "Consent to"), lambda r: _enum_text(ConsentKind, r.kind)),
        Column(lambda: translate("PrivacyPage", "Version"), lambda r: r.version),
        Column(lambda: translate("PrivacyPage", "Language"), lambda r: r.language),
        Column(lambda: translate("PrivacyPage", "Text"), lambda r: _first_line(r.text)),
    ]


def retention_columns() -> list[Column[RetentionCandidate]]:
    return [
        Column(lambda: translate("PrivacyPage", "Name"),
               lambda r: r.full_name or translate("PrivacyPage", "(no name)")),
        Column(lambda: translate("PrivacyPage", "Country"), lambda r: countries.name(r.country) if r.country else ""),
        Column(lambda: translate("PrivacyPage", "Category"), lambda r: _enum_text(PersonCategory, r.category)),
        Column(lambda: translate("PrivacyPage", "Last event ended"),
               lambda r: format_date(r.last_event_end) if r.last_event_end else "—",
               lambda r: r.last_event_end or dt.date.min),
        Column(lambda: translate("PrivacyPage", "Kept until"), lambda r: format_date(r.retention_end),
               lambda r: r.retention_end),
    ]


def audit_columns() -> list[Column[AuditRecord]]:
    def action(r: AuditRecord) -> str:
        source = ACTION_LABELS.get(r.action)
        return QCoreApplication.translate(source.context, str(source)) if source else r.action

    return [
        Column(lambda: translate("PrivacyPage", "When (UTC)"), lambda r: r.at.isoformat(sep=" "), lambda r: r.at),
        Column(lambda: translate("PrivacyPage", "What"), action),
        Column(lambda: translate("PrivacyPage", "Subject"), lambda r: r.subject),
        Column(lambda: translate("PrivacyPage", "Details"), lambda r: r.detail),
        Column(lambda: translate("PrivacyPage", "Device"), lambda r: r.device_name),
    ]


def _table(model: RecordTableModel[Any]) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


class PrivacyPage(QWidget):
    """The main window (through the People section) calls reload() when the data changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.erase_dialog: EraseDialog | None = None
        self._generation = 0
        self.tabs = QTabWidget()
        self.tabs.addTab(self._texts_page(), self.tr("Consent &texts"))
        self.tabs.addTab(self._retention_page(), self.tr("&Retention period"))
        self.tabs.addTab(self._audit_page(), self.tr("Audit &log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def showEvent(self, event: QShowEvent) -> None:
        # Read when shown, not when the People section is built: the app opens faster.
        super().showEvent(event)
        self.reload()

    # -- consent texts ---------------------------------------------------------------------------

    def _texts_page(self) -> QWidget:
        self.texts_model: RecordTableModel[ConsentTextRecord] = RecordTableModel(
            consent_text_columns(), self)
        self.texts_view, self.texts_proxy = _table(self.texts_model)
        show_when_empty(self.texts_view, self.tr(
            "No consent texts yet. New text… adds the wording people agree to."))
        self.texts_view.doubleClicked.connect(lambda _i: self.edit_text())
        self.new_text_button = QPushButton(self.tr("&New text…"))
        set_hint(self.new_text_button, self.tr("Write a new version of a consent text"))
        self.new_text_button.clicked.connect(self.new_text)
        self.edit_text_button = QPushButton(self.tr("&Edit…"))
        set_hint(self.edit_text_button, self.tr("Change the selected consent text"))
        self.edit_text_button.clicked.connect(self.edit_text)
        self.delete_text_button = QPushButton(self.tr("&Delete"))
        set_hint(self.delete_text_button, self.tr("Delete the selected consent text"))
        self.delete_text_button.clicked.connect(self.delete_text)
        intro = QLabel(self.tr(
            "The wording people agree to. Each consent records the version of the text it "
            "was given to; add a new version when the wording changes, so older consents "
            "keep pointing at what people actually read."))
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_text_button, self.edit_text_button, self.delete_text_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.texts_view, 1)
        layout.addLayout(buttons)
        self.texts_view.selectionModel().selectionChanged.connect(self._text_buttons)
        return page

    def chosen_text(self) -> ConsentTextRecord | None:
        rows = self.texts_view.selectionModel().selectedRows()
        if not rows:
            return None
        record: ConsentTextRecord = rows[0].data(RecordRole)
        return record

    def _text_buttons(self) -> None:
        chosen = self.chosen_text() is not None
        self.edit_text_button.setEnabled(chosen)
        self.delete_text_button.setEnabled(chosen)

    def new_text(self) -> None:
        dialog = ConsentTextDialog(self.ctx, None, self)
        if dialog.exec():
            self.load_texts()

    def edit_text(self) -> None:
        record = self.chosen_text()
        if record is None:
            return
        dialog = ConsentTextDialog(self.ctx, record, self)
        if dialog.exec():
            self.load_texts()

    def delete_text(self) -> None:
        record = self.chosen_text()
        if record is None:
            return
        consents = self.ctx.services.consents
        try:
            push(self.ctx.undo_stack,
                 self.tr("Delete consent text {version}").format(version=record.version),
                 lambda: consents.delete_text(record.id),
                 lambda _r: _discard(consents.restore_text(record.id)))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete consent text"), render(exc.message))
        self.load_texts()

    def load_texts(self) -> None:
        self.texts_model.set_records(self.ctx.services.consents.texts())
        self.texts_view.resizeColumnsToContents()
        self._text_buttons()

    # -- retention -------------------------------------------------------------------------------

    def _retention_page(self) -> QWidget:
        self.years_spin = QSpinBox()
        self.years_spin.setRange(1, 50)
        follow_count(self.years_spin, lambda n: self.tr("%Ln years", "", n))
        self.end_edit = date_edit()
        self.apply_button = QPushButton(self.tr("&Apply"))
        set_hint(self.apply_button, self.tr(
            "Save the retention period and the project's end date"))
        self.apply_button.clicked.connect(self.apply_retention)
        self.retention_error = ErrorLabel()
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        self.past_model: RecordTableModel[RetentionCandidate] = RecordTableModel(
            retention_columns(), self)
        self.past_view, self.past_proxy = _table(self.past_model)
        self.past_label = QLabel()
        self.find_button = QPushButton(self.tr("&Find people past the period"))
        set_hint(self.find_button, self.tr(
            "List the people whose data is kept longer than the retention period"))
        self.find_button.clicked.connect(self.find_past)
        self.erase_all_button = QPushButton(self.tr("Erase everyone l&isted…"))
        set_hint(self.erase_all_button, self.tr(
            "Erase the personal data of everyone listed; you confirm first"))
        self.erase_all_button.clicked.connect(self.erase_past)
        self.erase_all_button.setEnabled(False)
        form = QFormLayout()
        years_label = QLabel(self.tr("Keep personal data &for:"))
        years_label.setBuddy(self.years_spin)
        end_label = QLabel(self.tr("after the project's &end:"))
        end_label.setBuddy(self.end_edit)
        form.addRow(years_label, self.years_spin)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_edit)
        end_row.addWidget(self.apply_button)
        end_row.addStretch(1)
        form.addRow(end_label, end_row)
        form.addRow("", self.retention_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.past_label, 1)
        buttons.addWidget(self.erase_all_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.retention_label)
        layout.addLayout(buttons)
        layout.addWidget(self.past_view, 1)
        return page

    def load_retention(self) -> None:
        project = self.ctx.services.project
        self.years_spin.setValue(project.retention_years())
        self.end_edit.setDate(to_qdate(project.project_end()))
        self._show_retention_end()

    def _show_retention_end(self) -> None:
        end = self.ctx.services.project.retention_ends()
        self.retention_label.setText(self.tr(
            "Personal data is kept until {date} (for audits of the grant), or longer for "
            "people who took part in later events: their period runs from their last event."
        ).format(date=format_date(end)))

    def apply_retention(self) -> None:
        self.retention_error.show_text("")
        project = self.ctx.services.project
        try:
            project.set_retention_years(self.years_spin.value())
            project.set_project_end(from_qdate(self.end_edit.date()))
        except UserError as exc:
            self.retention_error.show_text(render(exc.message))
            return
        self._show_retention_end()
        self.find_past()

    def find_past(self) -> None:
        """In the background: on 35,000 people the query takes a moment."""
        self._generation += 1
        generation = self._generation
        erasure = self.ctx.services.erasure
        self.find_button.setEnabled(False)
        self.past_label.setText(self.tr("Looking…"))

        def done(found: list[RetentionCandidate]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            self.find_button.setEnabled(True)
            self.past_model.set_records(found)
            self.past_view.resizeColumnsToContents()
            self.past_label.setText(self.tr("%Ln people are past the retention period.", "",
                                             len(found)) if found else self.tr("Nobody is past the retention period."))
            self.erase_all_button.setEnabled(bool(found))

        def failed(message: str, _details: str) -> None:
            self.find_button.setEnabled(True)
            self.past_label.setText(message)

        self.ctx.runner.start(lambda _p: erasure.past_retention(),
                              on_success=if_alive(self, done), on_error=if_alive(self, failed))

    def erase_past(self) -> None:
        people = [(r.id, r.full_name) for r in self.past_model.records()]
        if not people:
            return
        dialog = EraseDialog(self.ctx, people, self)
        dialog.erased.connect(self._erased)
        self.erase_dialog = dialog
        dialog.open()

    def _erased(self, result: ErasureResult | None) -> None:
        self.load_audit()
        if result is None:  # cancelled part-way: show who is still past the period
            self.find_past()
            return
        self.past_label.setText(self.tr("%Ln people erased.", "", len(result.person_ids)))
        self.erase_all_button.setEnabled(False)
        self.past_model.set_records([])

    # -- audit log -------------------------------------------------------------------------------

    def _audit_page(self) -> QWidget:
        self.audit_model: RecordTableModel[AuditRecord] = RecordTableModel(audit_columns(), self)
        self.audit_view, self.audit_proxy = _table(self.audit_model)
        show_when_empty(self.audit_view, self.tr(
            "Nothing recorded yet: consents, erasures and data exports are logged here."))
        self.audit_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.refresh_audit_button = QPushButton(self.tr("Re&fresh"))
        set_hint(self.refresh_audit_button, self.tr("Read the privacy log again"))
        self.refresh_audit_button.clicked.connect(self.load_audit)
        intro = QLabel(self.tr(
            "Exports, imports, erasures and subject access answers made on this laptop: what, "
            "when and on which device. Kept in the database; it names people by id only."))
        intro.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.audit_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_audit_button)
        layout.addLayout(row)
        return page

    def load_audit(self) -> None:
        audit = self.ctx.services.audit

        def done(entries: list[AuditRecord]) -> None:
            self.audit_model.set_records(entries)
            self.audit_view.resizeColumnsToContents()

        self.ctx.runner.start(lambda _p: audit.list(limit=5000), on_success=if_alive(self, done))

    # -- what the section calls ----------------------------------------------------------------

    def reload(self) -> None:
        self.load_texts()
        self.load_retention()
        self.load_audit()
