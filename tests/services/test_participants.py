"""An event's participant list: sorted by name, local or international, counts per country."""

from __future__ import annotations

import datetime as dt

import pytest

from ecnet_desktop.domain.errors import NotFoundError
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.participants import ParticipantService


def make_event(services: Services, country: str = "HR") -> str:
    return services.events.create(
        kind="international_event", title="Solidarity in Šibenik", host_town="Šibenik",
        country=country, start_date=dt.date(2021, 9, 23), end_date=dt.date(2021, 9, 25)).id


def person(services: Services, given: str, family: str, country: str) -> str:
    return services.people.create(given_name=given, family_name=family, country=country).id


def test_participants_are_sorted_by_folded_name_and_marked_local_or_international(
    services: Services,
) -> None:
    event = make_event(services)
    ids = {
        "zorica": person(services, "Zorica", "Zec", "HR"),
        "ivana": person(services, "Ivana", "Đurđević", "HR"),
        "lukasz": person(services, "Łukasz", "Wójcik", "PL"),
        "anna": person(services, "Anna", "Dąbrowska", "PL"),
        "nobody": person(services, "Not", "Registered", "IT"),
    }
    for key in ("zorica", "ivana", "lukasz", "anna"):
        services.registrations.register(ids[key], event, invited_by_town="Šibenik")

    found = ParticipantService(services.replica).participants(event)

    # Đurđević sorts with the Ds (after Dąbrowska), not after Z.
    assert [p.person.family_name for p in found] == ["Dąbrowska", "Đurđević", "Wójcik", "Zec"]
    assert {p.person.given_name: p.international for p in found} == {
        "Anna": True, "Ivana": False, "Łukasz": True, "Zorica": False}
    assert found[0].registration.invited_by_town == "Šibenik"


def test_counts_per_country_leave_out_cancelled_and_no_shows(services: Services) -> None:
    event = make_event(services)
    registrations = services.registrations
    for i in range(3):
        registrations.register(person(services, f"Ana{i}", "Horvat", "HR"), event)
    registrations.register(person(services, "Ştefan", "Popescu", "RO"), event)
    registrations.register(person(services, "Őry", "Kiss", "HU"), event)
    registrations.register(person(services, "Late", "Canceller", "HU"), event,
                           status="cancelled")
    registrations.register(person(services, "Never", "Came", "RO"), event, status="no_show")
    registrations.register(person(services, "Unknown", "Origin", ""), event)

    service = ParticipantService(services.replica)
    counts = service.country_counts(event)

    assert counts.per_country == (("HR", 3), ("", 1), ("HU", 1), ("RO", 1))
    # Someone whose country is unknown is not counted as coming from abroad.
    assert (counts.local, counts.international, counts.total) == (4, 2, 6)
    assert len(service.participants(event)) == 8


def test_unregistered_and_deleted_people_leave_the_list(services: Services) -> None:
    event = make_event(services)
    stays = person(services, "Stays", "Here", "HR")
    leaves = person(services, "Leaves", "Early", "HR")
    deleted = person(services, "Deleted", "Person", "SI")
    for pid in (stays, leaves, deleted):
        services.registrations.register(pid, event)
    services.registrations.unregister(leaves, event)
    services.people.delete(deleted)

    found = ParticipantService(services.replica).participants(event)

    assert [p.person.id for p in found] == [stays]


def test_without_a_host_country_nobody_is_international(services: Services) -> None:
    event = make_event(services, country="")
    services.registrations.register(person(services, "Ana", "Horvat", "HR"), event)
    counts = ParticipantService(services.replica).country_counts(event)
    assert (counts.local, counts.international) == (1, 0)


def test_a_missing_event_is_reported(services: Services) -> None:
    with pytest.raises(NotFoundError, match="No event"):
        ParticipantService(services.replica).participants("no-such-event")
