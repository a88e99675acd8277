"""Words people write for registration columns and values, in the partner languages, and
the mapping of a file's columns to fields."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from ..domain import countries
from ..domain.enums import Gender, PersonCategory, RegistrationRole
from ..domain.errors import ValidationError
from ..domain.fields import label
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, Source, msg
from ..domain.text import fold
from .tabular import Table, iter_cells

SAMPLES = 3

# Fields a column can be mapped to; "" is an unknown column, IGNORE one a person chose to skip.
IGNORE = "ignore"
TIMESTAMP = "timestamp"
FIELDS: tuple[str, ...] = (
    "given_name", "family_name", "email", "phone", "organisation", "town", "country",
    "category", "role", "gender", "birth_year", "birth_date", "invited_by_town",
    "consent_processing", "consent_photos", "consent_lists", TIMESTAMP, IGNORE,
)
_EXTRA_LABELS: dict[str, Source] = {
    "birth_date": QT_TRANSLATE_NOOP("import", "date of birth"),
    "consent_processing": QT_TRANSLATE_NOOP("import", "consent: data processing"),
    "consent_photos": QT_TRANSLATE_NOOP("import", "consent: photos"),
    "consent_lists": QT_TRANSLATE_NOOP("import", "consent: appearing on lists"),
    TIMESTAMP: QT_TRANSLATE_NOOP("import", "time of the form (not imported)"),
    IGNORE: QT_TRANSLATE_NOOP("import", "do not import"),
    "": QT_TRANSLATE_NOOP("import", "unknown: not imported"),
}


def field_label(field: str) -> Source:
    """The readable, translatable name of an import field."""
    return _EXTRA_LABELS.get(field) or label(field)


def compact(text: str) -> str:
    """Folded, with everything but letters and digits removed: "E-mail" == "email"."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {compact(word): key for key, words in table.items() for word in words}


# Exact header words (compared compact). Bilingual headers ("Település / Town") are split.
_HEADERS = _index({
    "given_name": (
        "given name", "first name", "forename", "christian name", "nome", "nome proprio",
        "primeiro nome", "nombre", "nombre de pila", "ime", "keresztnév", "utónév", "imię",
        "име", "собствено име", "prénom", "vorname",
    ),
    "family_name": (
        "family name", "last name", "surname", "cognome", "apelido", "apelidos", "sobrenome",
        "apellido", "apellidos", "prezime", "priimek", "vezetéknév", "családnév", "nazwisko",
        "фамилия", "презиме", "фамилно име", "nom", "nom de famille", "nachname",
    ),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "mail", "posta elettronica",
        "indirizzo email", "indirizzo e-mail", "endereço de email", "endereço eletrónico",
        "correio eletrónico", "correo", "correo electrónico", "e-pošta", "adresa e-pošte",
        "elektronička pošta", "e-naslov", "e-poštni naslov", "elektronska pošta",
        "e-mail cím", "email cím", "adres e-mail", "adres email", "имейл", "имейл адрес",
        "електронна поща", "courriel",
    ),
    "phone": (
        "phone", "phone number", "telephone", "telephone number", "mobile", "mobile phone",
        "tel", "telefono", "numero di telefono", "cellulare", "telefone", "telemóvel",
        "número de telefone", "teléfono", "móvil", "telefon", "broj telefona", "mobitel",
        "telefonska številka", "telefonszám", "mobil", "numer telefonu", "телефон",
        "мобилен телефон", "gsm",
    ),
    "organisation": (
        "organisation", "organization", "organisation name", "institution", "affiliation",
        "organizzazione", "ente", "ente di appartenenza", "organização", "instituição",
        "organización", "entidad", "institución", "organizacija", "ustanova", "institucija",
        "szervezet", "intézmény", "organizacja", "instytucja", "организация", "институция",
    ),
    "town": (
        "town", "city", "municipality", "town/city", "place", "comune", "città",
        "cidade", "município", "concelho", "ciudad", "localidad", "municipio", "grad",
        "mjesto", "općina", "mesto", "občina", "település", "város", "miasto",
        "miejscowość", "gmina", "град", "населено място", "община",
    ),
    "country": (
        "country", "country of residence", "nationality", "paese", "nazione", "stato",
        "país", "država", "ország", "państwo", "държава", "страна", "land", "pays",
    ),
    "category": (
        "category", "participant category", "type of participant", "profile", "categoria",
        "profilo", "categoría", "perfil", "kategorija", "kategória", "kategoria",
        "категория", "i am", "i am a",
    ),
    "role": (
        "role", "role at the event", "ruolo", "função", "papel", "rol", "función", "uloga",
        "vloga", "szerep", "szerepkör", "rola", "роля", "funkcja",
    ),
    "gender": ("gender", "sex", "genere", "sesso", "género", "sexo", "spol", "nem", "płeć",
               "пол"),
    "birth_year": (
        "year of birth", "birth year", "anno di nascita", "ano de nascimento",
        "año de nacimiento", "godina rođenja", "leto rojstva", "születési év",
        "rok urodzenia", "година на раждане",
    ),
    "birth_date": (
        "date of birth", "birth date", "birthday", "data di nascita", "data de nascimento",
        "fecha de nacimiento", "datum rođenja", "datum rojstva", "születési dátum",
        "születési idő", "data urodzenia", "дата на раждане",
    ),
    "invited_by_town": ("invited by", "invited by town", "sending town", "partner town"),
    TIMESTAMP: (
        "timestamp", "time stamp", "submitted", "submitted at", "submission date",
        "date submitted", "informazioni cronologiche", "carimbo de data/hora",
        "marca temporal", "vremenska oznaka", "časovni žig", "időbélyeg",
        "sygnatura czasowa", "времево клеймо",
    ),
})

