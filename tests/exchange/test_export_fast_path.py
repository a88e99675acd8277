"""The exporter's fast path writes exactly what the general one (split_clocks, row_check) gives."""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecnet_desktop.exchange import workbook_write
from ecnet_desktop.exchange.importer import sync_service
from ecnet_desktop.exchange.safe_xlsx import CELL_LIMIT, NEEDS_CELL, needs_cell
from ecnet_desktop.exchange.workbook_format import (
    TECH_CHECK,
    TECH_ID,
    field_hash,
    row_check,
    split_clocks,
)
from ecnet_desktop.exchange.workbook_write import export_workbook, omitted_fields
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo

NAMES = ["a", "b", "c", "d", "e"]
clock = st.sampled_from(["c1", "c2", "c3", "c4"])


@st.composite
def stored_rows(draw: st.DrawFn) -> tuple[str, str, str, str, str, str, str, str, str]:
    """A stored (id, created, clocks, bases, *values) row, canonical or not."""
    import json

    created = draw(clock)
    clocks = draw(st.dictionaries(st.sampled_from(NAMES), clock))
    bases = draw(st.dictionaries(st.sampled_from(NAMES), st.sampled_from(["", "c0", "c2"])))
    return ("id", created, json.dumps(clocks, sort_keys=True), json.dumps(bases, sort_keys=True),
            "v", "w", "x", "y", "z")


@given(stored_rows())
def test_clock_columns_of_an_edited_row_are_what_split_clocks_gives(row: Any) -> None:
    expected = split_clocks(workbook_write._cells(NAMES, row), ())
    assert workbook_write._edited_clocks(NAMES, row) == expected


@given(st.lists(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
                max_size=30))
def test_remembered_field_hashes_are_field_hashes(values: list[Any]) -> None:
    # One column holds one type: a column per type, as the exporter makes them.
    columns: dict[type, workbook_write._Hashes] = {}
    for value in values:
        hashes = columns.setdefault(type(value), workbook_write._Hashes("name"))
        assert hashes[value] == field_hash("name", value)
        assert hashes[value] == field_hash("name", value)  # answered from the cache


def test_a_column_of_unique_values_stops_being_remembered(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setattr(workbook_write, "_HASH_CACHE", 3)
    hashes = workbook_write._Hashes("checked_at")
    assert [hashes[str(i)] for i in range(10)] == [field_hash("checked_at", str(i))
                                                   for i in range(10)]
    assert len(hashes) == 3


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(
    [*string.ascii_letters[:6], "_", "x", "0", "=", "+", "-", "@", "\t", "\r", "\n", "\x01",
     "\u00a0", "é", " "]), max_size=12))
def test_a_text_cell_is_what_the_general_conversion_gives(text: str) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("x")
    fast = workbook_write._shower(ws, "str", None)
    assert fast is not None
    got, expected = fast(text), workbook_write._shown(ws, text, None)
    if isinstance(expected, str) or expected is None:
        assert got == expected
    else:  # a cell object: text that must be escaped or could run as a formula
        assert (got.value, got.data_type, got.quotePrefix) == (
            expected.value, expected.data_type, expected.quotePrefix)


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=10)
       | st.text(alphabet="_x0aF=+-@\t\r\n ", max_size=10))
def test_the_quick_check_agrees_with_the_regular_expression(text: str) -> None:
    assert needs_cell(text) == (len(text) > CELL_LIMIT or NEEDS_CELL.search(text) is not None)


@pytest.fixture
def edited(tmp_path: Path) -> Iterator[Services]:
    """The S demo with edits, a deleted person and an erased one: every path of the writer."""
    svc = Services.open(tmp_path / "edited.sqlite", device_name="Laptop")
    generate_demo(svc.database, size="S", seed=5)
    people = svc.people.list(limit=6)
    svc.people.update(people[0].id, family_name="=HYPERLINK(\"x\")", town="_x0041_ town")
    svc.people.update(people[1].id, town="Ljubljana")
    svc.people.update(people[1].id, town="Maribor")
    svc.people.delete(people[2].id)
    svc.erasure.erase(people[3].id, scrub_backups=False)
    yield svc
    svc.close()


def test_check_columns_and_checksum_are_those_of_the_general_path(edited: Services,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    result = export_workbook(edited, path)
    digest = hashlib.sha256()
    expected: dict[str, dict[str, str]] = {}
    for entity, rows in sync_service(edited).dump(None):
        expected[entity] = {}
        for rid, cells in rows:
            omitted = omitted_fields(entity, cells)
            created, clocks, bases = split_clocks(cells, omitted)
            names = list(cells)
            values = {n: None if n in omitted else cells[n][0] for n in names}
            check = row_check(entity, rid, created, clocks, bases, names, values)
            expected[entity][rid] = check
            digest.update(f"{entity}\x1f{rid}\x1f{check}\n".encode())
    assert result.checksum == digest.hexdigest()
    wb = openpyxl.load_workbook(path, read_only=True)
    written = 0
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        if not rows or TECH_CHECK not in rows[0]:
            continue
        at_id, at_check = rows[0].index(TECH_ID), rows[0].index(TECH_CHECK)
        checks = {r[at_id]: r[at_check] for r in rows[1:]}
        matching = [e for e, want in expected.items() if want == checks]
        assert matching, ws.title
        written += len(checks)
    wb.close()
    assert written == sum(len(v) for v in expected.values()) > 100


def test_text_stored_where_a_number_belongs_is_still_written_as_text(edited: Services,
                                                                    tmp_path: Path) -> None:
    import sqlite3

    person = edited.people.list(limit=1)[0].id
    # SQLite keeps text it cannot read as a number in an INTEGER column (a hand-made database).
    with sqlite3.connect(tmp_path / "edited.sqlite") as db:
        db.execute("UPDATE people SET birth_year = '=1+1' WHERE id = ?", (person,))
    path = tmp_path / "out.xlsx"
    export_workbook(edited, path)
    ws = openpyxl.load_workbook(path)["People"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index(TECH_ID)].value == person)
    cell = row[header.index("birth year")]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("=1+1", "s", True)
