"""Consistent, checked copies of a SQLite database before risky work (migrations, imports)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..paths import backups_dir_for
from .integrity import check_file, corrupt

DEFAULT_KEEP = 10


def backup_sqlite(path: Path, *, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the live database with SQLite's online backup API (consistent even mid-WAL).

    The copy is written under a temporary name, checked (quick_check + foreign_key_check)
    and only then renamed, so every file named like a backup is complete and sound. A copy
    that fails the check means the database itself is damaged: DatabaseCorrupt is raised and
    the risky work must not go on. Older backups beyond ``keep`` for the same database are
    removed, so erased personal data does not linger in backups for ever.
    """
    folder = backups_dir_for(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        problems = check_file(partial)
        if problems:
            raise corrupt(path, problems)
        _fsync(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        # A read-only folder or a full disk: the risky work must not start without its backup.
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "store", "Could not back up the database to {folder} ({reason}), so nothing was "
            "changed. Free some disk space or make the folder writable, then try again."),
            folder=str(folder), reason=getattr(exc, "strerror", None) or str(exc))) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    prune(path, keep)
    return target


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


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
