"""Migration 0002: the FTS5 trigram index over people's search text stays in sync with every
write, and an existing database gains it (after a backup) with its people findable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from ecnet_desktop.domain.text import fold
from ecnet_desktop.services.checkin import CheckinService
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.search_index import SEARCH_INDEX
from ecnet_desktop.store import backup, migrate
from ecnet_desktop.store.database import make_engine, sqlite_url


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def matches(path: Path, word: str) -> list[str]:
    """Ids of people the index alone finds for a word (no second check on the rows)."""
    return sorted(str(r[0]) for r in rows(
        path, f"SELECT people.id FROM {SEARCH_INDEX} JOIN people ON people.rowid = "
        f"{SEARCH_INDEX}.rowid WHERE {SEARCH_INDEX} MATCH ?", f'"{word}"'))


def indexed_text(path: Path) -> dict[str, str]:
    return {str(pid): str(text) for pid, text in rows(
        path, f"SELECT people.id, {SEARCH_INDEX}.search_text FROM {SEARCH_INDEX} "
        f"JOIN people ON people.rowid = {SEARCH_INDEX}.rowid")}


def test_the_index_follows_inserts_updates_and_deletes(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        org = services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR")
        ivana = services.people.create(given_name="Ivana", family_name="Đurđević",
                                       organisation_id=org.id).id
        lukasz = services.people.create(given_name="Łukasz", family_name="Wójcik").id
        assert matches(db_path, "durd") == [ivana]
        assert matches(db_path, "sibenik") == [ivana]
        assert matches(db_path, "lukasz") == [lukasz]

        services.people.update(lukasz, family_name="Zając")
        assert matches(db_path, "wojcik") == []
        assert matches(db_path, "zajac") == [lukasz]

        # Renaming the organisation rewrites its people's search text; the index follows.
        services.organisations.update(org.id, name="Grad Split")
        assert matches(db_path, "sibenik") == []
        assert matches(db_path, "split") == [ivana]
        assert indexed_text(db_path)[ivana] == "ivana durdevic grad split"
    finally:
        services.close()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM people WHERE id = ?", (lukasz,))  # no service deletes for real
    con.commit()
    con.close()
    assert matches(db_path, "zajac") == []
    assert set(indexed_text(db_path)) == {ivana}
    assert rows(db_path, f"SELECT count(*) FROM {SEARCH_INDEX}") == [(1,)]


PEOPLE_0001 = (  # the columns of the people table as revision 0001 made it
    "id, given_name, family_name, email, phone, town, country, organisation_id, category, "
    "gender, birth_year, consent_processing_at, consent_processing_version, "
    "consent_processing_by, consent_photos_at, consent_photos_version, consent_photos_by, "
    "consent_lists_at, consent_lists_version, consent_lists_by, erased, merged_into_id, "
    "search_text, sort_key, clocks, created, device_id, updated, deleted"
)


def database_at_0001(path: Path, people: list[tuple[str, str, str]]) -> None:
    """A database as the first release left it, with people in it."""
    engine = make_engine(sqlite_url(path))
    try:
        command.upgrade(migrate.alembic_config(engine), "0001")
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    for pid, given, family in people:
        clock = "001700000000000-000000-dev"
        con.execute(
            f"INSERT INTO people ({PEOPLE_0001}) VALUES (?, ?, ?, '', '', 'Zagreb', 'HR', NULL, "
            "'citizen', NULL, NULL, NULL, '', '', NULL, '', '', NULL, '', '', 0, NULL, ?, ?, "
            "'{}', ?, 'dev', ?, 0)",
            (pid, given, family, fold(f"{given} {family} Zagreb"), fold(f"{family} {given}"),
             clock, clock))
    con.commit()
    con.close()


def test_a_database_from_0001_gains_the_index_after_a_backup_and_finds_its_people(
    db_path: Path,
) -> None:
    people = [("11111111-1111-4111-8111-111111111111", "Tomislav", "Šarić"),
              ("22222222-2222-4222-8222-222222222222", "Ana", "Horvat")]
    database_at_0001(db_path, people)
    assert rows(db_path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert rows(db_path, "SELECT name FROM sqlite_master WHERE name = ?", SEARCH_INDEX) == []

    services = Services.open(db_path)
    try:
        event = services.events.create(kind="local_working_group", title="Zagreb group",
                                       country="HR", start_date="2022-03-01")
        found = CheckinService(services.replica).search(event.id, None, "tomisl")
        assert [(r.person.id, r.registered) for r in found] == [(people[0][0], False)]
    finally:
        services.close()

    assert matches(db_path, "saric") == [people[0][0]]
    assert matches(db_path, "zagreb") == sorted(p[0] for p in people)
    (saved,) = backup.list_backups(db_path)
    assert "pre-migrate" in saved.name
    # The backup is the database as it was: revision 0001, its people, no index yet.
    assert rows(saved, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sorted(r[0] for r in rows(saved, "SELECT id FROM people")) == sorted(
        p[0] for p in people)
    assert rows(saved, "SELECT name FROM sqlite_master WHERE name = ?", SEARCH_INDEX) == []


def test_downgrading_0002_removes_the_index_and_its_triggers(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    try:
        config = migrate.alembic_config(engine)
        command.upgrade(config, "0002")
        assert rows(db_path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                    ) == [(3,)]
        command.downgrade(config, "0001")
    finally:
        engine.dispose()
    assert rows(db_path, "SELECT name FROM sqlite_master WHERE name LIKE 'people_search%'"
                ) == []
    # Writing people still works: no trigger is left pointing at the dropped index.
    con = sqlite3.connect(db_path)
    con.execute(f"INSERT INTO people ({PEOPLE_0001}) VALUES ('p1', 'Ana', 'Horvat', '', '', "
                "'', '', NULL, 'citizen', NULL, NULL, NULL, '', '', NULL, '', '', NULL, '', '', "
                "0, NULL, 'ana horvat', 'horvat ana', '{}', 'c', 'dev', 'c', 0)")
    con.commit()
    con.close()
    assert rows(db_path, "SELECT id FROM people") == [("p1",)]
