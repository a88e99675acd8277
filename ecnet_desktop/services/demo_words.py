"""Word lists of the demo data generator (resources/demo/*.json), loaded once and typed."""

from __future__ import annotations

import json
import math
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


# -- interview answers ---------------------------------------------------------------------------

# How much respondents lean towards agreeing with the (positive) Likert statements: activists
# and elected people more than citizens who came once; some partner countries are more
# sceptical than others. Invented, but it gives the analysis differences to show.
CATEGORY_LEAN = {"activist": 0.45, "policy_maker": 0.3, "public_officer": 0.1,
                 "citizen": -0.15, "other": -0.3}
COUNTRY_LEAN = {"PT": 0.3, "IT": 0.2, "ES": 0.2, "SI": 0.1, "HR": 0.0, "RO": 0.0,
                "GR": -0.1, "BG": -0.25, "PL": -0.3, "HU": -0.45}
# Open answers that respondents gave in their own language (the rest answered in English).
LOCAL_ANSWERS = {
    "IT": ("Abbiamo scoperto che i problemi dei piccoli comuni sono uguali ovunque.",
           "Più scambi per i giovani, non solo per gli amministratori.", "Solidarietà"),
    "HR": ("Upoznali smo ljude iz gradova o kojima prije nismo ništa znali.",
           "Manje birokracije za male udruge.", "Zajedništvo"),
    "PL": ("Po wizycie założyliśmy radę młodzieżową w naszej gminie.",
           "Więcej spotkań dla zwykłych mieszkańców.", "Otwartość"),
    "HU": ("Kevesebb papírmunkát kérünk a kis egyesületeknek.",
           "A partnervárosi diákcsere volt a legfontosabb.", "Bürokrácia"),
    "PT": ("Aprendemos com os parceiros a fazer orçamento participativo.",
           "Continuar entre projetos, não só quando há financiamento.", "Oportunidade"),
    "ES": ("Cocinar juntos con las familias de los pueblos socios.",
           "Más intercambios para la ciudadanía, no solo para los cargos.", "Diálogo"),
    "SI": ("Mladinski svet smo prenesli iz partnerskega mesta.",
           "Več izmenjav za navadne ljudi.", "Sodelovanje"),
    "BG": ("Разбрахме, че имаме едни и същи проблеми.",
           "Повече срещи за младите хора.", "Солидарност"),
    "RO": ("Am învățat cum să implicăm cetățenii în deciziile locale.",
           "Mai puțină birocrație pentru asociații.", "Încredere"),
    "GR": ("Γνωρίσαμε ανθρώπους από πόλεις που δεν ξέραμε.",
           "Περισσότερες ανταλλαγές για νέους.", "Αλληλεγγύη"),
}


def respondent_lean(category: str, country: str) -> float:
    return CATEGORY_LEAN.get(category, 0.0) + COUNTRY_LEAN.get(country, 0.0)


def answer_value(rng: random.Random, question: dict[str, Any], lean: float = 0.0,
                 country: str = "") -> str:
    """An answer in its stored text form: the value, or a JSON list for multiple choice.

    ``lean`` (about -1 to 1) tilts Likert and yes/no answers; ``country`` lets some open
    answers come in the respondent's language.
    """
    kind = question["type"]
    if kind == "likert":
        # Participants lean positive, as network alumni do; more or less so by who they are.
        weights = [w * math.exp(lean * (i - 2)) for i, w in enumerate((5, 11, 22, 37, 25))]
        return str(rng.choices([1, 2, 3, 4, 5], weights)[0])
    if kind == "number":
        low, high = question["range"]
        return str(int(low + (high - low) * rng.random() ** 2))
    if kind == "yes_no":
        return "yes" if rng.random() < 0.65 + 0.2 * lean else "no"
    if kind == "text":
        local = LOCAL_ANSWERS.get(country)
        if local and rng.random() < 0.3:
            # Each local triple: a moment or example, a wish, one word (as the questions ask).
            english = question["text"]["en"]
            if english.startswith("One word"):
                return local[2]
            return local[1] if " would " in english else local[0]
        return str(rng.choice(question["answers"]))
    values = [c["value"] for c in question["choices"]]
    if kind == "single_choice":
        return str(rng.choices(values, [3] + [2] * (len(values) - 1))[0])
    picked = set(rng.sample(range(len(values)), rng.randint(1, min(3, len(values)))))
    return json.dumps([v for i, v in enumerate(values) if i in picked], ensure_ascii=False)
