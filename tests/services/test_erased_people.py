"""An erased person leaves the People list and can no longer be edited, yet still counts."""

from __future__ import annotations

import pytest

from ecnet_desktop.domain.errors import ValidationError
from ecnet_desktop.services.container import Services


def test_an_erased_person_is_not_listed_and_not_editable(services: Services) -> None:
    kept = services.people.create(given_name="Ana", family_name="Horvat", country="HR")
    gone = services.people.create(given_name="Zyxw", family_name="Erased", country="SI")
    services.erasure.erase(gone.id)
    assert [p.id for p in services.people.list()] == [kept.id]
    assert services.people.count() == 1
    with pytest.raises(ValidationError) as err:
        services.people.update(gone.id, given_name="Zyxw")
    assert err.value.field == "person_id"
    record = services.people.get(gone.id)  # still there, anonymous, for the figures
    assert (record.given_name, record.country) == ("", "SI")
