"""A damaged database is caught when opened, the latest good backup is named, and restoring works."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.services import restore
from ecnet_desktop.services.container import Services
from ecnet_desktop.store import backup, integrity
from ecnet_desktop.store.integrity import DatabaseCorrupt


def people(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT given_name FROM people"))
    finally:
        con.close()


def integrity_check(path: Path) -> list[tuple[str, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall() + con.execute(
            "PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: a database with a backup holding Ana, and Bojans added after the backup."""
    db = tmp_path_factory.mktemp("template") / "ecnet.sqlite"
    services = Services.open(db, device_name="Venue laptop")
    try:
        services.people.create(given_name="Ana", family_name="Horvat")
        backup.backup_sqlite(db, reason="pre-import")
        for i in range(300):  # enough rows for the people table to span several pages
            services.people.create(given_name="Bojan", family_name=f"Novak {i}", town="Ljubljana")
    finally:
        services.close()
    return db


@pytest.fixture
def damaged_later(template: Path, db_path: Path) -> Path:
    """A fresh copy of the template (and its backups) for one test to damage."""
    shutil.copyfile(template, db_path)
    shutil.copytree(template.parent / "backups", db_path.parent / "backups")
    return db_path


def page_of(path: Path, table: str) -> tuple[int, int]:
    """(page size, a page number of ``table``'s b-tree that is not its root)."""
    con = sqlite3.connect(path)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        con.close()
    return size, root


