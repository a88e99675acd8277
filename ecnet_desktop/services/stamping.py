"""Stamping rows with per-field hybrid-logical-clock times as services change them."""

from __future__ import annotations

import json
from typing import Any

from ..store.models import Synced


def edited_clocks(row: Synced) -> dict[str, str]:
    """Clocks of the fields edited since the row was created (the stored JSON)."""
    return dict(json.loads(row.clocks or "{}"))


def field_clocks(row: Synced) -> dict[str, str]:
    """The clock of every synced field: its edit's, else the row's creation clock."""
    edited = edited_clocks(row)
    return {f: edited.get(f, row.created) for f in row.synced_fields()}


def edited_bases(row: Synced) -> dict[str, str]:
    """Per edited field, the clock of the value that edit replaced."""
    return dict(json.loads(row.bases or "{}"))


def stamp_new(row: Synced, clock: str, device_id: str) -> None:
    """A row created here: every synced field carries the creation clock."""
    row.clocks = "{}"
    row.bases = "{}"
    row.created = clock
    row.device_id = device_id
    row.updated = clock
    if row.deleted is None:
        row.deleted = False


def apply_changes(row: Synced, changes: dict[str, Any], clock: str, device_id: str) -> set[str]:
    """Set the fields whose value really changes and stamp only those; returns their names.

    Stamping unchanged fields would make this replica win merges it should not take part in.
    """
    fields = set(row.synced_fields())
    changed: set[str] = set()
    for key, value in changes.items():
        if key not in fields:
            raise KeyError(key)
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed.add(key)
    if changed:
        clocks = edited_clocks(row)
        bases = edited_bases(row)
        for key in changed:
            # The edit was made after seeing the value it replaces: a merge must not call
            # this a conflict with that value (DESIGN.md section 4, causal).
            bases[key] = clocks.get(key, row.created)
            clocks[key] = clock
        row.clocks = json.dumps(clocks, sort_keys=True)
        row.bases = json.dumps(bases, sort_keys=True)
        row.device_id = device_id
        row.updated = clock
    return changed
