"""Events as templates (duplicate), room clashes (overlaps), restore after delete, and the
Toolkit methodologies that sessions use."""

from __future__ import annotations

import datetime as dt

import pytest

from ecnet_desktop.domain.errors import NotFoundError, ValidationError
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.events import Overlap
from ecnet_desktop.services.methodologies import MethodologyService

START = dt.date(2021, 9, 23)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(START + dt.timedelta(days=day), dt.time(hour, minute))


def make_event(services: Services, **extra: object) -> str:
    values: dict[str, object] = {
        "kind": "international_event", "title": "EC-NET Šibenik 2021", "host_town": "Šibenik",
        "country": "HR", "venue": "City library", "start_date": START,
        "end_date": START + dt.timedelta(days=2), "priorities": "solidarity,euroscepticism",
        "description": "Second international event.",
    }
    return services.events.create(**(values | extra)).id


def test_duplicate_copies_event_and_shifts_programme(services: Services) -> None:
    org = services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR")
    person = services.people.create(given_name="Ivana", family_name="Đurđević")
    method = MethodologyService(services.replica).create(name="World café")
    event_id = make_event(services, host_organisation_id=org.id)
    services.events.add_session(
        event_id, title="Opening", start=at(0, 9), end=at(0, 10, 30), room="Hall",
        kind="plenary", priorities="solidarity")
    services.events.add_session(
        event_id, title="Café on solidarity", start=at(2, 14), end=at(2, 16), room="Room B",
        kind="workshop", methodology_id=method.id, facilitator_id=person.id)
    deleted = services.events.add_session(event_id, title="Cancelled", start=at(1, 9),
                                          end=at(1, 10))
    services.events.delete_session(deleted.id)

    next_start = dt.date(2022, 9, 22)
    copy = services.events.duplicate(event_id, title="EC-NET Šibenik 2022",
                                     start_date=next_start)

    assert copy.id != event_id
    assert (copy.title, copy.start_date, copy.end_date) == (
        "EC-NET Šibenik 2022", next_start, dt.date(2022, 9, 24))
    assert (copy.kind, copy.host_town, copy.country, copy.venue, copy.priorities,
            copy.host_organisation_id, copy.description) == (
        "international_event", "Šibenik", "HR", "City library",
        "euroscepticism,solidarity", org.id, "Second international event.")
    shift = next_start - START
    sessions = services.events.sessions_of(copy.id)
    assert [(s.title, s.start, s.end, s.room, s.kind, s.methodology_id, s.facilitator_id,
             s.priorities) for s in sessions] == [
        ("Opening", at(0, 9) + shift, at(0, 10, 30) + shift, "Hall", "plenary", None, None,
         "solidarity"),
        ("Café on solidarity", at(2, 14) + shift, at(2, 16) + shift, "Room B", "workshop",
         method.id, person.id, ""),
    ]
    # The original keeps its programme; the copies are new rows.
    original = services.events.sessions_of(event_id)
    assert [s.start for s in original] == [at(0, 9), at(2, 14)]
    assert not {s.id for s in original} & {s.id for s in sessions}


def test_duplicate_refuses_an_empty_title_and_copies_nothing(services: Services) -> None:
    event_id = make_event(services)
    with pytest.raises(ValidationError) as caught:
        services.events.duplicate(event_id, title="  ", start_date=dt.date(2022, 1, 1))
    assert caught.value.field == "title"
    assert [e.id for e in services.events.list()] == [event_id]


def test_duplicate_of_a_deleted_event_is_refused(services: Services) -> None:
    event_id = make_event(services)
    services.events.delete(event_id)
    with pytest.raises(NotFoundError):
        services.events.duplicate(event_id, title="Again", start_date=START)


def test_overlaps_in_the_same_room_only(services: Services) -> None:
    event_id = make_event(services)
    add = services.events.add_session
    a = add(event_id, title="A", start=at(0, 9), end=at(0, 11), room="Sala Grande")
    b = add(event_id, title="B", start=at(0, 10), end=at(0, 12), room="sala grande")
    c = add(event_id, title="C", start=at(0, 10, 30), end=at(0, 10, 45), room="Sala Grande")
    add(event_id, title="D, right after", start=at(0, 12), end=at(0, 13), room="Sala Grande")
    add(event_id, title="E, other room", start=at(0, 9), end=at(0, 11), room="Room B")
    add(event_id, title="F, no room", start=at(0, 9), end=at(0, 11))
    add(event_id, title="G, no room", start=at(0, 9), end=at(0, 11))
    add(event_id, title="H, next day", start=at(1, 9), end=at(1, 11), room="Sala Grande")

    found = services.events.overlaps(event_id)

    assert [(o.first.title, o.second.title) for o in found] == [("A", "B"), ("A", "C"),
                                                                ("B", "C")]
    assert found[0] == Overlap("Sala Grande", a, b)
    assert found[2].room == b.room and found[2].second == c


def test_overlaps_forget_deleted_sessions(services: Services) -> None:
    event_id = make_event(services)
    services.events.add_session(event_id, title="A", start=at(0, 9), end=at(0, 11), room="X")
    b = services.events.add_session(event_id, title="B", start=at(0, 9), end=at(0, 10),
                                    room="X")
    assert len(services.events.overlaps(event_id)) == 1
    services.events.delete_session(b.id)
    assert services.events.overlaps(event_id) == []


def test_restore_revives_event_and_its_sessions_with_the_same_ids(services: Services) -> None:
    event_id = make_event(services)
    kept = services.events.add_session(event_id, title="Kept", start=at(0, 9), end=at(0, 10))
    gone = services.events.add_session(event_id, title="Gone before", start=at(0, 11),
                                       end=at(0, 12))
    services.events.delete_session(gone.id)
    services.events.delete(event_id)
    assert services.events.list() == []

    restored = services.events.restore(event_id, [kept.id])

    assert restored.id == event_id and [e.id for e in services.events.list()] == [event_id]
    assert [s.id for s in services.events.sessions_of(event_id)] == [kept.id]


def test_restore_session_needs_a_live_event(services: Services) -> None:
    event_id = make_event(services)
    session = services.events.add_session(event_id, title="S", start=at(0, 9), end=at(0, 10))
    services.events.delete_session(session.id)
    assert services.events.restore_session(session.id).id == session.id
    services.events.delete(event_id)
    with pytest.raises(NotFoundError):
        services.events.restore_session(session.id)
    with pytest.raises(NotFoundError):
        services.events.restore("no-such-id")


def test_methodologies_create_get_list(services: Services) -> None:
    methods = MethodologyService(services.replica)
    cafe = methods.create(name="World café", duration_minutes="90", priorities=["solidarity"])
    methods.create(name="Fishbowl debate", summary="An inner circle talks.")
    assert methods.get(cafe.id).duration_minutes == 90
    assert [m.name for m in methods.list()] == ["Fishbowl debate", "World café"]
    assert [m.name for m in methods.list("CAFE")] == ["World café"]
    with pytest.raises(ValidationError) as caught:
        methods.create(name="")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        methods.create(name="Long", duration_minutes="forever")
    assert caught.value.field == "duration_minutes"
    with pytest.raises(NotFoundError):
        methods.get("missing")
