"""Opening a database: safe pragmas, schema = migrations, refusals, backups before migrating."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import IntegrityError

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.paths import backups_dir_for
from ecnet_desktop.services.container import Services
from ecnet_desktop.store import backup, migrate
from ecnet_desktop.store import database as database_module
from ecnet_desktop.store.database import (
    Database,
    integrity_problems,
    make_engine,
    open_database,
    sqlite_url,
    table_names,
)
from ecnet_desktop.store.migrate import DatabaseTooNew
from ecnet_desktop.store.models import Base, EventSession, Person

# The newest migration file's revision: every migration added later moves it.
HEAD = max(p.name.split("_")[0] for p in (migrate.MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


def make_people(path: Path, names: list[str]) -> list[str]:
    services = Services.open(path, device_name="Venue laptop")
    try:
        return [services.people.create(given_name=n, family_name="Test").id for n in names]
    finally:
        services.close()


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- pragmas --------------------------------------------------------------------------------------


PRAGMAS = ("journal_mode", "foreign_keys", "busy_timeout", "synchronous", "secure_delete")


def pragmas(conn: Connection) -> dict[str, object]:
    return {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in PRAGMAS}


def raw_pragmas(dbapi_connection: Any) -> dict[str, object]:
    cursor = dbapi_connection.cursor()
    try:
        return {n: cursor.execute(f"PRAGMA {n}").fetchone()[0] for n in PRAGMAS}
    finally:
        cursor.close()


def assert_safe(values: dict[str, object]) -> None:
    assert values["journal_mode"] == "wal"
    assert values["foreign_keys"] == 1
    assert isinstance(values["busy_timeout"], int) and values["busy_timeout"] > 0
    assert values["synchronous"] == 2  # FULL: an acknowledged change survives a power cut
    assert values["secure_delete"] == 1  # erased personal data does not linger in free pages


def test_every_connection_of_the_engine_has_the_safe_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert_safe(pragmas(conn))
    # Two raw connections at once, so the pool must open a second one.
    first, second = db.engine.raw_connection(), db.engine.raw_connection()
    try:
        assert_safe(raw_pragmas(first))
        assert_safe(raw_pragmas(second))
    finally:
        first.close()
        second.close()
    # And a pooled connection handed out again keeps them.
    with db.engine.connect() as again:
        assert_safe(pragmas(again))


def test_a_second_engine_on_the_same_file_has_the_safe_pragmas(db: Database) -> None:
    assert db.path is not None
    other = make_engine(sqlite_url(db.path))
    try:
        with other.connect() as conn:
            assert_safe(pragmas(conn))
    finally:
        other.dispose()


def test_the_file_itself_is_in_wal_mode(db: Database, db_path: Path) -> None:
    # WAL is persistent: even a plain sqlite3 connection (a backup tool, the crash check)
    # sees it, so readers never block the check-in desk.
    assert rows(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_foreign_keys_are_enforced(db: Database) -> None:
    orphan = EventSession(
        id="s1", clocks="{}", created="u", device_id="d", updated="u", deleted=False,
        event_id="no-such-event", title="Opening", start=dt.datetime(2022, 1, 1, 10),
        end=dt.datetime(2022, 1, 1, 11),
    )
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.sessions.begin() as s:
        s.add(orphan)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sessions")).scalar() == 0


def test_a_long_read_does_not_block_the_check_in_desk(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WAL lets readers and a writer work side by side: while a background task reads (an
    # export, a report on a big database), the desk must still list and check people in.
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)  # fail fast, not in 10 s
    services = Services.open(db_path)
    try:
        person = services.people.create(given_name="Ana")
        reading = threading.Event()
        done = threading.Event()

        def background_report() -> None:
            with services.database.sessions() as s:
                s.scalars(select(Person)).all()
                reading.set()
                done.wait(5)

        worker = threading.Thread(target=background_report)
        worker.start()
        try:
            assert reading.wait(5)
            started = time.monotonic()
            assert [p.id for p in services.people.list()] == [person.id]
            services.people.update(person.id, town="Zagreb")
            assert time.monotonic() - started < 1
        finally:
            done.set()
            worker.join()
    finally:
        services.close()


# -- schema ---------------------------------------------------------------------------------------


# The FTS5 search index of migration 0002 and its shadow tables: no model describes them.
SEARCH_INDEX_PREFIX = "people_search"


def modelled(_obj: object, name: str | None, type_: str, reflected: bool, _to: object) -> bool:
    return not (type_ == "table" and reflected and (name or "").startswith(SEARCH_INDEX_PREFIX))


def schema_diff(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True,
                        "include_object": modelled}
        )
        return list(compare_metadata(context, Base.metadata))


def test_models_and_migrations_describe_the_same_schema(db: Database) -> None:
    assert schema_diff(db) == []
    expected = sorted({*Base.metadata.tables, "alembic_version"})
    assert [t for t in table_names(db) if not t.startswith(SEARCH_INDEX_PREFIX)] == expected


def test_the_schema_comparison_notices_a_difference(db: Database) -> None:
    # Control: the comparison above is able to fail.
    index = sorted(str(ix.name) for ix in Base.metadata.tables["people"].indexes)[0]
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {index}")
        conn.exec_driver_sql("ALTER TABLE notes ADD COLUMN stray TEXT")
    diff = repr(schema_diff(db))
    assert index in diff
    assert "stray" in diff


def test_a_new_database_is_at_the_newest_revision_and_sound(db: Database) -> None:
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == HEAD
    assert migrate.script_directory().get_current_head() == HEAD
    assert integrity_problems(db) == []


# -- refusals -------------------------------------------------------------------------------------


def test_a_database_from_a_newer_app_version_is_refused_and_left_unchanged(
    db_path: Path, tmp_path: Path
) -> None:
    make_people(db_path, ["Ana", "Bojan"])
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = files_in(tmp_path)

    with pytest.raises(DatabaseTooNew) as info:
        open_database(db_path)

    assert "newer version" in str(info.value)
    assert "9999" in str(info.value)
    assert isinstance(info.value, UserError)
    assert files_in(tmp_path) == before  # byte-identical, and no backup or journal left behind
    with pytest.raises(DatabaseTooNew):
        Services.open(db_path)
    assert files_in(tmp_path) == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "participants.sqlite"
    content = "given name,family name\nŁukasz,Nowak\n".encode()
    path.write_bytes(content)

    with pytest.raises(UserError) as info:
        open_database(path)

    assert "not an EC-NET Desktop database" in str(info.value)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["participants.sqlite", "userdata"]


def test_a_tiny_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"hi")
    with pytest.raises(UserError):
        open_database(path)
    assert path.read_bytes() == b"hi"


def make_foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Őry Zsófia', '+36 1 555 0100')")
    con.commit()
    con.close()


def test_a_sqlite_file_of_another_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    make_foreign_sqlite(path)
    with pytest.raises(UserError) as info:
        open_database(path)
    assert "not created by EC-NET Desktop" in str(info.value)
    assert not isinstance(info.value, DatabaseTooNew)
    # Nothing of ours was added to it, and its data is all there.
    assert rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("contacts",)]
    assert rows(path, "SELECT name FROM contacts") == [("Őry Zsófia",)]


def test_a_sqlite_file_of_another_app_is_left_byte_identical(tmp_path: Path) -> None:
    # The refusal says "it is left untouched": the other app's file must not be rewritten
    # (e.g. switched to WAL mode, which changes its header and breaks old readers).
    path = tmp_path / "contacts.sqlite"
    make_foreign_sqlite(path)
    before = path.read_bytes()
    with pytest.raises(UserError):
        open_database(path)
    assert path.read_bytes() == before
    assert rows(path, "PRAGMA journal_mode") == [("delete",)]


def test_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "ecnet.sqlite"
    with pytest.raises(UserError) as info:
        open_database(path)
    assert "does not exist" in str(info.value)
    assert str(path.parent) in str(info.value)
    assert not (tmp_path / "no").exists()


def test_create_false_on_a_missing_file_is_a_user_error(db_path: Path) -> None:
    with pytest.raises(UserError) as info:
        open_database(db_path, create=False)
    assert str(db_path) in str(info.value)
    assert not db_path.exists()
    with pytest.raises(UserError):
        Services.open(db_path, create=False)
    assert not db_path.exists()


def test_create_false_opens_an_existing_database(db_path: Path) -> None:
    ids = make_people(db_path, ["Ana"])
    services = Services.open(db_path, create=False)
    try:
        assert [p.id for p in services.people.list()] == ids
    finally:
        services.close()


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.touch()
    ids = make_people(db_path, ["Ana"])
    assert rows(db_path, "SELECT id FROM people") == [(ids[0],)]


def test_closing_folds_the_wal_into_the_file(db_path: Path, tmp_path: Path) -> None:
    ids = make_people(db_path, ["Ana", "Bojan", "Cvetka"])
    # A person copies just the .sqlite file to a USB stick: it must hold everything.
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(db_path, copy)
    assert sorted(r[0] for r in rows(copy, "SELECT id FROM people")) == sorted(ids)


# -- backups --------------------------------------------------------------------------------------


def test_opening_an_up_to_date_database_takes_no_backup(db_path: Path) -> None:
    make_people(db_path, ["Ana"])  # creating a new database takes no backup either
    assert backup.list_backups(db_path) == []
    open_database(db_path).close()
    Services.open(db_path).close()
    assert backup.list_backups(db_path) == []
    assert not backups_dir_for(db_path).exists()


NEXT_REVISION = '''
"""a later app version adds a table"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))
    {extra}


