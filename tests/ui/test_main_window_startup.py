"""Start-up as `python -m ecnet_desktop` runs it: the window first, the database after its paint.

A database that is slow to open (a big file's checks, a migration, a backup) still gets a shown
window at once, whose home page and sections say the database is opening; the start path imports
neither alembic (no migration needed) nor openpyxl or reportlab.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ecnet_desktop import app as app_module
from ecnet_desktop.app import Started, start_gui
from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.domain.i18n import QT_TRANSLATE_NOOP, msg
from ecnet_desktop.services.container import Services
from ecnet_desktop.store.integrity import DatabaseCorrupt, corrupt
from ecnet_desktop.ui import database_recovery
from ecnet_desktop.ui.first_run import FirstRunDialog
from ecnet_desktop.ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]
Start = Callable[..., Started]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    chosen = Settings(tmp_path / "settings.ini")
    chosen.first_run_done = True
    chosen.device_name = "Desk laptop"
    return chosen


@pytest.fixture
def start(qapp: QApplication, data_dir: Path, settings: Settings) -> Iterator[Start]:
    """start_gui as run_gui calls it; everything it started is closed after the test."""
    style, palette = qapp.style().name(), qapp.palette()
    runs: list[Started] = []

    def go(db: Path | None, url: str | None = None) -> Started:
        started = start_gui(argparse.Namespace(db=db, database_url=url, lang=None), settings)
        runs.append(started)
        return started

    yield go
    for started in runs:
        started.window.close()
        started.ctx.close()
        started.reporter.uninstall()
        started.window.deleteLater()
    qapp.setStyle(style)  # SystemPalette chose Fusion and a palette for the app
    qapp.setPalette(palette)
    for handler in list(logging.getLogger().handlers):  # setup_logging's file in data_dir
        if type(handler).__name__ == "_OurHandler":
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def blocked(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Opening the database waits until the test sets the returned event (a slow disk)."""
    release = threading.Event()
    real = app_module.open_services

    def slow(path: Path | None, url: str | None, settings: Settings) -> Services:
        assert release.wait(30), "the test never released the database"
        return real(path, url, settings)

    monkeypatch.setattr(app_module, "open_services", slow)
    return release


