"""Create, edit, delete and list every entity through the services, as the desk and CLI do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ecnet_desktop.domain.errors import NotFoundError, ValidationError
from ecnet_desktop.domain.hlc import HybridClock, Timestamp
from ecnet_desktop.domain.ids import attendance_id, registration_id
from ecnet_desktop.domain.records import (
    EventRecord,
    OrganisationRecord,
    PersonRecord,
    SessionRecord,
)
from ecnet_desktop.services import replica as replica_module
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.stamping import field_clocks
from ecnet_desktop.store.models import (
    Attendance,
    Device,
    Event,
    EventSession,
    Note,
    Organisation,
    Person,
    Registration,
    Synced,
)

DAY1 = dt.date(2021, 9, 23)
DAY3 = dt.date(2021, 9, 25)


@contextmanager
def opened(path: Path, device_name: str | None = None) -> Iterator[Services]:
    services = Services.open(path, device_name=device_name)
    try:
        yield services
    finally:
        services.close()


@dataclass(frozen=True)
class Meta:
    clocks: dict[str, str]
    updated: str
    device_id: str
    deleted: bool


def meta(services: Services, model: type[Synced], row_id: str) -> Meta:
    """The sync columns of a row, read through the ORM (tests may look under the services)."""
    with services.database.sessions() as s:
        row = s.get(model, row_id)
        assert row is not None, f"{model.__name__} {row_id} is not in the table at all"
        return Meta(field_clocks(row), row.updated, row.device_id, bool(row.deleted))


def row_count(services: Services, model: type[Synced]) -> int:
    with services.database.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def assert_fresh_stamp(services: Services, model: type[Synced], row_id: str) -> None:
    m = meta(services, model, row_id)
    assert set(m.clocks) == set(model.synced_fields())
    assert set(m.clocks.values()) == {m.updated}
    assert Timestamp.parse(m.updated).device == services.replica.device_id
    assert m.device_id == services.replica.device_id
    assert not m.deleted


def assert_stamped_only(before: Meta, after: Meta, fields: set[str]) -> None:
    """Exactly ``fields`` got a new, later clock; every other field kept its clock."""
    assert set(after.clocks) == set(before.clocks)
    changed = {k for k in after.clocks if after.clocks[k] != before.clocks[k]}
    assert changed == fields
    for key in fields:
        assert after.clocks[key] > before.clocks[key]
        assert Timestamp.parse(after.clocks[key]) > Timestamp.parse(before.clocks[key])
        assert after.clocks[key] == after.updated
    assert after.updated > before.updated


@dataclass
class World:
    """One small event as a facilitator would set it up."""

    org: OrganisationRecord
    event: EventRecord
    session: SessionRecord
    person: PersonRecord


def make_world(services: Services) -> World:
    org = services.organisations.create(
        name="Comune di Venezia", town="Venezia", country="Italia", type="municipality"
    )
    event = services.events.create(
        kind="international_event", title="Solidarity in Europe", host_town="Venezia",
        country="IT", venue="Palazzo Ducale", start_date=DAY1, end_date=DAY3,
        priorities=["solidarity", "euroscepticism"], host_organisation_id=org.id,
    )
    session = services.events.add_session(
        event.id, title="Opening plenary", start=dt.datetime(2021, 9, 23, 9, 30),
        end=dt.datetime(2021, 9, 23, 11, 0), room="Sala del Maggior Consiglio",
        kind="plenary",
    )
    person = services.people.create(
        given_name="Łukasz", family_name="Nowak", email="Lukasz.Nowak@example.pl",
        town="Kraków", country="PL", organisation_id=org.id, category="public_officer",
    )
    return World(org, event, session, person)


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


# -- round trips through a reopened database ------------------------------------------------------


def test_organisation_round_trip(db_path: Path) -> None:
    with opened(db_path) as services:
        org = services.organisations.create(name="  Udruga   Mladi ", town="Split",
                                            country="Hrvatska", type="civil_society")
        assert (org.name, org.country, org.type) == ("Udruga Mladi", "HR", "civil_society")
        assert_fresh_stamp(services, Organisation, org.id)
    with opened(db_path) as services:
        assert services.organisations.get(org.id) == org
        assert services.organisations.list() == [org]
        changed = services.organisations.update(org.id, town="Zagreb")
        assert changed.town == "Zagreb"
    with opened(db_path) as services:
        assert services.organisations.get(org.id) == changed
        assert services.organisations.list("zagreb") == [changed]
        assert services.organisations.list("udruga") == [changed]
        assert services.organisations.list("split") == []
        services.organisations.delete(org.id)
    with opened(db_path) as services:
        assert services.organisations.list() == []
        with pytest.raises(NotFoundError):
            services.organisations.get(org.id)


def test_event_round_trip(db_path: Path) -> None:
    with opened(db_path) as services:
        event = services.events.create(
            kind="local_working_group", title="Working group Maribor", host_town="Maribor",
            country="Slovenija", start_date="2021-03-10", priorities="Active citizenship",
        )
        assert event.country == "SI"
        assert event.end_date == event.start_date == dt.date(2021, 3, 10)
        assert event.priorities == "active_citizenship"
        assert_fresh_stamp(services, Event, event.id)
    with opened(db_path) as services:
        assert services.events.get(event.id) == event
        assert services.events.list() == [event]
        assert services.events.list(kind="international_event") == []
        assert services.events.list(year=2021, country="SI") == [event]
        changed = services.events.update(event.id, end_date="2021-03-11", venue="Town hall")
        assert (changed.end_date, changed.venue) == (dt.date(2021, 3, 11), "Town hall")
    with opened(db_path) as services:
        assert services.events.get(event.id) == changed
        assert services.events.get(event.id).days == [dt.date(2021, 3, 10), dt.date(2021, 3, 11)]
        services.events.delete(event.id)
    with opened(db_path) as services:
        assert services.events.list() == []
        with pytest.raises(NotFoundError):
            services.events.get(event.id)


def test_session_round_trip(db_path: Path) -> None:
    with opened(db_path) as services:
        world = make_world(services)
        second = services.events.add_session(
            world.event.id, title="Study visit", start="2021-09-24T14:00",
            end="2021-09-24T17:00", kind="study_visit",
        )
        assert_fresh_stamp(services, EventSession, second.id)
    with opened(db_path) as services:
        assert services.events.get_session(second.id) == second
        assert services.events.sessions_of(world.event.id) == [world.session, second]
        changed = services.events.update_session(second.id, room="Bus")
        assert changed.room == "Bus"
        assert changed.start == dt.datetime(2021, 9, 24, 14, 0)
    with opened(db_path) as services:
        assert services.events.get_session(second.id) == changed
        services.events.delete_session(second.id)
    with opened(db_path) as services:
        assert services.events.sessions_of(world.event.id) == [world.session]
        with pytest.raises(NotFoundError):
            services.events.get_session(second.id)


def test_person_round_trip(db_path: Path) -> None:
    with opened(db_path) as services:
        world = make_world(services)
        person = world.person
        assert person.email == "lukasz.nowak@example.pl"
        assert person.organisation_name == "Comune di Venezia"
        assert person.full_name == "Łukasz Nowak"
        assert_fresh_stamp(services, Person, person.id)
    with opened(db_path) as services:
        assert services.people.get(person.id) == person
        assert services.people.list() == [person]
        assert services.people.count() == 1
        changed = services.people.update(person.id, phone="+48 12 345 67 89", birth_year=1984)
        assert (changed.phone, changed.birth_year) == ("+48 12 345 67 89", 1984)
    with opened(db_path) as services:
        assert services.people.get(person.id) == changed
        services.people.delete(person.id)
    with opened(db_path) as services:
        assert services.people.list() == []
        assert services.people.count() == 0
        with pytest.raises(NotFoundError):
            services.people.get(person.id)


def test_registration_round_trip(db_path: Path) -> None:
    with opened(db_path) as services:
        world = make_world(services)
        reg = services.registrations.register(world.person.id, world.event.id, role="speaker",
                                              invited_by_town="Kraków")
        assert reg.id == registration_id(world.person.id, world.event.id)
        assert_fresh_stamp(services, Registration, reg.id)
    with opened(db_path) as services:
        assert services.registrations.of_event(world.event.id) == [reg]
        changed = services.registrations.update(reg.id, status="no_show")
        assert (changed.role, changed.status) == ("speaker", "no_show")
    with opened(db_path) as services:
        assert services.registrations.of_event(world.event.id) == [changed]
        services.registrations.unregister(world.person.id, world.event.id)
    with opened(db_path) as services:
        assert services.registrations.of_event(world.event.id) == []
        assert meta(services, Registration, reg.id).deleted
        again = services.registrations.register(world.person.id, world.event.id)
        assert again.id == reg.id
        assert services.registrations.of_event(world.event.id) == [again]
        assert row_count(services, Registration) == 1


def test_attendance_round_trip(db_path: Path) -> None:
    at = dt.datetime(2021, 9, 23, 9, 25)
    with opened(db_path) as services:
        world = make_world(services)
        record = services.attendance.check_in(world.person.id, world.session.id, at=at,
                                              method="badge_scan")
        assert record.id == attendance_id(world.person.id, world.session.id)
        assert (record.present, record.checked_at, record.method) == (True, at, "badge_scan")
        assert record.recorded_by_device == services.replica.device_id
        assert_fresh_stamp(services, Attendance, record.id)
    with opened(db_path) as services:
        assert services.attendance.present_in(world.session.id) == [record]
        services.attendance.undo_check_in(world.person.id, world.session.id)
    with opened(db_path) as services:
        assert services.attendance.present_in(world.session.id) == []
        assert row_count(services, Attendance) == 1


def test_note_round_trip(db_path: Path) -> None:
    with opened(db_path) as services:
        world = make_world(services)
        note = services.notes.create(session_id=world.session.id, kind="quote",
                                     text="Europe is built in its towns.", author="Ana",
                                     priorities=["solidarity"], publishable=True)
        assert note.event_id == world.event.id  # a session note belongs to its event too
        event_note = services.notes.create(event_id=world.event.id, text="Venue is cold.",
                                           kind="observation")
        assert_fresh_stamp(services, Note, note.id)
    with opened(db_path) as services:
        assert services.notes.list(session_id=world.session.id) == [note]
        assert services.notes.list(event_id=world.event.id) == [note, event_note]
        assert services.notes.list(search="TOWNS") == [note]
        changed = services.notes.update(note.id, text="Europe is built in its towns!")
        assert changed.text == "Europe is built in its towns!"
        assert changed.author == "Ana"
    with opened(db_path) as services:
        assert services.notes.list(event_id=world.event.id) == [event_note, changed]
        services.notes.delete(note.id)
    with opened(db_path) as services:
        assert services.notes.list(event_id=world.event.id) == [event_note]
        assert meta(services, Note, note.id).deleted


# -- tombstones -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    model: type[Synced]
    make: Callable[[Services, World], str]
    delete: Callable[[Services, World, str], None]
    listed: Callable[[Services, World], list[str]]
    get: Callable[[Services, str], object] | None


def _note(s: Services, w: World) -> str:
    return s.notes.create(session_id=w.session.id, text="Minutes").id


def _registration(s: Services, w: World) -> str:
    return s.registrations.register(w.person.id, w.event.id).id


def _attendance(s: Services, w: World) -> str:
    return s.attendance.check_in(w.person.id, w.session.id).id


CASES = {
    "organisation": Case(
        Organisation,
        lambda s, w: s.organisations.create(name="Spare org").id,
        lambda s, w, i: s.organisations.delete(i),
        lambda s, w: [o.id for o in s.organisations.list()],
        lambda s, i: s.organisations.get(i),
    ),
    "event": Case(
        Event,
        lambda s, w: s.events.create(kind="other", title="Spare", start_date=DAY1).id,
        lambda s, w, i: s.events.delete(i),
        lambda s, w: [e.id for e in s.events.list()],
        lambda s, i: s.events.get(i),
    ),
    "session": Case(
        EventSession,
        lambda s, w: s.events.add_session(w.event.id, title="Spare",
                                          start="2021-09-24 10:00", end="2021-09-24 11:00").id,
        lambda s, w, i: s.events.delete_session(i),
        lambda s, w: [x.id for x in s.events.sessions_of(w.event.id)],
        lambda s, i: s.events.get_session(i),
    ),
    "person": Case(
        Person,
        lambda s, w: s.people.create(given_name="Spare").id,
        lambda s, w, i: s.people.delete(i),
        lambda s, w: [p.id for p in s.people.list()],
        lambda s, i: s.people.get(i),
    ),
    "registration": Case(
        Registration,
        _registration,
        lambda s, w, i: s.registrations.unregister(w.person.id, w.event.id),
        lambda s, w: [r.id for r in s.registrations.of_event(w.event.id)],
        None,
    ),
    "note": Case(
        Note,
        _note,
        lambda s, w, i: s.notes.delete(i),
        lambda s, w: [n.id for n in s.notes.list(event_id=w.event.id)],
        None,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_delete_leaves_a_tombstone(services: Services, world: World, case: Case) -> None:
    row_id = case.make(services, world)
    assert row_id in case.listed(services, world)
    count = row_count(services, case.model)
    before = meta(services, case.model, row_id)

    case.delete(services, world, row_id)

    after = meta(services, case.model, row_id)  # still in the table, so the deletion travels
    assert after.deleted
    assert row_count(services, case.model) == count
    assert_stamped_only(before, after, {"deleted"})
    assert after.device_id == services.replica.device_id
    assert row_id not in case.listed(services, world)
    if case.get is not None:
        with pytest.raises(NotFoundError) as info:
            case.get(services, row_id)
        assert row_id in str(info.value)
    with pytest.raises(NotFoundError):
        case.delete(services, world, row_id)  # deleting twice is "not found", not a new stamp
    assert meta(services, case.model, row_id) == after


def test_deleting_an_event_tombstones_its_sessions(services: Services, world: World) -> None:
    services.events.delete(world.event.id)
    assert meta(services, EventSession, world.session.id).deleted
    assert services.events.sessions_of() == []
    with pytest.raises(NotFoundError):
        services.events.add_session(world.event.id, title="Late", start="2021-09-23 12:00",
                                    end="2021-09-23 13:00")


def test_undone_check_in_is_a_row_marked_absent(services: Services, world: World) -> None:
    aid = services.attendance.check_in(world.person.id, world.session.id).id
    before = meta(services, Attendance, aid)
    services.attendance.undo_check_in(world.person.id, world.session.id)
    after = meta(services, Attendance, aid)
    assert_stamped_only(before, after, {"present"})
    assert services.attendance.present_in(world.session.id) == []


# -- stamping: only what changed ------------------------------------------------------------------


def test_editing_one_field_stamps_only_that_field(services: Services, world: World) -> None:
    edits: list[tuple[type[Synced], str, Callable[[], object], set[str]]] = [
        (Organisation, world.org.id,
         lambda: services.organisations.update(world.org.id, town="Mestre"), {"town"}),
        (Event, world.event.id,
         lambda: services.events.update(world.event.id, venue="Arsenale"), {"venue"}),
        (EventSession, world.session.id,
         lambda: services.events.update_session(world.session.id, room="Sala B",
                                                kind="workshop"), {"room", "kind"}),
        (Person, world.person.id,
         lambda: services.people.update(world.person.id, email="l.nowak@example.pl"),
         {"email"}),
    ]
    for model, row_id, edit, fields in edits:
        before = meta(services, model, row_id)
        edit()
        after = meta(services, model, row_id)
        assert_stamped_only(before, after, fields)
        assert after.device_id == services.replica.device_id


def test_editing_a_registration_and_a_note_stamps_only_that_field(
    services: Services, world: World
) -> None:
    reg = services.registrations.register(world.person.id, world.event.id)
    before = meta(services, Registration, reg.id)
    services.registrations.update(reg.id, role="facilitator")
    assert_stamped_only(before, meta(services, Registration, reg.id), {"role"})

    note = services.notes.create(event_id=world.event.id, text="Draft")
    before = meta(services, Note, note.id)
    services.notes.update(note.id, publishable=True)
    assert_stamped_only(before, meta(services, Note, note.id), {"publishable"})


def test_saving_unchanged_values_stamps_nothing(services: Services, world: World) -> None:
    # An "OK" on an unchanged form must not make this laptop win merges it took no part in.
    before = [meta(services, m, i) for m, i in ((Event, world.event.id),
                                                (Person, world.person.id))]
    services.events.update(world.event.id, title=world.event.title, country="Italy")
    services.people.update(world.person.id, email="LUKASZ.NOWAK@example.pl", town=" Kraków ")
    after = [meta(services, m, i) for m, i in ((Event, world.event.id),
                                               (Person, world.person.id))]
    assert after == before


def test_clocks_keep_increasing_across_edits_and_reopening(db_path: Path) -> None:
    seen: list[str] = []
    with opened(db_path) as services:
        person = services.people.create(given_name="Ana")
        seen.append(meta(services, Person, person.id).updated)
        for town in ("Pula", "Rijeka", "Osijek"):
            services.people.update(person.id, town=town)
            seen.append(meta(services, Person, person.id).updated)
    with opened(db_path) as services:
        services.people.update(person.id, town="Zadar")
        seen.append(meta(services, Person, person.id).clocks["town"])
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)


# -- validation -----------------------------------------------------------------------------------


def test_a_session_outside_the_event_dates_is_refused(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        services.events.add_session(world.event.id, title="Farewell dinner",
                                    start="2021-09-26 19:00", end="2021-09-26 22:00")
    assert info.value.field == "start"
    text = str(info.value)
    assert "2021-09-26 19:00" in text
    assert "2021-09-23" in text and "2021-09-25" in text
    assert services.events.sessions_of(world.event.id) == [world.session]


def test_a_session_ending_before_it_starts_is_refused(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        services.events.add_session(world.event.id, title="Workshop",
                                    start="2021-09-24 11:00", end="2021-09-24 10:00")
    assert info.value.field == "end"
    assert "end" in str(info.value)


def test_an_event_ending_before_it_starts_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.events.create(kind="other", title="Backwards", start_date="2021-05-03",
                               end_date="2021-05-01")
    assert info.value.field == "end_date"
    assert "2021-05-01" in str(info.value)
    assert services.events.list() == []


def test_an_unknown_category_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.people.create(given_name="Ana", category="astronaut")
    assert info.value.field == "category"
    assert "category" in str(info.value)
    assert "astronaut" in str(info.value)
    assert services.people.list() == []


def test_a_refusal_inside_the_transaction_stores_nothing(services: Services) -> None:
    """Validation that needs the database (a link to a deleted organisation) fails after the
    transaction began: it must roll back whole."""
    org = services.organisations.create(name="Gone")
    services.organisations.delete(org.id)
    before = services.people.count()
    with pytest.raises(NotFoundError):
        services.people.create(given_name="Ana", family_name="Kos", organisation_id=org.id)
    assert services.people.count() == before
    with services.database.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == before


def test_a_bad_email_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.people.create(given_name="Ana", email="ana at example.hr")
    assert info.value.field == "email"
    assert "e-mail" in str(info.value)
    assert "ana at example.hr" in str(info.value)
    assert services.people.count() == 0


def test_a_bad_country_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.organisations.create(name="Club", country="Narnia")
    assert info.value.field == "country"
    assert "Narnia" in str(info.value)


def test_a_failed_update_leaves_the_row_unchanged(services: Services, world: World) -> None:
    attempts: list[tuple[type[Synced], str, Callable[[], object], Callable[[], object], str]] = [
        (Person, world.person.id,
         lambda: services.people.update(world.person.id, town="Gdańsk", email="nope"),
         lambda: services.people.get(world.person.id), "email"),
        (Person, world.person.id,
         lambda: services.people.update(world.person.id, town="Gdańsk", category="spy"),
         lambda: services.people.get(world.person.id), "category"),
        (Event, world.event.id,
         lambda: services.events.update(world.event.id, title="New", end_date="2021-09-01"),
         lambda: services.events.get(world.event.id), "end_date"),
        (EventSession, world.session.id,
         lambda: services.events.update_session(world.session.id, room="Hall",
                                                end="2021-09-28 10:00"),
         lambda: services.events.get_session(world.session.id), "start"),
        (Organisation, world.org.id,
         lambda: services.organisations.update(world.org.id, town="Mestre", type="bank"),
         lambda: services.organisations.get(world.org.id), "type"),
    ]
    for model, row_id, attempt, read, field in attempts:
        before = (read(), meta(services, model, row_id))
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.field == field
        assert (read(), meta(services, model, row_id)) == before


def test_links_to_missing_records_are_refused(services: Services, world: World) -> None:
    with pytest.raises(NotFoundError):
        services.people.create(given_name="Ana", organisation_id="no-such-org")
    with pytest.raises(NotFoundError):
        services.registrations.register(world.person.id, "no-such-event")
    with pytest.raises(NotFoundError):
        services.attendance.check_in("no-such-person", world.session.id)
    with pytest.raises(ValidationError) as info:
        services.notes.create(text="Floating note")
    assert info.value.field == "event_id"
    assert services.people.count() == 1


# -- pair ids: converge instead of duplicating ----------------------------------------------------


def test_registering_twice_keeps_one_row(services: Services, world: World) -> None:
    first = services.registrations.register(world.person.id, world.event.id)
    second = services.registrations.register(world.person.id, world.event.id, role="speaker")
    assert first.id == second.id == registration_id(world.person.id, world.event.id)
    assert second.role == "speaker"
    assert row_count(services, Registration) == 1
    assert services.registrations.of_event(world.event.id) == [second]


def test_repeated_check_in_is_idempotent(services: Services, world: World) -> None:
    first = services.attendance.check_in(world.person.id, world.session.id)
    stamped = meta(services, Attendance, first.id)
    # The desk scans the badge three more times.
    again = [services.attendance.check_in(world.person.id, world.session.id) for _ in range(3)]
    assert all(a == first for a in again)
    assert first.id == attendance_id(world.person.id, world.session.id)
    assert row_count(services, Attendance) == 1
    assert meta(services, Attendance, first.id) == stamped
    assert services.attendance.present_in(world.session.id) == [first]


def test_check_in_after_undo_revives_the_same_row(services: Services, world: World) -> None:
    first = services.attendance.check_in(world.person.id, world.session.id)
    services.attendance.undo_check_in(world.person.id, world.session.id)
    before = meta(services, Attendance, first.id)
    later = dt.datetime(2021, 9, 23, 10, 15)
    revived = services.attendance.check_in(world.person.id, world.session.id, at=later)
    assert revived.id == first.id
    assert revived.present and revived.checked_at == later
    assert row_count(services, Attendance) == 1
    after = meta(services, Attendance, first.id)
    assert "present" in {k for k in after.clocks if after.clocks[k] != before.clocks[k]}
    assert after.updated > before.updated
    assert services.attendance.present_in(world.session.id) == [revived]


def test_two_people_in_two_sessions_make_four_rows(services: Services, world: World) -> None:
    other = services.people.create(given_name="Ana", family_name="Horvat")
    second = services.events.add_session(world.event.id, title="Workshop",
                                         start="2021-09-24 10:00", end="2021-09-24 12:00")
    ids = {services.attendance.check_in(p, s).id
           for p in (world.person.id, other.id) for s in (world.session.id, second.id)}
    assert len(ids) == 4
    assert row_count(services, Attendance) == 4


# -- search ---------------------------------------------------------------------------------------


@pytest.fixture
def crowd(services: Services, world: World) -> dict[str, str]:
    zagreb = services.organisations.create(name="Grad Zagreb", town="Zagreb", country="HR")
    return {
        "lukasz": world.person.id,
        "dragana": services.people.create(
            given_name="Dragana", family_name="Đurđević", town="Novi Sad", country="RS").id,
        "zsofia": services.people.create(
            given_name="Zsófia", family_name="Őry", town="Pécs", country="HU").id,
        "stefan": services.people.create(
            given_name="Ştefan", family_name="Popescu", town="Zagreb",
            organisation_id=zagreb.id).id,
        "lukas": services.people.create(
            given_name="Lukas", family_name="Weber", town="Wien", country="AT").id,
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lukasz", {"lukasz"}),
        ("LUKASZ", {"lukasz"}),
        ("Łukasz", {"lukasz"}),
        ("durdevic", {"dragana"}),
        ("ĐURĐEVIĆ", {"dragana"}),
        ("ory", {"zsofia"}),
        ("pecs", {"zsofia"}),
        ("stefan", {"stefan"}),
        ("lukas", {"lukasz", "lukas"}),  # a prefix finds both
        ("lukasz venezia", {"lukasz"}),  # name AND organisation's name
        ("comune nowak", {"lukasz"}),
        ("krakow lukasz", {"lukasz"}),  # town AND name, any order
        ("lukasz zagreb", set()),  # words are AND-ed
        ("zagreb", {"stefan"}),  # town or organisation
        ("grad", {"stefan"}),
        ("", {"lukasz", "dragana", "zsofia", "stefan", "lukas"}),
        ("%", set()),
        ("_", set()),
    ],
)
def test_people_search_folds_diacritics_and_ands_words(
    services: Services, crowd: dict[str, str], typed: str, expected: set[str]
) -> None:
    found = {p.id for p in services.people.list(typed)}
    assert found == {crowd[k] for k in expected}
    assert services.people.count(typed) == len(expected)


def test_search_follows_edits(services: Services, crowd: dict[str, str]) -> None:
    services.people.update(crowd["lukas"], family_name="Müller", town="Graz")
    assert [p.id for p in services.people.list("muller graz")] == [crowd["lukas"]]
    assert services.people.list("weber") == []
    services.people.delete(crowd["lukas"])
    assert services.people.list("muller") == []


def test_search_finds_people_by_their_organisations_new_name(
    services: Services, world: World
) -> None:
    services.organisations.update(world.org.id, name="Città di Venezia")
    assert services.people.get(world.person.id).organisation_name == "Città di Venezia"
    assert [p.id for p in services.people.list("citta")] == [world.person.id]
    assert services.people.list("comune") == []


def test_a_person_stays_editable_after_their_organisation_is_deleted(
    services: Services, world: World
) -> None:
    services.organisations.delete(world.org.id)
    changed = services.people.update(world.person.id, phone="+48 600 100 200")
    assert changed.phone == "+48 600 100 200"


def test_people_list_in_alphabetical_order_by_family_name(
    services: Services, crowd: dict[str, str]
) -> None:
    families = [p.family_name for p in services.people.list()]
    assert families == ["Đurđević", "Nowak", "Őry", "Popescu", "Weber"]
    page = services.people.list(limit=2, offset=1)
    assert [p.family_name for p in page] == ["Nowak", "Őry"]


# -- the replica: device id and clock -------------------------------------------------------------


def test_the_same_database_keeps_its_device_id_and_name(db_path: Path) -> None:
    with opened(db_path, device_name="Desk A") as services:
        device_id = services.replica.device_id
        person = services.people.create(given_name="Ana")
    with opened(db_path) as services:
        assert services.replica.device_id == device_id
        assert services.replica.device_name() == "Desk A"
        assert meta(services, Person, person.id).device_id == device_id
        services.people.update(person.id, town="Pula")
        assert meta(services, Person, person.id).device_id == device_id
        assert row_count(services, Device) == 1
    with opened(db_path, device_name="Desk B") as services:
        assert services.replica.device_id == device_id
        assert services.replica.device_name() == "Desk B"


def test_two_databases_are_two_replicas(tmp_path: Path) -> None:
    with opened(tmp_path / "a.sqlite") as a, opened(tmp_path / "b.sqlite") as b:
        assert a.replica.device_id != b.replica.device_id
        pa = a.people.create(given_name="Ana")
        pb = b.people.create(given_name="Ana")
        assert meta(a, Person, pa.id).device_id == a.replica.device_id
        assert meta(b, Person, pb.id).device_id == b.replica.device_id


def wall_behind_data(monkeypatch: pytest.MonkeyPatch, wall: int) -> None:
    """From now on, replicas read this fixed wall clock (a laptop whose date is wrong)."""
    real = HybridClock

    def clock(device: str) -> HybridClock:
        return real(device, wall_ms=lambda: wall)

    monkeypatch.setattr(replica_module, "HybridClock", clock)


def newest_clock(services: Services) -> Timestamp:
    with services.database.sessions() as s:
        values = [s.scalar(select(func.max(m.updated))) for m in
                  (Device, Organisation, Event, EventSession, Person, Registration,
                   Attendance, Note)]
    return max(Timestamp.parse(v) for v in values if v)


@pytest.mark.parametrize(
    "behind_ms",
    [1, 3_600_000, 30 * 24 * 3_600_000],
    ids=["1ms", "an hour", "a month"],
)
def test_the_clock_starts_past_the_newest_data_when_the_wall_clock_is_behind(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, behind_ms: int
) -> None:
    with opened(db_path) as services:
        world = make_world(services)
        newest = newest_clock(services)
        town_clock = meta(services, Person, world.person.id).clocks["town"]

    wall_behind_data(monkeypatch, newest.wall - behind_ms)
    with opened(db_path) as services:
        assert Timestamp.parse(services.replica.tick()) > newest
        services.people.update(world.person.id, town="Gdańsk")
        after = meta(services, Person, world.person.id)
        # The later edit carries the later clock, so it wins over the older one in a merge.
        assert after.clocks["town"] > town_clock
        assert Timestamp.parse(after.updated) > newest


def test_a_laptop_whose_date_reset_years_back_still_opens_its_database(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A flat BIOS battery sets the laptop's date back years; the data entered before is fine.
    with opened(db_path) as services:
        person = services.people.create(given_name="Ana")
        newest = newest_clock(services)

    wall_behind_data(monkeypatch, newest.wall - 2 * 366 * 24 * 3_600_000)
    with opened(db_path) as services:
        assert Timestamp.parse(services.replica.tick()) > newest
        services.people.update(person.id, town="Pula")
        assert services.people.get(person.id).town == "Pula"


def test_restore_revives_a_deleted_person_and_organisation_with_the_same_id(
    services: Services,
) -> None:
    org = services.organisations.create(name="Comune di Bari", town="Bari", country="IT")
    person = services.people.create(given_name="Ana", family_name="Silva", organisation_id=org.id)
    services.people.delete(person.id)
    services.organisations.delete(org.id)
    assert services.people.list("silva") == []
    services.organisations.restore(org.id)
    back = services.people.restore(person.id)
    assert back.id == person.id and back.organisation_name == "Comune di Bari"
    assert [p.id for p in services.people.list("silva")] == [person.id]


@pytest.mark.sqlite_only("drops the FTS5 table; tests/store/test_postgres_store.py does this on PostgreSQL")
def test_people_search_gives_the_same_people_with_and_without_the_index(
    services: Services,
) -> None:
    from sqlalchemy import text

    for given, family, town in [("Łukasz", "Wójcik", "Łódź"), ("Lukas", "Novak", "Brno"),
                                ("Ivana", "Đurđević", "Šibenik"), ("Ana", "Luka", "Split")]:
        services.people.create(given_name=given, family_name=family, town=town)
    queries = ["luk", "lukasz", "durdevic sib", "lu", "a", "split luka", "zzz"]
    indexed = {q: [p.full_name for p in services.people.list(q)] for q in queries}
    counts = {q: services.people.count(q) for q in queries}
    assert indexed["lukasz"] == ["Łukasz Wójcik"]
    assert indexed["durdevic sib"] == ["Ivana Đurđević"]
    with services.database.engine.begin() as conn:  # a database without the index (e.g. PostgreSQL)
        conn.execute(text("DROP TABLE people_search"))
    assert {q: [p.full_name for p in services.people.list(q)] for q in queries} == indexed
    assert {q: services.people.count(q) for q in queries} == counts
