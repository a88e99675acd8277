"""Composition root: builds the AppContext (settings, services, task runner) and the window."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORG_NAME, __version__
from .domain.errors import UserError
from .logging_setup import setup_logging
from .paths import default_database_path
from .services.container import Services
from .store.integrity import DatabaseCorrupt
from .ui.database_recovery import recover_or_raise
from .ui.error_dialog import ErrorReporter
from .ui.i18n import Translators, render, translations_dir
from .ui.icons import app_icon
from .ui.palette import SystemPalette
from .ui.settings import Settings
from .ui.tasks import TaskRunner
from .ui.undo import UndoStack


@dataclass
class AppContext:
    """Everything a view needs, passed explicitly (no global registries)."""

    settings: Settings
    services: Services
    runner: TaskRunner
    translators: Translators = field(default_factory=Translators)
    undo_stack: UndoStack = field(default_factory=UndoStack)

    def switch_database(self, path: Path | None = None, url: str | None = None) -> None:
        """Open another database; on failure the current one stays open (UserError raised)."""
        opened = Services.open(path, url=url, device_name=self.settings.device_name or None,
                               keep_backups=self.settings.backups_kept)
        old, self.services = self.services, opened
        old.close()
        # Edits of the previous database cannot be undone in this one.
        self.undo_stack.clear()
        self.settings.remember_database(opened.database.reopen_label())

    def close(self) -> None:
        self.runner.cancel_all()
        self.runner.wait()
        self.services.close()
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


def build_context(args: argparse.Namespace, settings: Settings | None = None) -> AppContext:
    settings = settings or Settings()
    path, url = _initial_database(args, settings)
    services = Services.open(path, url=url, device_name=settings.device_name or None,
                             keep_backups=settings.backups_kept)
    settings.remember_database(services.database.reopen_label())
    return AppContext(settings=settings, services=services, runner=TaskRunner())


def run_gui(args: argparse.Namespace) -> int:
    from .ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    log_path = setup_logging()
    # Kept referenced for the life of the app: they own the hooks and the palette signal.
    reporter = ErrorReporter(app).install()
    palette = SystemPalette(app)
    logging.getLogger(__name__).info("log file %s; palette %s", log_path, palette.scheme)
    settings = Settings()
    translators = Translators()
    translators.apply(args.lang or settings.language or None)
    try:
        try:
            ctx = build_context(args, settings)
        except DatabaseCorrupt as exc:
            # A damaged file: offer its latest good backup before giving up.
            if not recover_or_raise(None, exc.path, exc):
                return 1
            ctx = build_context(args, settings)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, render(exc.message))
        return 1
    ctx.translators = translators
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, window.first_run_if_needed)
    code = app.exec()
    ctx.close()
    reporter.uninstall()
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
    """Start the window on a temporary database, load a translation, open the dialogs, exit 0.

    The language defaults to Italian, so the bundle proves its translations ship with it.
    """
    from .ui.help_dialog import HelpDialog
    from .ui.main_window import MainWindow
    from .ui.preferences_dialog import PreferencesDialog

    app = make_application(sys.argv[:1])
    language = args.lang or "it"
    with tempfile.TemporaryDirectory(prefix="ecnet-smoke-") as folder:
        log_path = setup_logging(Path(folder) / "logs")
        settings = Settings(Path(folder) / "settings.ini")
        settings.first_run_done = True
        ns = argparse.Namespace(db=Path(folder) / "smoke.sqlite", database_url=None)
        ctx = build_context(ns, settings)
        # A small demo exercises the bundled word lists, the services and, below, printing.
        from .services.demo import generate_demo

        generate_demo(ctx.services.database, size="S", seed=1)
        ctx.translators.apply(language)
        files = loaded_translations(language)
        print(f"translation {language}: " + (", ".join(files) or "none found"))
        window = MainWindow(ctx)
        window.show()
        checks: dict[str, bool] = {}

        # The window reads the database in the background: wait for it (a busy CI machine is
        # slow), but not for ever.
        deadline = time.monotonic() + 30

        def check() -> None:
            counts = window.home.counts.text()
            if not any(ch.isdigit() for ch in counts) and time.monotonic() < deadline:
                QTimer.singleShot(100, check)
                return
            # Checked before quit(): in Qt 6, quit() closes the windows first.
            checks["visible"] = window.isVisible()
            checks["loaded"] = any(ch.isdigit() for ch in counts)  # the demo's figures
            # English needs no file; any other language must have found one that translates.
            cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
            qt_ok = not any("qtbase_" in f for f in files) or cancel != "Cancel"
            checks["translation"] = (language == "en" or bool(files)) and qt_ok
            checks["icon"] = not app.windowIcon().isNull()
            help_dialog = HelpDialog(window)
            preferences = PreferencesDialog(ctx, window)
            checks["dialogs"] = help_dialog.pages.count() == 2 and preferences.language_combo.count() > 1
            help_dialog.deleteLater()
            preferences.deleteLater()
            checks["log"] = log_path.parent.is_dir()
            checks["printing"] = _smoke_print(ctx, Path(folder))
            app.quit()

        QTimer.singleShot(100, check)
        app.exec()
        ok = all(checks.values()) and len(checks) == 7
        window.close()
        ctx.close()
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
    return all(p.read_bytes()[:5] == b"%PDF-" for p in (sheet, badges))
