"""The main window: sidebar of sections, current-event selector, File and Help menus, status bar.

It can be shown before its database is open (the app opens it after the first paint): until
``database_ready()`` the home page and every section say "Opening database…". Dialogs and
sections are imported when first used, so the window itself starts with little more than Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import APP_NAME, __version__
from ..domain.errors import UserError
from ..paths import logs_dir, user_data_dir
from .home_page import HomePage
from .i18n import format_date, render
from .icons import app_icon, icon, section_icon
from .sections import (
    ChangesData,
    ChangesEvents,
    FollowsEvent,
    PicksEvent,
    Reloads,
    available_sections,
)
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext
    from ..domain.progress import Progress
    from ..domain.records import DatabaseSummary, EventRecord, SessionRecord
    from ..services.container import Services
    from .help_dialog import HelpDialog
    from .preferences_dialog import PreferencesDialog

log = logging.getLogger(__name__)
DB_FILTER = "EC-NET databases (*.sqlite *.db);;All files (*)"
SHORTCUTS_PAGE, SYNCING_PAGE = 0, 1  # HelpDialog's pages, named here so it loads when asked for


@dataclass(frozen=True)
class Snapshot:
    """What the window shows, read on a worker thread (only immutable records cross over)."""

    summary: DatabaseSummary
    events: list[EventRecord]
    current: EventRecord | None
    sessions: list[SessionRecord]
    device_name: str


def read_snapshot(services: Services, wanted_event: str) -> Snapshot:
    events = services.events.list()
    current = next((e for e in events if e.id == wanted_event), None)
    if current is None and events:
        # Default to the event running now or next, else the latest one.
        from datetime import date

        today = date.today()
        upcoming = [e for e in events if e.end_date >= today]
        current = upcoming[0] if upcoming else events[-1]
    sessions = services.events.sessions_of(current.id) if current else []
    return Snapshot(services.summary.summary(), events, current, sessions,
                    services.replica.device_name())


class _Sections(dict[str, QWidget]):
    """The sections built so far, by key; asking for one not built yet builds it."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


def _import_section_modules() -> None:
    """Import the sections' modules (named <key>_view by convention), on a worker thread."""
    import importlib
    import importlib.util

    for section in available_sections():
        name = f"{__package__}.{section.key}_view"
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


