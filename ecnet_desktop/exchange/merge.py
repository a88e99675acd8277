"""Pure per-field merge of synced rows: deterministic winners, causal conflicts, erasure.

A row is a plain dict ``{field: (value, clock, base)}``: ``clock`` is the hybrid-logical-clock
text of the edit that set the value and ``base`` the clock of the value that edit replaced
(``""`` when it replaced nothing). Comparing clock texts compares clocks (domain.hlc).

The merged value of a field is the maximum of the two cells under one total order, so merging is
idempotent, commutative and associative whatever arrives in whatever order. A losing value is a
conflict only when its edit and the winning edit were made without seeing each other: the winner's
``base`` is older than the loser's clock (cr-sqlite's per-column LWW plus CouchDB's kept losers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.personal_data import PERSONAL_FIELDS

Cell = tuple[Any, str, str]
Row = dict[str, Cell]

PEOPLE = "people"
ERASED = "erased"


@dataclass(frozen=True, order=True)
class Conflict:
    """A value that lost to a concurrent edit of the same field; kept so it can be restored."""

    entity: str
    row_id: str
    field: str
    value: Any
    clock: str
    winning_clock: str


def encode_value(value: Any) -> tuple[int, str]:
    """A total, type-stable order key for any cell value (ties between equal clocks)."""
    if value is None:
        return (0, "")
    if isinstance(value, bool):
        return (1, "1" if value else "0")
    if isinstance(value, int):
        # Any total order will do for ties; it only has to be the same on every replica.
        return (2, str(value))
    if isinstance(value, float):
        return (3, repr(value))
    if isinstance(value, dt.datetime):
        return (5, value.isoformat())
    if isinstance(value, dt.date):
        return (4, value.isoformat())
    return (6, str(value))


def same_value(a: Any, b: Any) -> bool:
    """Equal and of the same kind (True is not 1 here: the encodings differ)."""
    return encode_value(a) == encode_value(b)


def cell_key(cell: Cell) -> tuple[str, tuple[int, str], str]:
    value, clock, base = cell
    return (clock, encode_value(value), base)


def _erased_key(cell: Cell) -> tuple[bool, tuple[str, tuple[int, str], str]]:
    # Erasure is absorbing: a true "erased" beats any false one, whatever the clocks say.
    return (cell[0] is True, cell_key(cell))


def merge_cell(a: Cell, b: Cell, *, absorbing: bool = False) -> tuple[Cell, Cell | None]:
    """The winning cell and, when the loser was a concurrent edit of another value, the loser."""
    if a == b:
        return a, None
    first = _erased_key(a) >= _erased_key(b) if absorbing else cell_key(a) >= cell_key(b)
    winner, loser = (a, b) if first else (b, a)
    if absorbing or same_value(winner[0], loser[0]):
        return winner, None
    # The winning edit replaced a value at least as new as the loser: it saw it, no conflict.
    if winner[2] >= loser[1]:
        return winner, None
    return winner, loser


def is_erased(row: Mapping[str, Cell]) -> bool:
    cell = row.get(ERASED)
    return cell is not None and cell[0] is True


def scrub(entity: str, row: Row) -> Row:
    """An erased person keeps no personal data: each personal field cleared at the erasure clock.

    The cleared cells depend on the erased cell alone, so scrubbing commutes with merging.
    """
    if entity != PEOPLE or not is_erased(row):
        return row
    clock = row[ERASED][1]
    out = dict(row)
    for field, cleared in PERSONAL_FIELDS.items():
        if field in out:
            out[field] = (cleared, clock, "")
    return out


def merge_rows(entity: str, row_id: str, local: Mapping[str, Cell] | None,
               remote: Mapping[str, Cell]) -> tuple[Row, list[Conflict]]:
    """Merge two states of one row field by field; fields only one side has are kept as they are."""
    if local is None:
        return scrub(entity, dict(remote)), []
    merged: Row = {}
    conflicts: list[Conflict] = []
    for field in sorted(set(local) | set(remote)):
        mine, theirs = local.get(field), remote.get(field)
        if mine is None or theirs is None:
            merged[field] = theirs if mine is None else mine  # type: ignore[assignment]
            continue
        absorbing = entity == PEOPLE and field == ERASED
        winner, loser = merge_cell(mine, theirs, absorbing=absorbing)
        merged[field] = winner
        if loser is not None:
            conflicts.append(Conflict(entity, row_id, field, loser[0], loser[1], winner[1]))
    merged = scrub(entity, merged)
    if entity == PEOPLE and is_erased(merged):
        # Never keep an erased person's data, not even as a losing value.
        conflicts = [c for c in conflicts if c.field not in PERSONAL_FIELDS]
    return merged, conflicts


def max_clock(row: Mapping[str, Cell]) -> str:
    return max((cell[1] for cell in row.values()), default="")
