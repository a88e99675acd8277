"""Consents: versioned texts, recording and withdrawing per kind, and the check-in rule."""

from __future__ import annotations

import datetime as dt

import pytest

from ecnet_desktop.domain.errors import ValidationError
from ecnet_desktop.services.consent import may_be_published
from ecnet_desktop.services.container import Services


def test_consent_texts_are_versioned_per_kind_and_language(services: Services) -> None:
    consents = services.consents
    assert consents.current_version("processing") == "2020-1"  # nothing stored yet
    first = consents.add_text("processing", "2020-1", "I agree to the processing …")
    consents.add_text("processing", "2021-10", "I agree (updated) …")
    consents.add_text("processing", "2021-2", "I agree (v2) …")
    consents.add_text("processing", "2021-2", "Acconsento …", language="it")
    consents.add_text("lists", "2020-1", "My name may appear on published lists.")
    assert consents.current_version("processing") == "2021-10"  # numbers compare as numbers
    assert consents.text_of("processing", "2021-2", "it").text == "Acconsento …"
    assert [(t.kind, t.language, t.version) for t in consents.texts()] == [
        ("processing", "en", "2020-1"), ("processing", "en", "2021-2"),
        ("processing", "en", "2021-10"), ("processing", "it", "2021-2"),
        ("lists", "en", "2020-1")]
    with pytest.raises(ValidationError) as clash:
        consents.add_text("processing", "2020-1", "Another wording")
    assert clash.value.field == "version"
    with pytest.raises(ValidationError) as empty:
        consents.update_text(first.id, text="  ")
    assert empty.value.field == "text"
    consents.delete_text(first.id)
    assert consents.text_of("processing", "2020-1") is None
    consents.restore_text(first.id)
    assert consents.text_of("processing", "2020-1") is not None


def test_recording_and_withdrawing_a_consent(services: Services) -> None:
    services.consents.add_text("lists", "2021-1", "My name may appear on published lists.")
    person = services.people.create(given_name="Ana", family_name="Kos")
    assert not may_be_published(person)
    with pytest.raises(ValidationError):
        services.consents.record(person.id, "lists", by="  ")
    at = dt.datetime(2021, 9, 23, 10, 15)
    given = services.consents.record(person.id, "lists", by="Desk laptop", at=at)
    assert (given.consent_lists_at, given.consent_lists_version, given.consent_lists_by) == (
        at, "2021-1", "Desk laptop")
    assert may_be_published(given)
    withdrawn = services.consents.withdraw(person.id, "lists")
    assert (withdrawn.consent_lists_at, withdrawn.consent_lists_version,
            withdrawn.consent_lists_by) == (None, "", "")
    assert not may_be_published(withdrawn)


def test_nobody_is_checked_in_without_a_recorded_processing_consent(
    services: Services,
) -> None:
    event = services.events.create(kind="international_event", title="EC-NET Bari",
                                   country="IT", start_date=dt.date(2021, 5, 10)).id
    session = services.events.add_session(event, title="Plenary",
                                          start=dt.datetime(2021, 5, 10, 9),
                                          end=dt.datetime(2021, 5, 10, 10)).id
    person = services.people.create(given_name="Marco", family_name="Rossi").id
    services.registrations.register(person, event)
    with pytest.raises(ValidationError) as refused:
        services.checkin.check_in(event, session, person)
    assert refused.value.field == "consent_processing_at"
    assert str(refused.value.message).startswith("Marco Rossi has no recorded consent")
    assert services.attendance.present_in(session) == []
    services.consents.record(person, "processing", by="Desk laptop")
    assert services.checkin.check_in(event, session, person).person.id == person


def test_published_lists_name_only_people_who_consented_to_lists(services: Services) -> None:
    from ecnet_desktop.printing.common import registered_people

    event = services.events.create(kind="international_event", title="EC-NET Bari",
                                   country="IT", start_date=dt.date(2021, 5, 10)).id
    listed = services.people.create(given_name="Marco", family_name="Rossi",
                                    consent_lists_at=dt.datetime(2021, 3, 1, 9)).id
    private = services.people.create(given_name="Sara", family_name="Bianchi").id
    for pid in (listed, private):
        services.registrations.register(pid, event)
    everyone = services.participants.participants(event)
    # The signed attendance sheet (evidence) names everyone; a published list only Marco.
    assert {p.person.id for p in registered_people(everyone)} == {listed, private}
    assert [p.person.id for p in registered_people(everyone, published=True)] == [listed]
