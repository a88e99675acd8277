"""Opening a database: engine with safe SQLite pragmas, version check, backup, migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from . import backup, integrity, migrate

BUSY_TIMEOUT_MS = 10_000
WAL_WAIT_S = 3 * BUSY_TIMEOUT_MS / 1000


@dataclass
class Database:
    """An open database: engine, session factory and where it lives."""

    url: str
    engine: Engine
    sessions: SessionFactory
    path: Path | None
    # How many backups of this file are kept (Preferences); older ones are deleted.
    keep_backups: int = backup.DEFAULT_KEEP

    def reopen_label(self) -> str:
        """What "Open recent" remembers: the file path, or the server URL without password
        (the password comes from ~/.pgpass or PGPASSWORD, never from the settings file)."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url)._replace(password=None).render_as_string(hide_password=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def label(self) -> str:
        """What the status bar shows: the file path, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        if self.is_sqlite:
            # Fold the WAL back into the main file so a copied .sqlite is complete on its own.
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # noqa: BLE001 - closing must not fail because of a checkpoint
                pass
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 opens implicit transactions itself; let SQLAlchemy issue BEGIN instead
    # so that every write is inside exactly the transaction the service opened.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # journal_mode is set once, after the version check: setting it here would rewrite the
    # header of a foreign file we are about to refuse.
    cursor.execute("PRAGMA foreign_keys = ON")
    # FULL: a laptop whose battery dies keeps every transaction it acknowledged.
    cursor.execute("PRAGMA synchronous = FULL")
    # Erased personal data is overwritten with zeros, not left in free pages (GDPR).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


WRITE_OPTION = "ecnet_write"


def _begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN, so two writers wait on busy_timeout instead of
    # failing with "database is locked" halfway through. Readers use a plain BEGIN and never
    # block a writer (WAL), so a long report cannot stall the check-in desk.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


class SessionFactory(sessionmaker[Session]):
    """``sessions()`` for reading; ``sessions.begin()`` for one write transaction."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    def begin(self) -> Any:
        return self._writer.begin()


def make_engine(url: str) -> Engine:
    """An engine whose every connection has the pragmas set (SQLite) or sane pool (others)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        # Read-only file, full disk, locked or damaged database: a clear message, not a crash.
        integrity.install_error_translation(engine, Path(parsed.database) if parsed.database else None)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if parsed.get_backend_name() == "postgresql":
        event.listen(engine, "begin", _begin_postgresql)
    return engine


# Any 64-bit number that no other application on a shared server is likely to use ("ECNET").
WRITE_LOCK_KEY = 0x45434E4554


def _begin_postgresql(conn: Any) -> None:
    # The server twin of BEGIN IMMEDIATE: write transactions queue up one after another (the
    # lock is released at COMMIT or ROLLBACK), so two coordinators importing at the same time
    # both succeed and the result is that of one import after the other. Readers never wait.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def open_database(
    path: Path | None = None,
    *,
    url: str | None = None,
    create: bool = True,
    keep_backups: int = backup.DEFAULT_KEEP,
) -> Database:
    """Open (and create or migrate) a database; refuse one written by a newer app version.

    Before any migration of an existing SQLite file, a backup copy is taken.
    """
    if url is None:
        if path is None:
            raise ValueError("path or url required")
        path = Path(path).expanduser().resolve()
        integrity.verify_on_open(path)  # damaged: DatabaseCorrupt naming the latest good backup
        if not path.exists():
            if not create:
                raise UserError(
                    msg(
                        QT_TRANSLATE_NOOP("store", "There is no database at {path}."),
                        path=str(path),
                    )
                )
            if not path.parent.is_dir():
                raise UserError(
                    msg(
                        QT_TRANSLATE_NOOP("store", "The folder {folder} does not exist."),
                        folder=str(path.parent),
                    )
                )
        elif not _looks_like_sqlite(path):
            raise UserError(
                msg(
                    QT_TRANSLATE_NOOP("store", "{path} is not an EC-NET Desktop database."),
                    path=str(path),
                )
            )
        url = sqlite_url(path)
    try:
        engine = make_engine(url)
        with engine.connect():
            pass
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError, OperationalError) as exc:
        # A mistyped URL, a driver that is not installed, a server that does not answer.
        raise UserError(msg(QT_TRANSLATE_NOOP("store", "Cannot open the database {url}: {reason}"),
                            url=make_url(url).render_as_string(hide_password=True)
                            if "://" in url else url,
                            reason=str(getattr(exc, "orig", None) or exc).splitlines()[0])) from exc
    try:
        state = migrate.check_version(engine)
        if state.needs_upgrade:
            if path is not None and state.current is not None:
                backup.backup_sqlite(path, reason="pre-migrate", keep=keep_backups)
            # BEGIN IMMEDIATE: a second instance opening the file at the same moment waits,
            # then finds the schema up to date, instead of migrating it a second time.
            migrate.upgrade(engine.execution_options(**{WRITE_OPTION: True}))
        if engine.dialect.name == "sqlite":
            _enable_wal(engine)
    except Exception:
        engine.dispose()
        raise
    sessions = SessionFactory(engine)
    return Database(url=url, engine=engine, sessions=sessions, path=path,
                    keep_backups=keep_backups)


def _enable_wal(engine: Engine) -> None:
    """WAL is stored in the file, so setting it once suffices; readers never block writers."""
    raw = engine.raw_connection()
    try:
        # Switching needs the file to itself and SQLite does not wait for that: a second
        # instance opening the same file at this moment is waited for. Its migration holds
        # the file for as long as loading the migration scripts takes, which on a busy laptop
        # was seen to outlast a fixed five seconds: wait as long as any writer would.
        deadline = time.monotonic() + WAL_WAIT_S
        while True:
            try:
                raw.cursor().execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if time.monotonic() >= deadline:
                    raise (integrity.translate_error(exc, None) or exc) from exc
                time.sleep(0.05)
    finally:
        raw.close()


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True  # an empty file is a new SQLite database
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def integrity_problems(db: Database) -> list[str]:
    """Rows of integrity_check and foreign_key_check that are not 'ok' (SQLite only)."""
    if not db.is_sqlite:
        return []
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        problems = [r for r in rows if r != "ok"]
        problems += [str(tuple(r)) for r in conn.execute(text("PRAGMA foreign_key_check"))]
    return problems


def table_names(db: Database) -> list[str]:
    return sorted(inspect(db.engine).get_table_names())


def now_utc() -> dt.datetime:
    """Naive UTC now, the form every DateTime column stores."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
