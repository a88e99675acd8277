"""A backup of the database before an import changes it (DESIGN.md section 4)."""

from __future__ import annotations

from pathlib import Path

from ..store.backup import backup_sqlite
from ..store.database import Database


def backup_before_import(database: Database, reason: str = "pre-import") -> Path | None:
    """Copy a SQLite database aside; a server database is the server's to back up."""
    if database.path is None or not database.is_sqlite or not database.path.exists():
        return None
    return backup_sqlite(database.path, reason=reason, keep=database.keep_backups)
