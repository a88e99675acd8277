"""The number of backups kept (Preferences) applies to backups before imports and registrations."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ecnet_desktop.exchange.importer import import_file
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.stamping import field_clocks
from ecnet_desktop.store.backup import list_backups
from ecnet_desktop.store.models import Person


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    source = Services.open(tmp_path / "laptop.sqlite")
    try:
        source.events.create(kind="international_event", title="Pescara", town="Pescara",
                             country="IT", start_date="2021-11-18", end_date="2021-11-20")
        book = export_workbook(source, tmp_path / "laptop.xlsx").path
    finally:
        source.close()
    hub_path = tmp_path / "hub.sqlite"
    hub = Services.open(hub_path, keep_backups=2)
    try:
        for _ in range(4):
            import_file(hub, book)
        assert len(list_backups(hub_path)) == 2
        hub.database.keep_backups = 3  # Preferences changed while the database is open
        import_file(hub, book)
        import_file(hub, book)
        assert len(list_backups(hub_path)) == 3
    finally:
        hub.close()


def test_a_server_is_remembered_without_its_password(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "a.sqlite")
    try:
        assert services.database.reopen_label() == str(tmp_path / "a.sqlite")
        server = dataclasses.replace(
            services.database, path=None,
            url="postgresql+psycopg://coord:s3cret@hub.example.org:5432/ecnet")
        assert server.reopen_label() == "postgresql+psycopg://coord@hub.example.org:5432/ecnet"
    finally:
        services.close()


def test_an_edit_is_stamped_after_the_value_it_replaces(tmp_path: Path) -> None:
    # Two apps on one shared database: the second's clock lags behind the first's edit.
    path = tmp_path / "shared.sqlite"
    first = Services.open(path)
    second = Services.open(path)
    try:
        lagging = second.replica.clock
        real_wall = lagging._wall_ms
        lagging._wall_ms = lambda: real_wall() - 3_600_000
        person = first.people.create(given_name="Ana", family_name="Horvat")
        first.people.update(person.id, town="Zagreb")
        with first.replica.sessions() as s:
            row = s.get(Person, person.id)
            assert row is not None
            zagreb = field_clocks(row)["town"]
        second.people.update(person.id, town="Split")
        with second.replica.sessions() as s:
            row = s.get(Person, person.id)
            assert row is not None and row.town == "Split"
            # Fixed-width clocks: text order is time order. An older stamp would lose to
            # "Zagreb" at the next merge although it was made after seeing it.
            assert field_clocks(row)["town"] > zagreb
    finally:
        second.close()
        first.close()
