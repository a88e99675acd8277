"""The Events section: filter and list events, create, edit, duplicate as a template, delete,
and below the list the programme of the chosen event."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
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

from ..domain.enums import EventKind, decode_priorities
from ..domain.errors import UserError
from ..domain.records import EventRecord
from ..domain.text import fold
from .country_combo import localised_name
from .empty_hint import show_when_empty
from .event_form import ErrorLabel, EventDialog, FieldErrors, buttons, date_edit, from_qdate, to_qdate
from .hints import set_hint
from .i18n import collation_key, enum_label, format_date, render, translate
from .programme_view import ProgrammeView
from .record_model import Column, RecordRole, SortRole
from .sorted_records import SortedRecordModel, SourceSortProxy, sample_sizes
from .tasks import if_alive
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

Index = QModelIndex | QPersistentModelIndex


def _kind(event: EventRecord) -> str:
    try:
        return enum_label(EventKind(event.kind))
    except ValueError:
        return event.kind  # a kind from a newer app version, shown as stored


def event_columns() -> list[Column[EventRecord]]:
    return [
        Column(lambda: translate("EventsSection", "Title"), lambda e: e.title, lambda e: fold(e.title)),
        Column(lambda: translate("EventsSection", "Kind"), _kind),
        Column(lambda: translate("EventsSection", "Host town"), lambda e: e.host_town, lambda e: fold(e.host_town)),
        Column(lambda: translate("EventsSection", "Country"), lambda e: localised_name(e.country) if e.country else "",
               lambda e: fold(localised_name(e.country)) if e.country else ""),
        Column(lambda: translate("EventsSection", "Dates"),
               lambda e: format_date(e.start_date) + " – " + format_date(e.end_date),
               lambda e: (e.start_date.isoformat(), e.end_date.isoformat())),
        Column(lambda: translate("EventsSection", "Priorities"),
               lambda e: ", ".join(enum_label(p) for p in decode_priorities(e.priorities))),
    ]


class EventFilter(SourceSortProxy):
    """Kind, year and country chosen in combos, plus text typed anywhere in the title,
    town or venue (accents folded)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.year = 0
        self.country = ""
        self.words: list[str] = []
        self.setSortRole(SortRole)

    def set_filter(self, *, kind: str, year: int, country: str, text: str) -> None:
        self.beginFilterChange()
        self.kind, self.year, self.country, self.words = kind, year, country, fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        event = self.sourceModel().index(source_row, 0, source_parent).data(RecordRole)
        if not isinstance(event, EventRecord):
            return False
        if not ((not self.kind or event.kind == self.kind)
                and (not self.year or event.start_date.year == self.year
                     or event.end_date.year == self.year)
                and (not self.country or event.country == self.country)):
            return False
        if not self.words:
            return True  # folding every title costs more than the rest of the filter
        haystack = fold(f"{event.title} {event.host_town} {event.venue}")
        return all(word in haystack for word in self.words)


def next_year_title(title: str, old_start: dt.date, new_start: dt.date) -> str:
    """"EC-NET Bari 2021" becomes "EC-NET Bari 2022"; titles without the year get a mark."""
    old, new = str(old_start.year), str(new_start.year)
    return title.replace(old, new) if old in title and old != new else f"{title} (2)"


