"""Notes and recommendations: fields, folded search, filters, links both ways, the session
running now, restore after delete, similar recommendations."""

from __future__ import annotations

import datetime as dt

import pytest

from ecnet_desktop.domain.enums import Priority
from ecnet_desktop.domain.errors import NotFoundError, ValidationError
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.notes import NoteEntry, NoteFilter, group_by_priority


@pytest.fixture
def event(services: Services) -> tuple[str, str, str]:
    event = services.events.create(kind="international_event", title="Pescara 2021",
                                   host_town="Pescara", country="IT",
                                   start_date=dt.date(2021, 11, 18),
                                   end_date=dt.date(2021, 11, 19))
    morning = services.events.add_session(event.id, title="World café",
                                          start=dt.datetime(2021, 11, 18, 9),
                                          end=dt.datetime(2021, 11, 18, 11))
    afternoon = services.events.add_session(event.id, title="Fishbowl",
                                            start=dt.datetime(2021, 11, 18, 14),
                                            end=dt.datetime(2021, 11, 18, 16))
    return event.id, morning.id, afternoon.id


def test_a_recommendation_keeps_title_level_addressee_and_priorities(
        services: Services, event: tuple[str, str, str]) -> None:
    _event, morning, _ = event
    note = services.notes.create(session_id=morning, kind="recommendation",
                                 text="Fund **youth** exchanges.", title="Youth exchanges",
                                 level="european", addressee="The Commission",
                                 priorities=["solidarity", "active_citizenship"],
                                 publishable=True)
    again = services.notes.get(note.id)
    assert (again.title, again.level, again.addressee) == (
        "Youth exchanges", "european", "The Commission")
    assert again.priorities == "active_citizenship,solidarity"
    assert again.event_id == event[0]  # a session note knows its event


def test_a_wrong_level_names_the_field(services: Services,
                                       event: tuple[str, str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        services.notes.create(event_id=event[0], kind="recommendation", text="x",
                              level="galactic")
    assert caught.value.field == "level"


def test_search_folds_accents_and_needs_every_word(services: Services,
                                                   event: tuple[str, str, str]) -> None:
    event_id, morning, afternoon = event
    cafe = services.notes.create(session_id=morning, text="The Café tables in Łódź worked")
    services.notes.create(session_id=afternoon, text="The fishbowl was lively")
    assert [n.id for n in services.notes.list(search="cafe lodz")] == [cafe.id]
    assert services.notes.list(search="cafe fishbowl") == []
    assert len(services.notes.list(event_id=event_id)) == 2


def test_filters_by_session_kind_and_priority(services: Services,
                                              event: tuple[str, str, str]) -> None:
    event_id, morning, afternoon = event
    quote = services.notes.create(session_id=morning, kind="quote", text="We are Europe",
                                  priorities="euroscepticism")
    services.notes.create(session_id=afternoon, kind="minutes", text="Minutes",
                          priorities="solidarity")
    event_note = services.notes.create(event_id=event_id, kind="outcome", text="Outcome")
    entries = services.notes.entries(NoteFilter(kind="quote"))
    assert [e.note.id for e in entries] == [quote.id]
    assert entries[0].place.session_title == "World café"
    assert [e.note.id for e in services.notes.entries(NoteFilter(priority="euroscepticism"))
            ] == [quote.id]
    assert [e.note.id for e in services.notes.entries(NoteFilter(session_id=morning))
            ] == [quote.id]
    found = services.notes.entries(NoteFilter(kind="outcome"))
    assert [e.note.id for e in found] == [event_note.id]
    assert found[0].place.session_id is None and found[0].place.town == "Pescara"


def test_links_go_both_ways_and_can_be_removed(services: Services,
                                               event: tuple[str, str, str]) -> None:
    a = services.notes.create(event_id=event[0], kind="recommendation", text="Interpreters")
    b = services.notes.create(event_id=event[0], kind="recommendation", text="Translation")
    services.notes.link(a.id, b.id)
    assert services.notes.get(a.id).related == (b.id,)
    assert services.notes.get(b.id).related == (a.id,)
    services.notes.unlink(b.id, a.id)
    assert services.notes.get(a.id).related == () == services.notes.get(b.id).related
    with pytest.raises(ValidationError):
        services.notes.link(a.id, a.id)


def test_similar_recommendations_are_suggested(services: Services,
                                               event: tuple[str, str, str]) -> None:
    a = services.notes.create(event_id=event[0], kind="recommendation",
                              text="Keep a budget line for interpretation at local events")
    b = services.notes.create(event_id=event[0], kind="recommendation",
                              text="A budget line for interpretation at every local event")
    services.notes.create(event_id=event[0], kind="recommendation",
                          text="Schools should twin with schools")
    assert [e.note.id for e in services.notes.similar(a.id)] == [b.id]
    services.notes.link(a.id, b.id)
    assert services.notes.similar(a.id) == []  # already linked


def test_the_session_running_now(services: Services, event: tuple[str, str, str]) -> None:
    event_id, morning, afternoon = event
    assert services.notes.running_session(event_id, dt.datetime(2021, 11, 18, 10)
                                          ).id == morning  # type: ignore[union-attr]
    assert services.notes.running_session(event_id, dt.datetime(2021, 11, 18, 15, 59)
                                          ).id == afternoon  # type: ignore[union-attr]
    assert services.notes.running_session(event_id, dt.datetime(2021, 11, 18, 12)) is None


def test_delete_then_restore(services: Services, event: tuple[str, str, str]) -> None:
    note = services.notes.create(event_id=event[0], text="Temporary")
    services.notes.delete(note.id)
    with pytest.raises(NotFoundError):
        services.notes.get(note.id)
    assert services.notes.list() == []
    services.notes.restore(note.id)
    assert [n.id for n in services.notes.list()] == [note.id]


def test_grouped_by_priority_lists_an_item_under_each_priority(
        services: Services, event: tuple[str, str, str]) -> None:
    two = services.notes.create(event_id=event[0], kind="recommendation", text="Two",
                                priorities="solidarity,euroscepticism")
    none = services.notes.create(event_id=event[0], kind="recommendation", text="None")
    groups = group_by_priority(services.notes.recommendations())
    assert [(p, [e.note.id for e in items]) for p, items in groups] == [
        (Priority.EUROSCEPTICISM, [two.id]), (Priority.SOLIDARITY, [two.id]),
        (None, [none.id])]
    assert all(isinstance(e, NoteEntry) for _p, items in groups for e in items)
