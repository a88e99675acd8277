"""Project targets and retention are stored in the database and survive reopening it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ecnet_desktop.domain.errors import ValidationError
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.project_settings import ProjectTargets


def test_defaults_are_the_ecnet_grant(services: Services) -> None:
    assert services.project.targets() == ProjectTargets(6, 600, 9)
    assert services.project.retention_years() == 5
    assert services.project.retention_ends() == dt.date(2027, 12, 31)


def test_edits_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    first = Services.open(path)
    first.project.set_targets(ProjectTargets(international_events=8, participants=750, countries=11))
    first.project.set_retention_years(10)
    first.project.set_project_end(dt.date(2024, 2, 29))
    first.close()
    again = Services.open(path)
    try:
        assert again.project.targets().participants == 750
        assert again.project.retention_ends() == dt.date(2034, 2, 28)
    finally:
        again.close()


def test_nonsense_is_refused_with_the_field_named(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.project.set_retention_years(0)
    assert err.value.field == "retention_years"
    with pytest.raises(ValidationError):
        services.project.set_targets(ProjectTargets(participants=-1))
    assert services.project.targets().participants == 600
