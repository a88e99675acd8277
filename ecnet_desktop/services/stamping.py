"""Stamping rows with per-field hybrid-logical-clock times as services change them."""

from __future__ import annotations

import json
from typing import Any

from ..store.models import Synced


def read_clocks(row: Synced) -> dict[str, str]:
    return dict(json.loads(row.clocks or "{}"))


def stamp_new(row: Synced, clock: str, device_id: str) -> None:
    """A row created here: every synced field gets the same clock."""
    row.clocks = json.dumps({f: clock for f in row.synced_fields()}, sort_keys=True)
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
        clocks = read_clocks(row)
        for key in changed:
            clocks[key] = clock
        row.clocks = json.dumps(clocks, sort_keys=True)
        row.device_id = device_id
        row.updated = clock
    return changed
