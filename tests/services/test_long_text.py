"""Text longer than a spreadsheet cell is refused where it is typed, naming the field."""

from __future__ import annotations

import pytest

from ecnet_desktop.domain.enums import ConsentKind
from ecnet_desktop.domain.errors import ValidationError
from ecnet_desktop.services.container import Services

TOO_LONG = "x" * 32_768


def test_methodology_steps_longer_than_a_cell_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.methodologies.create(name="World café", steps=TOO_LONG)
    assert err.value.field == "steps"
    assert services.methodologies.list() == []
    kept = services.methodologies.create(name="World café", steps="x" * 32_767)
    assert len(kept.steps) == 32_767


def test_a_consent_text_longer_than_a_cell_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.consents.add_text(ConsentKind.PROCESSING, "2021-1", TOO_LONG)
    assert err.value.field == "text"
