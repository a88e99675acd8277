"""The pseudo-locale (every text 40% longer, bracketed): no text of a main screen is clipped or
left out of translation, and the window still fits a 1280-pixel laptop screen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.tools.ts_files import fill, pseudo_mapping
from ecnet_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORDS = re.compile(r"[A-Za-z]{3,}")


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return str(found)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    ts, qm = folder / "ecnet_eo.ts", folder / "ecnet_eo.qm"
    sources = sorted(str(p) for p in (ROOT / "ecnet_desktop").rglob("*.py")
                     if "migrations" not in p.parts)
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True,
                   capture_output=True)
    fill(ts, pseudo_mapping(ts))
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def pseudo(pseudo_qm: Path, ctx: AppContext) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def settle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)
    qtbot.wait(50)


def texts_of(window: MainWindow, page: QWidget) -> list[tuple[QWidget, str]]:
    widgets: list[QWidget] = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    return [(w, w.text()) for w in widgets  # type: ignore[attr-defined]
            if w.isVisibleTo(window) and w.text()]  # type: ignore[attr-defined]


def tabs_of(qtbot: QtBot, ctx: AppContext, window: MainWindow, page: QWidget) -> Iterator[int]:
    """Shows each tab of the section's tab widgets in turn (the section itself first)."""
    yield 0
    for tabs in page.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot, ctx)
                yield index
            tabs.setCurrentIndex(0)


def text_room(combo: QComboBox) -> int:
    """The width a combo box has for its text, without the arrow and the frame."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_no_main_screen_text_is_clipped_or_untranslated_in_the_pseudo_locale(
        qtbot: QtBot, ctx: AppContext, window: MainWindow, pseudo: None) -> None:
    settle(qtbot, ctx)
    assert window.sidebar.item(0).text().startswith("⟦")  # the window was relabelled
    clipped, english, seen = [], [], 0
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        window.resize(1100, 720)
        settle(qtbot, ctx)
        page = window.stack.currentWidget()
        key = window.sidebar.item(row).text()
        for _tab in tabs_of(qtbot, ctx, window, page):
            for widget, text in texts_of(window, page):
                seen += 1
                wraps = isinstance(widget, QLabel) and widget.wordWrap()
                if not wraps and widget.width() + 1 < widget.sizeHint().width():
                    clipped.append((key, text, widget.width(), widget.sizeHint().width()))
                # Text with words but no pseudo bracket did not go through a translation.
                if "⟦" not in text and WORDS.search(text.replace("EC-NET", "")):
                    english.append((key, text))
            for combo in page.findChildren(QComboBox):
                shown = combo.currentText()
                translated = combo.isVisibleTo(window) and not combo.isEditable() and "⟦" in shown
                if translated and text_room(combo) < combo.fontMetrics().horizontalAdvance(shown):
                    clipped.append((key, shown, text_room(combo), combo.sizeHint().width()))
        assert window.width() <= 1280, f"{key} widens the window to {window.width()} pixels"
    assert seen > 100  # the check looked at the buttons and labels of every section
    assert clipped == []
    assert english == []
