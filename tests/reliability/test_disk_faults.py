"""Read-only files and folders, and full disks: a clear message, no crash, no half-written file.

Tests run as root in CI, and root ignores chmod, so the faults are produced in ways that hold
for root too: SQLite's own read-only mode (the same SQLITE_READONLY a read-only file gives),
SQLite's page limit (the same SQLITE_FULL a full disk gives), /sys (where even root cannot
create files) and a file object whose writes fail with ENOSPC part-way, as on a full stick.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.exchange import safe_xlsx
from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.store import backup


def fill(services: Services, people: int = 30) -> None:
    org = services.organisations.create(name="Comune di Modena", country="IT")
    for i in range(people):
        services.people.create(given_name="Giulia", family_name=f"Rossi {i}", organisation_id=org.id,
                               country="IT", town="Modena")


def test_a_read_only_database_says_so_when_saving(services: Services, db_path: Path) -> None:
    fill(services, 3)
    services.close()
    readonly = Services.open(url=f"sqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        assert len(readonly.people.list()) == 3  # reading works
        with pytest.raises(UserError, match="read-only: nothing can be saved"):
            readonly.people.create(given_name="Nuovo")
        assert len(readonly.people.list()) == 3
    finally:
        readonly.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can write to read-only files")
def test_a_read_only_file_says_so_when_saving(services: Services, db_path: Path) -> None:
    fill(services, 1)
    services.close()
    db_path.chmod(0o444)
    try:
        with pytest.raises(UserError, match="read-only"):
            opened = Services.open(db_path)
            try:
                opened.people.create(given_name="Nuovo")
            finally:
                opened.close()
    finally:
        db_path.chmod(0o644)


def test_a_full_disk_while_saving_is_a_message_and_loses_nothing(services: Services,
                                                                 db_path: Path) -> None:
    fill(services, 5)
    engine = services.database.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def tiny_disk(dbapi_connection: Any, _record: Any) -> None:
        # The file may not grow any more: SQLite answers SQLITE_FULL, as on a full disk.
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(UserError, match="is full: the last change was not saved"):
        for i in range(2000):
            services.people.create(given_name="Anna", family_name=f"Bianchi {i} " + "x" * 150)
    event.remove(engine, "connect", tiny_disk)
    engine.dispose()
    assert len([p for p in services.people.list(limit=5000) if p.given_name == "Giulia"]) == 5
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    services.people.create(given_name="Dopo")  # space freed: work goes on


class FullDisk(io.RawIOBase):
    """A file on a stick that fills up after ``room`` bytes."""

    def __init__(self, handle: Any, room: int) -> None:
        self.handle, self.room = handle, room

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.handle.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return int(self.handle.write(data))

    def seek(self, offset: int, whence: int = 0) -> int:
        return int(self.handle.seek(offset, whence))

    def tell(self) -> int:
        return int(self.handle.tell())

    def fileno(self) -> int:
        return int(self.handle.fileno())

    def flush(self) -> None:
        if not self.handle.closed:
            self.handle.flush()

    def close(self) -> None:
        if not self.closed:
            super().close()
            self.handle.close()


# openpyxl leaves its zip writer and sheet generators to the garbage collector after a failed
# save; they complain then ("Exception ignored in ZipFile.__del__"). Collected inside the test.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("room", [0, 2_000, 9_000])
def test_an_export_to_a_full_disk_leaves_no_half_written_file(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    fill(services)
    stick = tmp_path / "stick"
    stick.mkdir()
    earlier = stick / "modena.xlsx"
    export_workbook(services, earlier)
    good = earlier.read_bytes()
    services.people.create(given_name="Nuova")
    real_fdopen = os.fdopen
    monkeypatch.setattr(safe_xlsx.os, "fdopen",
                        lambda fd, *a, **k: FullDisk(real_fdopen(fd, *a, **k), room))

    with pytest.raises(UserError, match=r"Could not write .*modena\.xlsx: No space left on device"):
        export_workbook(services, earlier)

    assert earlier.read_bytes() == good  # the earlier, complete export is untouched
    assert sorted(p.name for p in stick.iterdir()) == ["modena.xlsx"]  # no temporary left
    gc.collect()


def test_an_export_into_a_folder_nobody_may_write_is_a_message(services: Services) -> None:
    if not Path("/sys/kernel").is_dir():
        pytest.skip("needs Linux sysfs, where even root cannot create files")
    with pytest.raises(UserError, match=r"Could not write /sys/kernel/out\.xlsx"):
        export_workbook(services, Path("/sys/kernel/out.xlsx"))


def test_an_import_whose_backup_cannot_be_written_changes_nothing(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = Services.open(tmp_path / "laptop.sqlite", device_name="Laptop")
    try:
        fill(source, 3)
        workbook = tmp_path / "laptop.xlsx"
        export_workbook(source, workbook)
    finally:
        source.close()
    before = sync_service(services).canonical_dump()
    monkeypatch.setattr(backup, "backups_dir_for", lambda _db: Path("/sys/kernel/backups"))
    with pytest.raises(UserError, match=r"Could not back up the database .* nothing was changed"):
        import_file(services, workbook)
    assert sync_service(services).canonical_dump() == before
