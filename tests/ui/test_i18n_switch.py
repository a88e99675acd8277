"""Switching language at run time relabels the open window: sidebar, menus and the section shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.tools.ts_files import read_ts
from ecnet_desktop.ui.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def english_only(language: str) -> set[str]:
    """English source texts whose translation reads differently, and which are no translation
    themselves (Italian "Date" translates "Dates"): seeing one is English left over."""
    entries = read_ts(TRANSLATIONS / f"ecnet_{language}.ts")
    translated = {t for e in entries for t in e.translations}
    return {e.source for e in entries
            if not e.numerus and e.translations and e.translations[0] != e.source
            and len(e.source) > 2} - translated


def visible_texts(window: MainWindow, section: QWidget) -> list[str]:
    texts = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    for menu in (window.file_menu, window.edit_menu, window.help_menu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]
    texts.append(window.event_label.text())
    texts += [w.text() for w in section.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [w.text() for w in section.findChildren(QLabel) if w.isVisibleTo(window)]
    for tabs in section.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for header in section.findChildren(QHeaderView):
        model = header.model()
        if model is not None and header.isVisibleTo(window):
            texts += [str(model.headerData(i, header.orientation()) or "")
                      for i in range(model.columnCount() if header.orientation().value == 1
                                     else 0)]
    return [t for t in texts if t]


@pytest.fixture
def restore_language(ctx: AppContext) -> Iterator[None]:
    locale = QLocale()
    yield
    ctx.translators.apply("en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize("key", ["events", "people"])
def test_switching_to_italian_relabels_the_open_window(qtbot: QtBot, ctx: AppContext,
                                                       window: MainWindow, key: str,
                                                       restore_language: None) -> None:
    window.show_section(key)
    before = window.sections[key]
    english = visible_texts(window, before)
    assert "People" in english and "&File" in english

    ctx.translators.apply("it")
    qtbot.waitUntil(lambda: window.sections[key] is not before, timeout=5000)
    section = window.sections[key]
    assert window.stack.currentWidget() is section  # the same section stays open
    qtbot.waitUntil(lambda: not ctx.runner.busy)

    italian = visible_texts(window, section)
    left = sorted(set(italian) & english_only("it"))
    assert left == [], f"English left after switching to Italian: {left}"
    assert "Persone" in italian and window.event_label.text() == "&Evento corrente:"
    assert QCoreApplication.translate("PeopleList", "%Ln people", "", 2) == "2 persone"
    # Counts in sentences are written the Italian way too (35.000, not 35000).
    assert QCoreApplication.translate("PeopleList", "%Ln people", "", 35000) == "35.000 persone"


def test_switching_back_to_english_relabels_again(qtbot: QtBot, ctx: AppContext,
                                                  window: MainWindow,
                                                  restore_language: None) -> None:
    window.show_section("events")
    ctx.translators.apply("it")
    qtbot.waitUntil(lambda: window.sidebar.item(3).text() == "Persone")
    italian = window.sections["events"]
    ctx.translators.apply("en")
    qtbot.waitUntil(lambda: window.sections["events"] is not italian, timeout=5000)
    assert window.sidebar.item(3).text() == "People"
    assert window.sections["events"].findChild(QAbstractButton, "") is not None
    assert QCoreApplication.translate("PeopleList", "%Ln people", "", 1) == "1 person"


def test_the_sidebar_widens_for_longer_section_titles(qtbot: QtBot, ctx: AppContext,
                                                      window: MainWindow,
                                                      restore_language: None) -> None:
    ctx.translators.apply("hr")  # "Evidencija dolazaka" is longer than "Check-in"
    qtbot.waitUntil(lambda: window.sidebar.item(4).text() == "Evidencija dolazaka", timeout=5000)
    needed = window.sidebar.sizeHintForColumn(0) + 2 * window.sidebar.frameWidth()
    assert window.sidebar.width() >= needed > 170
