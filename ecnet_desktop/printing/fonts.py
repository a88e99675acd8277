"""The Unicode fonts every document embeds (DejaVu, shipped in resources/fonts with its licence).

The 14 standard PDF fonts know only Latin-1: Łukasz, Őry, Ştefan, Γιώργος or Мария would print
as black boxes. DejaVu covers Latin, Greek and Cyrillic, and reportlab embeds (subsets of) the
TrueType files, so the PDF prints the same on any printer.
"""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (parsing a TTF costs ~20 ms)."""
    global _registered
    with _lock:  # documents may be generated on a worker thread
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(f"font file missing from the installation: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # So that <b> and <i> inside paragraphs pick the right face instead of Helvetica.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_OBLIQUE)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(CONDENSED, 0, 0, CONDENSED)
        addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
        addMapping(CONDENSED, 0, 1, SANS_OBLIQUE)
        addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
        _registered = True
