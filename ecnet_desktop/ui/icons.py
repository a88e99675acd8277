"""Every icon the app uses, named in one place: our SVGs drawn in the palette's text colour,
else the desktop theme's icon, else Qt's own."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from ..paths import resource_path

SP = QStyle.StandardPixmap
APP_ICON_SVG = "ecnet-desktop.svg"
# Rendered by ecnet_desktop/tools/render_icons.py (make icons); the SVG stays the source.
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# name -> (freedesktop theme name, Qt standard pixmap used where the theme has none); a
# resources/icons/ui/<name>.svg, where there is one, comes first.
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new": ("document-new", SP.SP_FileIcon),
    "open": ("document-open", SP.SP_DialogOpenButton),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "undo": ("edit-undo", SP.SP_ArrowBack),
    "redo": ("edit-redo", SP.SP_ArrowForward),
    "preferences": ("preferences-system", SP.SP_FileDialogDetailedView),
    "shortcuts": ("help-keyboard-shortcuts", SP.SP_DialogHelpButton),
    "help": ("help-contents", SP.SP_DialogHelpButton),
    "about": ("help-about", SP.SP_MessageBoxInformation),
    "error": ("dialog-warning", SP.SP_MessageBoxWarning),
    "home": ("go-home", SP.SP_DirHomeIcon),
    "overview": ("x-office-presentation", SP.SP_FileDialogInfoView),
    "events": ("x-office-calendar", SP.SP_FileDialogListView),
    "people": ("system-users", SP.SP_DirIcon),
    "checkin": ("object-select", SP.SP_DialogApplyButton),
    "notes": ("accessories-text-editor", SP.SP_FileDialogContentsView),
    "interviews": ("audio-input-microphone", SP.SP_MessageBoxQuestion),
    "exchange": ("network-transmit-receive", SP.SP_BrowserReload),
    "reports": ("document-print", SP.SP_FileDialogInfoView),
}




@cache
def _svg_source(name: str) -> bytes | None:
    path = resource_path("icons", "ui", f"{name}.svg")
    return path.read_bytes() if path.exists() else None


class TintedSvgEngine(QIconEngine):
    """Draws a line-art SVG in the current palette's colours at whatever size is asked.

    Vector all the way, so it is sharp at any device-pixel ratio, and it follows a switch
    between the light and dark palettes without reloading.
    """

    def __init__(self, source: bytes) -> None:
        super().__init__()
        self.source = source

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        return palette.color(QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        svg = self.source.replace(b"currentColor", self._colour(mode).encode())
        QSvgRenderer(QByteArray(svg)).render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.source)


def icon(name: str) -> QIcon:
    """The named icon; an unknown name is a programming error (KeyError), not a blank icon."""
    theme, fallback = ICONS[name]
    source = _svg_source(name)
    if source is not None:
        return QIcon(TintedSvgEngine(source))
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return QApplication.style().standardIcon(fallback)


def section_icon(key: str) -> QIcon:
    """A sidebar section's icon ("home" is the built-in home page); a new section gets none."""
    return icon(key) if key in ICONS else QIcon()


def app_icon() -> QIcon:
    """The app icon: the SVG scales sharply on any DPI; rendered PNGs serve exact small sizes."""
    folder = resource_path("icons")
    result = QIcon()
    svg = folder / APP_ICON_SVG
    if svg.exists():
        result.addFile(str(svg))
    for size in APP_ICON_SIZES:
        png = folder / f"ecnet-desktop-{size}.png"
        if png.exists():
            result.addFile(str(png), QSize(size, size))
    return result
