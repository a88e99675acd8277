"""An event's registrations: who comes in which role, local or international, counts per country,
registering and unregistering people, and the participant list export for organisers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import LabelledEnum, RegistrationRole, RegistrationStatus
from ..domain.records import EventRecord, PersonRecord, RegistrationRecord
from ..domain.text import fold
from ..services.participants import CountryCounts, Participant, count_countries
from .country_combo import localised_name
from .flow_layout import wrapping_row
from .hints import set_hint
from .i18n import enum_label, format_date
from .import_wizard import ImportRegistrationsWizard
from .people_model import PeopleList, compact_rows
from .record_model import Column, RecordTableModel, SortRole
from .sorted_records import SortedRecordModel, SourceSortProxy, sample_sizes
from .tasks import if_alive
from .tones import text_style
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

translate = QCoreApplication.translate  # named so that pyside6-lupdate finds the calls


def _label(enum: type[LabelledEnum], value: str) -> str:
    try:
        return enum_label(enum(value))
    except ValueError:
        return value  # a value from a newer app version: shown as stored


def _where(p: Participant) -> str:
    if p.international:
        return translate("RegistrationsPanel", "international")
    return translate("RegistrationsPanel", "local")


def _country(code: str) -> str:
    return localised_name(code) if code else translate("RegistrationsPanel", "unknown")


PARTICIPANT_COLUMNS: list[Column[Participant]] = [
    Column(lambda: translate("RegistrationsPanel", "Family name"),
           lambda p: p.person.family_name,
           lambda p: fold(f"{p.person.family_name} {p.person.given_name}")),
    Column(lambda: translate("RegistrationsPanel", "Given name"),
           lambda p: p.person.given_name, lambda p: fold(p.person.given_name)),
    Column(lambda: translate("RegistrationsPanel", "Country"),
           lambda p: _country(p.person.country)),
    Column(lambda: translate("RegistrationsPanel", "Local / international"), _where),
    Column(lambda: translate("RegistrationsPanel", "Role"),
           lambda p: _label(RegistrationRole, p.registration.role)),
    Column(lambda: translate("RegistrationsPanel", "Status"),
           lambda p: _label(RegistrationStatus, p.registration.status)),
    Column(lambda: translate("RegistrationsPanel", "Invited by"),
           lambda p: p.registration.invited_by_town,
           lambda p: fold(p.registration.invited_by_town)),
    Column(lambda: translate("RegistrationsPanel", "Organisation"),
           lambda p: p.person.organisation_name, lambda p: fold(p.person.organisation_name)),
    Column(lambda: translate("RegistrationsPanel", "Town"),
           lambda p: p.person.town, lambda p: fold(p.person.town)),
]

COUNT_COLUMNS: list[Column[tuple[str, int]]] = [
    Column(lambda: translate("RegistrationsPanel", "Country"), lambda c: _country(c[0])),
    Column(lambda: translate("RegistrationsPanel", "People"),
           lambda c: QLocale().toString(c[1]), lambda c: c[1], align_right=True),
]


@dataclass(frozen=True)
class Loaded:
    event: EventRecord
    participants: list[Participant]
    counts: CountryCounts


# -- undoable edits -----------------------------------------------------------------------------


def register_people(ctx: AppContext, event_id: str, person_ids: list[str], *, role: str,
                    status: str, invited_by: str | None, text: str) -> None:
    """Register (or change the registration of) people as one undoable edit.

    ``invited_by`` None keeps each person's own invited-by town. Undo puts back what each
    person had before: the old registration, or none.
    """
    regs = ctx.services.registrations
    wanted = set(person_ids)

    def do() -> dict[str, RegistrationRecord]:
        before = {r.person_id: r for r in regs.of_event(event_id) if r.person_id in wanted}
        for pid in person_ids:
            old = before.get(pid)
            town = invited_by if invited_by is not None else old.invited_by_town if old else ""
            regs.register(pid, event_id, role=role, status=status, invited_by_town=town)
        return before

    def undo(before: dict[str, RegistrationRecord]) -> None:
        for pid in person_ids:
            old = before.get(pid)
            if old is None:
                regs.unregister(pid, event_id)
            else:
                regs.register(pid, event_id, role=old.role, status=old.status,
                              invited_by_town=old.invited_by_town)

    push(ctx.undo_stack, text, do, undo)


def unregister_people(ctx: AppContext, event_id: str,
                      registrations: list[RegistrationRecord], text: str) -> None:
    regs = ctx.services.registrations

    def do() -> None:
        for r in registrations:
            regs.unregister(r.person_id, event_id)

    def undo(_result: None) -> None:
        for r in registrations:  # register() revives the same row (its id is the pair's)
            regs.register(r.person_id, event_id, role=r.role, status=r.status,
                          invited_by_town=r.invited_by_town)

    push(ctx.undo_stack, text, do, undo)


# -- the register / change dialog ---------------------------------------------------------------


def _enum_combo(enum: type[LabelledEnum], current: str) -> QComboBox:
    combo = QComboBox()
    for member in enum:
        combo.addItem(enum_label(member), member.value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class RegisterDialog(QDialog):
    """Role, status and invited-by for given people, or with a people picker when none given."""

    def __init__(self, ctx: AppContext, event_title: str, people: list[PersonRecord] | None,
                 *, initial: RegistrationRecord | None = None, change: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.setWindowTitle(self.tr("Change registration") if change
                            else self.tr("Register for {event}").format(event=event_title))
        layout = QVBoxLayout(self)
        self.picker: PeopleList | None = None
        if people is None:
            self.picker = PeopleList(ctx, self)
            self.picker.table.setSelectionMode(
                QAbstractItemView.SelectionMode.ExtendedSelection)
            self.picker.activated.connect(self.accept)
            layout.addWidget(self.picker, 1)
            self.picker.search.run_now()
        else:
            names = ", ".join(p.full_name for p in people[:8])
            more = len(people) - 8
            layout.addWidget(QLabel(self.tr("{names} and %Ln more", "", more).format(names=names)
                                    if more > 0 else names))
        first = initial
        self.role_combo = _enum_combo(RegistrationRole, first.role if first else "participant")
        self.status_combo = _enum_combo(RegistrationStatus,
                                        first.status if first else "registered")
        self.invited_edit = QLineEdit(first.invited_by_town if first and not (
            people and len(people) > 1) else "")
        if change and people and len(people) > 1:
            self.invited_edit.setPlaceholderText(self.tr("(each keeps their own)"))
        self.keep_invited = bool(change and people and len(people) > 1)
        form = QFormLayout()
        for text, widget in ((self.tr("&Role:"), self.role_combo),
                             (self.tr("&Status:"), self.status_combo),
                             (self.tr("&Invited by town:"), self.invited_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        (self.picker.search_edit if self.picker else self.role_combo).setFocus()
        if people is None:
            self.resize(720, 520)

    def chosen_ids(self) -> list[str]:
        if self.picker is not None:
            return [p.id for p in self.picker.selected_people()]
        return [p.id for p in self.people or []]

    def values(self) -> dict[str, Any]:
        invited = self.invited_edit.text()
        return {"role": str(self.role_combo.currentData()),
                "status": str(self.status_combo.currentData()),
                "invited_by": None if self.keep_invited and not invited.strip() else invited}

    def accept(self) -> None:
        if not self.chosen_ids():
            self.error.setText(self.tr("Choose at least one person in the list."))
            self.error.show()
            if self.picker is not None:
                self.picker.table.setFocus()
            return
        super().accept()


# -- the panel ----------------------------------------------------------------------------------


class RegistrationsPanel(QWidget):
    """Registrations of one event; set_event() chooses it, reload() reads it again."""

    title_changed = Signal(str)  # the event's title ("" when none), for a tab or a heading

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.current_event: EventRecord | None = None
        self._generation = 0
        self._fit_pending = False
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)  # a long event title must not widen the window
        self.summary = QLabel()
        self.summary.setObjectName("registrationSummary")
        self.summary.setWordWrap(True)
        # Thousands of registrations at a big event: the model sorts them, not the proxy.
        self.model = SortedRecordModel(PARTICIPANT_COLUMNS, self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = self._table(self.proxy, sortable=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _i: self.change_selected())
        self.counts_model = RecordTableModel(COUNT_COLUMNS, self)
        self.counts_table = self._table(self.counts_model, sortable=False)
        self.counts_table.setMinimumWidth(180)
        self.counts_table.setMaximumWidth(300)
        self.add_button = QPushButton(self.tr("&Add people…"))
        set_hint(self.add_button, self.tr("Register people from the address book for this event"))
        self.add_button.clicked.connect(self.add_people)
        self.change_button = QPushButton(self.tr("C&hange role or status…"))
        set_hint(self.change_button, self.tr(
            "Change the role or status of the selected registrations"))
        self.change_button.clicked.connect(self.change_selected)
        self.remove_button = QPushButton(self.tr("Un&register"))
        set_hint(self.remove_button, self.tr(
            "Remove the selected people from this event; Ctrl+Z brings them back"))
        self.remove_button.clicked.connect(self.unregister_selected)
        self.export_button = QPushButton(self.tr("E&xport participant list…"))
        set_hint(self.export_button, self.tr(
            "Save this event's participant list as an Excel workbook"))
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button = QPushButton(self.tr("&Import registrations…"))
        self.import_button.setToolTip(self.tr(
            "Read a CSV or XLSX list from a partner town or an online form"))
        self.import_button.clicked.connect(self.import_dialog)
        self.status = QLabel()
        self.status.setObjectName("registrationStatus")
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.counts_table)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        # Wraps rather than widening the window in the longer languages.
        buttons = wrapping_row([self.add_button, self.change_button, self.remove_button],
                               [self.import_button, self.export_button], self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show(None)

    @staticmethod
    def _table(model: Any, *, sortable: bool) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSortingEnabled(sortable)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(table)
        sample_sizes(table)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        if sortable:
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return table

    # -- loading ---------------------------------------------------------------------------

    def set_event(self, event_id: str | None) -> None:
        if event_id != self.event_id:
            self.event_id = event_id
            self.model.set_records([])
            self.counts_model.set_records([])
        self.reload()

    def reload(self) -> None:
        """Read the event's registrations again, off the GUI thread; older answers dropped."""
        self._generation += 1
        generation, event_id = self._generation, self.event_id
        if event_id is None:
            self._show(None)
            return
        service = self.ctx.services.participants

        def work(_p: object) -> Loaded:
            people = service.participants(event_id)
            return Loaded(service.event(event_id), people, count_countries(people))

        self.ctx.runner.start(
            work, on_success=if_alive(self, lambda r: self._loaded(generation, r)),
            on_error=if_alive(self, lambda m, _d: self._failed(generation, m)))

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation == self._generation:
            self._show(loaded)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(message)

    def _show(self, loaded: Loaded | None) -> None:
        self.current_event = loaded.event if loaded else None
        if loaded is None:
            self.heading.setText(self.tr("No event chosen"))
            self.summary.setText(self.tr(
                "Choose the current event in the toolbar to see and change its registrations."))
            self.model.set_records([])
            self.counts_model.set_records([])
            self.title_changed.emit("")
        else:
            event, counts, locale = loaded.event, loaded.counts, QLocale()
            place = ", ".join(x for x in (event.host_town, localised_name(event.country)) if x)
            self.heading.setText(self.tr("{title} — {place}, {start} to {end}").format(
                title=event.title, place=place or "—",
                start=format_date(event.start_date, long=True),
                end=format_date(event.end_date, long=True)))
            self.summary.setText(self.tr(
                "{registered} registered: {local} local, {international} international "
                "({countries} countries). {listed} registrations in the list, including "
                "cancelled and no-shows.").format(
                registered=locale.toString(counts.total), local=locale.toString(counts.local),
                international=locale.toString(counts.international),
                countries=locale.toString(len([c for c, _n in counts.per_country if c])),
                listed=locale.toString(len(loaded.participants))))
            self.model.set_records(loaded.participants)
            self.counts_model.set_records(list(counts.per_country))
            self._fit_pending = True
            if self.isVisible():
                self._fit_columns()
            self.title_changed.emit(event.title)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents (at most 260 px), measured once shown: a hidden
        table would be measured over many more rows, for nothing."""
        self._fit_pending = False
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_columns()

    def import_dialog(self) -> ImportRegistrationsWizard | None:
        """Open the import wizard for the current event; the list reloads after an import."""
        if self.event_id is None:
            return None
        wizard = ImportRegistrationsWizard(self.ctx, self.event_id, self)
        wizard.imported.connect(lambda _result: self.reload())
        wizard.open()
        return wizard

    def _update_buttons(self) -> None:
        has_event = self.current_event is not None
        chosen = bool(self.selected())
        self.add_button.setEnabled(has_event)
        self.export_button.setEnabled(has_event)
        self.import_button.setEnabled(has_event)
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> list[Participant]:
        rows = {self.proxy.mapToSource(i).row()
                for i in self.table.selectionModel().selectedRows()}
        return [self.model.record(r) for r in sorted(rows)]

    # -- editing ---------------------------------------------------------------------------

    def register(self, people: Iterable[PersonRecord], parent: QWidget | None = None) -> bool:
        """Ask role, status and invited-by for these people, then register them."""
        return self._register(list(people), parent or self)

    def add_people(self) -> None:
        self._register(None, self)

    def _register(self, people: list[PersonRecord] | None, parent: QWidget) -> bool:
        if self.current_event is None or self.event_id is None:
            return False
        dialog = RegisterDialog(self.ctx, self.current_event.title, people, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ids = dialog.chosen_ids()
        register_people(self.ctx, self.event_id, ids, **dialog.values(),
                        text=self.tr("Register %Ln people", "", len(ids)))
        self.reload()
        return True

    def change_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.current_event is None or self.event_id is None:
            return
        dialog = RegisterDialog(self.ctx, self.current_event.title, [p.person for p in chosen],
                                initial=chosen[0].registration, change=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        register_people(self.ctx, self.event_id, dialog.chosen_ids(), **dialog.values(),
                        text=self.tr("Change %Ln registrations", "", len(chosen)))
        self.reload()

    def unregister_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.event_id is None:
            return
        unregister_people(self.ctx, self.event_id, [p.registration for p in chosen],
                          self.tr("Unregister %Ln people", "", len(chosen)))
        self.reload()

    # -- export ----------------------------------------------------------------------------

    def export_dialog(self) -> None:
        if self.current_event is None:
            return
        suggested = Path.home() / self.tr("participants {title}.xlsx").format(
            title="".join(c for c in self.current_event.title if c.isalnum() or c in " -_"))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export participant list"), str(suggested),
            self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.export_to(Path(name) if name.endswith(".xlsx") else Path(name + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write the list off the GUI thread; the file appears whole or not at all."""
        if self.event_id is None:
            return
        # Imported on first use: openpyxl takes a moment to import; the app starts faster.
        from ..exchange.participants_xlsx import export_participants

        services, event_id = self.ctx.services, self.event_id
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting the participant list…"))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("Saved %Ln participants to {path}.", "", count)
                                .format(path=path))

        def failed(message: str, _details: str) -> None:
            self.export_button.setEnabled(True)
            self.status.setText("")
            QMessageBox.warning(self, self.tr("Export participant list"), message)

        self.ctx.runner.start(
            lambda progress: export_participants(services, event_id, path, progress,
                                                 translate=QCoreApplication.translate),
            on_success=if_alive(self, done), on_error=if_alive(self, failed))
