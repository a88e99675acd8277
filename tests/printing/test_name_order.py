"""Printed lists (sheets, badges, certificates) name people in the document language's order."""

from __future__ import annotations

import datetime as dt

from ecnet_desktop.printing.common import registered_people
from ecnet_desktop.services.container import Services


def test_printed_lists_follow_the_documents_alphabet(services: Services) -> None:
    event = services.events.create(
        kind="international_event", title="Solidarity", host_town="Šibenik", country="HR",
        start_date=dt.date(2021, 5, 12), end_date=dt.date(2021, 5, 13)).id
    for family in ("Đurić", "Cuneo", "Ćosić", "Džeko", "Čačak", "Dukić"):
        person = services.people.create(given_name="Ana", family_name=family, country="HR")
        services.registrations.register(person.id, event)
    everyone = services.participants.participants(event)

    def names(language: str) -> list[str]:
        return [p.person.family_name for p in registered_people(everyone, language=language)]

    assert names("hr") == ["Cuneo", "Čačak", "Ćosić", "Dukić", "Džeko", "Đurić"]
    assert names("it") == ["Čačak", "Ćosić", "Cuneo", "Dukić", "Đurić", "Džeko"]
