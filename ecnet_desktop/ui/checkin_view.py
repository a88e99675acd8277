"""The Check-in section: the desk (search, Enter, badge scan, walk-ins, live counters, Ctrl+Z)
and, in a second tab, the attendance matrix for marking signed paper sheets."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import badges
from ..domain.enums import RegistrationRole, RegistrationStatus
from ..domain.errors import UserError
from ..domain.records import EventRecord, PersonRecord, SessionRecord
from ..services.checkin import CheckinResult, CheckinService, DeskRow, SessionCounters
from .attendance_matrix import AttendanceMatrixView, checkin_service
from .country_combo import localised_name
from .i18n import enum_label, format_date, format_time, render, sort_language
from .palette import is_dark
from .record_model import Column, IdRole, RecordRole, RecordTableModel
from .tasks import if_alive
from .tones import text_style, tone, tone_color, warning_style
from .undo import push
from .walkin_dialog import WalkinDialog

if TYPE_CHECKING:
    from ..app import AppContext

translate = QCoreApplication.translate  # named so that pyside6-lupdate finds the calls
Index = QModelIndex | QPersistentModelIndex

DEBOUNCE_MS = 30  # a keystroke's search starts this soon after typing pauses
SEARCH_LIMIT = 50
LIST_LIMIT = 400  # with nothing typed: the event's registered people


def local_time(moment: dt.datetime | None) -> str:
    """A stored (naive UTC) time as the laptop's clock shows it."""
    if moment is None:
        return ""
    return format_time(moment.replace(tzinfo=dt.UTC).astimezone().time())


def country_text(code: str) -> str:
    return localised_name(code) if code else ""


def _enum(enum: Any, value: str) -> str:
    try:
        return enum_label(enum(value))
    except ValueError:
        return value  # a value from a newer app version: shown as stored


def session_label(session: SessionRecord) -> str:
    day = format_date(session.start.date(), weekday=True)
    when = f"{day} {format_time(session.start.time())}–{format_time(session.end.time())}"
    return " · ".join(x for x in (when, session.title, session.room) if x)


# -- the results model --------------------------------------------------------------------------


def _registration(row: DeskRow) -> str:
    if row.registered:
        return _enum(RegistrationRole, row.role)
    if row.status:
        return translate("DeskModel", "{role}, {status}").format(
            role=_enum(RegistrationRole, row.role), status=_enum(RegistrationStatus, row.status))
    return translate("DeskModel", "not registered")


DESK_COLUMNS: tuple[tuple[Callable[[], str], Callable[[DeskRow], str]], ...] = (
    (lambda: "", lambda r: "✓ " + local_time(r.checked_at) if r.present else ""),
    (lambda: translate("DeskModel", "Name"),
     lambda r: ", ".join(x for x in (r.person.family_name, r.person.given_name) if x)),
    (lambda: translate("DeskModel", "Organisation"), lambda r: r.person.organisation_name),
    (lambda: translate("DeskModel", "Town"), lambda r: r.person.town),
    (lambda: translate("DeskModel", "Country"), lambda r: country_text(r.person.country)),
    (lambda: translate("DeskModel", "Registration"), _registration),
)
NAME_COLUMN = 1


