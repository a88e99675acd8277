"""Edit → Preferences… as a coordinator uses it: every choice saved where the app reads it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.ui.main_window import MainWindow
from ecnet_desktop.ui.preferences_dialog import PreferencesDialog
from ecnet_desktop.ui.settings import Settings


def open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(lambda: dialog.ready)
    return dialog


def ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_comma_opens_preferences(window: MainWindow) -> None:
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    assert window.preferences_action in window.edit_menu.actions()
    assert window.preferences_action.statusTip()


def test_preferences_are_saved_and_used(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    dialog = open_preferences(qtbot, window)
    assert dialog.retention_spin.value() == ctx.services.project.retention_years()
    dialog.device_edit.clear()
    qtbot.keyClicks(dialog.device_edit, "Laptop  Zagreb 3")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    dialog.blank_spin.setValue(25)
    dialog.backups_spin.setValue(3)
    dialog.retention_spin.setValue(7)
    with qtbot.waitSignal(dialog.applied):
        ok(dialog)
    assert ctx.services.replica.device_name() == "Laptop Zagreb 3"
    assert ctx.services.project.retention_years() == 7
    assert ctx.settings.device_name == "Laptop Zagreb 3"
    assert ctx.settings.paper_size == "Letter"
    assert ctx.settings.attendance_blank_rows == 25
    assert ctx.settings.backups_kept == 3
    qtbot.waitUntil(lambda: "Laptop Zagreb 3" in window.device_status.text())
    # Remembered between runs: a fresh Settings on the same file reads them back.
    again = Settings(Path(ctx.settings.qsettings.fileName()))
    assert (again.paper_size, again.attendance_blank_rows, again.backups_kept) == ("Letter", 25, 3)


def test_an_empty_device_name_is_refused_next_to_the_field(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.device_edit.setText("   ")
    dialog.blank_spin.setValue(40)
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.device_error.isVisible() and dialog.device_error.text()
    assert dialog.blank_spin.value() == 40  # what was typed is kept
    assert ctx.settings.attendance_blank_rows == 10  # nothing saved yet
    dialog.reject()


def test_language_applies_at_once_and_cancel_restores_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.settings.language = "en"
    ctx.translators.apply("en")
    dialog = open_preferences(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert QLocale().name().startswith("es")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QLocale().name().startswith("en")
    assert ctx.settings.language == "en"


def test_language_is_remembered_on_ok(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pt"))
    with qtbot.waitSignal(dialog.applied):
        ok(dialog)
    assert ctx.settings.language == "pt"
    assert QLocale().name().startswith("pt")
    ctx.translators.apply("en")


def test_settings_refuse_nonsense(settings: Settings) -> None:
    settings.qsettings.setValue("printing/attendance_blank_rows", "lots")
    assert settings.attendance_blank_rows == 10
    settings.attendance_blank_rows = 9999
    assert settings.attendance_blank_rows == 500
    settings.backups_kept = 0
    assert settings.backups_kept == 1
    settings.qsettings.setValue("printing/paper_size", "A3")
    assert settings.paper_size == "A4"
