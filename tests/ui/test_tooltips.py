"""Every button a user can click says what it does when hovered, in every section and tab."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QTabBar, QTabWidget
from pytestqt.qtbot import QtBot

from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.ui.main_window import MainWindow

# reports_view.py belongs to another engineer: its two option boxes still lack a tooltip.
KNOWN_GAPS: set[str] = set()


@pytest.fixture(scope="module")
def demo_m(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "m.sqlite"
    services = Services.open(path)
    generate_demo(services.database, size="M", seed=1)
    services.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, demo_m: Path) -> Path:
    """The `window` fixture opens a fresh copy of the M demo."""
    copy = tmp_path / "m.sqlite"
    shutil.copy(demo_m, copy)
    return copy


def sections_and_tabs(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Shows each section, then each tab of its tab widgets; yields where it is."""
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        name = window.sidebar.item(row).text()
        qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10000)
        yield name
        for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10000)
                yield f"{name} › {tabs.tabText(index)}"


def test_every_visible_button_has_a_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    missing: set[str] = set()
    seen: set[int] = set()
    for place in sections_and_tabs(qtbot, window):
        for button in window.findChildren(QAbstractButton):
            if not (button.isVisible() and button.isEnabled() and button.text()):
                continue
            if isinstance(button.parent(), QTabBar | QDialogButtonBox):
                continue
            seen.add(shiboken6.getCppPointer(button)[0])
            if not button.toolTip().strip() and button.text() not in KNOWN_GAPS:
                missing.add(f"{place}: {button.text()!r} ({type(button).__name__})")
    assert len(seen) > 40  # the walk really went through the sections and their tabs
    assert not missing, "\n".join(sorted(missing))


def test_every_section_fits_a_1280_wide_screen(qtbot: QtBot, window: MainWindow) -> None:
    widths = {place: window.minimumSizeHint().width()
              for place in sections_and_tabs(qtbot, window)}
    assert len(widths) > 15
    too_wide = {place: width for place, width in widths.items() if width > 1100}
    assert not too_wide
