"""Light and dark palettes on the Fusion style, following the system's colour scheme as it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def light_palette() -> QPalette:
    """Fusion's own light palette, with EC-NET blue for selections and links."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette())
    palette.setColor(Role.Highlight, QColor("#1f4fb4"))
    palette.setColor(Role.HighlightedText, QColor("#ffffff"))
    palette.setColor(Role.Link, QColor("#1f4fb4"))
    style.deleteLater()
    return palette


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for a dim venue; disabled text stays readable."""
    window = QColor("#2b2d31")
    base = QColor("#1e1f22")
    text = QColor("#e6e6e6")
    palette = QPalette()
    palette.setColor(Role.Window, window)
    palette.setColor(Role.WindowText, text)
    palette.setColor(Role.Base, base)
    palette.setColor(Role.AlternateBase, QColor("#26282c"))
    palette.setColor(Role.ToolTipBase, QColor("#3a3d42"))
    palette.setColor(Role.ToolTipText, text)
    palette.setColor(Role.PlaceholderText, QColor("#8c8f94"))
    palette.setColor(Role.Text, text)
    palette.setColor(Role.Button, QColor("#35373c"))
    palette.setColor(Role.ButtonText, text)
    palette.setColor(Role.BrightText, QColor("#ff6b6b"))
    palette.setColor(Role.Light, QColor("#4a4d52"))
    palette.setColor(Role.Midlight, QColor("#3c3f44"))
    palette.setColor(Role.Mid, QColor("#303236"))
    palette.setColor(Role.Dark, QColor("#18191b"))
    palette.setColor(Role.Shadow, QColor("#000000"))
    palette.setColor(Role.Highlight, QColor("#4d7fe0"))
    palette.setColor(Role.HighlightedText, QColor("#ffffff"))
    palette.setColor(Role.Link, QColor("#82a8ff"))
    palette.setColor(Role.LinkVisited, QColor("#b59cff"))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7d8085"))
    palette.setColor(Group.Disabled, Role.Base, window)
    palette.setColor(Group.Disabled, Role.Highlight, QColor("#4a4d52"))
    return palette


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    return dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


class SystemPalette:
    """Applies Fusion and the palette matching the system; re-applies when the system switches."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        app.setStyle("Fusion")
        self.apply(app.styleHints().colorScheme())
        app.styleHints().colorSchemeChanged.connect(self.apply)

    def apply(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme
        self.app.setPalette(palette_for(scheme))
