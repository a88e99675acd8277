"""The welcome a facilitator sees once: name, language, and demo / empty / coordinator's workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.ui.first_run import DEMO, EMPTY, IMPORT, FirstRunDialog
from ecnet_desktop.ui.main_window import MainWindow


class Shouting(QTranslator):
    """A stand-in translation: every string of one context in capitals."""

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        # Strings with {placeholders} stay as they are: .format() needs the names intact.
        return source.upper() if context == self.context and "{" not in source else ""


def test_offers_the_partner_languages_by_their_own_names(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(None, "Laptop 1", "en")
    qtbot.addWidget(dialog)
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names[0] == "English"
    assert {"Italiano", "Português", "Español", "Hrvatski", "Slovenščina", "Magyar", "Polski",
            "Български"} <= set(names)
    assert dialog.language() == "en"


def test_choosing_a_language_applies_it_at_once(qtbot: QtBot) -> None:
    chosen: list[str] = []
    dialog = FirstRunDialog(None, "Laptop 1", "en", on_language=chosen.append)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("it"))
    assert chosen == ["it"]
    assert dialog.language() == "it"


def test_the_welcome_retranslates_itself(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(None, "Laptop 1", "en")
    qtbot.addWidget(dialog)
    app = QCoreApplication.instance()
    assert app is not None
    shouting = Shouting("FirstRunDialog")
    app.installTranslator(shouting)  # sends LanguageChange to every window
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "WELCOME TO EC-NET DESKTOP")
        assert dialog.empty_button.text() == "START &EMPTY"
    finally:
        app.removeTranslator(shouting)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Welcome to EC-NET Desktop")


def test_start_empty_is_the_default_and_enter_takes_it(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(None, "", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Laptop Bari 2")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.choice == EMPTY
    assert dialog.device_name() == "Laptop Bari 2"


def test_demo_button(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(None, "Laptop 1", "en")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == DEMO and dialog.result() == FirstRunDialog.DialogCode.Accepted


def test_import_asks_for_the_workbook_and_cancel_keeps_the_welcome_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = FirstRunDialog(None, "Laptop 1", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    answers = iter(["", str(tmp_path / "coordinator.xlsx")])
    monkeypatch.setattr(dialog, "ask_workbook", lambda: next(answers))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.workbook is None  # cancelled the file dialog
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == IMPORT
    assert dialog.workbook == tmp_path / "coordinator.xlsx"


def test_first_run_import_opens_the_import_preview_with_the_file(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    workbook = tmp_path / "coordinator.xlsx"
    workbook.write_bytes(b"not really a workbook")

    def choose_import(dialog: FirstRunDialog) -> int:
        dialog.name_edit.setText("Laptop Pécs")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("hu"))
        monkeypatch.setattr(dialog, "ask_workbook", lambda: str(workbook))
        dialog.import_button.click()
        return int(dialog.result())

    monkeypatch.setattr(FirstRunDialog, "exec", choose_import)
    window.first_run_if_needed()
    exchange = window.sections["exchange"]
    assert window.stack.currentWidget() is exchange
    panel = exchange.import_panel  # type: ignore[attr-defined]
    assert [item.path for item in panel.items] == [workbook]
    assert exchange.tabs.currentWidget() is panel  # type: ignore[attr-defined]
    assert ctx.settings.language == "hu" and ctx.settings.first_run_done
    assert QLocale().name().startswith("hu")
    # The bad file is refused in the preview, nothing imported; the app goes on.
    qtbot.waitUntil(lambda: panel.reading is None, timeout=10_000)
    assert ctx.services.summary.summary().people == 0
    ctx.translators.apply("en")


def test_dismissing_the_welcome_puts_the_language_back(
    window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pick_polish_then_close(dialog: FirstRunDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pl"))
        assert QLocale().name().startswith("pl")
        return int(FirstRunDialog.DialogCode.Rejected)

    monkeypatch.setattr(FirstRunDialog, "exec", pick_polish_then_close)
    ctx.settings.language = "en"
    window.first_run_if_needed()
    assert not ctx.settings.first_run_done  # shown again at the next start
    assert QLocale().name().startswith("en")


def test_language_change_event_reaches_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    shouting = Shouting("MainWindow")
    app.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: window.file_menu.title() == "&FILE")
        assert window.preferences_action.text() == "&PREFERENCES…"
        assert window.sidebar.item(0).text() == "HOME"
    finally:
        app.removeTranslator(shouting)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.file_menu.title() == "&File"


def test_cancelling_the_demo_leaves_an_empty_demo_and_a_working_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    from ecnet_desktop.ui.tasks import ProgressRunner

    def choose_demo(dialog: FirstRunDialog) -> int:
        dialog.demo_button.click()
        return int(dialog.result())

    monkeypatch.setattr(FirstRunDialog, "exec", choose_demo)
    window.first_run_if_needed()
    progress = window.findChild(ProgressRunner)
    assert progress is not None
    cancel = progress.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: window.findChild(ProgressRunner) is None, timeout=30_000)
    # One transaction: a cancelled demo leaves nothing half-made behind.
    assert ctx.services.database.label() == str(data_dir / "demo.sqlite")
    assert ctx.services.summary.summary().people == 0
    assert window.isVisible()