# Word beginnings inside long headers (online form questions), tried in this order: the
# consent questions first, since they may mention a name, a list or a photo of the person.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consent_lists", (
        "participant list", "list of participants", "attendance list", "attendance sheet",
        "signature list", "lista dei partecipanti", "elenco dei partecipanti",
        "lista de participantes", "lista de presenças", "popis sudionika",
        "seznam udeležencev", "résztvevők listá", "jelenléti ív", "lista obecności",
        "lista uczestników", "списък",
    )),
    ("consent_photos", (
        "photo", "foto", "fotograf", "fénykép", "zdjęc", "snim", "снимк", "сниман",
        "picture", "imagem", "imagen", "immagin", "video",
    )),
    ("consent_processing", (
        "personal data", "data processing", "processing of", "privacy", "gdpr",
        "dati personali", "trattamento dei dati", "dados pessoais", "datos personales",
        "osobnih podataka", "osebnih podatkov", "személyes adat", "adatkezel",
        "danych osobowych", "лични данни", "consent",
    )),
    ("category", ("i am a", "sono un", "eu sou", "soy un", "ja sam", "vagyok", "jestem",
                  "аз съм", "categor", "kategor", "категор")),
    (TIMESTAMP, ("timestamp", "submitted")),
)
_KEYWORD_RES = tuple(
    (field, re.compile("|".join(r"(?<!\w)" + re.escape(fold(w)) for w in words)))
    for field, words in _KEYWORDS
)
_NOISE = re.compile(r"\((required|optional|obbligatorio|obrigatório|obligatorio)\)|\*", re.I)
_PARTS = re.compile(r"[/|()\[\]:]")


def header_field(header: str) -> str:
    """The field a header names, or "" when it names none of them."""
    text = _NOISE.sub(" ", header)
    whole = compact(text)
    if not whole:
        return ""
    if whole in _HEADERS:
        return _HEADERS[whole]
    for part in _PARTS.split(text):
        found = _HEADERS.get(compact(part))
        if found:
            return found
    folded = fold(text)
    for field, pattern in _KEYWORD_RES:
        if pattern.search(folded):
            return field
    return ""


def is_known_header(header: str) -> bool:
    return bool(header_field(header))


# -- values ----------------------------------------------------------------------------------

