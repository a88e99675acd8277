"""Help as a new facilitator opens it: F1 for the keys, and how syncing works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.ui.help_dialog import HelpDialog
from ecnet_desktop.ui.main_window import MainWindow


def rows(dialog: HelpDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [tuple(str(model.index(r, c).data()) for c in range(3))  # type: ignore[misc]
            for r in range(model.rowCount())]


def test_f1_opens_the_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.pages.currentIndex() == HelpDialog.SHORTCUTS_PAGE
    listed = rows(dialog)
    assert ("Anywhere", "Ctrl+,", "Preferences") in listed
    assert ("Anywhere", "F1", "Keyboard shortcuts") in listed
    assert any(keys == "Ctrl+Z" and where == "Anywhere" for where, keys, _ in listed)
    assert any(where == "Check-in desk" and "walk-in" in what for where, _, what in listed)


def test_how_syncing_works_page(qtbot: QtBot, window: MainWindow) -> None:
    window.syncing_action.trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentIndex() == HelpDialog.SYNCING_PAGE
    text = dialog.syncing.toPlainText()
    for words in ("exchange workbooks", "conflict", "Duplicates", "backup"):
        assert words in text
    # One help window, brought back rather than opened twice.
    window.shortcuts_action.trigger()
    assert window.help_dialog is dialog and dialog.pages.currentIndex() == 0


def test_shortcut_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    dialog = window.show_help()
    qtmodeltester.check(dialog.model)
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Keys"


def test_every_window_action_has_a_status_tip(window: MainWindow) -> None:
    for menu in (window.file_menu, window.edit_menu, window.help_menu):
        for action in menu.actions():
            if not action.isSeparator():
                assert action.statusTip(), action.text()