class DeskModel(QAbstractTableModel):
    """The people a search found; present people carry a ✓ and a green row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeskRow] = []
        self.text = ""  # the search these rows answer

    def set_rows(self, text: str, rows: list[DeskRow]) -> None:
        self.beginResetModel()
        self.text = text
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> DeskRow:
        return self._rows[number]

    def rows(self) -> list[DeskRow]:
        return list(self._rows)

    def mark(self, person_id: str, present: bool, at: dt.datetime | None = None) -> None:
        """Show a check-in (or its undo) at once, before the next search reads it back."""
        for number, row in enumerate(self._rows):
            if row.person.id == person_id:
                self._rows[number] = DeskRow(row.person, row.registered or present, present,
                                             row.role or RegistrationRole.PARTICIPANT.value,
                                             row.status, at if present else None)
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(DESK_COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DESK_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return DESK_COLUMNS[index.column()][1](row)
        if role == RecordRole:
            return row
        if role == IdRole:
            return row.person.id
        if role == Qt.ItemDataRole.BackgroundRole and row.present:
            return QBrush(tone_color("present_bg"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.present:
                return QBrush(tone_color("present_fg"))
            if not row.registered:
                return QBrush(tone_color("other_fg"))
        if role == Qt.ItemDataRole.FontRole and (index.column() == NAME_COLUMN or (row.present
                                                  and index.column() == 0)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.present:
                return translate("DeskModel", "Checked in at {time}").format(
                    time=local_time(row.checked_at))
            return None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(DESK_COLUMNS)):
            return DESK_COLUMNS[section][0]()
        return None


COUNTRY_COLUMNS: list[Column[tuple[str, int]]] = [
    Column(lambda: translate("CheckinDesk", "Country"),
           lambda c: country_text(c[0]) or translate("CheckinDesk", "unknown")),
    Column(lambda: translate("CheckinDesk", "Present"), lambda c: QLocale().toString(c[1]),
           lambda c: c[1], align_right=True),
]


# -- the banner ---------------------------------------------------------------------------------

BANNER_STYLES = {
    # (background, border, text): strong enough to read from a step back from the laptop.
    "idle": ("#f4f5f7", "#c9ced6", "#3c4043"),
    "success": ("#d8f0dc", "#2e7d32", "#123d17"),
    "info": ("#dcebf7", "#1565c0", "#0d3460"),
    "warning": ("#fff1c9", "#b38600", "#4d3900"),
    "error": ("#fbdadc", "#c62828", "#5c0a0e"),
}
DARK_BANNER_STYLES = {
    # The same signals on a dark palette: a dim tint, a bright border, light text.
    "idle": ("#34373c", "#5a5e65", "#e6e6e6"),
    "success": ("#1f3a24", "#4caf50", "#c8f0cc"),
    "info": ("#1a2f47", "#5c9ae6", "#d2e6fb"),
    "warning": ("#463a12", "#d4a72c", "#ffe9a8"),
    "error": ("#4a1d20", "#ef5350", "#ffd0d3"),
}


class Banner(QLabel):
    """The line the facilitator reads after each Enter: who, from where, and what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind = "idle"
        self.plain = ""  # the message without markup, for tests and screen readers

    def show_message(self, kind: str, headline: str, details: str = "") -> None:
        self.kind = kind
        self.plain = " — ".join(x for x in (headline, details) if x)
        styles = DARK_BANNER_STYLES if is_dark(self.palette()) else BANNER_STYLES
        background, border, colour = styles[kind]
        self.setStyleSheet(
            f"QLabel#checkinBanner {{ background: {background}; color: {colour}; "
            f"border: 2px solid {border}; border-left: 12px solid {border}; "
            "border-radius: 6px; padding: 10px 16px; }")
        size = "22pt" if kind != "idle" else "13pt"
        text = f"<div style='font-size:{size}; font-weight:600'>{html.escape(headline)}</div>"
        if details:
            text += f"<div style='font-size:14pt; margin-top:4px'>{html.escape(details)}</div>"
        self.setText(text)
        self.setAccessibleDescription(self.plain)


# -- the desk -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskSetup:
    """What the desk needs for an event, read off the GUI thread."""

    event: EventRecord
    sessions: list[SessionRecord]
    default_session_id: str | None


