"""The exchange workbook format shared by writer and reader: sheets, columns, checksums.

Sheet names, column headers, choice labels and the About sheet's labels are written in the
language of the laptop that exports (English by default, and on the command line). The file
describes itself so that a laptop set to any other language still reads it: a technical sheet
(⚙ map, format 1.1) tells, for every sheet name, header and choice label written, the entity,
field or stored value it stands for. Files without that sheet (format 1.0, and workbooks made
by hand) are read by their English names. Technical columns keep their fixed ⚙ names.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain.enums import (
    AttendanceMethod,
    ConsentKind,
    EventKind,
    Gender,
    InterviewStatus,
    LabelledEnum,
    NoteKind,
    OrganisationType,
    PersonCategory,
    QuestionType,
    RecommendationLevel,
    RegistrationRole,
    RegistrationStatus,
    SessionKind,
)
from ..domain.fields import label
from ..domain.i18n import ENUM_CONTEXT, QT_TRANSLATE_NOOP, Source
from .merge import Cell, encode_value

Translate = Callable[[str, str], str]

FORMAT_NAME = "ecnet-exchange"
# The major version: a reader refuses a file with a higher one. A minor version only adds what
# an older reader may skip (1.1 added the ⚙ map sheet), so an English 1.1 file still imports
# into an app that knows 1.0 (it reads int(float(version))).
FORMAT_VERSION = 1
FORMAT_MINOR = 1
FORMAT_VERSION_TEXT = f"{FORMAT_VERSION}.{FORMAT_MINOR}"
ABOUT_SHEET = "About"  # the English name: 1.0 files, and 1.1 files written in English
ABOUT = "about"  # what the ⚙ map calls the About sheet
# Technical columns sit at the right, marked so a person knows to leave them alone.
TECH_ID = "⚙ id"
TECH_CREATED = "⚙ created"
TECH_CLOCKS = "⚙ clocks"
TECH_BASES = "⚙ bases"
TECH_CHECK = "⚙ check"
TECH_COLUMNS = (TECH_ID, TECH_CREATED, TECH_CLOCKS, TECH_BASES, TECH_CHECK)
# The technical sheet that maps what was written to what it means; its name and columns are
# fixed, like the technical columns, so any reader finds them.
MAP_SHEET = "⚙ map"
MAP_COLUMNS = ("⚙ sheet", "⚙ column", "⚙ value", "⚙ means")

SHEETS: dict[str, Source] = {
    "devices": QT_TRANSLATE_NOOP("exchange", "Devices"),
    "organisations": QT_TRANSLATE_NOOP("exchange", "Organisations"),
    "consent_texts": QT_TRANSLATE_NOOP("exchange", "Consent texts"),
    "methodologies": QT_TRANSLATE_NOOP("exchange", "Methodologies"),
    "events": QT_TRANSLATE_NOOP("exchange", "Events"),
    "people": QT_TRANSLATE_NOOP("exchange", "People"),
    "sessions": QT_TRANSLATE_NOOP("exchange", "Sessions"),
    "registrations": QT_TRANSLATE_NOOP("exchange", "Registrations"),
    "attendance": QT_TRANSLATE_NOOP("exchange", "Attendance"),
    "notes": QT_TRANSLATE_NOOP("exchange", "Notes"),
    "interview_guides": QT_TRANSLATE_NOOP("exchange", "Interview guides"),
    "questions": QT_TRANSLATE_NOOP("exchange", "Questions"),
    "interviews": QT_TRANSLATE_NOOP("exchange", "Interviews"),
    "answers": QT_TRANSLATE_NOOP("exchange", "Answers"),
}
ABOUT_TITLE = QT_TRANSLATE_NOOP("exchange", "About")

# The About sheet's rows: the key (what every reader looks up, the English label) → its label.
ABOUT_LABELS: dict[str, Source] = {
    "format": QT_TRANSLATE_NOOP("exchange", "format"),
    "format version": QT_TRANSLATE_NOOP("exchange", "format version"),
    "app version": QT_TRANSLATE_NOOP("exchange", "app version"),
    "device id": QT_TRANSLATE_NOOP("exchange", "device id"),
    "device name": QT_TRANSLATE_NOOP("exchange", "device name"),
    "exported at (UTC)": QT_TRANSLATE_NOOP("exchange", "exported at (UTC)"),
    "scope": QT_TRANSLATE_NOOP("exchange", "scope"),
    "checksum": QT_TRANSLATE_NOOP("exchange", "checksum"),
}
ROWS_LABEL = QT_TRANSLATE_NOOP("exchange", "rows: {sheet}")
WHOLE_DATABASE = QT_TRANSLATE_NOOP("exchange", "whole database")
ONE_EVENT = QT_TRANSLATE_NOOP("exchange", "event {id}")

# Headers of fields that domain/fields.py has no label for. The English text is the one
# label() falls back to (the headers of format 1.0), so English files read as before.
HEADER_LABELS: dict[str, Source] = {
    "deleted": QT_TRANSLATE_NOOP("field", "deleted"),
    "version": QT_TRANSLATE_NOOP("field", "version"),
    "summary": QT_TRANSLATE_NOOP("field", "summary"),
    "steps": QT_TRANSLATE_NOOP("field", "steps"),
    "duration_minutes": QT_TRANSLATE_NOOP("field", "duration minutes"),
    "group_size": QT_TRANSLATE_NOOP("field", "group size"),
    "materials": QT_TRANSLATE_NOOP("field", "materials"),
    "tips": QT_TRANSLATE_NOOP("field", "tips"),
    "source_network": QT_TRANSLATE_NOOP("field", "source network"),
    "aim": QT_TRANSLATE_NOOP("field", "aim"),
    "consent_processing_at": QT_TRANSLATE_NOOP("field", "consent processing at"),
    "consent_processing_version": QT_TRANSLATE_NOOP("field", "consent processing version"),
    "consent_processing_by": QT_TRANSLATE_NOOP("field", "consent processing by"),
    "consent_photos_at": QT_TRANSLATE_NOOP("field", "consent photos at"),
    "consent_photos_version": QT_TRANSLATE_NOOP("field", "consent photos version"),
    "consent_photos_by": QT_TRANSLATE_NOOP("field", "consent photos by"),
    "consent_lists_at": QT_TRANSLATE_NOOP("field", "consent lists at"),
    "consent_lists_version": QT_TRANSLATE_NOOP("field", "consent lists version"),
    "consent_lists_by": QT_TRANSLATE_NOOP("field", "consent lists by"),
    "erased": QT_TRANSLATE_NOOP("field", "erased"),
    "merged_into_id": QT_TRANSLATE_NOOP("field", "merged into id"),
    "present": QT_TRANSLATE_NOOP("field", "present"),
    "checked_at": QT_TRANSLATE_NOOP("field", "checked at"),
    "recorded_by_device": QT_TRANSLATE_NOOP("field", "recorded by device"),
    "publishable": QT_TRANSLATE_NOOP("field", "publishable"),
    "level": QT_TRANSLATE_NOOP("field", "level"),
    "addressee": QT_TRANSLATE_NOOP("field", "addressee"),
    "related": QT_TRANSLATE_NOOP("field", "related"),
    "languages": QT_TRANSLATE_NOOP("field", "languages"),
    "guide_id": QT_TRANSLATE_NOOP("field", "guide id"),
    "position": QT_TRANSLATE_NOOP("field", "position"),
    "section": QT_TRANSLATE_NOOP("field", "section"),
    "required": QT_TRANSLATE_NOOP("field", "required"),
    "choices": QT_TRANSLATE_NOOP("field", "choices"),
    "respondent_code": QT_TRANSLATE_NOOP("field", "respondent code"),
    "respondent_category": QT_TRANSLATE_NOOP("field", "respondent category"),
    "respondent_country": QT_TRANSLATE_NOOP("field", "respondent country"),
    "respondent_age_band": QT_TRANSLATE_NOOP("field", "respondent age band"),
    "interviewer": QT_TRANSLATE_NOOP("field", "interviewer"),
    "date": QT_TRANSLATE_NOOP("field", "date"),
    "consent": QT_TRANSLATE_NOOP("field", "consent"),
    "interview_id": QT_TRANSLATE_NOOP("field", "interview id"),
    "question_id": QT_TRANSLATE_NOOP("field", "question id"),
    "value": QT_TRANSLATE_NOOP("field", "value"),
    "tags": QT_TRANSLATE_NOOP("field", "tags"),
    "codes": QT_TRANSLATE_NOOP("field", "codes"),
}

ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("organisations", "type"): OrganisationType,
    ("events", "kind"): EventKind,
    ("sessions", "kind"): SessionKind,
    ("people", "category"): PersonCategory,
    ("people", "gender"): Gender,
    ("registrations", "role"): RegistrationRole,
    ("registrations", "status"): RegistrationStatus,
    ("attendance", "method"): AttendanceMethod,
    ("notes", "kind"): NoteKind,
    ("notes", "level"): RecommendationLevel,
    ("consent_texts", "kind"): ConsentKind,
    ("questions", "type"): QuestionType,
    ("interviews", "status"): InterviewStatus,
}

# Excel refuses these in sheet names, and names longer than 31 characters.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


def keep_english(context: str, text: str) -> str:
    """The default translate: the English source (the command line writes English)."""
    return text


def normal(text: Any) -> str:
    """How headers, sheet names and labels are compared: spacing and case do not matter."""
    return " ".join(str(text).split()).casefold()


def header_source(name: str) -> Source:
    """The English header of a field, marked for translation."""
    return HEADER_LABELS.get(name) or label(name)


@dataclass(frozen=True)
class Headings:
    """The words one export writes, in its language: sheet names, headers, choices, About."""

    sheets: dict[str, str]  # entity (and ABOUT) → sheet name
    headers: dict[str, dict[str, str]]  # entity → field → header
    choices: dict[tuple[str, str], dict[str, str]]  # (entity, field) → stored value → label
    about: dict[str, str]  # About key → label (the rows' keys included: "rows: People")
    scope: tuple[str, str] = (str(WHOLE_DATABASE), str(ONE_EVENT))  # whole database, one event

    def about_rows(self, facts: Mapping[str, Any], event_id: str | None,
                   counts: Mapping[str, int]) -> list[tuple[str, Any]]:
        """The About sheet's (label, value) rows; ``facts`` holds the values by key."""
        scope = self.scope[0]
        if event_id:
            scope = _format(self.scope[1], id=event_id) or f"event {event_id}"
        values = dict(facts) | {"format": FORMAT_NAME, "format version": FORMAT_VERSION_TEXT,
                                "scope": scope}
        rows = [(self.about[key], values.get(key, "")) for key in ABOUT_LABELS]
        rows += [(self.about[f"rows: {SHEETS[e]}"], n) for e, n in counts.items()]
        return rows

    def choice_list(self, entity: str, name: str) -> str:
        """The data validation list of a choice column: its labels, or where the ⚙ map holds
        them when a literal list cannot (a label with a comma, or over Excel's 255 characters)."""
        labels = list(self.choices[(entity, name)].values())
        literal = ",".join(labels)
        if len(literal) <= 255 and not any("," in t or '"' in t for t in labels):
            return f'"{literal}"'
        sheet, header = self.sheets[entity], self.headers[entity][name]
        rows = [i for i, r in enumerate(self.map_rows(), start=2)
                if r[0] == sheet and r[1] == header and r[2]]
        return f"'{MAP_SHEET}'!$C${rows[0]}:$C${rows[-1]}"

    def map_rows(self) -> list[tuple[str, str, str, str]]:
        """The ⚙ map sheet's rows: (sheet, column, value, what it means), in a fixed order."""
        about = self.sheets[ABOUT]
        rows = [(about, "", "", ABOUT)]
        rows += [(about, text, "", key) for key, text in self.about.items()]
        for entity, headers in self.headers.items():
            sheet = self.sheets[entity]
            rows.append((sheet, "", "", entity))
            for name, header in headers.items():
                rows.append((sheet, header, "", name))
                for value, text in self.choices.get((entity, name), {}).items():
                    rows.append((sheet, header, text, value))
        return rows


