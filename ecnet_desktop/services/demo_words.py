"""Word lists of the demo data generator (resources/demo/*.json), loaded once and typed."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..domain.text import fold
from ..paths import resource_path

ORG_TYPES = ("municipality", "civil_society", "school", "other")
_NOT_EMAIL = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class CountryWords:
    """Everything the generator knows about one country."""

    code: str
    language: str
    tld: str
    phones: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    # (male form, female form); identical when the language does not inflect family names.
    family: tuple[tuple[str, str], ...]
    double_family: float
    hyphen_family: float
    # Share of people writing their name in the country's own non-Latin script (0: Latin).
    native_script: float
    translit: tuple[tuple[str, str], ...]
    partner_towns: tuple[str, ...]
    towns: tuple[str, ...]
    genitive: dict[str, str]
    org_patterns: dict[str, tuple[str, ...]]
    latin_org_patterns: dict[str, tuple[str, ...]]
    venues: tuple[str, ...]
    rooms: tuple[str, ...]
    outdoor: tuple[str, ...]

    @property
    def non_latin(self) -> bool:
        return self.native_script > 0

    def latin(self, text: str) -> str:
        """The Latin-letter form of a name or town, as its owner writes it abroad."""
        if not self.translit:
            return text
        plain = "".join(
            ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
        )
        out: list[str] = []
        i = 0
        lower = plain.lower()
        while i < len(lower):
            for src, dst in self.translit:
                if lower.startswith(src, i):
                    piece = dst
                    i += len(src)
                    break
            else:
                piece = plain[i]
                i += 1
            out.append(piece)
        # Capitalise each word (and each part of a hyphenated word) like a written name.
        words = "".join(out).split(" ")
        return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)

    def ascii_slug(self, text: str) -> str:
        """Lower-case ASCII letters and digits only, for e-mail addresses."""
        return _NOT_EMAIL.sub("", fold(self.latin(text)))


@dataclass(frozen=True)
class Words:
    """All demo word lists."""

    countries: dict[str, CountryWords]
    partners: tuple[str, ...]
    guests: tuple[str, ...]
    programme: dict[str, Any]
    notes: dict[str, Any]
    methodologies: tuple[dict[str, Any], ...]
    interviews: dict[str, Any]


def _load(name: str) -> Any:
    with resource_path("demo", name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _family(items: list[Any]) -> tuple[tuple[str, str], ...]:
    return tuple((i, i) if isinstance(i, str) else (str(i[0]), str(i[1])) for i in items)


def _patterns(source: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {t: tuple(source.get(t, ())) for t in ORG_TYPES}


@cache
def load_words() -> Words:
    """Read and check the word lists (cached: they never change while the app runs)."""
    names = _load("names.json")
    places = _load("places.json")
    countries: dict[str, CountryWords] = {}
    for code, place in places["countries"].items():
        person = names["countries"][code]
        # Longest source first, so digraphs such as "ου" win over single letters.
        table = names["transliteration"].get(code, {})
        translit = tuple(sorted(table.items(), key=lambda kv: (-len(kv[0]), kv[0])))
        countries[code] = CountryWords(
            code=code,
            language=place["language"],
            tld=place["tld"],
            phones=tuple(place["phone"]),
            female=tuple(person["female"]),
            male=tuple(person["male"]),
            family=_family(person["family"]),
            double_family=float(person.get("double_family", 0.0)),
            hyphen_family=float(person.get("hyphen_family", 0.0)),
            native_script=float(person.get("native_script", 0.0)),
            translit=translit,
            partner_towns=tuple(place["partner_towns"]),
            towns=tuple(place["towns"]),
            genitive=dict(place.get("genitive", {})),
            org_patterns=_patterns(place),
            latin_org_patterns=_patterns(place.get("latin", {})),
            venues=tuple(place["venues"]),
            rooms=tuple(place["rooms"]),
            outdoor=tuple(place["outdoor"]),
        )
    return Words(
        countries=countries,
        partners=tuple(places["ecnet_partners"]),
        guests=tuple(places["ecnet_guests"]),
        programme=_load("programme.json"),
        notes=_load("notes.json"),
        methodologies=tuple(_load("methodologies.json")["methodologies"]),
        interviews=_load("interviews.json"),
    )


# -- writing words as people do ------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """A person's name as written on forms, with the parts their e-mail address is made of."""

    given: str
    family: str
    native: bool
    email_given: str
    email_family: str


def person_name(rng: random.Random, cw: CountryWords, female: bool) -> Name:
    """A name in the country's usage: inflected family names, two surnames, own script."""

    def one() -> str:
        pair = rng.choice(cw.family)
        return pair[1] if female else pair[0]

    given = rng.choice(cw.female if female else cw.male)
    first = family = one()
    if rng.random() < cw.double_family:
        second = one()
        family = f"{family} {second}" if second != family else family
    elif rng.random() < cw.hyphen_family:
        second = one()
        family = f"{family}-{second}" if second != family else family
    native = cw.non_latin and rng.random() < cw.native_script
    if not native:
        given, family = cw.latin(given), cw.latin(family)
    # Mail uses the first given name and the first surname ("De Luca" → "deluca").
    return Name(given, family, native, cw.ascii_slug(given.split()[0]), cw.ascii_slug(first))


def email_address(rng: random.Random, cw: CountryWords, name: Name, used: set[str]) -> str:
    """An address at a reserved example domain, unique within ``used`` (which it extends)."""
    g, f = name.email_given, name.email_family
    local = rng.choice([f"{g}.{f}", f"{g}.{f}", f"{g[0]}.{f}", f"{f}.{g}", f"{g}{f}",
                        f"{f}{g[0]}", f"{g}.{f}{rng.randint(1, 99)}"])
    domain = rng.choices([f"example.{cw.tld}", "example.org", "example.com", "example.net"],
                         [70, 12, 12, 6])[0]
    address = f"{local}@{domain}"
    while address in used:
        address = f"{local}{rng.randint(2, 999)}@{domain}"
    used.add(address)
    return address


def phone_number(rng: random.Random, cw: CountryWords) -> str:
    """A number in one of the ways people of that country write it (# becomes a digit)."""
    pattern = rng.choice(cw.phones)
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def answer_value(rng: random.Random, question: dict[str, Any]) -> str:
    """An answer in its stored text form: the value, or a JSON list for multiple choice."""
    kind = question["type"]
    if kind == "likert":
        # Participants lean positive, as network alumni do.
        return str(rng.choices([1, 2, 3, 4, 5], [5, 11, 22, 37, 25])[0])
    if kind == "number":
        low, high = question["range"]
        return str(int(low + (high - low) * rng.random() ** 2))
    if kind == "yes_no":
        return "yes" if rng.random() < 0.65 else "no"
    if kind == "text":
        return str(rng.choice(question["answers"]))
    values = [c["value"] for c in question["choices"]]
    if kind == "single_choice":
        return str(rng.choices(values, [3] + [2] * (len(values) - 1))[0])
    picked = set(rng.sample(range(len(values)), rng.randint(1, min(3, len(values)))))
    return json.dumps([v for i, v in enumerate(values) if i in picked], ensure_ascii=False)
