"""Erasure and exchange workbooks: the erasure travels, carries no personal data, and no older
workbook brings the data back — neither into the database file nor into a later export."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.exchange.importer import import_file
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.audit import AuditAction
from ecnet_desktop.services.container import Services

NAME = "Zyxwvutsrqponm"
EMAIL = "erase-me@example.org"
NEEDLES = (NAME.encode(), NAME.lower().encode(), EMAIL.encode())

pytestmark = pytest.mark.sqlite_only("about the bytes of the SQLite file")


def db_leaks(path: Path) -> list[str]:
    found = []
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists():
            data = file.read_bytes()
            found += [f"{file.name}: {n!r}" for n in NEEDLES if n in data]
    return found


def workbook_leaks(path: Path) -> list[str]:
    """Every part of the xlsx (a zip of XML files), unpacked: shared strings, sheets, About."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for part in archive.namelist():
            data = archive.read(part)
            found += [f"{part}: {n!r}" for n in NEEDLES if n in data]
    return found


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[tuple[Services, str]]:
    svc = Services.open(tmp_path / "laptop.sqlite", device_name="Desk laptop")
    event = svc.events.create(kind="international_event", title="EC-NET Šibenik", country="HR",
                              start_date=dt.date(2021, 9, 23)).id
    session = svc.events.add_session(event, title="Plenary",
                                     start=dt.datetime(2021, 9, 23, 9, 30),
                                     end=dt.datetime(2021, 9, 23, 11)).id
    person = svc.people.create(given_name=NAME, family_name="Horvat", email=EMAIL,
                               country="HR", category="citizen",
                               consent_processing_at=dt.datetime(2021, 3, 1, 9)).id
    svc.registrations.register(person, event)
    svc.checkin.check_in(event, session, person)
    svc.notes.create(event_id=event, kind="quote", text="Europe starts in our town.",
                     author=f"{NAME} Horvat")
    yield svc, person
    svc.close()


def test_an_old_workbook_brings_no_erased_data_back(
    laptop: tuple[Services, str], tmp_path: Path
) -> None:
    svc, person = laptop
    old = tmp_path / "before-erasure.xlsx"
    export_workbook(svc, old)
    assert workbook_leaks(old)  # the old file does hold them

    svc.erasure.erase(person)
    import_file(svc, old)  # e.g. a laptop sends back a file written before the erasure

    assert db_leaks(svc.database.path or Path()) == []
    later = tmp_path / "after.xlsx"
    export_workbook(svc, later)
    assert workbook_leaks(later) == []
    # The anonymous figures are still there: the tombstone keeps country and category.
    person_row = svc.people.get(person)
    assert (person_row.erased, person_row.country, person_row.category, person_row.email) == (
        True, "HR", "citizen", "")
    # Export, erasure and import are in the audit log.
    actions = [e.action for e in svc.audit.list()]
    assert actions.count(AuditAction.EXPORT) == 2 and AuditAction.IMPORT in actions
    assert AuditAction.ERASURE in actions


def test_the_erasure_travels_to_a_laptop_that_held_the_data(
    laptop: tuple[Services, str], tmp_path: Path
) -> None:
    svc, person = laptop
    seed = tmp_path / "seed.xlsx"
    export_workbook(svc, seed)
    other = Services.open(tmp_path / "coordinator.sqlite", device_name="Coordinator")
    try:
        import_file(other, seed)
        assert any(p.email == EMAIL for p in other.people.list())

        svc.erasure.erase(person)
        tombstone = tmp_path / "erasure.xlsx"
        export_workbook(svc, tombstone)
        assert workbook_leaks(tombstone) == []  # the tombstone carries no personal data

        import_file(other, tombstone)
        assert db_leaks(tmp_path / "coordinator.sqlite") == []
        assert all(p.email != EMAIL for p in other.people.list())
        assert other.people.get(person).erased
        import_file(other, seed)  # and the old seed file cannot undo it
        assert db_leaks(tmp_path / "coordinator.sqlite") == []
    finally:
        other.close()
    assert db_leaks(tmp_path / "coordinator.sqlite") == []