def headings(field_names: Mapping[str, Sequence[str]],
             translate: Translate | None = None) -> Headings:
    """The words of an export in the language of ``translate`` (English without one).

    A translation that Excel cannot take as a sheet name, or that would read the same as
    another sheet, header or choice, gives way to the English word: every word a reader maps
    back must stand for one thing only.
    """
    say = translate or keep_english
    taken = {normal(MAP_SHEET), "history"}  # Excel keeps "History" for itself
    sheets = {ABOUT: _pick([_sheet_title(say(ABOUT_TITLE.context, str(ABOUT_TITLE))),
                            ABOUT_SHEET], taken)}
    for entity, source in SHEETS.items():
        sheets[entity] = _pick([_sheet_title(say(source.context, str(source))), str(source)],
                               taken)
    headers: dict[str, dict[str, str]] = {}
    choices: dict[tuple[str, str], dict[str, str]] = {}
    for entity, names in field_names.items():
        used = {normal(t) for t in TECH_COLUMNS}
        headers[entity] = {}
        for name in names:
            source = header_source(name)
            headers[entity][name] = _pick([say(source.context, str(source)), str(source), name],
                                          used)
            enum = ENUMS.get((entity, name))
            if enum is not None:
                choices[(entity, name)] = _choices(enum, say)
    about: dict[str, str] = {}
    used = set()
    for key, source in ABOUT_LABELS.items():
        about[key] = _pick([say(source.context, str(source)), key], used)
    for entity, source in SHEETS.items():
        key = f"rows: {source}"
        about[key] = _pick([_format(say(ROWS_LABEL.context, str(ROWS_LABEL)),
                                    sheet=sheets[entity]), key], used)
    scope = (say(WHOLE_DATABASE.context, str(WHOLE_DATABASE)).strip() or str(WHOLE_DATABASE),
             say(ONE_EVENT.context, str(ONE_EVENT)))
    return Headings(sheets, headers, choices, about, scope)


