"""The People section: search as you type over tens of thousands of people, the person form,
possible duplicates on demand, and the current event's registrations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.records import PersonRecord
from ..domain.text import fold
from ..services.duplicates import DuplicatePair
from .erase_dialog import PersonPrivacyActions
from .flow_layout import wrapping_row
from .hints import set_hint
from .i18n import render
from .people_model import PeopleList, compact_rows
from .person_form import PersonDialog, delete_person
from .privacy_view import PrivacyPage
from .record_model import Column, RecordTableModel, SortRole
from .registrations_view import RegistrationsPanel
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext

translate = QCoreApplication.translate  # named so that pyside6-lupdate finds the calls


def _who(p: PersonRecord) -> str:
    where = ", ".join(x for x in (p.organisation_name, p.town, p.country) if x)
    return f"{p.full_name} ({where})" if where else p.full_name


def _reason(pair: DuplicatePair) -> str:
    return translate(pair.reason.context, str(pair.reason))


PAIR_COLUMNS: list[Column[DuplicatePair]] = [
    Column(lambda: translate("DuplicatesDialog", "Person"), lambda d: _who(d.first),
           lambda d: fold(f"{d.first.family_name} {d.first.given_name}")),
    Column(lambda: translate("DuplicatesDialog", "E-mail"), lambda d: d.first.email),
    Column(lambda: translate("DuplicatesDialog", "Possibly the same as"),
           lambda d: _who(d.second),
           lambda d: fold(f"{d.second.family_name} {d.second.given_name}")),
    Column(lambda: translate("DuplicatesDialog", "E-mail"), lambda d: d.second.email),
    Column(lambda: translate("DuplicatesDialog", "Why"), _reason),
    Column(lambda: translate("DuplicatesDialog", "Likeness"), lambda d: f"{d.score} %",
           lambda d: d.score, align_right=True),
]


class DuplicatesDialog(QDialog):
    """Pairs of people who may be one person, with the reason; merging is done elsewhere."""

    def __init__(self, pairs: list[DuplicatePair], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.model = RecordTableModel(PAIR_COLUMNS, self)
        self.model.set_records(pairs)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        summary = QLabel(self.tr("%Ln pairs of people may be the same person. Check them "
                                 "before the exchange merges records.", "", len(pairs))
                         if pairs else self.tr("No possible duplicates found."))
        summary.setObjectName("duplicatesSummary")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.resize(1100, 560)


class PeopleSection(QWidget):
    """The People page of the sidebar. The main window calls set_current_event() when the
    current event changes and reload() after the database changed under it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.last_query_seconds = 0.0  # of the latest search, for the status and benchmarks
        self._select_after: str | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.people = PeopleList(ctx)
        self.search, self.search_edit = self.people.search, self.people.search_edit
        self.table, self.count_label = self.people.table, self.people.count_label
        self.search.finished.connect(self._searched)
        self.people.activated.connect(self.edit_selected)
        self.people.delete_requested.connect(self.delete_selected)
        self.new_button = QPushButton(self.tr("&New person…"))
        set_hint(self.new_button, self.tr("Add a person to the address book"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        set_hint(self.edit_button, self.tr(
            "Change the selected person's details (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        set_hint(self.delete_button, self.tr(
            "Delete the selected person; Ctrl+Z brings them back"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.register_button = QPushButton(self.tr("&Register for the event…"))
        set_hint(self.register_button, self.tr(
            "Register the selected people for the current event"))
        self.register_button.clicked.connect(self.register_selected)
        self.duplicates_button = QPushButton(self.tr("Possible d&uplicates…"))
        set_hint(self.duplicates_button, self.tr(
            "List people who may have been entered twice, and merge them"))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        # GDPR: erase the chosen people, or export everything held about one of them.
        self.privacy_actions = PersonPrivacyActions(ctx, self.selected_people, self.reload, self)
        self.privacy = PrivacyPage(ctx)
        self.registrations = RegistrationsPanel(ctx)
        self.registrations.title_changed.connect(self._event_title)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_page(), self.tr("&People"))
        self.tabs.addTab(self.registrations, "")
        self.tabs.addTab(self.privacy, self.tr("Pri&vacy"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.search.model.modelReset.connect(self._update_buttons)
        # After Ctrl+Z / Ctrl+Shift+Z anywhere, show the data as it now is.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(50)
        self.refresh_timer.timeout.connect(self.reload)
        # A bound slot (not a lambda): Qt disconnects it when this widget is destroyed.
        ctx.undo_stack.indexChanged.connect(self._undo_moved)
        self._event_title("")
        self._update_buttons()
        self.search.run_now()

    def _people_page(self) -> QWidget:
        page = QWidget()
        # Wraps rather than widening the window in the longer languages (Hungarian, Bulgarian).
        buttons = wrapping_row(
            [self.new_button, self.edit_button, self.delete_button, self.register_button],
            [self.privacy_actions.erase_button, self.privacy_actions.access_button,
             self.duplicates_button], page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.people, 1)
        layout.addWidget(buttons)
        return page

    # -- what the main window calls --------------------------------------------------------

    def reload(self) -> None:
        """Read the list and the registrations again (after edits, undo, another database)."""
        self.refresh_timer.stop()  # this is the refresh an undo-stack change asked for
        chosen = self.selected_people()
        if self._select_after is None and chosen:
            self._select_after = chosen[0].id  # keep the row chosen across the refresh
        self.search.run_now()
        self.registrations.reload()

    def set_current_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.registrations.set_event(event_id)
        self._update_buttons()

    @Slot(int)
    def _undo_moved(self, _index: int) -> None:
        self.refresh_timer.start()

    # -- list ------------------------------------------------------------------------------

    def _searched(self, total: int, seconds: float) -> None:
        self.last_query_seconds = seconds
        if self._select_after and total >= 0:
            row = self.search.model.row_of(self._select_after)
            self._select_after = None
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.search.model.index(row, 0))

    def _event_title(self, title: str) -> None:
        self.tabs.setTabText(1, self.tr("Re&gistrations for {event}").format(event=title)
                             if title else self.tr("Re&gistrations"))
        self._update_buttons()

    def selected_people(self) -> list[PersonRecord]:
        return self.people.selected_people()

    def _update_buttons(self) -> None:
        chosen = len(self.selected_people())
        self.edit_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen == 1)
        self.privacy_actions.update_buttons(chosen)
        self.register_button.setEnabled(chosen > 0 and self.registrations.current_event is not None)

    # -- editing ---------------------------------------------------------------------------

    def new_person(self) -> None:
        dialog = PersonDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._select_after = dialog.saved.id
            self.reload()

    def edit_selected(self) -> None:
        chosen = self.selected_people()
        if len(chosen) != 1:
            return
        try:
            person = self.ctx.services.people.get(chosen[0].id)  # as it is now, not as listed
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Edit person"), render(exc.message))
            self.reload()
            return
        dialog = PersonDialog(self.ctx, person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._select_after = dialog.saved.id
            self.reload()

    def delete_selected(self) -> None:
        chosen = self.selected_people()
        if len(chosen) != 1:
            return
        person = chosen[0]
        answer = QMessageBox.question(
            self, self.tr("Delete person"),
            self.tr("Delete {name}? Their registrations and attendance stay in the counts."
                    ).format(name=person.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_person(self.ctx, person,
                          self.tr("Delete person “{name}”").format(name=person.full_name))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete person"), render(exc.message))
        self.reload()

    def register_selected(self) -> None:
        chosen = self.selected_people()
        if chosen and self.registrations.register(chosen, self):
            self.tabs.setCurrentWidget(self.registrations)

    # -- duplicates ------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        """Compare everyone in the background; a progress dialog offers Cancel."""
        duplicates = self.ctx.services.duplicates
        runner = ProgressRunner(self.ctx.runner, self,
                                self.tr("Looking for possible duplicates…"))
        self.duplicates_button.setEnabled(False)

        def done(pairs: list[DuplicatePair]) -> None:
            self.duplicates_button.setEnabled(True)
            self.duplicates_dialog = DuplicatesDialog(pairs, self)
            self.duplicates_dialog.open()

        def failed(message: str, _details: str) -> None:
            self.duplicates_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Possible duplicates"), message)

        runner.start(lambda progress: duplicates.all_pairs(progress), if_alive(self, done),
                     if_alive(self, failed),
                     if_alive(self, lambda: self.duplicates_button.setEnabled(True)))