class _Placeholder(QLabel):
    """Where a section will be: says the database is opening until the section is built."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("sectionPlaceholder")


class MainWindow(QMainWindow):
    # Emitted once, after the first paint: the app opens the database then, not before.
    first_painted = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._painted = False
        self._preloading = False  # see _preload_sections
        self._failed = False  # the database could not be opened (see database_failed)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self._generation = 0  # drops results of refreshes overtaken by a newer one
        self._device_name = ""  # from the last snapshot; settings until the first arrives
        self._filling = False
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        # Sized to the longest title in retranslate(); a scroll bar under it would hide nothing.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.home = HomePage()
        self.stack.addWidget(self.home)
        self.sidebar.addItem(QListWidgetItem(section_icon("home"), ""))  # titled in retranslate()
        # Built the first time they are shown or asked for: opening the window on a big database
        # builds no list it does not show (DESIGN.md section 10).
        self.sections: dict[str, QWidget] = _Sections(self._build_section)
        self._placeholders: dict[str, QWidget] = {}
        self._add_sections()
        # One rebuild for the several LanguageChange events of one switch (see changeEvent).
        self._relabel_timer = QTimer(self, singleShot=True, interval=0)
        self._relabel_timer.timeout.connect(self._relabel_sections)
        self._retired: list[QWidget] = []  # sections of the previous language, see _bury_retired
        ctx.runner.busy_changed.connect(self._bury_retired)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.event_label = QLabel()
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("eventSelector")
        self.event_combo.setMinimumContentsLength(60)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        self.event_combo.setEnabled(False)  # until the events have been read
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.event_label)
        self.toolbar.addWidget(self.event_combo)
        self.addToolBar(self.toolbar)

        self.device_status = QLabel()
        self.device_status.setObjectName("deviceStatus")
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        self.statusBar().addWidget(self.device_status)
        self.statusBar().addPermanentWidget(self.database_status)

        self._build_menus()
        self.retranslate()
        geometry = ctx.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self._enable_database_actions()
        if ctx.ready:
            self.database_ready()
        else:
            self.home.show_opening()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen, not from inside it.
            QTimer.singleShot(0, self.first_painted.emit)

    def database_ready(self) -> None:
        """The database is open (now, or before the window was built): fill the window."""
        self._failed = False
        self._enable_database_actions()
        self._show_row(self.sidebar.currentRow())  # builds the section shown meanwhile
        self.refresh()

    def database_failed(self) -> None:
        """Opening failed unexpectedly: say so; File → Open can still choose another one."""
        self._failed = True
        self._enable_database_actions()
        self.home.show_opening(failed=True)
        self._label_placeholders()
        self._update_status()

    def _enable_database_actions(self) -> None:
        # Commands that need the open database wait for it; opening another one does not.
        for action in (self.restore_action, self.preferences_action):
            action.setEnabled(self.ctx.ready)
        for action in (self.new_action, self.open_action, self.server_action, self.recent_action):
            action.setEnabled(self.ctx.ready or self._failed)

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(icon("new"), "", self,
                                  shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(icon("open"), "", self,
                                   shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.open_database_dialog)
        self.server_action = QAction(icon("open"), "", self)
        self.server_action.triggered.connect(self.connect_server_dialog)
        self.restore_action = QAction("", self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        # Ctrl+Q everywhere: the standard key is empty on Windows.
        self.quit_action = QAction(icon("quit"), "", self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_action = self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.server_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = self.ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.ctx.undo_stack.refused.connect(self.show_error)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action.setIcon(icon("redo"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.preferences_action = QAction(icon("preferences"), "", self,
                                          shortcut=QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.edit_menu.addAction(self.preferences_action)
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(icon("shortcuts"), "", self,
                                        shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(lambda: self.show_help(SHORTCUTS_PAGE))
        self.syncing_action = QAction(icon("help"), "", self)
        self.syncing_action.triggered.connect(lambda: self.show_help(SYNCING_PAGE))
        self.about_action = QAction(icon("about"), "", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.syncing_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_dialog: HelpDialog | None = None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EC-NET Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.server_action.setText(self.tr("Connect to a &server…"))
        self.restore_action.setText(self.tr("Restore from &backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.syncing_action.setText(self.tr("How &syncing works"))
        self.about_action.setText(self.tr("&About EC-NET Desktop"))
        # Status-bar hints: what each action does, shown while the pointer is on it.
        tips = {
            self.new_action: self.tr("Create a new, empty database file"),
            self.open_action: self.tr("Open another database file"),
            self.recent_action: self.tr("Open one of the databases used lately"),
            self.server_action: self.tr(
                "Work on the coordinators' shared PostgreSQL database instead of a file"),
            self.restore_action: self.tr(
                "Replace this database with one of the backups taken before imports"),
            self.quit_action: self.tr("Close EC-NET Desktop"),
            self.undo_action: self.tr("Undo the last change"),
            self.redo_action: self.tr("Redo the change just undone"),
            self.preferences_action: self.tr(
                "Language, name of this laptop, paper size, backups and retention"),
            self.shortcuts_action: self.tr("The keys that work in each part of the app"),
            self.syncing_action: self.tr("How laptops exchange data through workbooks"),
            self.about_action: self.tr("Version, data folder and log folder"),
        }
        for action, tip in tips.items():
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.sidebar.setStatusTip(self.tr("Choose a section"))
        self.event_label.setText(self.tr("Current &event:"))
        self.event_label.setBuddy(self.event_combo)
        self.event_combo.setToolTip(self.tr("The event that check-in, notes and reports use"))
        self.home.retranslate()
        if not self.ctx.ready:
            self.home.show_opening(failed=self._failed)
        self._label_placeholders()
        self.sidebar.item(0).setText(self.tr("Home"))
        for row in range(1, self.sidebar.count()):
            key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            spec = next(s for s in available_sections() if s.key == key)
            self.sidebar.item(row).setText(spec.title())
        self._fit_sidebar()
        self._update_status()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest section title of the chosen language (icon, padding)."""
        # The items' own size hints count the icon and the style sheet's padding.
        self.sidebar.ensurePolished()
        wanted = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 12
        self.sidebar.setFixedWidth(max(170, wanted))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._relabel_timer.start()
        super().changeEvent(event)

    # -- sections --------------------------------------------------------------------------

    def _add_sections(self) -> None:
        for placeholder in self._placeholders.values():  # of the previous language
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._placeholders.clear()
        for section in available_sections():
            item = QListWidgetItem(section_icon(section.key), section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
            placeholder = _Placeholder()
            self.stack.addWidget(placeholder)
            self._placeholders[section.key] = placeholder
        self._label_placeholders()
        self._fit_sidebar()

    def _label_placeholders(self) -> None:
        if self.ctx.ready:
            text = ""  # replaced by its section as soon as it is shown
        elif self._failed:
            text = self.tr("The database could not be opened. Use File → Open to choose one.")
        else:
            text = self.tr("Opening database…")
        for placeholder in self._placeholders.values():
            if isinstance(placeholder, QLabel):
                placeholder.setText(text)

    def _show_row(self, row: int) -> None:
        item = self.sidebar.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        # Sections read the database: until it is open the placeholder says so.
        if key and key not in self.sections and self.ctx.ready:
            self._build_section(str(key))
        self.stack.setCurrentIndex(row)

    def _build_section(self, key: str) -> QWidget:
        """Build a section in the place its placeholder held; it follows the current event."""
        spec = next((s for s in available_sections() if s.key == key), None)
        placeholder = self._placeholders.pop(key, None)
        if spec is None or spec.factory is None or placeholder is None:
            raise KeyError(key)
        widget = spec.factory(self.ctx)
        widget.setObjectName(f"section_{key}")
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, widget)
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        dict.__setitem__(self.sections, key, widget)
        self._connect_section(widget)
        if isinstance(widget, FollowsEvent) and hasattr(self, "event_combo"):
            widget.set_current_event(self.current_event_id())
        return widget

    def _connect_section(self, widget: QWidget) -> None:
        # Sections may say the person picked an event, or changed the list of events.
        if isinstance(widget, PicksEvent):
            widget.current_event_changed.connect(self.choose_event)
        if isinstance(widget, ChangesEvents):
            widget.events_changed.connect(self._data_changed)
        if isinstance(widget, ChangesData):
            widget.data_changed.connect(self._data_changed)

    def _relabel_sections(self) -> None:
        """Build the sections again in the new language (they set their texts when built).

        The current section and the current event stay as they were. The old sections are
        hidden, and deleted only once no background task runs: a result of theirs still on its
        way must find them alive.
        """
        current = self.sidebar.currentItem()
        key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.sidebar.blockSignals(True)
        for widget in self.sections.values():
            self.stack.removeWidget(widget)
            widget.hide()
            self._retired.append(widget)
        self.sections.clear()
        while self.sidebar.count() > 1:
            self.sidebar.takeItem(self.sidebar.count() - 1)
        self._add_sections()
        self.sidebar.blockSignals(False)
        self.sidebar.setCurrentRow(0)
        if key:
            self.show_section(str(key))
        self.refresh()  # tells the new sections the current event
        self._bury_retired(self.ctx.runner.busy)

    def _bury_retired(self, busy: bool) -> None:
        if busy or not self._retired:
            return
        retired, self._retired = self._retired, []
        for widget in retired:
            shiboken6.delete(widget)  # now, so no timer of theirs fires in between

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.ctx.services.database.label() if self.ctx.ready else ""
        recent = [r for r in self.ctx.settings.recent_databases() if r != current]
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
        for label in recent:
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _=False, p=label: self.open_label(p))

    # -- databases -------------------------------------------------------------------------

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(user_data_dir() / "event.sqlite"),
            self.tr(DB_FILTER), options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self, APP_NAME,
                self.tr("{path} already exists. Use File → Open to open it; "
                        "it has not been changed.").format(path=path),
            )
            return
        self.open_database(path)

    def open_database_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(user_data_dir()), self.tr(DB_FILTER)
        )
        if name:
            self.open_database(Path(name))

    def open_label(self, label: str) -> bool:
        """Open a remembered database: a file path, or a server URL."""
        if "://" in label:
            return self.open_database(url=label)
        return self.open_database(Path(label))

    def connect_server_dialog(self) -> None:
        url, ok = QInputDialog.getText(
            self, self.tr("Connect to a server"),
            self.tr("Database URL, e.g. postgresql+psycopg://coordinator@hub.example.org/ecnet\n"
                    "(the password is read from ~/.pgpass or PGPASSWORD and never stored):"),
            text=self.ctx.settings.last_database if "://" in self.ctx.settings.last_database
            else "postgresql+psycopg://")
        if ok and url.strip():
            self.open_database(url=url.strip())

    def restore_backup(self) -> None:
        from .database_recovery import restore_from_app

        if restore_from_app(self, self.ctx):
            self._reload_sections()

    def open_database(self, path: Path | None = None, *, url: str | None = None) -> bool:
        """Switch to another database; a refused one leaves the current database open."""
        try:
            self.ctx.switch_database(path, url=url)
        except UserError as exc:
            QMessageBox.critical(self, APP_NAME, render(exc.message))
            return False
        if self._failed:  # the start-up database had failed: this one replaces it
            self.database_ready()
            return True
        self._reload_sections()
        return True

    def _reload_sections(self, skip: QObject | None = None) -> None:
        """Every built section reads its data again (``skip``: the one that changed it)."""
        for widget in self.sections.values():
            if isinstance(widget, Reloads) and widget is not skip:
                widget.reload()
        self.refresh()

    # -- first run and demo ----------------------------------------------------------------

    def first_run_if_needed(self) -> None:
        """The welcome, once: a dismissed welcome comes back at the next start."""
        from .first_run import DEMO, IMPORT, FirstRunDialog

        settings = self.ctx.settings
        if settings.first_run_done:
            return
        before = settings.language
        dialog = FirstRunDialog(self, settings.device_name, settings.language,
                                on_language=self.ctx.translators.apply)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            self.ctx.translators.apply(before or None)
            return
        settings.device_name = dialog.device_name()
        settings.language = dialog.language()
        self.ctx.services.replica.rename(dialog.device_name())
        settings.first_run_done = True
        settings.sync()
        if dialog.choice == DEMO:
            self.open_demo()
        elif dialog.choice == IMPORT and dialog.workbook is not None:
            self.import_workbook(dialog.workbook)
        else:
            self.refresh()

    def import_workbook(self, path: Path) -> None:
        """Show the Exchange section's import (preview first, nothing changes until Import)."""
        from .exchange_view import ExchangeSection

        section = self.sections["exchange"]
        assert isinstance(section, ExchangeSection)
        self.show_section("exchange")
        section.import_files([path])
        self.refresh()

    def show_section(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
                return

    def open_demo(self, path: Path | None = None) -> None:
        """Open the demo database, creating it in the background the first time."""
        target = path or user_data_dir() / "demo.sqlite"
        if not self.open_database(target) or self.ctx.services.events.any():
            return  # refused, or the demo was made before: just opened
        from ..services.demo import generate_demo

        database = self.ctx.services.database

        def work(progress: Progress) -> object:
            return generate_demo(database, size="M", seed=1, progress=progress)

        runner = ProgressRunner(self.ctx.runner, self, self.tr("Creating the demo…"))
        runner.start(work, on_success=if_alive(self, lambda _r: self.refresh()),
                     on_error=if_alive(self, self.show_error),
                     on_cancel=if_alive(self, self.refresh))

    # -- refresh ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what the window shows, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        if not self.ctx.ready:
            self._update_status()
            return
        services = self.ctx.services
        wanted = self.ctx.settings.current_event(services.database.label())
        self._update_status()
        self.ctx.runner.start(
            lambda _p: read_snapshot(services, wanted),
            # The window may be gone when the result arrives (closed, or a test ended).
            on_success=if_alive(self, lambda snap: self._show(generation, snap)),
            on_error=if_alive(self, self.show_error),
        )

    def _show(self, generation: int, snap: Snapshot) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way; this one is stale
        self._filling = True
        self.event_combo.clear()
        for event in snap.events:
            label = f"{event.title} — {event.host_town}, " + format_date(event.start_date)
            self.event_combo.addItem(label, event.id)
        if snap.current is not None:
            self.event_combo.setCurrentIndex(self.event_combo.findData(snap.current.id))
        self.event_combo.setEnabled(bool(snap.events))
        self._filling = False
        self.home.show_summary(snap.summary)
        self.home.show_event(snap.current, snap.sessions)
        for widget in self.sections.values():
            if isinstance(widget, FollowsEvent):
                widget.set_current_event(snap.current.id if snap.current else None)
        self._device_name = snap.device_name
        self._update_status()
        self._preload_sections()

    def _preload_sections(self) -> None:
        """Import the sections' modules (reportlab, openpyxl, charts) off the GUI thread.

        Once, after the window shows the database's figures: start-up itself never waits for
        them, and showing a section for the first time then only builds its widgets (importing
        reportlab or QtCharts there would hold the GUI thread for a third of a second).
        """
        if not self._preloading:
            self._preloading = True
            self.ctx.runner.start(lambda _p: _import_section_modules())

    def _data_changed(self) -> None:
        """An import or a merge changed data every section shows: reload them all."""
        self._reload_sections(skip=self.sender())

    def _event_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.choose_event(str(self.event_combo.itemData(index)))

    def choose_event(self, event_id: str) -> None:
        """Make an event the current one, wherever it was picked; remembered per database."""
        if not event_id:
            return
        self.ctx.settings.set_current_event(self.ctx.services.database.label(), event_id)
        self.refresh()

    def current_event_id(self) -> str | None:
        data = self.event_combo.currentData()
        return str(data) if data else None

    def _update_status(self) -> None:
        name = self._device_name or self.ctx.settings.device_name
        self.device_status.setText(self.tr("Device: {name}").format(name=name or "—"))
        if self.ctx.ready:
            status = self.tr("Database: {path}").format(path=self.ctx.services.database.label())
        elif self._failed:
            status = self.tr("Database: {path} (could not be opened)").format(
                path=self.ctx.opening)
        else:
            status = self.tr("Database: {path} (opening…)").format(path=self.ctx.opening)
        self.database_status.setText(status)

    # -- help, errors, closing -------------------------------------------------------------

    def show_about(self) -> None:
        from html import escape

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            self.tr("About EC-NET Desktop"),
            self.tr(
                "<h3>EC-NET Desktop {version}</h3>"
                "<p>Offline registration, check-in, notes and interviews for the events of "
                "the European Citizenship Network of Towns (EC-NET).</p>"
                "<p>Database: {database}<br>Device: {device}</p>"
                "<p>Data folder: {data}<br>Log folder: {logs}</p>"
                "<p>Qt {qt}, Qt for Python (PySide6) {pyside}</p>"
            ).format(version=__version__,
                     database=escape(self.ctx.services.database.label() if self.ctx.ready
                                     else self.ctx.opening),
                     device=escape(self._device_name or self.ctx.settings.device_name or "—"),
                     data=escape(str(user_data_dir())), logs=escape(str(logs_dir())),
                     qt=qVersion(), pyside=pyside_version),
        )

    def show_help(self, page: int = SHORTCUTS_PAGE) -> HelpDialog:
        """The help window (non-modal, one instance), opened at ``page``."""
        from .help_dialog import HelpDialog

        if self.help_dialog is None:
            actions = [self.new_action, self.open_action, self.quit_action, self.undo_action,
                       self.redo_action, self.preferences_action, self.shortcuts_action]
            self.help_dialog = HelpDialog(self, actions)
        self.help_dialog.show_page(page)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def show_preferences(self) -> PreferencesDialog:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._preferences_applied)
        dialog.open()
        return dialog

    def _preferences_applied(self) -> None:
        # The number of backups kept applies to the open database at once.
        self.ctx.services.database.keep_backups = self.ctx.settings.backups_kept
        self.refresh()

    def show_error(self, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=self)
        if details:
            box.setDetailedText(details)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_geometry(self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)

