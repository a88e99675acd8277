"""The programme of one event: sessions grouped by day, room clashes warned, sessions added,
edited and deleted as undoable edits."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import SessionKind
from ..domain.errors import UserError
from ..domain.records import EventRecord, MethodologyRecord, SessionRecord
from .empty_hint import show_when_empty
from .hints import set_hint
from .i18n import enum_label, format_date, format_time, render
from .session_form import SessionDialog, delete_session
from .sorted_records import SIZE_SAMPLE_ROWS
from .tasks import if_alive
from .tones import warning_style

if TYPE_CHECKING:
    from ..app import AppContext
    from ..services.container import Services
    from ..services.events import Overlap

Index = QModelIndex | QPersistentModelIndex
SessionRole = Qt.ItemDataRole.UserRole + 1  # the SessionRecord (None on day rows)
DayRole = Qt.ItemDataRole.UserRole + 2  # the day (date) of the row


@dataclass(frozen=True)
class Programme:
    """What the view shows, read on a worker thread (immutable records only)."""

    event: EventRecord
    sessions: list[SessionRecord]
    overlaps: list[Overlap]
    facilitators: dict[str, str] = field(default_factory=dict)  # person id -> name
    methodologies: list[MethodologyRecord] = field(default_factory=list)


def read_programme(services: Services, event_id: str) -> Programme:
    sessions = services.events.sessions_of(event_id)
    names: dict[str, str] = {}
    for person_id in {s.facilitator_id for s in sessions if s.facilitator_id}:
        try:
            names[person_id] = services.people.get(person_id).full_name
        except UserError:
            names[person_id] = ""  # deleted or erased since: show no name
    return Programme(services.events.get(event_id), sessions,
                     services.events.overlaps(event_id), names,
                     services.methodologies.list())


class ProgrammeModel(QAbstractItemModel):
    """Two levels: a row per day of the event, its sessions as children, by start time.

    Day rows have internal id 0; a session row's internal id is its day's row + 1.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.programme: Programme | None = None
        self.days: list[dt.date] = []
        self.by_day: list[list[SessionRecord]] = []
        self.warnings: dict[str, list[str]] = {}
        self.method_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Title"), self.tr("Room"), self.tr("Kind"), self.tr("Facilitator"),
                self.tr("Methodology")]

    def set_programme(self, programme: Programme | None, warnings: dict[str, list[str]]
                      ) -> None:
        self.beginResetModel()
        self.programme = programme
        self.warnings = warnings
        self.method_names = {m.id: m.name for m in programme.methodologies} if programme else {}
        grouped: dict[dt.date, list[SessionRecord]] = defaultdict(list)
        for session in programme.sessions if programme else []:
            grouped[session.start.date()].append(session)
        days = set(programme.event.days) | set(grouped) if programme else set()
        self.days = sorted(days)
        self.by_day = [grouped.get(day, []) for day in self.days]
        self.endResetModel()

    def outside(self, day: dt.date) -> bool:
        return self.programme is not None and day not in self.programme.event.days

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.by_day[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 6

    def session(self, index: Index) -> SessionRecord | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.by_day[index.internalId() - 1][index.row()]

    def index_of(self, session_id: str) -> QModelIndex:
        for day_row, sessions in enumerate(self.by_day):
            for row, session in enumerate(sessions):
                if session.id == session_id:
                    return self.index(row, 0, self.index(day_row, 0))
        return QModelIndex()

    # -- content ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        session = self.session(index)
        if session is None:
            return self._day_data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(session, index.column())
        if role == SessionRole:
            return session
        if role == DayRole:
            return session.start.date()
        clashes = self.warnings.get(session.id)
        if clashes and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(clashes)
        if clashes and role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _day_data(self, index: Index, role: int) -> Any:
        day = self.days[index.row()]
        if role == DayRole:
            return day
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            text = format_date(day, long=True)
            return self.tr("{day} (outside the event's dates)").format(day=text) if (
                self.outside(day)) else text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell(self, session: SessionRecord, column: int) -> str:
        programme = self.programme
        assert programme is not None
        if column == 0:
            return format_time(session.start.time()) + "–" + format_time(session.end.time())
        if column == 1:
            return session.title
        if column == 2:
            return session.room
        if column == 3:
            try:
                return enum_label(SessionKind(session.kind))
            except ValueError:
                return session.kind  # a kind from a newer app version, shown as stored
        if column == 4:
            return programme.facilitators.get(session.facilitator_id or "", "")
        return self.method_names.get(session.methodology_id or "", "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < 6):
            return self.headers()[section]
        return None


class ProgrammeView(QWidget):
    """Shows one event's programme; call set_event() when the chosen event changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.programme: Programme | None = None
        self.dialog: SessionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0
        self._select_after_load: str | None = None
        self._stale = False
        self.model = ProgrammeModel(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)  # a long event title must not widen the window
        self.banner = QLabel()
        self.banner.setObjectName("overlapBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(warning_style(padding=4))
        self.banner.hide()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.empty_hint = show_when_empty(self.tree, "")
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)  # a sample, not every session
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.activated.connect(self._activated)
        ctx.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("&Add session…"))
        set_hint(self.new_button, self.tr("Add a session to the event's programme"))
        self.new_button.clicked.connect(self.new_session)
        self.edit_button = QPushButton(self.tr("Edit se&ssion…"))
        set_hint(self.edit_button, self.tr("Change the selected session (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button = QPushButton(self.tr("De&lete session"))
        set_hint(self.delete_button, self.tr(
            "Delete the selected session (Delete); Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_session)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_session)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.tree, 1)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def set_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        """Re-read the programme off the GUI thread; an answer overtaken by another is
        dropped."""
        self._generation += 1
        generation, event_id, services = self._generation, self.event_id, self.ctx.services
        if event_id is None:
            self._show(generation, None)
            return
        self.ctx.runner.start(lambda _p: read_programme(services, event_id),
                              on_success=if_alive(self, lambda p: self._show(generation, p)),
                              on_error=if_alive(self, lambda _m, _d: self._show(generation, None)))

    def _undo_index_changed(self, _index: int) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # caught up when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _show(self, generation: int, programme: Programme | None) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way (if_alive drops results for a closed view)
        selected = self.current_session()
        keep = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.programme = programme
        self.model.set_programme(programme, self._warnings(programme))
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.title.setText(self.tr("Programme of “{title}”").format(
            title=programme.event.title) if programme else self.tr("No event chosen"))
        self.empty_hint.set_text(self.tr(
            "No sessions yet. Add session… puts the first one in the programme.")
            if programme else self.tr("Choose an event to see its programme."))
        found = self.model.index_of(keep) if keep else QModelIndex()
        if found.isValid():
            self.tree.setCurrentIndex(found)
        self._update_buttons()

    def _warnings(self, programme: Programme | None) -> dict[str, list[str]]:
        """Tooltips per session and banner lines: room clashes, days outside the event."""
        per_session: dict[str, list[str]] = defaultdict(list)
        lines: list[str] = []
        for clash in programme.overlaps if programme else []:
            first, second = clash.first, clash.second
            lines.append(self.tr("2 sessions overlap in room {room} on {day}: “{first}” "
                                 "({first_time}) and “{second}” ({second_time}).").format(
                room=clash.room, day=format_date(first.start.date()), first=first.title,
                first_time=self._times(first), second=second.title,
                second_time=self._times(second)))
            for one, other in ((first, second), (second, first)):
                per_session[one.id].append(self.tr(
                    "Overlaps with “{other}” ({time}) in room {room}.").format(
                    other=other.title, time=self._times(other), room=clash.room))
        if programme:
            days = set(programme.event.days)
            outside = [s for s in programme.sessions if s.start.date() not in days]
            for session in outside:
                per_session[session.id].append(
                    self.tr("Falls outside the event's dates: move it to one of its days."))
            if outside:
                # %Ln: Qt picks the plural form of the language for the count.
                lines.append(self.tr("%Ln session(s) fall outside the event's dates.", "",
                                     len(outside)))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))
        return dict(per_session)

    @staticmethod
    def _times(session: SessionRecord) -> str:
        return format_time(session.start.time()) + "–" + format_time(session.end.time())

    # -- actions ---------------------------------------------------------------------------

    def current_session(self) -> SessionRecord | None:
        return self.model.session(self.tree.currentIndex())

    def current_day(self) -> dt.date | None:
        day = self.tree.currentIndex().data(DayRole)
        return day if isinstance(day, dt.date) else None

    def _update_buttons(self) -> None:
        has_session = self.current_session() is not None
        self.new_button.setEnabled(self.programme is not None)
        self.edit_button.setEnabled(has_session)
        self.delete_button.setEnabled(has_session)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.session(index) is not None:
            self.edit_session()
        elif self.programme is not None:
            self.new_session()  # Enter on a day: add a session on that day

    def new_session(self) -> None:
        if self.programme is not None:
            self._open(None)

    def edit_session(self) -> None:
        session = self.current_session()
        if session is not None and self.programme is not None:
            self._open(session)

    def _open(self, session: SessionRecord | None) -> None:
        programme = self.programme
        assert programme is not None
        day = self.current_day()
        day = day if day in programme.event.days else None
        self.dialog = SessionDialog(
            self.ctx, programme.event, session, self, day=day, sessions=programme.sessions,
            methodologies=programme.methodologies,
            facilitator_name=programme.facilitators.get(
                session.facilitator_id or "", "") if session else "")
        self.dialog.accepted.connect(self._saved)
        self.dialog.finished.connect(self.dialog.deleteLater)  # one dialog per edit
        self.dialog.open()

    def _saved(self) -> None:
        if self.dialog is not None and self.dialog.saved is not None:
            self._select_after_load = self.dialog.saved.id
        self.reload()

    def delete_session(self) -> None:
        session = self.current_session()
        if session is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete session"),
                          self.tr("Delete the session “{title}”?").format(title=session.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._delete(session))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _delete(self, session: SessionRecord) -> None:
        try:
            delete_session(self.ctx, session, self.tr("Delete session “{title}”").format(
                title=session.title))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete session"), render(exc.message))
        self.reload()
