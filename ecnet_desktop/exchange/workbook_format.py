"""The exchange workbook format shared by writer and reader: sheets, columns, checksums.

Sheet names and column headers stay in English whatever language the app is set to: the
workbook is a sync file that laptops in nine languages read back, so its headers are field
names, not words for a person. Documents and workbooks meant for people (participant lists,
reports, summaries, subject access) follow the chosen language instead.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
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
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from .merge import Cell, encode_value

FORMAT_NAME = "ecnet-exchange"
FORMAT_VERSION = 1
ABOUT_SHEET = "About"
# Technical columns sit at the right, marked so a person knows to leave them alone.
TECH_ID = "⚙ id"
TECH_CREATED = "⚙ created"
TECH_CLOCKS = "⚙ clocks"
TECH_BASES = "⚙ bases"
TECH_CHECK = "⚙ check"
TECH_COLUMNS = (TECH_ID, TECH_CREATED, TECH_CLOCKS, TECH_BASES, TECH_CHECK)

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
SHEET_ENTITY = {str(v): k for k, v in SHEETS.items()}

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
