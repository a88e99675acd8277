"""ISO 3166-1 countries: codes, English names, and lookup from what people write."""

from __future__ import annotations

from functools import cache

import pycountry

from .text import fold

# Names partners actually write in their own languages, beyond pycountry's English names.
_LOCAL_NAMES = {
    "italia": "IT", "portugal": "PT", "espana": "ES", "hrvatska": "HR", "slovenija": "SI",
    "magyarorszag": "HU", "polska": "PL", "bulgaria": "BG", "balgariya": "BG", "българия": "BG",
    "deutschland": "DE", "osterreich": "AT", "cesko": "CZ", "ceska republika": "CZ",
    "slovensko": "SK", "romania": "RO", "ellada": "GR", "ελλαδα": "GR", "srbija": "RS",
    "belgique": "BE", "belgie": "BE", "nederland": "NL", "suomi": "FI", "sverige": "SE",
    "danmark": "DK", "eesti": "EE", "latvija": "LV", "lietuva": "LT", "eire": "IE",
    "olaszorszag": "IT", "horvatorszag": "HR", "lengyelorszag": "PL", "szlovenia": "SI",
    "bulgarija": "BG", "madarska": "HU", "italija": "IT", "poljska": "PL", "spanjolska": "ES",
    "uk": "GB", "england": "GB", "czech republic": "CZ",
}


def name(code: str) -> str:
    """English short name for an alpha-2 code; the code itself when unknown."""
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    return str(getattr(country, "common_name", None) or country.name) if country else code


@cache
def all_codes() -> tuple[str, ...]:
    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name", "alpha_3"):
            value = getattr(country, attr, None)
            if value:
                index[fold(value)] = country.alpha_2
    index.update({fold(k): v for k, v in _LOCAL_NAMES.items()})
    return index


def lookup(text: str | None) -> str | None:
    """The alpha-2 code for a code or a name as people write it, or None when unknown."""
    key = fold(text)
    if not key:
        return None
    if len(key) == 2 and key.upper() in all_codes():
        return key.upper()
    return _index().get(key)


def is_code(code: str) -> bool:
    return code.upper() in all_codes() and code == code.upper()
