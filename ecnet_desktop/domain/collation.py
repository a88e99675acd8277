"""Names in each partner language's alphabetical order, without Qt (lists, sheets, the database).

QCollator sorts what the window shows, but the People list is read page by page from the
database and printed sheets are made below the UI, so both need the order as a plain key.
These are the CLDR tailorings of the nine languages for the letters names use: in Croatian Č
and Ć are letters of their own after C (Čačak after Cuneo), Hungarian sorts CS after every C,
Polish Ł after L, Spanish Ñ after N; Italian, Portuguese and English only weigh accents after
the letters (Èze with Eze). Bulgarian puts Cyrillic before Latin and Й after И.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from .text import fold

# Per language: the letters (or digraphs) that sort as letters of their own, in alphabetical
# order, each after the letter it is written with. Lower case; digraphs before their first letter
# is looked at on its own (longest match first).
_TAILORINGS: dict[str, tuple[str, ...]] = {
    "hr": ("č", "ć", "dž", "đ", "lj", "nj", "š", "ž"),
    "sl": ("č", "ć", "đ", "š", "ž"),
    "hu": ("cs", "dzs", "dz", "gy", "ly", "ny", "ö", "ő", "sz", "ty", "ü", "ű", "zs"),
    "pl": ("ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż"),
    "es": ("ñ",),
    "bg": ("й",),
}
# Letters that share one place in the alphabet (Hungarian ö and ő) share one mark.
_SAME_PLACE: dict[str, dict[str, str]] = {"hu": {"ő": "ö", "ű": "ü"}}

# Marks from the Private Use Area: above every letter, so "c" + mark sorts after every "c…"
# word and before "d".
_MARK = 0xE000
# Between the names and the levels of a key: below any character a name holds.
_FIELD = "\x01"
_LEVEL = "\x00"
# Latin letters moved above Cyrillic for Bulgarian (still below the marks).
_LATIN_AFTER = 0x3000


def languages() -> tuple[str, ...]:
    """The languages with an order of their own (the others sort as English)."""
    return tuple(_TAILORINGS)


@functools.lru_cache(maxsize=16)
def _pattern(language: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    letters = _TAILORINGS.get(language, ())
    if not letters:
        return None, {}
    same = _SAME_PLACE.get(language, {})
    places: dict[str, str] = {}
    for letter in letters:
        if letter in same:
            continue
        # The mark's rank follows the alphabet within each base letter (č before ć).
        base = fold(letter)[0]
        rank = sum(1 for place in places.values() if place[0] == base)
        places[letter] = base + chr(_MARK + rank)
    for letter, twin in same.items():
        places[letter] = places[twin]
    longest_first = sorted(places, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, longest_first))), places


def primary(text: str, language: str = "") -> str:
    """The letters of ``text`` as the language orders them: case and accents left out,
    except where an accented letter (or a digraph) is a letter of its own."""
    lowered = unicodedata.normalize("NFC", text.casefold())
    pattern, places = _pattern(language)
    if pattern is not None:
        lowered = pattern.sub(lambda m: places[m.group(0)], lowered)
    folded = fold(lowered)
    if language == "bg":
        folded = "".join(chr(_LATIN_AFTER + ord(c)) if "a" <= c <= "z" else c for c in folded)
    return folded


@functools.lru_cache(maxsize=65536)
def name_key(family: str, given: str, language: str = "") -> str:
    """A key whose plain string order is the language's order of "family, given" names.

    Letters first (both names), then accents, then case, so the order is total and stable:
    Čavić, Cavić and cavić never tie, but only the letters decide between Čavić and Ćosić.
    """
    letters = primary(family, language) + _FIELD + primary(given, language)
    accents = unicodedata.normalize("NFD", f"{family}{_FIELD}{given}".casefold())
    return f"{letters}{_LEVEL}{accents}{_LEVEL}{family}{_FIELD}{given}"


def person_order(person: Any, language: str = "") -> tuple[str, str]:
    """The sort key of a record with family_name, given_name and id (a person, in lists and
    printed documents): by name in the language's order, then by id so it never wobbles."""
    return name_key(person.family_name, person.given_name, language), person.id
