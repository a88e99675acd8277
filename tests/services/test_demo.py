"""Demo data generator: sizes, realism of the EC-NET data, determinism, refusal and cancel."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from ecnet_desktop.domain.enums import PersonCategory
from ecnet_desktop.domain.errors import Cancelled, UserError
from ecnet_desktop.domain.hlc import Timestamp
from ecnet_desktop.domain.ids import answer_id, attendance_id, registration_id
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import SIZES, DemoReport, DemoSize, generate_demo
from ecnet_desktop.store.database import Database, integrity_problems, open_database
from ecnet_desktop.store.models import SYNCED_MODELS

Rows = list[dict[str, Any]]


def _open(path: Path) -> Database:
    return open_database(path)


def _rows(db: Database, sql: str) -> Rows:
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql))]


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted: what two identical databases must share."""
    with db.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())  # SQLite or a server alike
        return {t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))),
                          key=repr) for t in tables}


def _synced_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {m.__tablename__: int(conn.execute(text(
            f"SELECT count(*) FROM {m.__tablename__}")).scalar_one()) for m in SYNCED_MODELS}


@pytest.fixture(scope="module")
def medium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoReport]]:
    """One M database shared by the read-only checks (it takes about a second to make)."""
    db = _open(tmp_path_factory.mktemp("demo") / "m.sqlite")
    report = generate_demo(db, size="M", seed=1)
    yield db, report
    db.close()


def test_sizes_are_the_documented_ones() -> None:
    assert set(SIZES) == {"S", "M", "L"}
    assert all(isinstance(s, DemoSize) for s in SIZES.values())
    assert (SIZES["S"].people, SIZES["S"].international_events) == (150, 1)
    assert (SIZES["M"].people, SIZES["M"].international_events) == (600, 6)
    assert (SIZES["L"].people, SIZES["L"].international_events + SIZES["L"].local_groups) == (
        35_000, 300)


def test_small_is_one_event_with_150_people_and_10_sessions(tmp_path: Path) -> None:
    db = _open(tmp_path / "s.sqlite")
    report = generate_demo(db, size="S", seed=1)
    counts = _synced_counts(db)
    assert (report.events, report.sessions, report.people) == (1, 10, 150)
    assert counts["events"] == 1 and counts["sessions"] == 10 and counts["people"] == 150
    assert counts["registrations"] == report.registrations == 150
    assert counts["attendance"] == report.attendance > 150 * 10 // 2
    assert counts["notes"] == report.notes > 0
    assert counts["interviews"] == report.interviews > 0
    assert counts["answers"] == report.answers > report.interviews
    assert counts["organisations"] == report.organisations > 0
    assert report.countries >= 9
    (event,) = _rows(db, "SELECT kind FROM events")
    assert event["kind"] == "international_event"
    db.close()


def test_medium_has_the_six_international_events_in_six_countries(medium: Any) -> None:
    db, report = medium
    events = _rows(db, "SELECT * FROM events WHERE kind = 'international_event'")
    assert len(events) == 6
    assert len({e["country"] for e in events}) == 6
    for event in events:
        start = dt.date.fromisoformat(event["start_date"])
        end = dt.date.fromisoformat(event["end_date"])
        assert dt.date(2020, 1, 1) <= start <= end <= dt.date(2022, 12, 31)
        assert 2 <= (end - start).days + 1 <= 3
        assert event["host_organisation_id"] and event["host_town"] and event["venue"]
        assert event["priorities"]
        assert event["priorities"] == ",".join(sorted(event["priorities"].split(",")))
    local = _rows(db, "SELECT * FROM events WHERE kind = 'local_working_group'")
    assert local and all(e["start_date"] == e["end_date"] for e in local)
    assert 60 <= report.sessions <= 85
    assert report.events == len(events) + len(local)


def test_medium_people_are_varied_and_realistic(medium: Any) -> None:
    db, report = medium
    people = _rows(db, "SELECT * FROM people")
    assert 550 <= len(people) == report.people <= 650
    assert len({p["country"] for p in people}) >= 9
    categories = Counter(p["category"] for p in people)
    assert {c.value for c in PersonCategory} - {"other"} <= set(categories)
    names = " ".join(f"{p['given_name']} {p['family_name']}" for p in people)
    assert any(unicodedata.category(ch) == "Ll" and not ch.isascii() for ch in names)
    scripts = {unicodedata.name(ch).split()[0] for ch in names if ch.isalpha()}
    assert {"LATIN", "GREEK", "CYRILLIC"} <= scripts
    assert any(ch in names for ch in "ŁłőŐđĐşșȘăâ")
    emails = [p["email"] for p in people if p["email"]]
    assert 0.6 * len(people) < len(emails) < len(people)
    assert len(set(emails)) == len(emails)
    assert all(e.isascii() and "@example." in e for e in emails)
    assert any(p["phone"] for p in people) and any(not p["phone"] for p in people)
    assert any(p["birth_year"] is None for p in people)
    assert any(p["gender"] is None for p in people)
    consented = [p for p in people if p["consent_processing_version"] == "2020-1"]
    assert len(consented) > 0.9 * len(people)
    assert all(p["search_text"] and p["search_text"] == p["search_text"].lower() for p in people)


