"""Composition root: builds the AppContext (settings, services, task runner) and the window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORG_NAME, __version__
from .domain.errors import UserError
from .paths import default_database_path, resource_path
from .services.container import Services
from .ui.i18n import Translators, render
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
        opened = Services.open(path, url=url, device_name=self.settings.device_name or None)
        old, self.services = self.services, opened
        old.close()
        # Edits of the previous database cannot be undone in this one.
        self.undo_stack.clear()
        self.settings.remember_database(opened.database.label())

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
    app.setWindowIcon(QIcon(str(resource_path("icons", "ecnet-desktop.svg"))))
    return app


def _initial_database(
    args: argparse.Namespace, settings: Settings
) -> tuple[Path | None, str | None]:
    if args.database_url:
        return None, args.database_url
    if args.db:
        return Path(args.db), None
    last = settings.last_database
    if last and Path(last).exists():
        return Path(last), None
    return default_database_path(), None


def build_context(args: argparse.Namespace, settings: Settings | None = None) -> AppContext:
    settings = settings or Settings()
    path, url = _initial_database(args, settings)
    services = Services.open(path, url=url, device_name=settings.device_name or None)
    settings.remember_database(services.database.label())
    return AppContext(settings=settings, services=services, runner=TaskRunner())


def run_gui(args: argparse.Namespace) -> int:
    from .ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    settings = Settings()
    translators = Translators()
    translators.apply(args.lang or settings.language or None)
    try:
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
    return int(code)


def smoke_test(args: argparse.Namespace) -> int:
    """Start the window on a temporary database, let the event loop run once, exit 0."""
    from .ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="ecnet-smoke-") as folder:
        settings = Settings(Path(folder) / "settings.ini")
        ns = argparse.Namespace(db=Path(folder) / "smoke.sqlite", database_url=None)
        ctx = build_context(ns, settings)
        ctx.translators.apply(args.lang or "en")
        window = MainWindow(ctx)
        window.show()
        checks: dict[str, bool] = {}

        def check() -> None:
            # Checked before quit(): in Qt 6, quit() closes the windows first.
            checks["visible"] = window.isVisible()
            checks["loaded"] = bool(window.home.counts.text())
            app.quit()

        QTimer.singleShot(500, check)
        app.exec()
        ok = all(checks.values()) and len(checks) == 2
        window.close()
        ctx.close()
    print("smoke test ok" if ok else "smoke test FAILED")
    return 0 if ok else 1
