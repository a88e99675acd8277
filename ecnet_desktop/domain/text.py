"""Text folding for search: case and diacritics removed, so "lukasz" finds "Łukasz"."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into base letter + mark, so NFKD alone misses them.
_EXTRA = str.maketrans(
    {
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    }
)


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics and collapse whitespace."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def clean(text: str | None) -> str:
    """Trim and collapse inner whitespace, keeping case and accents (for stored values)."""
    if text is None:
        return ""
    return " ".join(str(text).split())
