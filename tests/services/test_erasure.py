"""GDPR erasure: the person's data leaves the database file, its WAL and the backups; the
anonymous figures (country, category, registrations, attendance) stay."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from ecnet_desktop.domain.errors import Cancelled
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.services.audit import AuditAction
from ecnet_desktop.services.container import Services
from ecnet_desktop.store.backup import backup_sqlite, list_backups
from ecnet_desktop.store.models import Person

NAME = "Zyxwvutsrqponm"
FAMILY = "Qqjjkkvvwwxx"
EMAIL = "erase-me@example.org"
NEEDLES = (NAME.encode(), NAME.lower().encode(), FAMILY.encode(), FAMILY.lower().encode(),
           EMAIL.encode(), b"+385 91 777 6655")
CONSENTED = dt.datetime(2021, 3, 1, 9)

pytestmark = pytest.mark.sqlite_only("about the bytes of the SQLite file")


@dataclass
class World:
    event: str
    session: str
    person: str
    note: str


def make_world(services: Services) -> World:
    event = services.events.create(kind="international_event", title="Solidarity in Šibenik",
                                   country="HR", start_date=dt.date(2021, 9, 23)).id
    session = services.events.add_session(event, title="Opening plenary",
                                          start=dt.datetime(2021, 9, 23, 9, 30),
                                          end=dt.datetime(2021, 9, 23, 11)).id
    person = services.people.create(
        given_name=NAME, family_name=FAMILY, email=EMAIL, phone="+385 91 777 6655",
        town="Šibenik", country="HR", category="activist", birth_year=1980, gender="female",
        consent_processing_at=CONSENTED, consent_processing_version="2020-1",
        consent_processing_by="Desk laptop", consent_lists_at=CONSENTED).id
    services.people.create(given_name="Ana", family_name="Horvat", country="HR",
                           email="ana@example.hr")
    services.registrations.register(person, event)
    services.checkin.check_in(event, session, person)
    note = services.notes.create(event_id=event, session_id=session, kind="observation",
                                 text="Lively discussion about solidarity.",
                                 author=f"{NAME} {FAMILY}").id
    # Edits leave older versions of the row in the WAL and in freed pages.
    services.people.update(person, town="Split")
    services.people.update(person, town="Zadar")
    return World(event, session, person, note)


def leaks(*paths: Path) -> list[str]:
    found = []
    for path in paths:
        if not path.exists():
            continue
        data = path.read_bytes()
        found += [f"{path.name}: {n!r}" for n in NEEDLES if n in data]
    return found


def db_files(db_path: Path) -> list[Path]:
    return [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]


def test_an_erased_persons_data_is_nowhere_in_the_file_wal_or_backups(
    db_path: Path,
) -> None:
    services = Services.open(db_path, device_name="Desk laptop")
    world = make_world(services)
    services.close()  # the data is now in the main file, not only in the WAL
    backup = backup_sqlite(db_path, reason="pre-import")
    services = Services.open(db_path, device_name="Desk laptop")
    services.people.update(world.person, town="Knin")  # and in the WAL too
    assert leaks(*db_files(db_path)) and leaks(backup)  # the test can see them

    result = services.erasure.erase(world.person)

    # While the database is open (the erasure checkpointed the WAL) ...
    assert leaks(*db_files(db_path)) == []
    assert result.backups_scrubbed == 1 and result.notes_cleared == 1
    assert list_backups(db_path) == [backup] and leaks(backup) == []
    # ... the person is an anonymous tombstone that keeps the grant's figures right ...
    with services.erasure.sessions() as s:
        row = s.get(Person, world.person)
        assert row is not None and row.erased
        assert (row.country, row.category, row.given_name, row.email, row.birth_year,
                row.gender, row.consent_processing_at, row.consent_processing_by) == (
            "HR", "activist", "", "", None, None, None, "")
    assert [r.person_id for r in services.registrations.of_event(world.event)] == [world.person]
    assert [a.person_id for a in services.attendance.present_in(world.session)] == [
        world.person]
    assert services.notes.get(world.note).author == ""
    assert services.notes.get(world.note).text == "Lively discussion about solidarity."
    # ... the rest is untouched, and the audit log says what happened without naming them.
    assert [p.full_name for p in services.people.list() if not p.erased] == ["Ana Horvat"]
    entries = services.audit.list(action=AuditAction.ERASURE)
    assert [(e.subject, e.device_name) for e in entries] == [(world.person, "Desk laptop")]
    assert all(NAME not in e.detail + e.subject for e in services.audit.list())
    services.close()
    # ... and after closing.
    assert leaks(*db_files(db_path), backup) == []


def test_the_backup_is_scrubbed_consistently_and_still_opens(db_path: Path) -> None:
    services = Services.open(db_path, device_name="Desk laptop")
    world = make_world(services)
    backup = backup_sqlite(db_path, reason="pre-import")
    services.erasure.erase(world.person)
    services.close()
    restored = Services.open(backup, create=False)
    try:
        with restored.erasure.sessions() as s:
            erased = s.get(Person, world.person)
            assert erased is not None and erased.erased and erased.email == ""
        assert restored.notes.get(world.note).author == ""
        assert [p.full_name for p in restored.people.list() if not p.erased] == ["Ana Horvat"]
    finally:
        restored.close()


def test_erasure_is_idempotent_and_takes_the_merged_duplicates_along(
    services: Services,
) -> None:
    from ecnet_desktop.exchange.importer import sync_service

    world = make_world(services)
    duplicate = services.people.create(given_name=NAME, family_name=FAMILY,
                                       email="old-" + EMAIL, country="HR").id
    sync_service(services).merge_people(duplicate, world.person)
    first = services.erasure.erase(world.person)
    assert set(first.person_ids) == {world.person, duplicate}
    again = services.erasure.erase(world.person)
    assert again.notes_cleared == 0
    dump = sync_service(services).canonical_dump()["people"]
    assert dump[duplicate]["email"][0] == "" and dump[duplicate]["erased"][0] is True


def test_local_erasure_matches_the_exchange_erasure_cell_for_cell(tmp_path: Path) -> None:
    """Two laptops that erase the same person, one each way, hold the same cells: the
    erasure service writes exactly what exchange.merge's scrub produces."""
    from ecnet_desktop.exchange.importer import sync_service

    a = Services.open(tmp_path / "a.sqlite", device_name="A")
    world = make_world(a)
    a.close()
    (tmp_path / "b.sqlite").write_bytes((tmp_path / "a.sqlite").read_bytes())
    a = Services.open(tmp_path / "a.sqlite", device_name="A")
    b = Services.open(tmp_path / "b.sqlite", device_name="A")
    try:
        a.erasure.erase(world.person)
        sync_service(b).erase_person(world.person)

        def cells(svc: Services) -> dict[str, object]:
            person = sync_service(svc).canonical_dump()["people"][world.person]
            return {f: (v, c[:13]) for f, (v, c) in person.items()}  # clocks up to the ms

        assert {f for f in Person.synced_fields()} == set(cells(a))
        assert {f: v for f, (v, _c) in cells(a).items()} == {
            f: v for f, (v, _c) in cells(b).items()}
    finally:
        a.close()
        b.close()


