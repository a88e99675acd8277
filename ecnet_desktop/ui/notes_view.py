"""The Notes section: every note searchable and filtered (event, session, kind, priority), with
tabs for the Recommendations and the Toolkit, and Ctrl+Shift+N to capture a note at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import NoteKind, Priority, decode_priorities
from ..domain.errors import UserError
from ..domain.records import EventRecord, SessionRecord
from ..services.notes import NoteEntry, NoteFilter
from .empty_hint import show_when_empty
from .hints import set_hint
from .i18n import enum_label, format_date, render, translate
from .note_editor import NoteEditor, session_text
from .record_model import Column, RecordTableModel, SortRole
from .tasks import if_alive
from .tones import text_style
from .undo import push

SEARCH_DELAY_MS = 250
QUICK_CAPTURE = "Ctrl+Shift+N"



def _kind(value: str) -> str:
    try:
        return enum_label(NoteKind(value))
    except ValueError:
        return value


def priorities_text(value: str) -> str:
    return ", ".join(enum_label(p) for p in decode_priorities(value))


def when(entry: NoteEntry) -> dt.datetime:
    place = entry.place
    return place.session_start or dt.datetime.combine(place.start_date, dt.time())


def note_columns() -> list[Column[NoteEntry]]:
    return [
        # ISO text sorts like the moment (a proxy cannot compare Python datetimes).
        Column(lambda: translate("NotesView", "Date"), lambda e: format_date(when(e).date()),
               sort=lambda e: when(e).isoformat()),
        Column(lambda: translate("NotesView", "Event"), lambda e: e.place.event_title),
        Column(lambda: translate("NotesView", "Session"),
               lambda e: e.place.session_title or translate("NotesView", "(whole event)")),
        Column(lambda: translate("NotesView", "Kind"), lambda e: _kind(e.note.kind)),
        Column(lambda: translate("NotesView", "Note"), lambda e: e.note.heading),
        Column(lambda: translate("NotesView", "Priorities"), lambda e: priorities_text(e.note.priorities)),
        Column(lambda: translate("NotesView", "Publishable"),
               lambda e: translate("NotesView", "yes") if e.note.publishable else ""),
    ]


def note_html(entry: NoteEntry) -> str:
    """Markdown for the preview pane: where the note was born, then its text."""
    place = entry.place
    where = place.event_title + (f" — {place.session_title}" if place.session_title else "")
    # Without a title the heading is the text's first line: no need to show it twice.
    title = f"**{entry.note.title}**\n\n" if entry.note.title else ""
    head = f"{title}*{_kind(entry.note.kind)} · {where}*\n\n"
    return head + entry.note.text


class NotesView(QWidget):
    """Search across all notes; filter by event, session, kind and priority; open to edit."""

    data_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_event: str | None = None
        self._generation = 0
        self._events_loaded = False
        self.search = QLineEdit()
        self.search.setObjectName("notesSearch")
        self.search.setClearButtonEnabled(True)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("notesEvent")
        self.event_combo.setMinimumContentsLength(25)
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("notesSession")
        self.session_combo.setMinimumContentsLength(20)
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("notesKind")
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("notesPriority")
        self.model: RecordTableModel[NoteEntry] = RecordTableModel(note_columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("notesTable")
        self.table.setModel(self.proxy)
        show_when_empty(self.table, self.tr(
            "No notes to show. New note writes one; or change the search and filters."))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((95, 190, 190, 105, 260, 150)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._preview())
        self.preview = QTextBrowser()
        self.preview.setObjectName("notesPreview")
        self.count = QLabel()
        self.count.setObjectName("notesCount")
        self.error = QLabel()
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newNote")
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteNote")
        self.new_button.clicked.connect(lambda: self.new_note())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        for combo in (self.session_combo, self.kind_combo, self.priority_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.event_combo, 2)
        filters.addWidget(self.session_combo, 2)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.priority_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([700, 350])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._fill_fixed_combos()
        self.retranslate()

    # -- filters ----------------------------------------------------------------------------

    def _fill_fixed_combos(self) -> None:
        kind = self.kind_combo.currentData()
        priority = self.priority_combo.currentData()
        for combo in (self.kind_combo, self.priority_combo):
            combo.blockSignals(True)
            combo.clear()
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for member in NoteKind:
            self.kind_combo.addItem(enum_label(member), member.value)
        self.priority_combo.addItem(self.tr("All priorities"), "")
        for p in Priority:
            self.priority_combo.addItem(enum_label(p), p.value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind or ""), 0))
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(priority or ""), 0))
        for combo in (self.kind_combo, self.priority_combo):
            combo.blockSignals(False)

    def filter(self) -> NoteFilter:
        return NoteFilter(event_id=self.event_combo.currentData() or None,
                          session_id=self.session_combo.currentData() or None,
                          kind=self.kind_combo.currentData() or None,
                          priority=self.priority_combo.currentData() or None,
                          search=self.search.text())

    def set_current_event(self, event_id: str | None) -> None:
        self.current_event = event_id
        self._load_events()

    def _load_events(self) -> None:
        services = self.ctx.services
        self.ctx.runner.start(lambda _p: services.events.list(),
                              on_success=if_alive(self, self._show_events),
                              on_error=if_alive(self, self._failed))

    def _show_events(self, events: list[EventRecord]) -> None:
        if not shiboken6.isValid(self):
            return
        wanted = self.event_combo.currentData() if self._events_loaded else self.current_event
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("All events"), "")
        for event in events:
            self.event_combo.addItem(f"{event.title} — {format_date(event.start_date)}",
                                     event.id)
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(wanted or ""), 0))
        self.event_combo.blockSignals(False)
        self._events_loaded = True
        self._event_chosen()

    def _event_chosen(self, *_args: object) -> None:
        event_id = self.event_combo.currentData() or None
        sessions: list[SessionRecord] = (
            self.ctx.services.events.sessions_of(event_id) if event_id else [])
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("All sessions"), "")
        for session in sessions:
            self.session_combo.addItem(session_text(session), session.id)
        self.session_combo.setEnabled(bool(sessions))
        self.session_combo.blockSignals(False)
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def _search_now(self) -> None:
        self.timer.stop()
        self.reload()

    def reload(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        wanted = self.filter()
        services = self.ctx.services
        self.ctx.runner.start(lambda _p: services.notes.entries(wanted),
                              on_success=if_alive(self, lambda rows: self._show(generation, rows)),
                              on_error=if_alive(self, self._failed))

    def _show(self, generation: int, rows: list[NoteEntry]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # a newer search is on its way
        selected = self.selected()
        self.model.set_records(rows)
        self.count.setText(self.tr("%Ln note(s)", "", len(rows)))
        self.error.hide()
        if selected is not None:
            self.select(selected.note.id)
        self._preview()

    def _failed(self, message: str, _details: str = "") -> None:
        if shiboken6.isValid(self):
            self.error.setText(message)
            self.error.show()

    # -- selection and actions --------------------------------------------------------------

    def selected(self) -> NoteEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select(self, note_id: str) -> bool:
        row = next((r for r, e in enumerate(self.model.records()) if e.note.id == note_id), -1)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _preview(self) -> None:
        entry = self.selected()
        self.preview.setMarkdown(note_html(entry) if entry else "")
        self.open_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)

    def new_note(self, session_id: str | None = None,
                 kind: str = NoteKind.MINUTES.value) -> NoteEditor | None:
        event_id = self.event_combo.currentData() or self.current_event
        if not event_id:
            self._failed(self.tr("Choose an event first: a note belongs to an event or one "
                                 "of its sessions."))
            return None
        session_id = session_id or self.session_combo.currentData() or None
        return self._open(NoteEditor(self.ctx, event_id=event_id, session_id=session_id,
                                     kind=kind, parent=self))

    def open_selected(self) -> NoteEditor | None:
        entry = self.selected()
        if entry is None:
            return None
        return self._open(NoteEditor(self.ctx, event_id=entry.place.event_id, note=entry.note,
                                     parent=self))

    def _open(self, editor: NoteEditor) -> NoteEditor:
        editor.saved.connect(self._saved)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _saved(self, _note: object) -> None:
        if shiboken6.isValid(self):
            self.reload()
            self.data_changed.emit()

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        notes = self.ctx.services.notes
        note_id = entry.note.id
        try:
            push(self.ctx.undo_stack, self.tr("Delete note"),
                 lambda: notes.delete(note_id), lambda _r: notes.restore(note_id))
        except UserError as exc:  # e.g. deleted meanwhile on import: said beside the list
            self._failed(render(exc.message))
            return
        self.reload()

    def keyPressEvent(self, event: Any) -> None:
        if self.table.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return
        if self.table.hasFocus() and event.matches(QKeySequence.StandardKey.Delete):
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words in the title or text (accents ignored)"))
        self.new_button.setText(self.tr("&New note"))
        set_hint(self.new_button, self.tr("Write a new note or recommendation"))
        self.open_button.setText(self.tr("&Open"))
        set_hint(self.open_button, self.tr("Open the selected note (Enter or double-click)"))
        self.delete_button.setText(self.tr("&Delete"))
        set_hint(self.delete_button, self.tr(
            "Delete the selected note (Delete); Ctrl+Z brings it back"))
        self._fill_fixed_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)


class NotesSection(QWidget):
    """The Notes section of the main window: notes, recommendations and the Toolkit as tabs.

    ``quick_capture_action`` (Ctrl+Shift+N, application-wide) opens a note for the session
    of the current event that runs now (by the clock), or for the event when none runs.
    The section adds it to its window by itself; a main window may also add it to a menu.
    No data_changed signal: autosaves every few seconds must not reload every other section.
    """

    def __init__(self, ctx: Any, parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        from .recommendations_view import RecommendationsView
        from .toolkit_view import ToolkitView

        self.ctx = ctx
        self.clock = clock
        self.event_id: str | None = None
        self.notes = NotesView(ctx)
        self.recommendations = RecommendationsView(ctx)
        self.toolkit = ToolkitView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("notesTabs")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.recommendations, "")
        self.tabs.addTab(self.toolkit, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.quick_capture_action = QAction(self)
        self.quick_capture_action.setObjectName("quickCapture")
        self.quick_capture_action.setShortcut(QKeySequence(QUICK_CAPTURE))
        self.quick_capture_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_capture_action.triggered.connect(self.quick_capture)
        self.addAction(self.quick_capture_action)
        self.notes.data_changed.connect(self._notes_changed)
        self.retranslate()

    def quick_capture(self) -> NoteEditor | None:
        """A note for the session running now in the current event (else for the event)."""
        event_id = self.event_id
        if not event_id:
            self.tabs.setCurrentWidget(self.notes)
            return self.notes.new_note()
        running = self.ctx.services.notes.running_session(event_id, self.clock())
        editor = NoteEditor(self.ctx, event_id=event_id,
                            session_id=running.id if running else None, parent=self)
        return self.notes._open(editor)

    def _attach_shortcut(self) -> None:
        # An application-wide shortcut works only while a widget holding it is visible:
        # the window is, this section often is not (another section is shown).
        window = self.window()
        if window is not self and self.quick_capture_action not in window.actions():
            window.addAction(self.quick_capture_action)

    def showEvent(self, event: QShowEvent) -> None:
        self._attach_shortcut()
        super().showEvent(event)

    def set_current_event(self, event_id: str | None) -> None:
        self._attach_shortcut()
        self.event_id = event_id
        self.notes.set_current_event(event_id)
        self.recommendations.set_current_event(event_id)

    def reload(self) -> None:
        self.notes.set_current_event(self.event_id)
        self.recommendations.reload()
        self.toolkit.reload()

    def _notes_changed(self) -> None:
        self.recommendations.reload()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        reload = getattr(widget, "reload", None)
        if reload is not None and widget is not self.notes:
            reload()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Notes"))
        self.tabs.setTabText(1, self.tr("&Recommendations"))
        self.tabs.setTabText(2, self.tr("&Toolkit"))
        self.quick_capture_action.setText(self.tr("&Quick note for the session now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.notes.retranslate()
        super().changeEvent(event)
