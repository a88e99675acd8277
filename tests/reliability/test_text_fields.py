"""Every free-text field round-trips exactly through database, export and import, or is refused.

Hostile text: 32,767 characters (a spreadsheet cell's limit), control characters, emoji, right-
to-left scripts, SQL and formula payloads, text that looks like an OOXML escape (_x0041_).
The property test writes such text into every free-text column of every synced table of a
tiny database, exports it, imports it into an empty one, and demands identical data (values and
clocks: a cell that changed on the way would come back as a "hand edit" with a new clock).
The service tests check the front door: text is stored as given (after the documented
whitespace tidying) or refused with a ValidationError naming the field.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ecnet_desktop.domain.errors import UserError, ValidationError
from ecnet_desktop.domain.validation import CELL_LIMIT
from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_format import ENUMS
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.services.sync_apply import ENTITIES, entity_specs
from ecnet_desktop.store.database import open_database

# Columns with a grammar of their own, checked by their own rules (codes, ids, lists).
STRUCTURED = {"country", "respondent_country", "priorities", "merged_into_id",
              "recorded_by_device", "related", "language", "languages"}
FREE_TEXT = [(spec.entity, f.name, min(f.max_length or CELL_LIMIT, CELL_LIMIT))
             for spec in entity_specs() if spec.entity != "devices"
             for f in spec.fields
             if f.kind == "str" and f.references is None and (spec.entity, f.name) not in ENUMS
             and f.name not in STRUCTURED]

HOSTILE = [
    "'; DROP TABLE people; --", "Robert'); DELETE FROM notes WHERE ('1'='1",
    '=HYPERLINK("http://evil.example","click")', "+39 06 1234", "-1", "@SUM(A1:A9)", "=1+1",
    "\t=cmd|' /C calc'!A0", "مرحبا بالعالم", "שלום עולם\u200f", "👩🏽‍🚀 🇪🇺 🏳️‍🌈", "Łukasz Đurđević Γιώργος",
    "_x0041_", "_x005F_x0041_", "a\r\nb\rc\nd", "bell\x07 esc\x1b us\x1f vt\x0b ff\x0c", "\x7f\x85",
    "\u2028\u2029", "\ufeffBOM", "\ufffe\uffff", "  leading and trailing  ", "<b>&amp;</b>",
    "]]><![CDATA[x", "ž",
]
# Long text that compresses like prose: a 32,767-character run of one letter would compress
# 700-fold, and the importer rightly refuses such a part as a zip bomb.
LONG = "".join(random.Random(14).choice("abcdefghijklmnopqrstuvwxyz čćđšž ÄÖÜ αβγ 日本 ") for _ in range(CELL_LIMIT))
texts = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=24),
    st.just("long"),  # replaced by the longest text the column takes
)


def build_tiny(demo: Path, out: Path) -> None:
    """One row per synced table (plus whatever those rows point to), from the S demo."""
    shutil.copyfile(demo, out)
    con = sqlite3.connect(out)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        tables = [t for t in ENTITIES if t != "devices"]
        keep: dict[str, set[str]] = {
            t: {r[0] for r in con.execute(f"SELECT id FROM {t} ORDER BY id LIMIT 1")} for t in tables}
        links = {t: [(r[3], r[2]) for r in con.execute(f"PRAGMA foreign_key_list({t})")]
                 for t in tables}
        grown = True
        while grown:  # keep every row a kept row points to
            grown = False
            for table in tables:
                for column, parent in links[table]:
                    if parent not in keep:
                        continue
                    ids = sorted(keep[table])
                    marks = ",".join("?" * len(ids))
                    wanted = {r[0] for r in con.execute(
                        f"SELECT {column} FROM {table} WHERE id IN ({marks})", ids) if r[0]}
                    if not wanted <= keep[parent]:
                        keep[parent] |= wanted
                        grown = True
        for table in reversed(tables):
            ids = sorted(keep[table])
            con.execute(f"DELETE FROM {table} WHERE id NOT IN ({','.join('?' * len(ids))})", ids)
        con.commit()
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(tiny database with one row per synced table, empty database), built once."""
    folder = tmp_path_factory.mktemp("texts")
    demo = folder / "demo.sqlite"
    database = open_database(demo)
    try:
        generate_demo(database, size="S", seed=1)
    finally:
        database.close()
    services = Services.open(demo)
    try:
        services.consents.add_text("processing", "2021-1", "I agree.")
    finally:
        services.close()
    tiny = folder / "tiny.sqlite"
    build_tiny(demo, tiny)
    empty = folder / "empty.sqlite"
    Services.open(empty).close()
    return tiny, empty


