"""Status colours (errors, success, hints, warning banners) that read on the light and the dark
palette alike: each tone has a light-palette and a dark-palette shade."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from .palette import is_dark

# name -> (on a light window, on a dark window)
TONES: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a80"),
    "success": ("#2e7d32", "#81c784"),
    "secondary": ("#5f6368", "#a8abb0"),  # hints and captions: quieter than the text, readable
    "accent": ("#1565c0", "#6ea8f0"),
    "present_fg": ("#1b5e20", "#a5d6a7"),
    "present_bg": ("#e3f4e4", "#1f3a24"),
    "other_fg": ("#6b6b6b", "#9a9da2"),
    "figure": ("#1f4e9c", "#82a8ff"),  # big numbers on the overview tiles
    "tile_bg": ("#f3f6fb", "#33363c"),
    "warning_bg": ("#fff4ce", "#4a3d12"),
    "warning_fg": ("#5c4400", "#ffe7a3"),
    "warning_border": ("#e0c060", "#8a6d1f"),
}


def dark_now(palette: QPalette | None = None) -> bool:
    return is_dark(palette if palette is not None else QGuiApplication.palette())


def tone(name: str, palette: QPalette | None = None) -> str:
    """The tone's colour as #rrggbb for the palette given (the application's by default)."""
    light, dark = TONES[name]
    return dark if dark_now(palette) else light


def tone_color(name: str, palette: QPalette | None = None) -> QColor:
    return QColor(tone(name, palette))


def text_style(name: str) -> str:
    """A style sheet that colours a label's text with the tone."""
    return f"color: {tone(name)};"


def warning_style(padding: int = 6) -> str:
    """The yellow note used for possible duplicates and overlaps, dimmed on a dark palette."""
    return (f"background: {tone('warning_bg')}; color: {tone('warning_fg')}; "
            f"border: 1px solid {tone('warning_border')}; padding: {padding}px;")
