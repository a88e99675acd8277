"""A coordinator hub on PostgreSQL: laptops exchange with it as with SQLite; imports at once."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.store.database import WRITE_LOCK_KEY, make_engine

MakeDatabase = Callable[..., str]


@dataclass
class Workbooks:
    seed: Path  # the coordinator's first workbook, which seeded both laptops
    a: Path  # laptop A's export after its edits and check-ins
    b: Path  # laptop B's export: edits to the same people, the same check-in, a new person


@pytest.fixture
def workbooks(tmp_path: Path) -> Iterator[Workbooks]:
    """Two laptops' workbooks that touch the same rows, as two venues of one network would."""
    origin = Services.open(tmp_path / "origin.sqlite", device_name="Coordinator")
    generate_demo(origin.database, size="S", seed=5)
    seed = tmp_path / "seed.xlsx"
    export_workbook(origin, seed)
    origin.close()
    laptops = []
    for name in ("a", "b"):
        laptop = Services.open(tmp_path / f"laptop-{name}.sqlite", device_name=f"Laptop {name}")
        import_file(laptop, seed)
        laptops.append(laptop)
    a, b = laptops
    people = [p.id for p in a.people.list(limit=20)]
    event = a.events.list()[0]
    session = a.events.sessions_of(event.id)[0]
    a.people.update(people[0], given_name="Anna", email="anna@example.eu")
    b.people.update(people[0], given_name="Ana", phone="+386 1 234 5678")
    for pid in people[1:12]:
        a.people.update(pid, town="Koper")
    for pid in people[6:18]:
        b.people.update(pid, email=f"{pid[:8]}@example.eu")
    for laptop in (a, b):  # the same person checked in at two desks: one row on the hub
        laptop.attendance.check_in(people[3], session.id)
    b.people.create(given_name="Đurđa", family_name="Novak", country="HR")
    files = {}
    for name, laptop in (("a", a), ("b", b)):
        files[name] = tmp_path / f"{name}.xlsx"
        export_workbook(laptop, files[name])
        laptop.close()
    yield Workbooks(seed, files["a"], files["b"])


def conflicts(services: Services) -> list[tuple[Any, ...]]:
    return sorted((c.entity, c.row_id, c.field, repr(c.value), c.clock, c.winning_clock)
                  for c in sync_service(services).conflicts(include_resolved=True))


def state(services: Services) -> tuple[Any, ...]:
    return sync_service(services).canonical_dump(), conflicts(services)


def data_sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet, cell by cell, but About and Devices (each database adds itself there)."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in book.worksheets if ws.title not in ("About", "Devices")}
    finally:
        book.close()


def test_laptops_exchange_with_the_hub_exactly_as_with_a_sqlite_coordinator(
    server_databases: MakeDatabase, workbooks: Workbooks, tmp_path: Path
) -> None:
    hub = Services.open(url=server_databases(), device_name="Hub")
    office = Services.open(tmp_path / "office.sqlite", device_name="Office")
    try:
        for coordinator in (hub, office):
            for path in (workbooks.seed, workbooks.a, workbooks.b):
                import_file(coordinator, path)
        assert state(hub) == state(office)
        assert conflicts(hub)  # both laptops renamed the same person: kept for the coordinator
        assert hub.people.get(hub.people.list("durda novak")[0].id).country == "HR"
        # What the hub sends back to a laptop is cell for cell what the SQLite office sends.
        export_workbook(hub, tmp_path / "from-hub.xlsx")
        export_workbook(office, tmp_path / "from-office.xlsx")
        assert data_sheets(tmp_path / "from-hub.xlsx") == data_sheets(tmp_path / "from-office.xlsx")
        laptop = Services.open(tmp_path / "new-laptop.sqlite", device_name="New laptop")
        try:
            import_file(laptop, tmp_path / "from-hub.xlsx")
            assert sync_service(laptop).canonical_dump() == sync_service(hub).canonical_dump()
        finally:
            laptop.close()
    finally:
        hub.close()
        office.close()


def test_a_laptop_workbook_of_one_event_imports_into_the_hub(
    server_databases: MakeDatabase, tmp_path: Path
) -> None:
    hub = Services.open(url=server_databases(), device_name="Hub")
    try:
        generate_demo(hub.database, size="S", seed=2)
        event = hub.events.list()[0]
        export_workbook(hub, tmp_path / "event.xlsx", event_id=event.id)
        laptop = Services.open(tmp_path / "venue.sqlite", device_name="Venue")
        try:
            import_file(laptop, tmp_path / "event.xlsx")
            person = laptop.people.list(limit=1)[0]
            session = laptop.events.sessions_of(event.id)[0]
            laptop.attendance.check_in(person.id, session.id)
            laptop.people.update(person.id, town="Maribor")
            export_workbook(laptop, tmp_path / "back.xlsx")
        finally:
            laptop.close()
        import_file(hub, tmp_path / "back.xlsx")
        assert hub.people.get(person.id).town == "Maribor"
        assert person.id in {a.person_id for a in hub.attendance.present_in(session.id)}
    finally:
        hub.close()


def _waiting_writers(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            ).scalar() or 0)
    finally:
        engine.dispose()


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "ecnet_desktop", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_two_coordinators_importing_at_once_both_succeed_as_if_one_after_the_other(
    server_databases: MakeDatabase, workbooks: Workbooks
) -> None:
    """Done when (issue 15): two processes import different workbooks into the hub at once."""
    one_by_one, at_once = server_databases(), server_databases()
    for url in (one_by_one, at_once):
        seeded = Services.open(url=url, device_name="Hub")
        import_file(seeded, workbooks.seed)
        seeded.close()
    reference = Services.open(url=one_by_one, device_name="Hub")
    import_file(reference, workbooks.a)
    import_file(reference, workbooks.b)

    # Hold the hub's write lock while both coordinators start, so both really ask at once.
    holder = make_engine(at_once)
    conn = holder.connect()
    try:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({WRITE_LOCK_KEY})")
        conn.commit()
        runs = [_cli("import", "--database-url", at_once, str(path))
                for path in (workbooks.a, workbooks.b)]
        deadline = time.monotonic() + 60
        while _waiting_writers(at_once) < 2 and time.monotonic() < deadline:
            assert all(r.poll() is None for r in runs), [r.communicate() for r in runs]
            time.sleep(0.05)
        assert _waiting_writers(at_once) == 2  # both coordinators are queued at the same time
    finally:
        conn.exec_driver_sql(f"SELECT pg_advisory_unlock({WRITE_LOCK_KEY})")
        conn.commit()
        conn.close()
        holder.dispose()
    outcomes = [r.communicate(timeout=180) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outcomes
    assert all("imported:" in out for out, _err in outcomes)

    hub = Services.open(url=at_once, device_name="Hub")
    try:
        assert state(hub) == state(reference)
        assert len(sync_service(hub).history()) == 3  # the seed and both laptops' workbooks
    finally:
        hub.close()
        reference.close()
