"""Composition root: builds the AppContext (settings, services, task runner) and the window.

At start the window is shown first and the database opened after its first paint, on a worker
thread: the integrity check, the migration check, a backup and SQLAlchemy's own import would
otherwise keep the person looking at nothing for a second on a big database (DESIGN.md 10).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORG_NAME, __version__
from .domain.errors import UserError
from .logging_setup import setup_logging
from .paths import default_database_path
from .ui.error_dialog import ErrorReporter
from .ui.i18n import Translators, render, translations_dir
from .ui.icons import app_icon
from .ui.palette import SystemPalette
from .ui.settings import Settings
from .ui.tasks import TaskRunner
from .ui.undo import UndoStack

if TYPE_CHECKING:
    from .domain.progress import Progress
    from .services.container import Services
    from .ui.main_window import MainWindow


FIRST_PAINT_WAIT_MS = 2000


class DatabaseNotOpen(RuntimeError):
    """ctx.services was asked for while the database is still being opened (a bug)."""


class AppContext:
    """Everything a view needs, passed explicitly (no global registries).

    ``services`` exists once the database is open; until then ``ready`` is False and
    ``opening`` names the database being opened (the window says so).
    """

    def __init__(self, settings: Settings, services: Services | None = None,
                 runner: TaskRunner | None = None, translators: Translators | None = None,
                 undo_stack: UndoStack | None = None, opening: str = "") -> None:
        self.settings = settings
        self._services = services
        self.runner = runner or TaskRunner()
        self.translators = translators or Translators()
        self.undo_stack = undo_stack or UndoStack()
        self.opening = opening

    @property
    def services(self) -> Services:
        if self._services is None:
            raise DatabaseNotOpen("the database is still being opened")
        return self._services

    @property
    def ready(self) -> bool:
        return self._services is not None

    def attach(self, services: Services) -> None:
        """The database opened in the background is ready: views may use it from now on."""
        self._services = services
        self.opening = ""
        self.settings.remember_database(services.database.reopen_label())

    def switch_database(self, path: Path | None = None, url: str | None = None) -> None:
        """Open another database; on failure the current one stays open (UserError raised)."""
        from .services.container import Services

        opened = Services.open(path, url=url, device_name=self.settings.device_name or None,
                               keep_backups=self.settings.backups_kept)
        old, self._services = self._services, opened
        self.opening = ""
        if old is not None:
            old.close()
        # Edits of the previous database cannot be undone in this one.
        self.undo_stack.clear()
        self.settings.remember_database(opened.database.reopen_label())

    def close(self) -> None:
        self.runner.cancel_all()
        self.runner.wait()
        if self._services is not None:
            self._services.close()
        self.settings.sync()


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ecnet-desktop")
    app.setWindowIcon(app_icon())
    return app


def _initial_database(
    args: argparse.Namespace, settings: Settings
) -> tuple[Path | None, str | None]:
    if args.database_url:
        return None, args.database_url
    if args.db:
        return Path(args.db), None
    last = settings.last_database
    if "://" in last:  # a coordinator's server, remembered without its password
        return None, last
    if last and Path(last).exists():
        return Path(last), None
    return default_database_path(), None


def open_services(path: Path | None, url: str | None, settings: Settings) -> Services:
    """Open (create, check, migrate) the database and build the services: slow on a big file."""
    from .services.container import Services

    return Services.open(path, url=url, device_name=settings.device_name or None,
                         keep_backups=settings.backups_kept)


def build_context(args: argparse.Namespace, settings: Settings | None = None) -> AppContext:
    """A context whose database is open already (command-line tools, tests, the smoke test)."""
    settings = settings or Settings()
    path, url = _initial_database(args, settings)
    context = AppContext(settings=settings, runner=TaskRunner())
    context.attach(open_services(path, url, settings))
    return context


def _opening_label(path: Path | None, url: str | None) -> str:
    """What the status bar names while opening: the path, or the URL with its password hidden
    (as Database.label() does, without importing SQLAlchemy before the window is shown)."""
    if path is not None:
        return str(path)
    parts = urlsplit(url or "")
    if parts.password is None:
        return url or ""
    user, host = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=f"{user.split(':', 1)[0]}:***@{host}"))


class DatabaseOpener(QObject):
    """Opens the start-up database on a worker thread once the window has been painted.

    A damaged file gets the recovery offer, then a second attempt; a refused database (too
    new, foreign, unreachable server) is reported and the app ends with exit code 1, as it
    did when the database was opened before the window; anything unexpected reaches the error
    dialog and the window stays, with File → Open to choose another database.
    """

    def __init__(self, ctx: AppContext, window: MainWindow, path: Path | None,
                 url: str | None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.path = path
        self.url = url
        self._begun = False
        self._unclaimed: list[Services] = []  # opened, not attached yet (see close_unclaimed)

    def begin(self) -> None:
        """Open the database, once: at the first paint, or by the fallback timer."""
        if not self._begun:
            self._begun = True
            self.start()

    def start(self) -> None:
        path, url, settings = self.path, self.url, self.ctx.settings

        def work(_progress: Progress) -> object:
            # Returned, not raised: the recovery offer needs the exception itself.
            try:
                opened = open_services(path, url, settings)
            except Exception as exc:  # noqa: BLE001 - every failure is handled in _done
                return exc
            self._unclaimed.append(opened)
            return opened

        self.ctx.runner.start(work, on_success=self._done)

    def _done(self, result: object) -> None:
        from .services.container import Services
        from .services.restore import DatabaseCorrupt
        from .ui.database_recovery import recover_or_raise

        if isinstance(result, Services):
            if result not in self._unclaimed:
                return  # closed by close_unclaimed: the app is ending
            self._unclaimed.remove(result)
            self.ctx.attach(result)
            self.window.database_ready()
            self.window.first_run_if_needed()
            return
        if isinstance(result, DatabaseCorrupt):
            # A damaged file: offer its latest good backup before giving up.
            if recover_or_raise(self.window, result.path, result):
                self.start()
            else:
                QApplication.exit(1)
            return
        if isinstance(result, UserError):
            QMessageBox.critical(self.window, APP_NAME, render(result.message))
            QApplication.exit(1)
            return
        self.window.database_failed()
        assert isinstance(result, BaseException)
        raise result  # the error dialog shows it (the reporter's excepthook)

    def close_unclaimed(self) -> None:
        """After the runner is idle: a database opened after the window was closed is closed
        cleanly too (its result never reached _done), so the next start finds no WAL left."""
        while self._unclaimed:
            self._unclaimed.pop().close()


@dataclass
class Started:
    """The running GUI: kept referenced for the life of the app (hooks, palette signal)."""

    app: QApplication
    ctx: AppContext
    window: MainWindow
    reporter: ErrorReporter
    palette: SystemPalette
    opener: DatabaseOpener


def start_gui(args: argparse.Namespace, settings: Settings | None = None,
              log_folder: Path | None = None) -> Started:
    """Show the main window at once; the database opens after its first paint."""
    from .ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    log_path = setup_logging(log_folder)
    reporter = ErrorReporter(app).install()
    palette = SystemPalette(app)
    logging.getLogger(__name__).info("log file %s; palette %s", log_path, palette.scheme)
    settings = settings or Settings()
    translators = Translators()
    translators.apply(args.lang or settings.language or None)
    path, url = _initial_database(args, settings)
    ctx = AppContext(settings=settings, runner=TaskRunner(), translators=translators,
                     opening=_opening_label(path, url))
    window = MainWindow(ctx)
    opener = DatabaseOpener(ctx, window, path, url)
    window.first_painted.connect(opener.begin)
    window.show()
    # A window that is never painted (started minimised, on a hidden desktop) still opens it.
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, opener.begin)
    return Started(app, ctx, window, reporter, palette, opener)


def run_gui(args: argparse.Namespace) -> int:
    started = start_gui(args)
    code = started.app.exec()
    started.ctx.close()
    started.opener.close_unclaimed()
    started.reporter.uninstall()
    return int(code)


def loaded_translations(language: str) -> list[str]:
    """The .qm files Translators.apply(language) finds: ours and Qt's own (for the smoke test)."""
    locale = QLocale(language)
    found = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("ecnet", translations_dir()), ("qtbase", qt_dir)):
        probe = QTranslator()
        if probe.load(locale, name, "_", folder):
            found.append(probe.filePath())
    return found


