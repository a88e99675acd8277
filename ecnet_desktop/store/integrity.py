"""Is a SQLite file sound? Truncation, garbage pages and broken links, found before the app uses it."""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, msg

HEADER = b"SQLite format 3\x00"
# quick_check and foreign_key_check read every page: about 2 s on the L demo (500 MB), far
# too slow for every start. Files up to this size, and any file left behind by a session that
# did not close cleanly (a non-empty WAL), get the full check; larger ones the O(1) checks,
# and SQLite itself reports a damaged page when it is read (see translate_error).
FULL_CHECK_LIMIT = 64 * 1024 * 1024


class DatabaseCorrupt(UserError):
    """The database file is damaged; ``backup`` is the newest backup that passes the checks."""

    def __init__(self, message: Message, path: Path | None, problems: list[str],
                 backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.problems = problems
        self.backup = backup


class DatabaseBusy(UserError):
    """Another program held the database longer than the busy timeout."""


def header_problems(path: Path) -> list[str]:
    """What the first 100 bytes and the file size say, without opening it (O(1))."""
    size = path.stat().st_size
    if size == 0:
        return []
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(HEADER):
        return ["the file does not start with a SQLite header"]
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"impossible page size {page_size}"]
    change_counter, pages, valid_for = (struct.unpack(">I", head[o:o + 4])[0] for o in (24, 28, 92))
    if pages and change_counter == valid_for and size < pages * page_size:
        return [f"the file is truncated: {size} bytes of {pages * page_size}"]
    if size % page_size:
        return [f"the file size {size} is not a whole number of {page_size}-byte pages"]
    return []


def check_file(path: Path, *, full: bool = True, unreadable_ok: bool = False) -> list[str]:
    """Problems found in a SQLite file (empty when sound): header, quick_check, foreign keys.

    ``full=False`` only reads the header and the schema. Never writes to the file.
    ``unreadable_ok``: a file that cannot be opened for a reason other than damage (a read-only
    folder without the WAL index, a lock) is not reported; opening it says what is wrong.
    """
    path = Path(path)
    if not path.is_file():
        return ["the file does not exist"]
    problems = header_problems(path)
    if problems:
        return problems
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [] if unreadable_ok and not _is_damage(exc) else [str(exc)]
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            rows = [r[0] for r in con.execute("PRAGMA quick_check")]
            problems += [r for r in rows if r != "ok"]
            problems += [f"broken link {tuple(r)}" for r in con.execute("PRAGMA foreign_key_check")]
    except sqlite3.Error as exc:
        if not unreadable_ok or _is_damage(exc):
            problems.append(str(exc))
    finally:
        con.close()
    return problems


def _is_damage(exc: sqlite3.Error) -> bool:
    name = str(getattr(exc, "sqlite_errorname", ""))
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def needs_full_check(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    crashed = wal.is_file() and wal.stat().st_size > 0
    return crashed or path.stat().st_size <= FULL_CHECK_LIMIT


def verify_on_open(path: Path) -> None:
    """Raise DatabaseCorrupt (with the newest good backup) when an existing file is damaged."""
    from .backup import list_backups

    path = Path(path)
    if not path.is_file():
        return
    if path.stat().st_size == 0 and not list_backups(path):
        return  # a brand-new, empty database
    empty = path.stat().st_size == 0
    problems = ["the file is empty"] if empty else check_file(
        path, full=needs_full_check(path), unreadable_ok=True)
    if not problems:
        return
    if problems == ["the file does not start with a SQLite header"] and not list_backups(path):
        return  # a foreign file, not a damaged database of ours: open_database refuses it
    raise corrupt(path, problems)


def corrupt(path: Path | None, problems: list[str]) -> DatabaseCorrupt:
    """The error for a damaged file, naming the newest backup that can replace it."""
    good = latest_good_backup(path) if path is not None else None
    where = str(path) if path is not None else ""
    first = problems[0] if problems else ""
    if good is not None:
        text = QT_TRANSLATE_NOOP("store", "The database {path} is damaged ({problem}). "
                                 "The latest good backup is {backup}.")
    else:
        text = QT_TRANSLATE_NOOP("store", "The database {path} is damaged ({problem}) "
                                 "and there is no good backup of it.")
    return DatabaseCorrupt(msg(text, path=where, problem=first, backup=good.name if good else ""),
                           path, problems, good)


def latest_good_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` that passes the full check, or None."""
    from .backup import list_backups

    for candidate in list_backups(path):
        if not check_file(candidate):
            return candidate
    return None


def translate_error(exc: BaseException, path: Path | None) -> UserError | None:
    """A SQLite failure a person can act on, as a clear message; None for anything else."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    where = str(path) if path is not None else ""
    if name.startswith("SQLITE_READONLY"):
        return UserError(msg(QT_TRANSLATE_NOOP(
            "store", "The database {path} is read-only: nothing can be saved. Copy it to a "
            "folder you can write to (not a read-only USB stick or CD) and open the copy."),
            path=where))
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and "full" in str(exc).lower()):
        return UserError(msg(QT_TRANSLATE_NOOP(
            "store", "The disk holding {path} is full: the last change was not saved. "
            "Free some space and try again."), path=where))
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return DatabaseBusy(msg(QT_TRANSLATE_NOOP(
            "store", "The database {path} is in use by another program that did not let go "
            "of it; the change was not saved. Try again in a moment."), path=where))
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return corrupt(path, [str(exc)])
    return None


def install_error_translation(engine: Any, path: Path | None) -> None:
    """Make every SQLite failure of ``engine`` that a person can act on a UserError."""
    from sqlalchemy import event

    def handle(context: Any) -> None:
        original = context.original_exception
        translated = translate_error(original, path)
        if translated is not None:
            # Raising here replaces SQLAlchemy's wrapper; the cause keeps the details for logs.
            with contextlib.suppress(Exception):
                translated.__cause__ = original
            raise translated

    event.listen(engine, "handle_error", handle)