def test_the_window_is_shown_while_the_database_is_still_opening(
    qtbot: QtBot, start: Start, db_path: Path, blocked: threading.Event
) -> None:
    started = start(db_path)
    window = started.window
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        pass
    assert window.isVisible() and not started.ctx.ready
    assert window.home.counts.text() == "Opening database…"
    assert "(opening…)" in window.database_status.text() and str(db_path) in window.database_status.text()
    # A section chosen meanwhile says so too, and commands that need the database wait for it.
    window.show_section("people")
    placeholder = window.stack.currentWidget()
    assert isinstance(placeholder, QLabel) and placeholder.text() == "Opening database…"
    assert not window.preferences_action.isEnabled() and not window.restore_action.isEnabled()
    assert not window.event_combo.isEnabled()

    blocked.set()
    qtbot.waitUntil(lambda: started.ctx.ready, timeout=20_000)
    # The section shown while waiting is built, and the home page shows the database.
    qtbot.waitUntil(lambda: window.sections.get("people") is window.stack.currentWidget())
    qtbot.waitUntil(lambda: "empty" in window.home.counts.text(), timeout=20_000)
    assert window.database_status.text() == f"Database: {db_path}"
    assert window.preferences_action.isEnabled() and window.restore_action.isEnabled()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_failure_shows_the_error_dialog_and_file_open_stays(
    qtbot: QtBot, start: Start, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = app_module.open_services

    def broken(path: Path | None, url: str | None, settings: Settings) -> Services:
        raise RuntimeError("USB stick removed")

    monkeypatch.setattr(app_module, "open_services", broken)
    started = start(db_path)
    qtbot.waitUntil(lambda: started.reporter.dialog is not None, timeout=10_000)
    assert started.reporter.dialog is not None
    assert "USB stick removed" in started.reporter.dialog.details_text()
    started.reporter.dialog.close()
    window = started.window
    assert "could not be opened" in window.home.counts.text()
    assert "could not be opened" in window.database_status.text()
    assert window.open_action.isEnabled() and not window.preferences_action.isEnabled()
    # Another database chosen with File → Open replaces the one that failed.
    monkeypatch.setattr(app_module, "open_services", real)
    other = tmp_path / "other.sqlite"
    assert window.open_database(other)
    assert started.ctx.ready and window.preferences_action.isEnabled()
    qtbot.waitUntil(lambda: "empty" in window.home.counts.text(), timeout=20_000)
    assert window.database_status.text() == f"Database: {other}"


def test_closing_while_the_database_opens_still_closes_it_cleanly(
    qtbot: QtBot, start: Start, db_path: Path, blocked: threading.Event
) -> None:
    started = start(db_path)
    with qtbot.waitSignal(started.window.first_painted, timeout=10_000):
        pass
    # As run_gui ends when the window is closed before the database is open: the loop is
    # gone, so the opened database never reaches the window.
    blocked.set()
    started.ctx.close()
    started.opener.close_unclaimed()
    assert not started.ctx.ready
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed: no crash to recover
    qtbot.wait(50)  # the result arriving late changes nothing
    assert not started.ctx.ready


def test_a_server_being_opened_is_named_without_its_password(
    qtbot: QtBot, start: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    asked: list[str | None] = []

    def no_server(path: Path | None, url: str | None, settings: Settings) -> Services:
        asked.append(url)
        release.wait(30)
        raise UserError(msg(QT_TRANSLATE_NOOP("store", "Cannot open the database {url}: {reason}"),
                            url="hub", reason="no answer"))

    codes: list[int] = []
    monkeypatch.setattr(app_module, "open_services", no_server)
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    monkeypatch.setattr(QMessageBox, "critical", lambda *_a: None)
    url = "postgresql+psycopg://coordinator:s3cret@hub.example.org/ecnet"
    started = start(None, url)
    with qtbot.waitSignal(started.window.first_painted, timeout=10_000):
        pass
    status = started.window.database_status.text()
    assert "coordinator:***@hub.example.org/ecnet (opening…)" in status
    assert "s3cret" not in status
    release.set()
    qtbot.waitUntil(lambda: codes == [1], timeout=10_000)
    assert asked == [url]  # the password itself still reaches the driver


def test_the_welcome_comes_once_the_database_is_open(
    qtbot: QtBot, start: Start, db_path: Path, settings: Settings, blocked: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.first_run_done = False
    seen: list[bool] = []

    def welcome(dialog: FirstRunDialog) -> int:
        seen.append(started.ctx.ready)
        dialog.name_edit.setText("Laptop Bari")
        dialog.empty_button.click()
        return int(FirstRunDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstRunDialog, "exec", welcome)
    started = start(db_path)
    with qtbot.waitSignal(started.window.first_painted, timeout=10_000):
        pass
    assert seen == []  # not while the database is opening: naming the device writes to it
    blocked.set()
    qtbot.waitUntil(lambda: seen == [True], timeout=20_000)
    assert started.ctx.services.replica.device_name() == "Laptop Bari"


def test_a_refused_database_is_reported_and_the_app_ends_with_1(
    qtbot: QtBot, start: Start, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Services.open(db_path).close()
    with contextlib.closing(sqlite3.connect(db_path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")  # a newer app's file
    before = db_path.read_bytes()
    said: list[str] = []
    codes: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    start(db_path)
    qtbot.waitUntil(lambda: codes == [1], timeout=20_000)
    assert len(said) == 1 and "newer version" in said[0]
    assert db_path.read_bytes() == before


def test_a_damaged_database_offers_the_backup_then_opens(
    qtbot: QtBot, start: Start, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Services.open(db_path).close()
    damage = corrupt(db_path, ["the file is truncated"])
    offered: list[DatabaseCorrupt] = []
    real = app_module.open_services

    def damaged_once(path: Path | None, url: str | None, settings: Settings) -> Services:
        if not offered:
            raise damage
        return real(path, url, settings)

    def restore(_parent: object, _path: Path | None, exc: Exception) -> bool:
        assert isinstance(exc, DatabaseCorrupt)
        offered.append(exc)
        return True  # as if the person restored the latest good backup

    monkeypatch.setattr(app_module, "open_services", damaged_once)
    monkeypatch.setattr(database_recovery, "recover_or_raise", restore)
    started = start(db_path)
    qtbot.waitUntil(lambda: started.ctx.ready, timeout=20_000)
    assert offered == [damage]
    qtbot.waitUntil(lambda: "empty" in started.window.home.counts.text(), timeout=20_000)


IMPORTED_AT_START = r"""
import argparse, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from ecnet_desktop.app import start_gui
from ecnet_desktop.ui import main_window
from ecnet_desktop.ui.settings import Settings

preloads = []
# The sections' modules are preloaded in the background once the figures are shown; that is
# not the start path, so it is recorded here instead of racing with the check below.
main_window._import_section_modules = lambda: preloads.append(True)
settings = Settings(Path(sys.argv[2]))
settings.first_run_done = True
started = start_gui(argparse.Namespace(db=Path(sys.argv[1]), database_url=None, lang=None),
                    settings)

def check():
    text = started.window.home.counts.text()
    if not any(ch.isdigit() for ch in text):
        QTimer.singleShot(10, check)
        return
    started.ctx.runner.wait()
    heavy = ["alembic", "openpyxl", "reportlab", "python_calamine", "PySide6.QtCharts"]
    print("imported:", " ".join(m for m in heavy if m in sys.modules) or "none")
    print("preloads:", len(preloads))
    started.app.quit()

QTimer.singleShot(0, check)
started.app.exec()
started.ctx.close()
"""


@pytest.mark.slow
def test_the_start_path_imports_no_heavy_module(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "ecnet.sqlite"
    services = Services.open(db)  # up to date: opening it needs no migration
    services.people.create(given_name="Ana", family_name="Horvat")
    services.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "ECNET_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", IMPORTED_AT_START, str(db),
                             str(tmp_path / "settings.ini")],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "imported: none" in result.stdout, result.stdout
    assert "preloads: 1" in result.stdout  # the sections' modules still load, afterwards


def test_the_help_pages_named_by_the_window_are_the_dialogs(qapp: QApplication) -> None:
    # The window names them itself so that the help dialog loads only when asked for.
    from ecnet_desktop.ui import main_window
    from ecnet_desktop.ui.help_dialog import HelpDialog

    assert (main_window.SHORTCUTS_PAGE, main_window.SYNCING_PAGE) == (
        HelpDialog.SHORTCUTS_PAGE, HelpDialog.SYNCING_PAGE)
