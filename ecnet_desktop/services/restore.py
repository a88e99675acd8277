"""Putting a backup back in place of a damaged (or unwanted) database; the replaced file is kept."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..store.backup import list_backups
from ..store.integrity import DatabaseCorrupt, check_file, latest_good_backup

# The error the UI catches when a damaged database is opened; views import it from here,
# not from the store.
__all__ = ["BackupInfo", "DatabaseCorrupt", "RestoreResult", "backups", "good_backup",
           "restore_backup"]

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a person chooses it: when, why, and whether it is sound."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    kept_aside: Path | None  # the file that was replaced, renamed beside it


def backups(database: Path) -> list[BackupInfo]:
    """Backups of ``database``, newest first (not checked; see good_backup)."""
    out = []
    for path in list_backups(database):
        # name: <stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite
        tail = path.stem[len(database.stem) + 1:]
        stamp, reason = tail[:22], tail[23:]
        out.append(BackupInfo(path, dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f"), reason,
                              path.stat().st_size))
    return out


def good_backup(database: Path) -> Path | None:
    """The newest backup that passes quick_check and foreign_key_check."""
    return latest_good_backup(Path(database))


def restore_backup(database: Path, backup: Path) -> RestoreResult:
    """Replace ``database`` with a checked copy of ``backup``; the database must be closed.

    The backup is copied beside the database and checked first, so a failure at any step
    leaves the current file where it was. The replaced file (and its WAL) is renamed to
    ``<name>.replaced-<time>`` rather than deleted: it may still hold something worth rescuing.
    """
    database, backup = Path(database), Path(backup)
    problems = check_file(backup)
    if problems:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "restore", "The backup {backup} is damaged too ({problem}); nothing was changed."),
            backup=backup.name, problem=problems[0]))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    staging = database.with_name(f".{database.name}.restoring")
    try:
        shutil.copyfile(backup, staging)
        with staging.open("rb+") as fh:
            os.fsync(fh.fileno())
        problems = check_file(staging)
        if problems:
            raise UserError(msg(QT_TRANSLATE_NOOP(
                "restore", "Copying the backup failed ({problem}); nothing was changed."),
                problem=problems[0]))
        aside: Path | None = None
        if database.exists():
            aside = database.with_name(f"{database.name}.replaced-{stamp}")
            os.replace(database, aside)
        for suffix in SIDE_FILES:
            side = database.with_name(database.name + suffix)
            if side.exists():
                # A stale WAL of the old file must never be replayed onto the restored one.
                os.replace(side, side.with_name(f"{database.name}.replaced-{stamp}{suffix}"))
        os.replace(staging, database)
    except OSError as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "restore", "Could not restore {backup} to {path}: {reason}"),
            backup=backup.name, path=str(database), reason=exc.strerror or str(exc))) from exc
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
    return RestoreResult(database, backup, aside)