class CheckinDesk(QWidget):
    """Search box that keeps the focus, results on every keystroke, Enter checks in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_record: EventRecord | None = None
        self.event_id: str | None = None
        self._search_generation = 0
        self._counter_generation = 0
        self._setup_generation = 0
        self._searching = False
        self._enter_pending = False
        self._filling = False
        self.walkin_dialog: WalkinDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("deskHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.session_label = QLabel()
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("sessionPicker")
        self.session_combo.setMinimumContentsLength(30)
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self.session_label.setBuddy(self.session_combo)
        self.walkin_button = QPushButton()
        self.walkin_button.setObjectName("walkinButton")
        self.walkin_button.clicked.connect(self.open_walkin)

        self.banner = Banner()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("deskSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(54)
        self.search_edit.setStyleSheet(
            "QLineEdit#deskSearch { font-size: 20pt; padding: 4px 10px; "
            f"border: 2px solid {tone('accent')}; border-radius: 6px; }}")
        self.search_edit.textChanged.connect(self._text_changed)
        self.search_edit.installEventFilter(self)

        self.model = DeskModel(self)
        self.table = QTableView()
        self.table.setObjectName("deskResults")
        self.table.setModel(self.model)
        # The search box keeps the focus: the arrows there move through these rows.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setStyleSheet(
            "QTableView#deskResults { font-size: 12pt; }"
            "QTableView#deskResults::item:selected { background: #1565c0; color: white; }")
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Name and organisation share what the window has; the rest keep a readable width,
        # so nothing hides behind a horizontal scroll bar on a small laptop screen.
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 82), (3, 110), (4, 100), (5, 120)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.check_in_row(index.row()))

        self.counts_title = QLabel()
        self.counts_title.setStyleSheet("font-weight: 600;")
        self.present_label = QLabel()
        self.present_label.setObjectName("presentCount")
        self.present_label.setTextFormat(Qt.TextFormat.RichText)
        self.split_label = QLabel()
        self.split_label.setObjectName("localInternational")
        self.split_label.setWordWrap(True)
        self.split_label.setTextFormat(Qt.TextFormat.RichText)
        self.split_label.setStyleSheet("font-size: 12pt;")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("oneThirdWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            warning_style() + " border-radius: 4px; font-weight: 600;")
        self.warning_label.hide()
        self.countries = RecordTableModel(COUNTRY_COLUMNS, self)
        self.country_table = QTableView()
        self.country_table.setObjectName("countryCounts")
        self.country_table.setModel(self.countries)
        self.country_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.country_table.verticalHeader().hide()
        self.country_table.horizontalHeader().setStretchLastSection(False)
        self.country_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.country_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.country_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        counters = QFrame()
        counters.setObjectName("countersPanel")
        counters.setFrameShape(QFrame.Shape.StyledPanel)
        counters.setFixedWidth(270)
        panel = QVBoxLayout(counters)
        panel.addWidget(self.counts_title)
        panel.addWidget(self.present_label)
        panel.addWidget(self.split_label)
        panel.addWidget(self.warning_label)
        panel.addWidget(self.country_table, 1)

        self.hint = QLabel()
        self.hint.setObjectName("deskHint")
        self.hint.setStyleSheet(text_style("secondary"))
        self.hint.setWordWrap(True)

        self.heading.setWordWrap(True)
        picker = QHBoxLayout()
        picker.addWidget(self.session_label)
        picker.addWidget(self.session_combo, 1)
        picker.addWidget(self.walkin_button)
        results = QVBoxLayout()
        results.addWidget(self.search_edit)
        results.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(results, 1)
        body.addWidget(counters)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(picker)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.search_now)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(60)
        self.refresh_timer.timeout.connect(self.refresh)
        # Edits anywhere (Edit → Undo included) change who is present: read again.
        ctx.undo_stack.indexChanged.connect(self._stack_changed)
        self.setTabOrder(self.search_edit, self.session_combo)
        self.setTabOrder(self.session_combo, self.walkin_button)
        self.retranslate()
        self._show_setup(None)

    @property
    def service(self) -> CheckinService:
        return checkin_service(self.ctx)

    def _stack_changed(self, _index: int) -> None:
        self.refresh_timer.start()

    def retranslate(self) -> None:
        self.session_label.setText(self.tr("&Session:"))
        self.walkin_button.setText(self.tr("&Walk-in…"))
        self.walkin_button.setToolTip(self.tr("Register someone who is not in the list and "
                                              "check them in (Ctrl+N)"))
        self.search_edit.setPlaceholderText(
            self.tr("Type a name, organisation or town — or scan a badge"))
        self.counts_title.setText(self.tr("This session"))
        self.hint.setText(self.tr(
            "Enter: check in the highlighted person   ·   ↑ ↓: choose   ·   Ctrl+Z: undo the "
            "last check-in   ·   Ctrl+N: walk-in   ·   Esc: clear"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- event and session -----------------------------------------------------------------

    def set_event(self, event_id: str | None) -> None:
        if event_id != self.event_id:
            self.event_id = event_id
            self.event_record = None
            self.model.set_rows("", [])
            self.search_edit.clear()
            self.banner_idle()
        self.reload()

    def reload(self) -> None:
        """Read the event and its sessions again (keeping the chosen session), then refresh."""
        self._setup_generation += 1
        generation, event_id = self._setup_generation, self.event_id
        if event_id is None:
            self._show_setup(None)
            return
        service, events = self.service, self.ctx.services.events
        now = dt.datetime.now()

        def work(_p: object) -> DeskSetup:
            default = service.default_session(event_id, now)
            return DeskSetup(events.get(event_id), events.sessions_of(event_id),
                             default.id if default else None)

        self.ctx.runner.start(
            work, on_success=if_alive(self, lambda r: self._setup_loaded(generation, r)),
            on_error=if_alive(self, lambda m, _d: self._setup_failed(generation, m)))

    def _setup_loaded(self, generation: int, setup: DeskSetup) -> None:
        if generation == self._setup_generation:
            self._show_setup(setup)

    def _setup_failed(self, generation: int, message: str) -> None:
        # E.g. the event was deleted, or the database switched under it.
        if generation == self._setup_generation:
            self._show_setup(None)
            self.banner.show_message("error", message)

    def _show_setup(self, setup: DeskSetup | None) -> None:
        chosen = self.session_id()
        same_event = setup is not None and self.event_record is not None and (
            setup.event.id == self.event_record.id)
        self.event_record = setup.event if setup else None
        self._filling = True
        self.session_combo.clear()
        for session in setup.sessions if setup else []:
            self.session_combo.addItem(session_label(session), session.id)
        keep = chosen if same_event else None
        wanted = keep if keep and self.session_combo.findData(keep) >= 0 else (
            setup.default_session_id if setup else None)
        self.session_combo.setCurrentIndex(max(self.session_combo.findData(wanted), 0)
                                           if wanted else -1)
        self._filling = False
        ready = bool(setup and setup.sessions)
        for widget in (self.search_edit, self.session_combo, self.walkin_button):
            widget.setEnabled(ready)
        if setup is None:
            self.heading.setText(self.tr("No event chosen"))
            self.banner.show_message("idle", self.tr(
                "Choose the current event in the toolbar to check people in."))
        else:
            event = setup.event
            place = ", ".join(x for x in (event.host_town, country_text(event.country)) if x)
            self.heading.setText(self.tr("{title} — {place}").format(
                title=event.title, place=place or "—"))
            if not setup.sessions:
                self.banner.show_message("warning", self.tr("This event has no sessions yet."),
                                         self.tr("Add its programme in the Events section."))
            elif not same_event or self.banner.kind == "idle":
                self.banner_idle()
        if ready:
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    def session_id(self) -> str | None:
        data = self.session_combo.currentData()
        return str(data) if data else None

    def set_session(self, session_id: str) -> None:
        index = self.session_combo.findData(session_id)
        if index >= 0:
            self.session_combo.setCurrentIndex(index)

    def _session_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self.banner_idle()
        self.refresh()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Search again for the typed text and read the counters again."""
        self.refresh_timer.stop()
        self.search_now()
        self.load_counters()

    # -- search ----------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        if badges.looks_like_badge(text):
            # A scanner is typing a badge code: searching for it would only flicker.
            self.search_timer.stop()
            return
        self.search_timer.start()

    def search_now(self) -> None:
        self.search_timer.stop()
        self._search_generation += 1
        generation = self._search_generation
        text = self.search_edit.text()
        event_id, session_id = self.event_id, self.session_id()
        if event_id is None or self.event_record is None or badges.looks_like_badge(text):
            self._searching = False
            if event_id is None or self.event_record is None:
                self.model.set_rows(text, [])
            return
        self._searching = True
        service = self.service
        limit = SEARCH_LIMIT if text.strip() else LIST_LIMIT
        language = sort_language()
        self.ctx.runner.start(
            lambda _p: service.search(event_id, session_id, text, limit=limit,
                                      language=language),
            on_success=if_alive(self, lambda rows: self._found(generation, text, rows)),
            on_error=if_alive(self, lambda m, _d: self._search_failed(generation, m)))

    def _found(self, generation: int, text: str, rows: list[DeskRow]) -> None:
        if generation != self._search_generation:
            return  # the person typed on: a newer search is running
        self._searching = False
        self.model.set_rows(text, rows)
        if rows and text.strip():
            self.table.selectRow(0)
            self.table.scrollToTop()
        if self._enter_pending:
            self._enter_pending = False
            self.enter()

    def _search_failed(self, generation: int, message: str) -> None:
        if generation == self._search_generation:
            self._searching = False
            self._enter_pending = False
            self.banner.show_message("error", message)

    def _results_current(self) -> bool:
        return (not self._searching and not self.search_timer.isActive()
                and self.model.text == self.search_edit.text())

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.selected_row()
        target = 0 if current < 0 else min(max(current + step, 0), count - 1)
        self.table.selectRow(target)
        self.table.scrollTo(self.model.index(target, 0))

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and self._desk_key(event):
                # Take Ctrl+Z, Ctrl+N… from the line edit and the window: here they mean the
                # desk's undo and walk-in, handled on the key press below.
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and self._key(event):
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _desk_key(event: QKeyEvent) -> bool:
        return (event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.matches(QKeySequence.StandardKey.New)
                or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z"))

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.ctx.undo_stack.undo()
        elif (event.matches(QKeySequence.StandardKey.Redo)
              or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")):
            self.ctx.undo_stack.redo()
        elif event.matches(QKeySequence.StandardKey.New):
            self.open_walkin()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter()
        elif key == Qt.Key.Key_Down:
            self.move_selection(1)
        elif key == Qt.Key.Key_Up:
            self.move_selection(-1)
        elif key == Qt.Key.Key_PageDown:
            self.move_selection(10)
        elif key == Qt.Key.Key_PageUp:
            self.move_selection(-10)
        elif key == Qt.Key.Key_Escape and self.search_edit.text():
            self.search_edit.clear()
        else:
            return False
        return True

    # -- checking in -----------------------------------------------------------------------

    def enter(self) -> None:
        """Enter in the search box: scan a badge, or check in the highlighted person."""
        text = self.search_edit.text().strip()
        session_id = self.session_id()
        if self.event_id is None or session_id is None:
            return
        if badges.looks_like_badge(text):
            self.scan(text)
            return
        if not self._results_current():
            # Typed faster than the search answered: check in once the answer is here.
            self._enter_pending = True
            self.search_now()
            return
        row = self.selected_row()
        if row < 0 and text and self.model.rowCount():
            row = 0
        if row >= 0:
            self.check_in_row(row)
        elif text:
            self.banner.show_message(
                "warning", self.tr("Nobody found for “{text}”.").format(text=text),
                self.tr("Check the spelling, or press Ctrl+N to register a walk-in."))

    def check_in_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.check_in_person(self.model.row(row).person.id)

    def check_in_person(self, person_id: str, method: str = "desk") -> CheckinResult | None:
        session_id = self.session_id()
        if self.event_id is None or session_id is None:
            return None
        try:
            result = self.service.check_in(self.event_id, session_id, person_id,
                                           method=method)
        except UserError as exc:
            self.banner.show_message("error", render(exc.message))
            return None
        self._record(result)
        return result

    def scan(self, payload: str) -> None:
        session_id = self.session_id()
        if self.event_id is None or session_id is None:
            return
        try:
            result = self.service.scan(self.event_id, session_id, payload)
        except UserError as exc:
            self.banner.show_message("error", render(exc.message))
            self.search_edit.clear()
            return
        if result.checkin is None:
            self.banner.show_message("error", self.tr("Badge not accepted"),
                                     render(result.message))
            self.search_edit.clear()
            return
        self._record(result.checkin)

    def _record(self, result: CheckinResult) -> None:
        """Show the check-in; make it undoable unless it changed nothing."""
        self.search_edit.clear()
        if result.already_present:
            self._show_checked_in(result)
            return
        service = self.service
        first = [result]

        def do() -> CheckinResult:
            if first:
                return first.pop()  # done already, above
            again = service.check_in(result.event_id, result.session_id, result.person.id,
                                     method=result.method)
            if_alive(self, self._show_checked_in)(again)
            return again

        def undo(done: CheckinResult) -> None:
            service.undo_check_in(done)
            if_alive(self, self._show_undone)(done)

        push(self.ctx.undo_stack,
             self.tr("Check in {name}").format(name=result.person.full_name), do, undo)
        self._show_checked_in(result)

    def _show_checked_in(self, result: CheckinResult) -> None:
        person = result.person
        where = self._where(person)
        if result.already_present:
            self.banner.show_message(
                "info", self.tr("{name} is already checked in").format(name=person.full_name),
                self.tr("{where} — since {time}").format(
                    where=where, time=local_time(result.attendance.checked_at))
                if where else self.tr("since {time}").format(
                    time=local_time(result.attendance.checked_at)))
        else:
            details = where
            if result.registration_changed:
                details = self.tr("{where} — now registered for this event").format(
                    where=where) if where else self.tr("now registered for this event")
            self.banner.show_message("success", "✓ " + person.full_name, details)
        if result.session_id == self.session_id():
            self.model.mark(person.id, True, result.attendance.checked_at)
        self.load_counters()

    def _show_undone(self, result: CheckinResult) -> None:
        self.banner.show_message(
            "warning", self.tr("Check-in of {name} undone").format(name=result.person.full_name),
            self.tr("Press Ctrl+Shift+Z to check them in again."))
        if result.session_id == self.session_id():
            self.model.mark(result.person.id, False)
        self.load_counters()

    @staticmethod
    def _where(person: PersonRecord) -> str:
        return " · ".join(x for x in (person.organisation_name, person.town,
                                      country_text(person.country)) if x)

    def banner_idle(self) -> None:
        self.banner.show_message("idle", self.tr(
            "Type a name, organisation or town, or scan a badge. Enter checks in."))

    def _failed(self, message: str) -> None:
        self.banner.show_message("error", message)

    # -- walk-ins --------------------------------------------------------------------------

    def open_walkin(self) -> WalkinDialog | None:
        session_id = self.session_id()
        if self.event_record is None or session_id is None:
            return None
        typed = self.search_edit.text().strip()
        dialog = WalkinDialog(self.ctx, self.service, self.event_record, session_id, self,
                              typed="" if badges.looks_like_badge(typed) else typed)
        dialog.finished.connect(lambda _code: self._walkin_closed(dialog))
        self.walkin_dialog = dialog
        dialog.open()
        return dialog

    def _walkin_closed(self, dialog: WalkinDialog) -> None:
        if dialog.existing is not None:
            self.check_in_person(dialog.existing.id)
        elif dialog.result_checkin is not None:
            self.search_edit.clear()
            self._show_checked_in(dialog.result_checkin)
            self.refresh()
        self.walkin_dialog = None
        dialog.deleteLater()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- counters --------------------------------------------------------------------------

    def load_counters(self) -> None:
        self._counter_generation += 1
        generation, session_id = self._counter_generation, self.session_id()
        if session_id is None:
            self._show_counters(None)
            return
        service = self.service
        self.ctx.runner.start(
            lambda _p: service.counters(session_id),
            on_success=if_alive(self, lambda c: self._counted(generation, c)),
            on_error=if_alive(self, lambda m, _d: self._failed(m)))

    def _counted(self, generation: int, counters: SessionCounters) -> None:
        if generation == self._counter_generation:
            self._show_counters(counters)

    def _show_counters(self, counters: SessionCounters | None) -> None:
        locale = QLocale()
        if counters is None:
            self.present_label.setText("")
            self.split_label.setText("")
            self.warning_label.hide()
            self.countries.set_records([])
            return
        # Markup stays out of the translated text: translators see words only.
        self.present_label.setText(
            "<span style='font-size:34pt; font-weight:700; color:{green}'>{present}</span>"
            "<span style='font-size:16pt; color:{grey}'> / {registered}</span>"
            "<br><span style='color:{grey}'>{caption}</span>".format(
                green=tone("success"), grey=tone("secondary"),
                present=locale.toString(counters.present),
                registered=locale.toString(counters.registered),
                caption=html.escape(self.tr("present / registered"))))
        share = round(counters.international_share * 100)
        self.split_label.setText("{local}<br>{international}".format(
            local=html.escape(self.tr("Local: {count}").format(
                count=locale.toString(counters.local))),
            international=html.escape(self.tr("International: {count} ({share} %)").format(
                count=locale.toString(counters.international),
                share=locale.toString(share)))))
        self.warning_label.setText(self.tr(
            "⚠ International participants are below one third of those present "
            "({international} of {present}). The grant counts this event as international "
            "only with at least one third from abroad.").format(
            international=locale.toString(counters.international),
            present=locale.toString(counters.present)))
        self.warning_label.setVisible(counters.below_one_third)
        self.countries.set_records(list(counters.per_country))


# -- the section --------------------------------------------------------------------------------


class CheckinSection(QWidget):
    """The Check-in section of the main window: the desk and the attendance matrix."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.desk = CheckinDesk(ctx)
        self.matrix = AttendanceMatrixView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("checkinTabs")
        self.tabs.addTab(self.desk, "")
        self.tabs.addTab(self.matrix, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Desk"))
        self.tabs.setTabText(1, self.tr("Attendance &matrix"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.desk.retranslate()
        super().changeEvent(event)

    def set_current_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.desk.set_event(event_id)
        self.matrix.set_event(event_id)

    def reload(self) -> None:
        """Read everything again (after the database was switched)."""
        self.desk.reload()
        self.matrix.reload()

    def _tab_changed(self, index: int) -> None:
        # Each tab shows what the other changed meanwhile.
        if self.tabs.widget(index) is self.matrix:
            self.matrix.reload()
        else:
            self.desk.refresh()
            self.desk.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