def downgrade() -> None:
    op.drop_table("probe")
'''


def newer_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "pass") -> None:
    """Pretend the app was updated: its migrations gained revision 9999."""
    folder = tmp_path / "newer_migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_probe.py").write_text(
        textwrap.dedent(NEXT_REVISION.format(extra=extra, head=HEAD))
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)


def test_migrating_an_existing_database_backs_it_up_first(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_people(db_path, ["Ana", "Bojan"])
    newer_app(tmp_path, monkeypatch)

    services = Services.open(db_path)
    try:
        assert sorted(p.id for p in services.people.list()) == sorted(ids)
    finally:
        services.close()

    assert rows(db_path, "SELECT version_num FROM alembic_version") == [("9999",)]
    saved = backup.list_backups(db_path)
    assert len(saved) == 1
    assert saved[0].parent == tmp_path / "backups"
    assert "pre-migrate" in saved[0].name
    # The backup is the database as it was before the migration.
    assert rows(saved[0], "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert sorted(r[0] for r in rows(saved[0], "SELECT id FROM people")) == sorted(ids)
    assert rows(saved[0], "PRAGMA integrity_check") == [("ok",)]

    # Opened again by the updated app: up to date now, so no second backup.
    open_database(db_path).close()
    assert len(backup.list_backups(db_path)) == 1


def test_a_failing_migration_leaves_the_database_as_it_was(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_people(db_path, ["Ana", "Bojan"])
    newer_app(tmp_path, monkeypatch, extra='raise RuntimeError("disk full")')

    with pytest.raises(RuntimeError, match="disk full"):
        open_database(db_path)

    assert rows(db_path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert ("probe",) not in rows(db_path, "SELECT name FROM sqlite_master")
    assert sorted(r[0] for r in rows(db_path, "SELECT id FROM people")) == sorted(ids)
    assert len(backup.list_backups(db_path)) == 1


def test_a_new_database_is_not_backed_up_by_the_newer_app(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer_app(tmp_path, monkeypatch)
    open_database(db_path).close()
    assert rows(db_path, "SELECT version_num FROM alembic_version") == [("9999",)]
    assert backup.list_backups(db_path) == []


def test_a_backup_of_an_open_database_holds_every_committed_row(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        ids = [services.people.create(given_name=f"P{i}").id for i in range(30)]
        services.people.delete(ids[0])
        # Still open: the latest rows may live only in the WAL file; the copy must have them.
        copy = backup.backup_sqlite(db_path, reason="pre-import")
    finally:
        services.close()
    assert copy.exists()
    assert copy.parent == backups_dir_for(db_path)
    assert rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert sorted(r[0] for r in rows(copy, "SELECT id FROM people")) == sorted(ids)
    assert rows(copy, "SELECT deleted FROM people WHERE id = ?", ids[0]) == [(1,)]
    reopened = Services.open(copy)
    try:
        assert len(reopened.people.list()) == 29
    finally:
        reopened.close()


def test_only_the_newest_backups_are_kept(db_path: Path) -> None:
    make_people(db_path, ["Ana"])
    made = [backup.backup_sqlite(db_path, reason="pre-import", keep=3) for _ in range(5)]
    kept = backup.list_backups(db_path)
    assert kept == sorted(made[-3:], reverse=True)
    assert [p.exists() for p in made] == [False, False, True, True, True]


def test_pruning_one_database_keeps_the_backups_of_another_in_the_same_folder(
    tmp_path: Path,
) -> None:
    # A coordinator keeps one database per event in one folder.
    main = tmp_path / "ecnet.sqlite"
    venice = tmp_path / "ecnet-venice.sqlite"
    make_people(main, ["Ana"])
    make_people(venice, ["Bojan"])
    venice_backups = [backup.backup_sqlite(venice, reason="pre-import") for _ in range(3)]

    latest = backup.backup_sqlite(main, reason="pre-import", keep=2)

    assert latest.exists()
    assert all(p.exists() for p in venice_backups)
    assert backup.list_backups(main) == [latest]