_CATEGORIES = _index({
    PersonCategory.POLICY_MAKER: (
        "policy maker", "policymaker", "politician", "elected official", "elected",
        "mayor", "deputy mayor", "councillor", "councilor", "decisore politico", "politico",
        "amministratore", "sindaco", "consigliere", "assessore", "decisor político",
        "autarca", "vereador", "presidente da câmara", "responsable político", "alcalde",
        "concejal", "donositelj odluka", "političar", "gradonačelnik", "vijećnik",
        "načelnik", "župan", "odločevalec", "politik", "svetnik", "polgármester",
        "politikus", "döntéshozó", "képviselő", "alpolgármester", "decydent", "polityk",
        "burmistrz", "radny", "wójt", "prezydent miasta", "политик", "кмет",
        "общински съветник",
    ),
    PersonCategory.PUBLIC_OFFICER: (
        "public officer", "public official", "civil servant", "public servant",
        "municipal officer", "official", "funzionario", "funzionario pubblico",
        "dipendente pubblico", "funcionário público", "técnico municipal", "funcionário",
        "funcionario", "funcionario público", "javni službenik", "službenik",
        "javna službenica", "službenica", "javni uslužbenec", "uradnik", "uslužbenec",
        "köztisztviselő", "közalkalmazott", "tisztviselő", "urzędnik", "urzędniczka",
        "pracownik samorządowy", "държавен служител", "общински служител", "служител",
    ),
    PersonCategory.ACTIVIST: (
        "activist", "volunteer", "ngo", "civil society", "attivista", "volontario",
        "volontaria", "ativista", "voluntário", "voluntária", "activista", "voluntario",
        "voluntaria", "aktivist", "aktivistica", "aktivistkinja", "volonter", "volonterka",
        "prostovoljec", "prostovoljka", "aktivista", "önkéntes", "civil", "społecznik",
        "wolontariusz", "wolontariuszka", "działacz", "działaczka", "активист",
        "доброволец",
    ),
    PersonCategory.CITIZEN: (
        "citizen", "resident", "cittadino", "cittadina", "cidadão", "cidadã", "ciudadano",
        "ciudadana", "građanin", "građanka", "državljan", "občan", "občanka", "polgár",
        "lakos", "állampolgár", "obywatel", "obywatelka", "mieszkaniec", "mieszkanka",
        "гражданин", "гражданка",
    ),
    PersonCategory.OTHER: (
        "other", "altro", "altra", "outro", "outra", "otro", "otra", "ostalo", "drugo",
        "drugi", "egyéb", "más", "inne", "inny", "inna", "друго", "student", "studente",
        "studentessa", "estudante", "estudiante", "studentica", "študent", "hallgató",
        "diák", "studentka", "студент",
    ),
})

_ROLES = _index({
    RegistrationRole.PARTICIPANT: (
        "participant", "partecipante", "participante", "sudionik", "sudionica",
        "udeleženec", "udeleženka", "résztvevő", "uczestnik", "uczestniczka", "участник",
        "участничка", "attendee", "delegate", "delegato", "delegado",
    ),
    RegistrationRole.SPEAKER: (
        "speaker", "presenter", "relatore", "relatrice", "orador", "oradora", "palestrante",
        "ponente", "predavač", "predavačica", "govornik", "govornica", "predavatelj",
        "predavateljica", "előadó", "prelegent", "prelegentka", "mówca", "лектор",
        "говорител",
    ),
    RegistrationRole.FACILITATOR: (
        "facilitator", "moderator", "facilitatore", "facilitatrice", "moderatore",
        "moderatrice", "facilitador", "facilitadora", "moderador", "moderadora",
        "facilitatorica", "moderatorica", "moderatorka", "facilitátor", "moderátor",
        "фасилитатор", "модератор",
    ),
    RegistrationRole.STAFF: (
        "staff", "organiser", "organizer", "staff member", "organizzatore", "organizzatrice",
        "organizador", "organizadora", "equipa", "organizator", "organizatorica",
        "osoblje", "organizatorka", "szervező", "személyzet", "obsługa", "персонал",
        "организатор",
    ),
    RegistrationRole.INTERPRETER: (
        "interpreter", "translator", "interprete", "tradutor", "tradutora", "intérprete",
        "traductor", "prevoditelj", "prevoditeljica", "tumač", "tolmač", "tolmačka",
        "tolmács", "tłumacz", "tłumaczka", "преводач",
    ),
})