def test_medium_registrations_attendance_and_no_shows(medium: Any) -> None:
    db, _ = medium
    per_person = Counter(r["person_id"] for r in _rows(db, "SELECT person_id FROM registrations"))
    assert len(per_person) == _synced_counts(db)["people"]
    assert set(per_person.values()) <= {1, 2, 3}
    roles = Counter(r["role"] for r in _rows(db, "SELECT role FROM registrations"))
    assert roles["participant"] > sum(roles.values()) / 2
    assert {"speaker", "facilitator", "staff", "interpreter"} <= set(roles)
    statuses = Counter(r["status"] for r in _rows(db, "SELECT status FROM registrations"))
    assert statuses["cancelled"] and statuses["registered"]
    # International delegations are more than a third of every international event.
    shares = _rows(db, """
        SELECT e.id, avg(p.country <> e.country) AS share FROM registrations r
        JOIN people p ON p.id = r.person_id JOIN events e ON e.id = r.event_id
        WHERE e.kind = 'international_event' GROUP BY e.id""")
    assert len(shares) == 6 and all(s["share"] > 1 / 3 for s in shares)
    # Some people registered and never came.
    never = _rows(db, """
        SELECT r.id FROM registrations r WHERE r.status <> 'cancelled' AND NOT EXISTS (
            SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id
            WHERE a.person_id = r.person_id AND s.event_id = r.event_id)""")
    assert never
    # And those who came missed some sessions: every session has registered people absent.
    missed = _rows(db, """
        SELECT s.id, count(a.id) * 1.0 / (SELECT count(*) FROM registrations r
            WHERE r.event_id = s.event_id) AS turnout
        FROM sessions s LEFT JOIN attendance a ON a.session_id = s.id GROUP BY s.id""")
    assert all(0 < m["turnout"] < 1 for m in missed)
    outside = _rows(db, """
        SELECT a.id FROM attendance a JOIN sessions s ON s.id = a.session_id
        WHERE NOT EXISTS (SELECT 1 FROM registrations r
            WHERE r.person_id = a.person_id AND r.event_id = s.event_id)""")
    assert outside == []


def test_medium_sessions_fall_inside_their_event(medium: Any) -> None:
    db, _ = medium
    rows = _rows(db, """
        SELECT s.start, s."end", s.kind, e.start_date, e.end_date FROM sessions s
        JOIN events e ON e.id = s.event_id""")
    kinds = set()
    for row in rows:
        start = dt.datetime.fromisoformat(row["start"])
        end = dt.datetime.fromisoformat(row["end"])
        assert start < end
        assert dt.date.fromisoformat(row["start_date"]) <= start.date()
        assert end.date() <= dt.date.fromisoformat(row["end_date"])
        kinds.add(row["kind"])
    assert {"plenary", "workshop", "study_visit", "panel", "cultural"} <= kinds


def test_medium_notes_methodologies_and_interviews(medium: Any) -> None:
    db, report = medium
    notes = _rows(db, "SELECT * FROM notes")
    assert len(notes) == report.notes
    assert {"minutes", "observation", "outcome", "recommendation", "quote"} <= {
        n["kind"] for n in notes}
    assert {n["language"] for n in notes} - {"en"}, "local groups write in their own language"
    assert all(n["event_id"] for n in notes)
    assert len(_rows(db, "SELECT id FROM methodologies")) >= 4
    questions = _rows(db, "SELECT * FROM questions")
    assert {"text", "likert", "single_choice", "multiple_choice", "number", "yes_no"} <= {
        q["type"] for q in questions}
    assert all("en" in json.loads(q["text"]) for q in questions)
    interviews = _rows(db, "SELECT * FROM interviews")
    assert len(interviews) == report.interviews
    assert any(i["person_id"] for i in interviews)
    anonymous = [i for i in interviews if not i["person_id"]]
    assert anonymous and all(i["respondent_code"] and i["respondent_country"] for i in anonymous)
    answers = _rows(db, "SELECT * FROM answers")
    assert len(answers) == report.answers
    assert all(a["id"] == answer_id(a["interview_id"], a["question_id"]) for a in answers)