def test_the_tiny_database_covers_every_free_text_column(templates: tuple[Path, Path]) -> None:
    con = sqlite3.connect(templates[0])
    try:
        empty = [t for t, _c, _n in FREE_TEXT
                 if not con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]]
    finally:
        con.close()
    assert empty == []
    assert len(FREE_TEXT) > 30


def dump(path: Path) -> Any:
    services = Services.open(path)
    try:
        return sync_service(services).canonical_dump()
    finally:
        services.close()


# No shrinking: each example exports and imports a workbook, and the failing example is
# printed in full anyway.
@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.fixed_dictionaries({(t, c): texts for t, c, _n in FREE_TEXT}))
def test_hostile_text_in_every_column_round_trips_exactly(
        templates: tuple[Path, Path], tmp_path: Path, values: dict[tuple[str, str], str]) -> None:
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    shutil.copyfile(templates[0], source)
    shutil.copyfile(templates[1], target)
    con = sqlite3.connect(source)
    try:
        for table, column, longest in FREE_TEXT:
            text = values[(table, column)]
            text = (LONG if text == "long" else text)[:longest]
            if not text.strip():
                text = ""  # the services never store text that is only white space
            con.execute(f"UPDATE {table} SET {column} = ?", (text,))
        con.commit()
    finally:
        con.close()
    expected = dump(source)
    workbook = tmp_path / "out.xlsx"
    services = Services.open(source)
    try:
        export_workbook(services, workbook)
    finally:
        services.close()
    services = Services.open(target)
    try:
        preview = import_file(services, workbook, backup=False)
    finally:
        services.close()
    assert preview.hand_edited == 0 and preview.problems == []
    got = dump(target)
    for table, column, _n in FREE_TEXT:
        for row_id, row in expected[table].items():
            assert got[table][row_id][column] == row[column], (table, column)
    assert got == expected


Call = Callable[[Services, str], Any]


def person_field(field: str) -> Call:
    return lambda s, text: getattr(s.people.create(**({"given_name": "Ana"} | {field: text})), field)


def note_field(field: str) -> Call:
    def call(s: Services, text: str) -> Any:
        event = s.events.create(kind="international_event", title="E", start_date="2021-05-10")
        values = {"text": "note"} | {field: text}
        return getattr(s.notes.create(event_id=event.id, kind="quote", **values), field)
    return call


SERVICE_FIELDS: dict[str, Call] = {
    "given_name": person_field("given_name"),
    "family_name": person_field("family_name"),
    "town": person_field("town"),
    "name": lambda s, text: s.organisations.create(name=text, country="IT").name,
    "title": lambda s, text: s.events.create(kind="international_event", title=text,
                                             start_date="2021-05-10").title,
    "text": note_field("text"),
    "author": note_field("author"),
}


@pytest.mark.parametrize("field", sorted(SERVICE_FIELDS))
def test_services_store_text_or_refuse_it_naming_the_field(services: Services, field: str) -> None:
    refused = []
    for text in [*HOSTILE, "ž" * 300, "ž" * CELL_LIMIT, "ž" * (CELL_LIMIT + 1), "nul\x00",
                 "lone \ud800 surrogate"]:
        try:
            stored = SERVICE_FIELDS[field](services, text)
        except ValidationError as exc:
            # Blank text may be refused for the pair ("a given or a family name").
            assert exc.field == field or not text.strip(), exc
            assert str(exc.message)
            refused.append(text)
            continue
        # Kept as given, apart from white space tidied (single-line fields collapse it).
        assert " ".join(stored.split()) == " ".join(text.split()), repr(text)
    # Refused: only what cannot be stored, or is longer than the field (at most a cell).
    assert all(len(t) >= 300 or "\x00" in t or "\ud800" in t or not t.strip() for t in refused), refused
    assert {"nul\x00", "lone \ud800 surrogate", "ž" * (CELL_LIMIT + 1)} <= set(refused)


def test_text_longer_than_a_cell_already_in_the_database_stops_the_export_with_a_message(
        services: Services, tmp_path: Path) -> None:
    # Older versions took notes up to 100,000 characters; such text cannot travel in a cell.
    event = services.events.create(kind="international_event", title="E", start_date="2021-05-10")
    note = services.notes.create(event_id=event.id, kind="minutes", text="short")
    with services.database.sessions.begin() as s:
        s.connection().exec_driver_sql("UPDATE notes SET text = ? WHERE id = ?",
                                       ("x" * (CELL_LIMIT + 1), note.id))
    out = tmp_path / "out.xlsx"
    with pytest.raises(UserError, match="does not fit in a workbook cell"):
        export_workbook(services, out)
    assert not out.exists()