_GENDERS = _index({
    Gender.FEMALE: ("f", "female", "woman", "donna", "femmina", "mulher", "feminino",
                    "mujer", "femenino", "ž", "žensko", "ženski", "žena", "ženska", "nő",
                    "kobieta", "k", "жена", "ж"),
    Gender.MALE: ("m", "male", "man", "uomo", "maschio", "homem", "masculino", "hombre",
                  "muško", "muški", "moški", "férfi", "mężczyzna", "мъж"),
    Gender.OTHER: ("other", "non-binary", "altro", "outro", "otro", "drugo", "egyéb",
                   "inna", "друго"),
    Gender.UNSPECIFIED: ("prefer not to say", "n/a", "preferisco non dirlo",
                         "prefiro não dizer", "prefiero no decirlo", "ne želim reći",
                         "nem kívánom megadni", "wolę nie mówić", "не желая да посоча"),
})

_YES = {compact(w) for w in (
    "yes", "y", "true", "1", "x", "✓", "ok", "agree", "i agree", "sì", "si", "sim", "da",
    "igen", "tak", "да", "ja", "oui", "accetto", "acconsento", "acepto", "aceito",
    "concordo", "slažem se", "strinjam se", "elfogadom", "hozzájárulok", "zgadzam się",
    "wyrażam zgodę", "съгласен", "съгласна",
)}
_NO = {compact(w) for w in (
    "no", "n", "false", "0", "não", "nao", "ne", "nem", "nie", "не", "nein", "non",
    "non accetto", "no acepto", "não aceito", "ne slažem se", "ne strinjam se",
    "nem járulok hozzá", "nie zgadzam się", "не съм съгласен", "не съм съгласна",
)}


def _lookup(text: str, table: dict[str, str]) -> str | None:
    """Try the whole value, then what comes before a bracket or after a slash."""
    candidates = [text, re.split(r"[(\[]", text)[0], *re.split(r"[/|,]", text)]
    for candidate in candidates:
        found = table.get(compact(candidate))
        if found:
            return found
    return None


def category_of(text: str) -> str | None:
    """A person category from a label in any partner language (or its value), else None."""
    found = _lookup(text, _CATEGORIES)
    if found:
        return found
    try:
        return PersonCategory.from_text(text).value
    except ValueError:
        return None


def role_of(text: str) -> str | None:
    found = _lookup(text, _ROLES)
    if found:
        return found
    try:
        return RegistrationRole.from_text(text).value
    except ValueError:
        return None


def gender_of(text: str) -> str | None:
    return _lookup(text, _GENDERS)


def consent_of(text: str) -> bool | None:
    """True for yes, False for no or an empty cell, None when it is neither."""
    key = compact(text)
    if not key:
        return False
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


