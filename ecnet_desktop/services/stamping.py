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


def stamp_new(row: Synced, clock: str, device_id: str) -> None:
    """A row created here: every synced field carries the creation clock."""
    row.clocks = "{}"
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
        for key in changed:
            clocks[key] = clock
        row.clocks = json.dumps(clocks, sort_keys=True)
        row.device_id = device_id
        row.updated = clock
    return changed
