"""People listed in the chosen language's alphabet: the People list, its pages, the desk."""

from __future__ import annotations

import pytest

from ecnet_desktop.services.checkin import CheckinService
from ecnet_desktop.services.container import Services

from .test_checkin import event, plenary, registered  # noqa: F401  (fixtures)

FAMILIES = ["Đurić", "Cuneo", "Ćosić", "Džeko", "Čačak", "Dukić"]
CROATIAN = ["Cuneo", "Čačak", "Ćosić", "Dukić", "Džeko", "Đurić"]
# Without a language of its own (English, Italian, Portuguese) accents only weigh afterwards.
FOLDED = ["Čačak", "Ćosić", "Cuneo", "Dukić", "Đurić", "Džeko"]


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    return {services.people.create(given_name="Ana", family_name=f, country="HR").id: f
            for f in FAMILIES}


def test_croatian_lists_c_caron_after_every_c(services: Services,
                                              people: dict[str, str]) -> None:
    assert [people[i] for i in services.people.ordered_ids(language="hr")] == CROATIAN


def test_english_and_italian_fold_the_accents(services: Services,
                                              people: dict[str, str]) -> None:
    assert [p.family_name for p in services.people.list()] == FOLDED
    for language in ("", "en", "it"):
        assert [people[i] for i in services.people.ordered_ids(language=language)] == FOLDED


def test_pages_read_by_id_keep_the_order_and_the_search(services: Services,
                                                        people: dict[str, str]) -> None:
    ids = services.people.ordered_ids(language="hr")
    assert [p.family_name for p in services.people.by_ids(ids[2:5])] == CROATIAN[2:5]
    # A search narrows the ids as it narrows the list ("c" folds Č and Ć).
    found = services.people.ordered_ids("cosic", language="hr")
    assert [people[i] for i in found] == ["Ćosić"]


def test_the_desk_lists_registered_people_in_the_languages_order(
    services: Services, event: str, plenary: str  # noqa: F811
) -> None:
    for family in FAMILIES:
        registered(services, event, "Ana", family)
    desk = CheckinService(services.replica)
    rows = desk.search(event, plenary, "", language="hr")
    assert [r.person.family_name for r in rows] == CROATIAN
    rows = desk.search(event, plenary, "ana", language="hr")
    assert [r.person.family_name for r in rows] == CROATIAN
