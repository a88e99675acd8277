"""An unexpected error as a facilitator meets it: a dialog, the log's place, nothing typed lost."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ecnet_desktop.logging_setup import setup_logging
from ecnet_desktop.ui.error_dialog import ErrorDialog, ErrorReporter
from ecnet_desktop.ui.main_window import MainWindow


@pytest.fixture
def reporter(qapp: object, tmp_path: Path) -> Iterator[ErrorReporter]:
    setup_logging(tmp_path / "logs")
    installed = ErrorReporter().install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.__class__.__name__ == "_OurHandler"]:
        root.removeHandler(handler)
        handler.close()


def fail_in_a_slot() -> None:
    raise ZeroDivisionError("seats per row")


@pytest.mark.qt_no_exception_capture
def test_error_in_the_event_loop_shows_the_dialog_and_keeps_typed_text(
    qtbot: QtBot, window: MainWindow, reporter: ErrorReporter, tmp_path: Path
) -> None:
    note = QLineEdit(window)
    note.show()
    # QTest types Latin-1 only; the name goes in as a paste would.
    note.insert("Ms Đurđević")
    qtbot.keyClicks(note, " asked about the toolkit")
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "ZeroDivisionError: seats per row" in dialog.summary_label.text()
    log_file = tmp_path / "logs" / "ecnet-desktop.log"
    assert str(log_file) in dialog.log_label.text()
    assert "seats per row" in log_file.read_text(encoding="utf-8")
    # Non-modal: the window still works and still holds what was typed.
    assert not dialog.isModal()
    assert window.isVisible() and note.text() == "Ms Đurđević asked about the toolkit"
    qtbot.keyClicks(note, ".")
    assert note.text().endswith("toolkit.")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and "fail_in_a_slot" in copied and str(log_file) in copied
    assert dialog.copied_label.text()


def test_error_in_a_worker_thread_reaches_the_gui_thread(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    def work() -> None:
        raise OSError("USB stick removed")

    worker = threading.Thread(target=work, name="export")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "USB stick removed" in reporter.dialog.summary_label.text()
    assert "Thread: export" in reporter.dialog.details_text()


def test_more_errors_join_the_open_dialog(qtbot: QtBot, reporter: ErrorReporter) -> None:
    for n in range(3):
        reporter.hooks.sys_hook(ValueError, ValueError(f"bad value {n}"), None)
    qtbot.waitUntil(lambda: reporter.dialog is not None and len(reporter.dialog.reports) == 3)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert len(shown) == 1  # one dialog, not three
    dialog = reporter.dialog
    assert dialog is not None
    assert "(and 2 more)" in dialog.summary_label.text()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "bad value 2" in dialog.details.toPlainText()
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_qt_warnings_are_logged_and_critical_messages_reported(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    from PySide6.QtCore import qCritical, qWarning

    qWarning("a harmless Qt warning")
    log_file = tmp_path / "logs" / "ecnet-desktop.log"
    assert "a harmless Qt warning" in log_file.read_text(encoding="utf-8")
    QApplication.processEvents()
    assert reporter.dialog is None  # warnings do not interrupt anyone
    qCritical("the print system is gone")
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "the print system is gone" in reporter.dialog.summary_label.text()
