"""The merge laws, as properties: idempotent, commutative, associative, causal, lossless."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ecnet_desktop.domain.personal_data import PERSONAL_FIELDS
from ecnet_desktop.exchange.merge import (
    Cell,
    Conflict,
    Row,
    merge_cell,
    merge_rows,
    scrub,
)

# Few clocks and values, so equal clocks and equal values turn up often.
CLOCKS = [f"{w:015d}-{c:06d}-{d}" for w in (1, 2, 3) for c in (0, 1) for d in ("a", "b")]
clocks = st.sampled_from(CLOCKS)
bases = st.sampled_from(["", *CLOCKS])
values = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", "x", "Łukasz", "=1+2"]),
    st.sampled_from([dt.date(2021, 5, 1), dt.date(2022, 1, 2)]),
    st.sampled_from([dt.datetime(2021, 5, 1, 9, 30)]),
)
cells: st.SearchStrategy[Cell] = st.tuples(values, clocks, bases)
FIELDS = ["given_name", "email", "country", "erased", "deleted", "role"]


@st.composite
def rows(draw: st.DrawFn, entity: str = "people") -> Row:
    fields = draw(st.lists(st.sampled_from(FIELDS), min_size=1, unique=True))
    row: Row = {}
    for field in fields:
        value, clock, base = draw(cells)
        if field in ("erased", "deleted"):
            value = draw(st.booleans())
        row[field] = (value, clock, base)
    # Replicas only ever hold scrubbed rows.
    return scrub(entity, row)


entities = st.sampled_from(["people", "registrations"])


def merged(entity: str, a: Row, b: Row) -> Row:
    return merge_rows(entity, "r", a, b)[0]


@given(entities, rows())
def test_merging_a_row_with_itself_changes_nothing(entity: str, a: Row) -> None:
    a = scrub(entity, a)
    assert merge_rows(entity, "r", a, a) == (a, [])


@given(entities, rows(), rows())
def test_merge_is_commutative(entity: str, a: Row, b: Row) -> None:
    assert merged(entity, a, b) == merged(entity, b, a)


@given(entities, rows(), rows(), rows())
def test_merge_is_associative(entity: str, a: Row, b: Row, c: Row) -> None:
    assert merged(entity, merged(entity, a, b), c) == merged(entity, a, merged(entity, b, c))


@given(entities, rows(), rows())
def test_merging_again_changes_nothing(entity: str, a: Row, b: Row) -> None:
    once = merged(entity, a, b)
    assert merged(entity, once, b) == once
    assert merged(entity, once, a) == once


@given(cells, cells)
def test_the_winner_does_not_depend_on_the_side(a: Cell, b: Cell) -> None:
    assert merge_cell(a, b)[0] == merge_cell(b, a)[0]


@given(values, values, st.sampled_from(CLOCKS))
def test_an_edit_made_after_seeing_a_value_replaces_it_without_conflict(
    old: Any, new: Any, seen: str
) -> None:
    later = CLOCKS[-1] + "z"  # after every generated clock
    winner, loser = merge_cell((old, seen, ""), (new, later, seen))
    assert winner == (new, later, seen)
    assert loser is None


def test_concurrent_edits_of_one_field_pick_the_later_and_keep_the_other() -> None:
    base = CLOCKS[0]
    mine = ("Anna", CLOCKS[4], base)
    theirs = ("Ana", CLOCKS[6], base)
    row, conflicts = merge_rows("people", "p1", {"given_name": mine}, {"given_name": theirs})
    assert row["given_name"] == theirs
    assert conflicts == [Conflict("people", "p1", "given_name", "Anna", CLOCKS[4], CLOCKS[6])]


def test_concurrent_edits_of_different_fields_both_survive() -> None:
    start = {"email": ("a@x.eu", CLOCKS[0], ""), "town": ("Rome", CLOCKS[0], "")}
    mine = start | {"email": ("b@x.eu", CLOCKS[4], CLOCKS[0])}
    theirs = start | {"town": ("Milan", CLOCKS[5], CLOCKS[0])}
    row, conflicts = merge_rows("people", "p1", mine, theirs)
    assert row["email"][0] == "b@x.eu" and row["town"][0] == "Milan"
    assert conflicts == []


@given(entities, rows(), rows())
def test_no_value_is_lost_without_trace(entity: str, a: Row, b: Row) -> None:
    row, conflicts = merge_rows(entity, "r", a, b)
    lost = {(c.field, c.clock) for c in conflicts}
    for field in set(a) & set(b):
        for side in (a[field], b[field]):
            if side == row[field] or (entity == "people" and field in ("erased", *PERSONAL_FIELDS)
                                      and row.get("erased", (False,))[0] is True):
                continue
            winner = row[field]
            if field == "erased" and entity == "people":
                continue  # erasure is absorbing by design, never a conflict
            seen = winner[2] >= side[1]
            same = merge_cell(side, winner)[1] is None
            # Either the winner saw this value, or it was identical, or it is listed.
            assert seen or same or (field, side[1]) in lost


@given(rows(), rows())
@settings(max_examples=200)
def test_an_erased_person_keeps_no_personal_data_whatever_arrives(a: Row, b: Row) -> None:
    a = a | {"erased": (True, CLOCKS[0], "")}
    later = {f: ("leak", CLOCKS[-1], "") for f in ("given_name", "email")}
    row, conflicts = merge_rows("people", "p", a, b | later)
    assert row["erased"][0] is True
    assert all(row[f][0] in ("", None) for f in row if f in PERSONAL_FIELDS)
    assert not [c for c in conflicts if c.value == "leak"]


def test_a_later_check_in_revives_a_deleted_attendance() -> None:
    deleted = {"deleted": (True, CLOCKS[2], CLOCKS[0]), "present": (True, CLOCKS[0], "")}
    revived = {"deleted": (False, CLOCKS[6], CLOCKS[2]), "present": (True, CLOCKS[6], CLOCKS[0])}
    row, conflicts = merge_rows("attendance", "a", deleted, revived)
    assert row["deleted"][0] is False
    assert conflicts == []