def _one_year_later(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class DuplicateDialog(QDialog):
    """Asks the new title and start date; the copy's programme moves with the start."""

    def __init__(self, ctx: AppContext, event: EventRecord, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = event
        self.saved: EventRecord | None = None
        self.setWindowTitle(self.tr("Duplicate event"))
        start = _one_year_later(event.start_date)
        self.title_edit = QLineEdit(next_year_title(event.title, event.start_date, start))
        self.title_edit.setCursorPosition(0)
        self.setMinimumWidth(520)
        self.start_edit = date_edit()
        self.start_edit.setDate(to_qdate(start))
        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout()
        intro = QLabel(self.tr("A copy of “{title}” with its programme, moved to the new "
                               "dates. Registrations are not copied.").format(title=event.title))
        intro.setWordWrap(True)
        for text, fields, widget in ((self.tr("&Title:"), ("title",), self.title_edit),
                                     (self.tr("&Starts on:"), ("start_date", "end_date"),
                                      self.start_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.errors.row(fields, widget))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons(self))

    def accept(self) -> None:
        self.errors.clear()
        text = self.tr("Duplicate event “{title}”").format(title=self.source.title)
        try:
            self.saved = duplicate_event(self.ctx, self.source, self.title_edit.text(),
                                         from_qdate(self.start_edit.date()), text)
        except UserError as exc:
            self.errors.show(exc)
            return
        super().accept()


def duplicate_event(ctx: AppContext, event: EventRecord, title: str, start: dt.date,
                    text: str) -> EventRecord:
    """Duplicate as an undoable edit; redo revives the same copy and its sessions."""
    copied: list[EventRecord] = []
    sessions: list[str] = []

    def do() -> EventRecord:
        if copied:
            return ctx.services.events.restore(copied[0].id, sessions)
        copied.append(ctx.services.events.duplicate(event.id, title=title, start_date=start))
        sessions.extend(s.id for s in ctx.services.events.sessions_of(copied[0].id))
        return copied[0]

    def undo(copy: EventRecord) -> None:
        ctx.services.events.delete(copy.id)

    saved: EventRecord = push(ctx.undo_stack, text, do, undo)
    return saved


def delete_event(ctx: AppContext, event: EventRecord, text: str) -> None:
    """Delete as an undoable edit; undo revives the event with the sessions it had."""
    sessions = [s.id for s in ctx.services.events.sessions_of(event.id)]

    def undo(_result: None) -> None:
        ctx.services.events.restore(event.id, sessions)

    push(ctx.undo_stack, text, lambda: ctx.services.events.delete(event.id), undo)


class EventsSection(QWidget):
    """The Events page of the sidebar."""

    current_event_changed = Signal(str)  # the person chose an event in the list
    events_changed = Signal()  # an event was created, edited, duplicated or deleted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0
        self._wanted: str | None = None  # the event to select once the list is loaded
        self._choosing = False  # selection changes made by code do not emit
        self._stale = False  # an undo or redo happened while hidden
        self._loading = False  # a reload is on its way
        # The model sorts its rows itself (tuples and dates sort right, and cheaply).
        self.model: SortedRecordModel[EventRecord] = SortedRecordModel(event_columns(), self)
        self.proxy = EventFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self.table = QTableView()
        self.table.setObjectName("eventsTable")
        self.table.setModel(self.proxy)
        show_when_empty(self.table, self.tr(
            "No events to show. New event… adds one; or change the filters above."))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        sample_sizes(self.table)  # widths from a sample of rows, not all of them
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Priorities can be long lists: a fixed share, the title takes the rest.
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 240)
        self.table.activated.connect(lambda _i: self.edit_event())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_event)
        # Mnemonics avoid the menu bar's Alt+F, Alt+E and Alt+H.
        self.new_button = QPushButton(self.tr("&New event…"))
        set_hint(self.new_button, self.tr(
            "Create an event: title, place, dates and the towns taking part"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        set_hint(self.edit_button, self.tr(
            "Change the selected event's details (double-click or Enter on a row)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"))
        self.duplicate_button.setToolTip(self.tr("Copy the event and its programme as a "
                                                 "template for the next one"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        set_hint(self.delete_button, self.tr(
            "Delete the selected event (Delete); Ctrl+Z brings it back"))
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button, slot in ((self.new_button, self.new_event),
                             (self.edit_button, self.edit_event),
                             (self.duplicate_button, self.duplicate_event),
                             (self.delete_button, self.delete_event)):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self.filter_bar)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(actions)
        self.programme = ProgrammeView(ctx)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.programme)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.text_filter, self.table)
        # Undo and redo change data behind the views: show what is there now.
        ctx.undo_stack.indexChanged.connect(self._undo_index_changed)
        self._update_buttons()
        self.reload()

    def _build_filters(self) -> None:
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in EventKind:
            self.kind_filter.addItem(enum_label(kind), kind.value)
        self.year_filter = QComboBox()
        # Filled later: sized to its items then, or "All years" in a longer language is cut.
        self.year_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country_filter = QComboBox()
        self.country_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Title, town or venue"))
        self.text_filter.setClearButtonEnabled(True)
        self.filter_bar = QHBoxLayout()
        for text, widget in ((self.tr("&Kind:"), self.kind_filter),
                             (self.tr("&Year:"), self.year_filter),
                             (self.tr("C&ountry:"), self.country_filter),
                             (self.tr("Fil&ter:"), self.text_filter)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.filter_bar.addWidget(label)
            self.filter_bar.addWidget(widget, 1 if widget is self.text_filter else 0)
        for combo in (self.kind_filter, self.year_filter, self.country_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._apply_filter)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the events (e.g. after the database was switched), off the GUI thread."""
        self._generation += 1
        generation, services = self._generation, self.ctx.services
        if self._wanted is None:
            current = self.current_event()
            self._wanted = current.id if current else None
        self._loading = True
        self.ctx.runner.start(lambda _p: services.events.list(),
                              on_success=if_alive(self, lambda events: self._show(generation,
                                                                                  events)),
                              on_error=if_alive(self, self._failed))

    def _show(self, generation: int, events: list[EventRecord]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way (if_alive drops results for a closed view)
        wanted, self._wanted, self._loading = self._wanted, None, False
        self._choosing = True
        self.model.set_records(events)
        self._fill_filter_choices(events)
        self._choosing = False
        self.select(wanted)
        if self.current_event() is None:
            self.programme.set_event(None)
        self._update_count()

    def _failed(self, message: str, _details: str) -> None:
        self._loading = False
        QMessageBox.warning(self, self.tr("Events"), message)

    def _fill_filter_choices(self, events: list[EventRecord]) -> None:
        """Years and countries that events have; the choice made is kept where it still
        exists."""
        year, country = self.year_filter.currentData(), self.country_filter.currentData()
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), 0)
        for each in sorted({e.start_date.year for e in events}, reverse=True):
            self.year_filter.addItem(str(each), each)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        by_name = collation_key()
        names = sorted(((localised_name(c), c) for c in {e.country for e in events if e.country}),
                       key=lambda pair: by_name(pair[0]))
        for shown, code in names:
            self.country_filter.addItem(shown, code)
        self.country_filter.setCurrentIndex(max(self.country_filter.findData(country), 0))
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(kind=str(self.kind_filter.currentData() or ""),
                              year=int(self.year_filter.currentData() or 0),
                              country=str(self.country_filter.currentData() or ""),
                              text=self.text_filter.text())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of %Ln events", "", self.model.rowCount()).format(
            shown=self.proxy.rowCount()))
        self._update_buttons()

    def _undo_index_changed(self, _index: int) -> None:
        # A hidden section catches up when shown, rather than re-reading on every edit made
        # elsewhere (and never while the app shuts down). The programme follows by itself.
        if self.isVisible():
            self.reload()
            self.events_changed.emit()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # -- selection -------------------------------------------------------------------------

    def current_event(self) -> EventRecord | None:
        record = self.table.currentIndex().data(RecordRole)
        return record if isinstance(record, EventRecord) else None

    def set_current_event(self, event_id: str | None) -> None:
        """Select that event (without emitting current_event_changed)."""
        if self._loading or (event_id and self.model.row_of(event_id) < 0):
            self._wanted = event_id  # not listed yet: select it once the list arrives
        self.select(event_id)

    def select(self, event_id: str | None) -> None:
        row = self.model.row_of(event_id) if event_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        self._choosing = True
        if index is not None and index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self._choosing = False
        event = self.current_event()
        if event is not None and event.id != self.programme.event_id:
            self.programme.set_event(event.id)
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = current.data(RecordRole)
        if not isinstance(event, EventRecord):
            self._update_buttons()
            return
        if event.id != self.programme.event_id:
            self.programme.set_event(event.id)
        if not self._choosing:
            # The person's choice wins over one remembered for the next reload.
            self._wanted = event.id if self._loading else None
            self.current_event_changed.emit(event.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_event() is not None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    # -- actions ---------------------------------------------------------------------------

    def new_event(self) -> None:
        self._open(EventDialog(self.ctx, None, self))

    def edit_event(self) -> None:
        event = self.current_event()
        if event is not None:
            self._open(EventDialog(self.ctx, event, self))

    def duplicate_event(self) -> None:
        event = self.current_event()
        if event is not None:
            self._open(DuplicateDialog(self.ctx, event, self))

    def _open(self, dialog: EventDialog | DuplicateDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)  # one dialog per edit, not kept
        dialog.open()

    def _saved(self, event: EventRecord | None) -> None:
        self._wanted = event.id if event else None
        self.reload()
        if event is not None:
            self.current_event_changed.emit(event.id)

    def delete_event(self) -> None:
        event = self.current_event()
        if event is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete event"),
            self.tr("Delete “{title}” and its programme? Registrations, attendance and notes "
                    "are kept; Edit → Undo brings the event back.").format(title=event.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._delete(event))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _delete(self, event: EventRecord) -> None:
        try:
            delete_event(self.ctx, event,
                         self.tr("Delete event “{title}”").format(title=event.title))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete event"), render(exc.message))
        self.reload()