def overwrite_page(path: Path, page: int, page_size: int) -> None:
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start:start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def test_a_truncated_database_is_refused_and_the_backup_named(damaged_later: Path) -> None:
    data = damaged_later.read_bytes()
    damaged_later.write_bytes(data[: len(data) // 2])  # a copy cut off when the stick was pulled

    with pytest.raises(DatabaseCorrupt, match=r"is damaged.*truncated.*latest good backup") as caught:
        Services.open(damaged_later)
    (saved,) = backup.list_backups(damaged_later)
    assert caught.value.backup == saved
    assert saved.name in str(caught.value)
    assert caught.value.path == damaged_later


def test_garbage_pages_are_caught_when_opened(damaged_later: Path) -> None:
    page_size, root = page_of(damaged_later, "people")
    overwrite_page(damaged_later, root, page_size)
    with pytest.raises(DatabaseCorrupt, match="damaged") as caught:
        Services.open(damaged_later)
    assert caught.value.backup == backup.list_backups(damaged_later)[0]


def test_garbage_in_a_big_file_is_caught_when_the_page_is_read(
        damaged_later: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Files over FULL_CHECK_LIMIT only get the quick header checks at open; the damaged page
    # is then reported by SQLite when read, as the same clear error instead of a crash.
    monkeypatch.setattr(integrity, "FULL_CHECK_LIMIT", 0)
    page_size, root = page_of(damaged_later, "people")
    overwrite_page(damaged_later, root, page_size)
    try:
        services = Services.open(damaged_later)
    except DatabaseCorrupt:
        return  # the replica's own first read hit the page: just as good
    try:
        with pytest.raises(DatabaseCorrupt, match="damaged"):
            services.people.list()
    finally:
        services.close()


@pytest.mark.parametrize("damage", ["empty", "garbage header"])
def test_a_wiped_database_with_backups_is_damaged_not_new(damaged_later: Path, damage: str) -> None:
    if damage == "empty":
        damaged_later.write_bytes(b"")
    else:
        damaged_later.write_bytes(b"\x00" * 4096 + damaged_later.read_bytes()[4096:])
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        Services.open(damaged_later)
    assert damaged_later.stat().st_size in (0, len(damaged_later.read_bytes()))


def test_a_foreign_file_without_backups_is_still_not_ours(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_text("shopping list\n" * 100)
    with pytest.raises(UserError, match="not an EC-NET Desktop database"):
        Services.open(other)


def test_no_good_backup_is_said_plainly(damaged_later: Path) -> None:
    (saved,) = backup.list_backups(damaged_later)
    saved.write_bytes(saved.read_bytes()[:2048])  # the backup is damaged too
    damaged_later.write_bytes(damaged_later.read_bytes()[:8192])
    with pytest.raises(DatabaseCorrupt, match="no good backup") as caught:
        Services.open(damaged_later)
    assert caught.value.backup is None


def test_the_newest_backup_that_passes_the_checks_is_offered(damaged_later: Path) -> None:
    older = backup.list_backups(damaged_later)[0]
    newer = backup.backup_sqlite(damaged_later, reason="pre-import")
    newer.write_bytes(newer.read_bytes()[:4096])  # damaged on the stick afterwards
    assert restore.good_backup(damaged_later) == older
    assert [b.path for b in restore.backups(damaged_later)] == [newer, older]
    assert restore.backups(damaged_later)[0].reason == "pre-import"


def test_restoring_puts_the_backup_back_and_keeps_the_damaged_file(damaged_later: Path) -> None:
    damaged = damaged_later.read_bytes()[:30_000]
    damaged_later.write_bytes(damaged)
    with pytest.raises(DatabaseCorrupt) as caught:
        Services.open(damaged_later)
    assert caught.value.backup is not None

    result = restore.restore_backup(damaged_later, caught.value.backup)

    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged
    assert integrity_check(damaged_later) == [("ok",)]
    services = Services.open(damaged_later)
    try:
        assert [p.given_name for p in services.people.list()] == ["Ana"]
        services.people.create(given_name="Cvetka")  # and the restored file takes new work
    finally:
        services.close()
    assert people(damaged_later) == ["Ana", "Cvetka"]


def test_a_damaged_backup_is_not_restored(damaged_later: Path) -> None:
    before = damaged_later.read_bytes()
    (saved,) = backup.list_backups(damaged_later)
    saved.write_bytes(saved.read_bytes()[:1000])
    with pytest.raises(UserError, match="damaged too"):
        restore.restore_backup(damaged_later, saved)
    assert damaged_later.read_bytes() == before


def test_a_stale_wal_of_the_replaced_file_is_moved_aside(damaged_later: Path) -> None:
    (saved,) = backup.list_backups(damaged_later)
    wal = damaged_later.with_name(damaged_later.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    result = restore.restore_backup(damaged_later, saved)
    assert not wal.exists()
    assert result.kept_aside is not None
    assert result.kept_aside.with_name(result.kept_aside.name + "-wal").exists()
    assert people(damaged_later) == ["Ana"]


def test_backups_before_imports_are_rotated_and_each_is_sound(
        services: Services, db_path: Path, tmp_path: Path) -> None:
    from ecnet_desktop.exchange.importer import import_file
    from ecnet_desktop.exchange.workbook_write import export_workbook

    laptop = Services.open(tmp_path / "laptop.sqlite", device_name="Laptop")
    try:
        laptop.people.create(given_name="Ana", family_name="Horvat")
        workbook = tmp_path / "laptop.xlsx"
        export_workbook(laptop, workbook)
    finally:
        laptop.close()
    services.people.create(given_name="Bojan")
    for _ in range(backup.DEFAULT_KEEP):
        backup.backup_sqlite(db_path, reason="pre-migrate")
    import_file(services, workbook)

    kept = backup.list_backups(db_path)
    assert len(kept) == backup.DEFAULT_KEEP == 10  # the oldest one was removed
    assert "pre-import" in kept[0].name
    assert people(kept[0]) == ["Bojan"]  # the database as it was just before the import
    for copy in kept:
        assert integrity_check(copy) == [("ok",)], copy.name
    assert not list((db_path.parent / "backups").glob("*.part"))

    services.close()
    restore.restore_backup(db_path, kept[0])
    assert people(db_path) == ["Bojan"]
