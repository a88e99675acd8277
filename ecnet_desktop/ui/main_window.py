"""The main window: sidebar of sections, current-event selector, File and Help menus, status bar."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
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
from ..domain.progress import Progress
from ..domain.records import DatabaseSummary, EventRecord, SessionRecord
from ..paths import user_data_dir
from .first_run import FirstRunDialog
from .home_page import HomePage
from .i18n import format_date, render
from .sections import available_sections
from .tasks import ProgressRunner

if TYPE_CHECKING:
    from ..app import AppContext
    from ..services.container import Services

log = logging.getLogger(__name__)
DB_FILTER = "EC-NET databases (*.sqlite *.db);;All files (*)"


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


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self._generation = 0  # drops results of refreshes overtaken by a newer one
        self._device_name = ""  # from the last snapshot; settings until the first arrives
        self._filling = False
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.home = HomePage()
        self.stack.addWidget(self.home)
        self.sidebar.addItem(QListWidgetItem())  # "Home", titled in retranslate()
        self.sections: dict[str, QWidget] = {}
        for section in available_sections():
            assert section.factory is not None
            widget = section.factory(ctx)
            widget.setObjectName(f"section_{section.key}")
            item = QListWidgetItem(section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(widget)
            self.sections[section.key] = widget
            # Sections may say the person picked an event, or changed the list of events.
            chosen = getattr(widget, "current_event_changed", None)
            if chosen is not None:
                chosen.connect(self.choose_event)
            for name in ("events_changed", "data_changed"):
                changed = getattr(widget, name, None)
                if changed is not None:
                    changed.connect(self._data_changed)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
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
        self.event_combo.setMinimumContentsLength(45)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
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
        self.refresh()

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.open_database_dialog)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_action = self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = self.ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.ctx.undo_stack.refused.connect(self.show_error)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EC-NET Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About EC-NET Desktop"))
        self.event_label.setText(self.tr("Current &event: "))
        self.event_label.setBuddy(self.event_combo)
        self.event_combo.setToolTip(self.tr("The event that check-in, notes and reports use"))
        self.home.retranslate()
        self.sidebar.item(0).setText(self.tr("Home"))
        for row in range(1, self.sidebar.count()):
            key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            spec = next(s for s in available_sections() if s.key == key)
            self.sidebar.item(row).setText(spec.title())
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.ctx.services.database.label()
        recent = [r for r in self.ctx.settings.recent_databases() if r != current]
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
        for label in recent:
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _=False, p=label: self.open_database(Path(p)))

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

    def open_database(self, path: Path) -> bool:
        """Switch to another database; a refused one leaves the current database open."""
        try:
            self.ctx.switch_database(path)
        except UserError as exc:
            QMessageBox.critical(self, APP_NAME, render(exc.message))
            return False
        for widget in self.sections.values():
            reload = getattr(widget, "reload", None)
            if reload is not None:
                reload()
        self.refresh()
        return True

    # -- first run and demo ----------------------------------------------------------------

    def first_run_if_needed(self) -> None:
        if self.ctx.settings.first_run_done:
            return
        dialog = FirstRunDialog(self, self.ctx.settings.device_name)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            return
        self.ctx.settings.device_name = dialog.device_name()
        self.ctx.services.replica.rename(dialog.device_name())
        self.ctx.settings.first_run_done = True
        self.ctx.settings.sync()
        if dialog.choice == "demo":
            self.open_demo()
        else:
            self.refresh()

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
        runner.start(work, on_success=lambda _r: self.refresh(), on_error=self.show_error,
                     on_cancel=self.refresh)

    # -- refresh ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what the window shows, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        services = self.ctx.services
        wanted = self.ctx.settings.current_event(services.database.label())
        self._update_status()
        self.ctx.runner.start(
            lambda _p: read_snapshot(services, wanted),
            on_success=lambda snap: self._show(generation, snap),
            on_error=self.show_error,
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
            follow = getattr(widget, "set_current_event", None)
            if follow is not None:
                follow(snap.current.id if snap.current else None)
        self._device_name = snap.device_name
        self._update_status()

    def _data_changed(self) -> None:
        """An import or a merge changed data every section shows: reload them all."""
        sender = self.sender()
        for widget in self.sections.values():
            reload = getattr(widget, "reload", None)
            if reload is not None and widget is not sender:
                reload()
        self.refresh()

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
        self.database_status.setText(
            self.tr("Database: {path}").format(path=self.ctx.services.database.label())
        )

    # -- help, errors, closing -------------------------------------------------------------

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(
            self,
            self.tr("About EC-NET Desktop"),
            self.tr(
                "<h3>EC-NET Desktop {version}</h3>"
                "<p>Offline registration, check-in, notes and interviews for the events of "
                "the European Citizenship Network of Towns (EC-NET).</p>"
                "<p>Database: {database}<br>Device: {device}<br>Qt for Python {qt}</p>"
            ).format(version=__version__, database=self.ctx.services.database.label(),
                     device=self.ctx.services.replica.device_name(), qt=pyside_version),
        )

    def show_error(self, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=self)
        if details:
            box.setDetailedText(details)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_geometry(self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)