# Country names in the partner languages that domain.countries does not know yet.
_COUNTRY_NAMES = {compact(name): code for code, names in {
    "IT": ("Italia", "Itália", "Italija", "Olaszország", "Włochy", "Италия"),
    "PT": ("Portogallo", "Portugalska", "Portugalija", "Portugália", "Portugalia",
           "Португалия"),
    "ES": ("Spagna", "Espanha", "Španjolska", "Španija", "Spanyolország", "Hiszpania",
           "Испания", "España"),
    "HR": ("Croazia", "Croácia", "Croacia", "Hrvaška", "Horvátország", "Chorwacja",
           "Хърватия"),
    "SI": ("Slovenia", "Eslovénia", "Eslovenia", "Slovenija", "Szlovénia", "Słowenia",
           "Словения"),
    "HU": ("Ungheria", "Hungria", "Hungría", "Mađarska", "Madžarska", "Magyarország",
           "Węgry", "Унгария"),
    "PL": ("Polonia", "Polónia", "Poljska", "Lengyelország", "Polska", "Полша"),
    "BG": ("Bulgaria", "Bulgária", "Bugarska", "Bolgarija", "Bułgaria", "България"),
    "RO": ("Romania", "Roménia", "Rumunjska", "Romunija", "Románia", "Rumunia", "Румъния"),
    "DE": ("Germania", "Alemanha", "Alemania", "Njemačka", "Nemčija", "Németország",
           "Niemcy", "Германия"),
    "AT": ("Austria", "Áustria", "Austrija", "Avstrija", "Ausztria", "Австрия"),
    "FR": ("Francia", "França", "Francuska", "Francija", "Franciaország", "Francja",
           "Франция"),
    "GR": ("Grecia", "Grécia", "Grčka", "Grčija", "Görögország", "Grecja", "Гърция"),
    "RS": ("Serbia", "Sérvia", "Srbija", "Szerbia", "Сърбия"),
    "CZ": ("Repubblica Ceca", "Chéquia", "Chequia", "Češka", "Češka republika",
           "Csehország", "Czechy", "Чехия"),
    "SK": ("Slovacchia", "Eslováquia", "Eslovaquia", "Slovačka", "Slovaška",
           "Szlovákia", "Słowacja", "Словакия"),
}.items() for name in names}


def country_of(text: str) -> str | None:
    """An ISO code from a code or a country name in any partner language, else None."""
    return countries.lookup(text) or _COUNTRY_NAMES.get(compact(text))


# -- mapping -----------------------------------------------------------------------------------


def header_signature(headers: tuple[str, ...] | list[str]) -> str:
    """A short stable key for a set of headers (where the UI remembers a mapping)."""
    text = "\x1f".join(compact(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def auto_fields(headers: tuple[str, ...]) -> tuple[str, ...]:
    """The field each header names by itself ("" for unknown headers)."""
    return tuple(header_field(h) if h else "" for h in headers)


def samples_of(table: Table) -> tuple[tuple[str, ...], ...]:
    """A few different values of every column, for the person choosing the mapping."""
    result = []
    for column in range(len(table.header)):
        values: list[str] = []
        for value in iter_cells(table, column):
            if value not in values:
                values.append(value)
            if len(values) == SAMPLES:
                break
        result.append(tuple(values))
    return tuple(result)


def resolve_fields(
    table: Table, mapping: Mapping[str, str] | None
) -> tuple[tuple[str, ...], list[Message]]:
    """The field of every column: the person's choice, else the aliases; one column a field."""
    chosen = dict(mapping or {})
    unknown = set(chosen.values()) - set(FIELDS) - {""}
    if unknown:
        raise ValueError(f"unknown import fields: {sorted(unknown)}")
    auto = auto_fields(table.header)
    fields: list[str] = []
    owner: dict[str, str] = {}
    notes: list[Message] = []
    for index, header in enumerate(table.header):
        wanted = chosen.get(header, auto[index]) if header else ""
        repeatable = wanted in ("", IGNORE, TIMESTAMP)
        if not repeatable and wanted in owner:
            notes.append(msg(QT_TRANSLATE_NOOP(
                "import", "Columns “{first}” and “{second}” both hold the {field}; "
                "only “{first}” is imported."),
                first=owner[wanted], second=header, field=field_label(wanted)))
            wanted = ""
        owner.setdefault(wanted, header)
        fields.append(wanted)
    if "given_name" not in fields and "family_name" not in fields:
        raise ValidationError("mapping", msg(QT_TRANSLATE_NOOP(
            "import", "No column holds the given or the family name; map one of the columns "
            "({headers}) to a name."), headers=", ".join(h for h in table.header if h)))
    if "category" not in fields:
        notes.append(msg(QT_TRANSLATE_NOOP(
            "import", "No column holds the category: new people are recorded as “{value}”."),
            value=PersonCategory.CITIZEN.label))
    return tuple(fields), notes