def test_pair_ids_clocks_and_devices_follow_the_sync_conventions(medium: Any) -> None:
    db, _ = medium
    regs = _rows(db, "SELECT id, person_id, event_id FROM registrations")
    assert all(r["id"] == registration_id(r["person_id"], r["event_id"]) for r in regs)
    seen = _rows(db, "SELECT id, person_id, session_id FROM attendance")
    assert all(a["id"] == attendance_id(a["person_id"], a["session_id"]) for a in seen)
    devices = {d["id"]: d["name"] for d in _rows(db, "SELECT id, name FROM devices")}
    assert 2 <= len(devices) <= 4 and all(name.strip() for name in devices.values())
    for model in SYNCED_MODELS:
        for row in _rows(db, f"SELECT * FROM {model.__tablename__}"):
            edited = json.loads(row["clocks"])
            assert set(edited) <= set(model.synced_fields())
            assert row["clocks"] == json.dumps(edited, sort_keys=True)
            clocks = {f: edited.get(f, row["created"]) for f in model.synced_fields()}
            assert row["updated"] == max(clocks.values())
            assert Timestamp.parse(row["updated"]).wall < Timestamp.parse(
                "001704067200000-000000-x").wall  # before 2024: never the real time
            assert row["device_id"] in devices
            assert row["deleted"] == 0


def test_database_is_consistent_and_usable_by_the_services(medium: Any) -> None:
    db, report = medium
    assert _rows(db, "PRAGMA foreign_key_check") == []
    assert integrity_problems(db) == []
    services = Services.for_database(db)
    summary = services.summary.summary()
    assert (summary.events, summary.people, summary.sessions) == (
        report.events, report.people, report.sessions)
    assert summary.countries == report.countries
    someone = services.people.list(limit=1)[0]
    assert someone.id in {p.id for p in services.people.list(someone.family_name)}


def test_same_seed_gives_identical_data(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a.sqlite"), _open(tmp_path / "b.sqlite")
    assert generate_demo(first, size="M", seed=7) == generate_demo(second, size="M", seed=7)
    assert _dump(first) == _dump(second)
    first.close()
    second.close()


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a.sqlite"), _open(tmp_path / "b.sqlite")
    generate_demo(first, size="S", seed=1)
    generate_demo(second, size="S", seed=2)
    assert _dump(first)["people"] != _dump(second)["people"]
    ids = "SELECT id FROM people"
    assert {r["id"] for r in _rows(first, ids)}.isdisjoint(r["id"] for r in _rows(second, ids))
    first.close()
    second.close()


def test_refuses_a_database_that_holds_people(services: Services) -> None:
    services.people.create(given_name="Łukasz", family_name="Wójcik", country="PL")
    before = _dump(services.database)
    with pytest.raises(UserError, match="already holds"):
        generate_demo(services.database, size="S")
    assert _dump(services.database) == before


def test_refuses_a_database_that_holds_events(services: Services) -> None:
    services.events.create(kind="local_working_group", title="Tavolo locale", country="IT",
                           start_date=dt.date(2021, 5, 3))
    before = _dump(services.database)
    with pytest.raises(UserError):
        generate_demo(services.database, size="S")
    assert _dump(services.database) == before


def test_a_database_with_only_its_own_device_is_empty_enough(services: Services) -> None:
    report = generate_demo(services.database, size="S", seed=3)
    assert report.people == 150
    assert services.replica.device_name() == "Test laptop"


def test_unknown_size_is_refused(tmp_path: Path) -> None:
    db = _open(tmp_path / "x.sqlite")
    with pytest.raises(UserError, match="XL"):
        generate_demo(db, size="XL")
    assert set(_synced_counts(db).values()) == {0}
    db.close()


@pytest.mark.parametrize("after_rows", [False, True])
def test_cancel_leaves_the_database_untouched(tmp_path: Path, after_rows: bool) -> None:
    db = _open(tmp_path / "c.sqlite")
    token = CancelToken()
    steps: list[tuple[int, int, str]] = []

    def callback(done: int, total: int, label: str) -> None:
        steps.append((done, total, label))
        if done > 0 or not after_rows:
            token.cancel()

    with pytest.raises(Cancelled):
        generate_demo(db, size="M", progress=Progress(callback, token))
    assert steps and (steps[-1][0] > 0) == after_rows
    assert set(_synced_counts(db).values()) == {0}
    assert generate_demo(db, size="S").people == 150, "the database is still usable"
    db.close()


def test_progress_reports_every_batch_and_ends_complete(tmp_path: Path) -> None:
    db = _open(tmp_path / "p.sqlite")
    steps: list[tuple[int, int, str]] = []
    generate_demo(db, size="S", progress=Progress(lambda d, t, lb: steps.append((d, t, lb))))
    assert len(steps) > 5
    assert all(done <= total or total == 0 for done, total, _ in steps)
    assert [d for d, _, _ in steps] == sorted(d for d, _, _ in steps)
    assert steps[-1][0] == steps[-1][1] > 0
    db.close()


def test_demo_people_list_in_name_order(tmp_path: Path) -> None:
    from ecnet_desktop.domain.text import fold
    from ecnet_desktop.services.container import Services

    services = Services.open(tmp_path / "s.sqlite")
    generate_demo(services.database, size="S", seed=3)
    people = services.people.list()
    services.close()
    keys = [fold(f"{p.family_name} {p.given_name}") for p in people]
    assert keys == sorted(keys) and len(keys) == 150
