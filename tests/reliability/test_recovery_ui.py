"""The person sees the damage, the latest good backup is selected, and Restore brings it back."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext, build_context, make_application
from ecnet_desktop.services.container import Services
from ecnet_desktop.store import backup
from ecnet_desktop.store.integrity import DatabaseCorrupt
from ecnet_desktop.ui.database_recovery import RecoveryDialog, recover_or_raise, restore_from_app
from ecnet_desktop.ui.settings import Settings


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the closing message box said (it would block the test)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: said.append(text))
    return said


def make_damaged(db_path: Path) -> DatabaseCorrupt:
    services = Services.open(db_path)
    try:
        services.people.create(given_name="Ana", family_name="Horvat")
        backup.backup_sqlite(db_path, reason="pre-import")
        services.people.create(given_name="Bojan", family_name="Novak")
    finally:
        services.close()
    db_path.write_bytes(db_path.read_bytes()[:10_000])
    with pytest.raises(DatabaseCorrupt) as caught:
        Services.open(db_path)
    return caught.value


def when_dialog_opens(qtbot: QtBot, act: Callable[[RecoveryDialog], None]) -> list[RecoveryDialog]:
    """Run ``act`` on the recovery dialog once its modal loop runs; returns what was seen."""
    seen: list[RecoveryDialog] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, RecoveryDialog) and widget.isVisible():
            seen.append(widget)
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_enter_restores_the_latest_good_backup(qtbot: QtBot, db_path: Path, told: list[str]) -> None:
    exc = make_damaged(db_path)

    def press_enter(dialog: RecoveryDialog) -> None:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    seen = when_dialog_opens(qtbot, press_enter)
    assert recover_or_raise(None, db_path, exc) is True

    (dialog,) = seen
    assert "damaged" in dialog.intro.text()
    assert dialog.selected() == exc.backup
    assert "latest good backup" in dialog.list.currentItem().text()
    assert told and "restored from" in told[0] and "kept as" in told[0]
    services = Services.open(db_path)
    try:
        assert [p.given_name for p in services.people.list()] == ["Ana"]
    finally:
        services.close()


def test_cancel_changes_nothing(qtbot: QtBot, db_path: Path, told: list[str]) -> None:
    exc = make_damaged(db_path)
    before = db_path.read_bytes()
    when_dialog_opens(qtbot, lambda d: qtbot.keyClick(d.list, Qt.Key.Key_Escape))
    assert recover_or_raise(None, db_path, exc) is False
    assert db_path.read_bytes() == before
    assert told == []


def test_other_errors_are_raised_again(qtbot: QtBot) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        recover_or_raise(None, None, RuntimeError("boom"))


def test_a_damaged_backup_is_refused_and_the_dialog_stays(qtbot: QtBot, db_path: Path) -> None:
    exc = make_damaged(db_path)
    assert exc.backup is not None
    dialog = RecoveryDialog(db_path, "intro", None)
    qtbot.addWidget(dialog)
    dialog.show()
    exc.backup.write_bytes(exc.backup.read_bytes()[:500])  # damaged since it was checked
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "damaged too" in dialog.error.text() and dialog.error.isVisible()


def test_no_backups_says_so_and_cannot_restore(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RecoveryDialog(tmp_path / "lonely.sqlite", "intro", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no backups" in dialog.note.text()
    assert not dialog.restore_button.isEnabled()


@pytest.fixture
def ctx(qapp: QWidget, db_path: Path, tmp_path: Path) -> Iterator[AppContext]:
    make_application([])
    context = build_context(argparse.Namespace(db=db_path, database_url=None),
                            Settings(tmp_path / "settings.ini"))
    yield context
    context.close()


def test_restore_from_the_running_app(qtbot: QtBot, ctx: AppContext, db_path: Path,
                                      told: list[str]) -> None:
    ctx.services.people.create(given_name="Ana")
    backup.backup_sqlite(db_path, reason="pre-import")
    ctx.services.people.create(given_name="Bojan")

    when_dialog_opens(qtbot, lambda d: qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton))
    assert restore_from_app(None, ctx) is True

    assert [p.given_name for p in ctx.services.people.list()] == ["Ana"]
    assert told