def write_map(wb: Any, words: Headings) -> None:
    """Add the ⚙ map sheet (last, so the data sheets keep their places) to a write-only book."""
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]  # (no stubs)
    from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    from .safe_xlsx import set_safe

    ws = wb.create_sheet(MAP_SHEET)
    for column, width in enumerate((24, 28, 28, 28), start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "A2"
    header = []
    for text in MAP_COLUMNS:
        cell = set_safe(WriteOnlyCell(ws), text)
        cell.font = Font(color="808080")
        cell.fill = PatternFill("solid", fgColor="EEEEEE")
        header.append(cell)
    ws.append(header)
    for row in words.map_rows():
        ws.append([set_safe(WriteOnlyCell(ws), text) if text else None for text in row])


def _format(text: str, **params: str) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation
        return ""


def _pick(candidates: Iterable[str], taken: set[str]) -> str:
    """The first candidate that is not blank and reads unlike every word already taken."""
    options = [" ".join(str(c).split()) for c in candidates]
    for option in options:
        key = normal(option)
        if key and key not in taken:
            taken.add(key)
            return option
    base, number = options[-1], 2
    while normal(f"{base} ({number})") in taken:
        number += 1
    taken.add(normal(f"{base} ({number})"))
    return f"{base} ({number})"


def _sheet_title(text: str) -> str:
    """A name Excel accepts for a sheet ("" when nothing of it is left)."""
    title = " ".join(_SHEET_FORBIDDEN.sub(" ", text).split()).strip("'")
    return title[:SHEET_NAME_LIMIT].strip()


def _choices(enum: type[LabelledEnum], say: Translate) -> dict[str, str]:
    """Stored value → the label written. A translation gives way to the English label when it
    is blank or reads like another member's label or value (in English too, which a reader
    always accepts)."""
    english = {normal(m.label): m for m in enum} | {normal(m.value.replace("_", " ")): m
                                                     for m in enum}
    out: dict[str, str] = {}
    used: set[str] = set()
    for member in enum:
        text = " ".join(say(ENUM_CONTEXT, member.label).split())
        key = normal(text)
        if not key or key in used or english.get(key, member) is not member:
            text, key = member.label, normal(member.label)
        used.add(key)
        out[member.value] = text
    return out


@dataclass
class SheetMeaning:
    """What one sheet of a file stands for, as a reader resolves it."""

    entity: str
    columns: dict[str, str] = field(default_factory=dict)  # normal(header) → field or key
    choices: dict[str, dict[str, str]] = field(default_factory=dict)  # field → label → value


def english_meanings() -> dict[str, SheetMeaning]:
    """Sheets by their English names: format 1.0 files and workbooks made by hand."""
    out = {ABOUT_SHEET: SheetMeaning(ABOUT)}
    out |= {str(source): SheetMeaning(entity) for entity, source in SHEETS.items()}
    return out


def read_map(rows: Iterable[Sequence[Any]]) -> dict[str, SheetMeaning]:
    """The ⚙ map sheet's rows (its header first) as sheet name → meaning.

    Rows a reader cannot use (blank, an unknown sheet) are skipped: a later minor version may
    map more than this one knows.
    """
    sheets: dict[str, SheetMeaning] = {}
    for row in list(rows)[1:]:
        cells = [" ".join(str(c).split()) if c is not None else "" for c in row[:4]]
        sheet, column, value, means = (cells + [""] * 4)[:4]
        if not sheet or not means:
            continue
        if not column:
            sheets[sheet] = SheetMeaning(means)
            continue
        meaning = sheets.get(sheet)
        if meaning is None:
            continue
        if not value:
            meaning.columns[normal(column)] = means
            continue
        name = meaning.columns.get(normal(column))
        if name is not None:
            meaning.choices.setdefault(name, {})[value] = means
    return sheets


def english_columns(field_names: Sequence[str]) -> dict[str, str]:
    """normal(English header) → field: the headers every reader accepts."""
    return {normal(header_source(n)): n for n in field_names}


def field_hash(name: str, value: Any) -> str:
    """Six hex digits identifying one cell's value: a hand edit of the cell changes it."""
    kind, text = encode_value(value)
    return hashlib.sha256(f"{name}\x1f{kind}\x1f{text}".encode()).hexdigest()[:6]


def meta_hash(entity: str, row_id: str, created: str, clocks: str, bases: str,
              fields: Sequence[str]) -> str:
    """Eight hex digits over the technical columns: these must never be edited by hand."""
    text = "\x1f".join([entity, row_id, created, clocks, bases, *fields])
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def row_check(entity: str, row_id: str, created: str, clocks: str, bases: str,
              fields: Sequence[str], values: Mapping[str, Any]) -> str:
    return meta_hash(entity, row_id, created, clocks, bases, fields) + "." + "".join(
        field_hash(f, values.get(f)) for f in fields)


def split_clocks(cells: Mapping[str, Cell], omitted: Sequence[str]
                 ) -> tuple[str, str, str]:
    """(created, clocks JSON, bases JSON) of a row, in the one canonical form.

    Omitted fields (an erased or deleted person's data) get the clock "" so the reader knows
    the file does not carry them.
    """
    from collections import Counter

    counts = Counter(c[1] for f, c in cells.items() if f not in omitted)
    created = min(counts, key=lambda c: (-counts[c], c)) if counts else ""
    clocks = {f: ("" if f in omitted else c[1]) for f, c in sorted(cells.items())
              if f in omitted or c[1] != created}
    bases = {f: c[2] for f, c in sorted(cells.items()) if c[2] and f not in omitted}
    return (created, json.dumps(clocks, sort_keys=True, separators=(",", ":")),
            json.dumps(bases, sort_keys=True, separators=(",", ":")))
