"""Consistent copies of a SQLite database before risky work (migrations, imports)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from ..paths import backups_dir_for


def backup_sqlite(path: Path, *, reason: str, keep: int = 10) -> Path:
    """Copy the live database with SQLite's online backup API (consistent even mid-WAL).

    Older backups beyond ``keep`` for the same database are removed, so erased personal
    data does not linger in backups for ever.
    """
    folder = backups_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    prune(path, keep)
    return target


def list_backups(path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backups_dir_for(path)
    if not folder.is_dir():
        return []
    # Exact pattern: "ecnet-*" would also match the backups of "ecnet-venice.sqlite".
    pattern = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-\d{6}-[\w-]+\.sqlite")
    return sorted((p for p in folder.iterdir() if pattern.fullmatch(p.name)), reverse=True)


def prune(path: Path, keep: int) -> None:
    for old in list_backups(path)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