def test_people_past_the_retention_period_are_listed_and_erased_in_bulk(
    services: Services,
) -> None:
    old = services.events.create(kind="international_event", title="Network meeting 2012",
                                 country="IT", start_date=dt.date(2012, 5, 1)).id
    recent = services.events.create(kind="international_event", title="EC-NET 2021",
                                    country="IT", start_date=dt.date(2021, 5, 1)).id
    ids = {}
    for given, events in (("Old", [old]), ("Both", [old, recent]), ("Recent", [recent]),
                          ("Nowhere", [])):
        ids[given] = services.people.create(given_name=given, family_name="Rossi").id
        for event in events:
            services.registrations.register(ids[given], event)
    services.project.set_project_end(dt.date(2015, 12, 31))
    services.project.set_retention_years(5)

    past = services.erasure.past_retention(today=dt.date(2024, 1, 1))
    assert [(p.full_name, p.retention_end) for p in past] == [
        ("Nowhere Rossi", dt.date(2020, 12, 31)), ("Old Rossi", dt.date(2020, 12, 31))]
    assert services.erasure.past_retention(today=dt.date(2027, 1, 1))[0].full_name == \
        "Both Rossi"

    seen: list[tuple[int, int]] = []
    result = services.erasure.erase_many([p.id for p in past],
                                         progress=Progress(lambda d, t, _l: seen.append((d, t))))
    assert set(result.person_ids) == {ids["Old"], ids["Nowhere"]}
    assert seen[-1] == (2, 2)
    assert services.erasure.past_retention(today=dt.date(2024, 1, 1)) == []
    assert sorted(p.given_name for p in services.people.list() if not p.erased) == [
        "Both", "Recent"]
    assert len(services.audit.list(action=AuditAction.ERASURE)) == 2


def test_cancelling_a_bulk_erasure_before_it_starts_erases_nobody(services: Services) -> None:
    person = services.people.create(given_name="Ana", family_name="Kos").id
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        services.erasure.erase_many([person], progress=Progress(token=token))
    assert [p.id for p in services.people.list()] == [person]
    assert services.audit.list() == []


def test_cancel_part_way_keeps_what_was_erased_complete(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecnet_desktop.services import erasure as erasure_module

    monkeypatch.setattr(erasure_module, "CHUNK", 1)
    first = services.people.create(given_name="Ana", family_name="Kos").id
    second = services.people.create(given_name="Ivo", family_name="Kos").id
    token = CancelToken()

    def report(done: int, _total: int, _label: str) -> None:
        if done == 1:
            token.cancel()  # pressed while the second person was about to be erased

    result = services.erasure.erase_many([first, second], progress=Progress(report, token))
    assert result.person_ids == (first,)
    assert [p.id for p in services.people.list() if not p.erased] == [second]
    assert [e.subject for e in services.audit.list(action=AuditAction.ERASURE)] == [first]
