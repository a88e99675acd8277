"""How the window looks: app icon in every size, icons in menus and sidebar, light/dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecnet_desktop.ui import icons
from ecnet_desktop.ui.main_window import MainWindow
from ecnet_desktop.ui.palette import SystemPalette, dark_palette, is_dark, light_palette, palette_for


def test_app_icon_is_sharp_at_every_size(qapp: QApplication) -> None:
    app_icon = icons.app_icon()
    assert not app_icon.isNull()
    for size in (16, 32, 64, 256, 1024):
        # The SVG renders any size exactly, including 4x high-DPI ones no PNG exists for.
        pixmap = app_icon.pixmap(QSize(size, size))
        assert pixmap.width() == size and pixmap.height() == size


def test_every_named_icon_exists(qapp: QApplication) -> None:
    for name in icons.ICONS:
        assert not icons.icon(name).isNull(), name
    assert not icons.section_icon("overview").isNull() and not icons.section_icon("home").isNull()
    assert icons.section_icon("a-section-from-a-later-issue").isNull()


def test_window_has_the_app_icon_and_icons_on_the_sidebar(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        assert not item.icon().isNull(), item.text()
    assert not window.preferences_action.icon().isNull()


def test_dark_palette_is_dark_and_readable(qapp: QApplication) -> None:
    dark = dark_palette()
    assert is_dark(dark) and not is_dark(light_palette())
    for back, fore in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
                       (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
                       (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText)):
        gap = dark.color(fore).lightness() - dark.color(back).lightness()
        assert gap > 150, (back, fore)
    # Disabled text is dimmer than enabled text, yet still visible on the window colour.
    disabled = dark.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).lightness()
    assert dark.color(QPalette.ColorRole.Window).lightness() + 40 < disabled
    assert disabled < dark.color(QPalette.ColorRole.Text).lightness()


def test_palette_follows_the_system_scheme(qtbot: QtBot, qapp: QApplication) -> None:
    before_style = qapp.style().name()
    before_palette = qapp.palette()
    try:
        follower = SystemPalette(qapp)
        assert qapp.style().name().lower() == "fusion"
        follower.apply(Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette())
        follower.apply(Qt.ColorScheme.Light)
        assert not is_dark(qapp.palette())
        assert is_dark(palette_for(Qt.ColorScheme.Dark))
        assert not is_dark(palette_for(Qt.ColorScheme.Unknown))
        qapp.styleHints().colorSchemeChanged.disconnect(follower.apply)
    finally:
        qapp.setStyle(before_style)
        qapp.setPalette(before_palette)


def test_about_names_qt_and_the_data_and_log_folders(
    window: MainWindow, data_dir: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.show_about()
    assert f"Qt {qVersion()}" in shown[0] and f"(PySide6) {pyside_version}" in shown[0]
    assert f"Data folder: {data_dir}" in shown[0]
    assert f"Log folder: {data_dir}/logs" in shown[0]