def smoke_test(args: argparse.Namespace) -> int:
    """Start the app on a temporary database, load a translation, open the dialogs, exit 0.

    It starts the way the app does (start_gui: window first, database in the background), so
    a bundle that lacks a module imported on the way fails here. The language defaults to
    Italian, so the bundle proves its translations ship with it.
    """
    from .services.demo import generate_demo
    from .ui.help_dialog import HelpDialog
    from .ui.preferences_dialog import PreferencesDialog

    language = args.lang or "it"
    with tempfile.TemporaryDirectory(prefix="ecnet-smoke-") as folder:
        settings = Settings(Path(folder) / "settings.ini")
        settings.first_run_done = True
        db = Path(folder) / "smoke.sqlite"
        # A small demo exercises the bundled word lists, the services and, below, printing.
        services = open_services(db, None, settings)
        try:
            generate_demo(services.database, size="S", seed=1)
        finally:
            services.close()
        started = start_gui(argparse.Namespace(db=db, database_url=None, lang=language),
                            settings, log_folder=Path(folder) / "logs")
        app, window, ctx = started.app, started.window, started.ctx
        files = loaded_translations(language)
        print(f"translation {language}: " + (", ".join(files) or "none found"))
        checks: dict[str, bool] = {}

        # The database opens and the window reads it in the background: wait for it (a busy
        # CI machine is slow), but not for ever.
        deadline = time.monotonic() + 30

        def check() -> None:
            counts = window.home.counts.text()
            if not any(ch.isdigit() for ch in counts) and time.monotonic() < deadline:
                QTimer.singleShot(100, check)
                return
            # Checked before quit(): in Qt 6, quit() closes the windows first.
            checks["visible"] = window.isVisible()
            checks["loaded"] = ctx.ready and any(ch.isdigit() for ch in counts)  # the demo's
            # English needs no file; any other language must have found one that translates.
            cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
            qt_ok = not any("qtbase_" in f for f in files) or cancel != "Cancel"
            checks["translation"] = (language == "en" or bool(files)) and qt_ok
            checks["icon"] = not app.windowIcon().isNull()
            checks["log"] = (Path(folder) / "logs").is_dir()
            if checks["loaded"]:
                help_dialog = HelpDialog(window)
                preferences = PreferencesDialog(ctx, window)
                checks["dialogs"] = (help_dialog.pages.count() == 2
                                     and preferences.language_combo.count() > 1)
                help_dialog.deleteLater()
                preferences.deleteLater()
                checks["printing"] = _smoke_print(ctx, Path(folder))
            app.quit()

        QTimer.singleShot(100, check)
        app.exec()
        ok = all(checks.values()) and len(checks) == 7
        window.close()
        ctx.close()
        started.opener.close_unclaimed()
        started.reporter.uninstall()
        logging.shutdown()
    failed = [name for name, passed in checks.items() if not passed]
    print("smoke test ok" if ok else f"smoke test FAILED: {', '.join(failed) or 'did not run'}")
    return 0 if ok else 1


def _smoke_print(ctx: AppContext, folder: Path) -> bool:
    """An attendance sheet of the demo's event: reportlab, the embedded fonts and QR codes."""
    from .printing.attendance_sheet import build_attendance_sheet
    from .printing.badges import BadgeOptions, build_badges

    events = ctx.services.events.list()
    if not events:
        return False
    sheet = folder / "attendance.pdf"
    badges = folder / "badges.pdf"
    build_attendance_sheet(ctx.services, events[0].id, sheet)
    build_badges(ctx.services, events[0].id, badges, BadgeOptions())
    # reportlab falls back to Python silently when its C accelerator is missing from a bundle.
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    return accelerated and all(p.read_bytes()[:5] == b"%PDF-" for p in (sheet, badges))
