"""The app reopens the last database: a file, or a coordinator's server remembered by URL."""

from __future__ import annotations

import argparse
from pathlib import Path

from ecnet_desktop.app import _initial_database
from ecnet_desktop.ui.settings import Settings


def test_a_remembered_server_is_reopened_by_its_url(settings: Settings, tmp_path: Path) -> None:
    settings.remember_database("postgresql+psycopg://coord@hub.example.org/ecnet")
    none = argparse.Namespace(db=None, database_url=None)
    assert _initial_database(none, settings) == (None, "postgresql+psycopg://coord@hub.example.org/ecnet")
    file = tmp_path / "event.sqlite"
    file.write_bytes(b"")
    settings.remember_database(str(file))
    assert _initial_database(none, settings) == (file, None)
    given = argparse.Namespace(db=None, database_url="postgresql+psycopg://other@h/db")
    assert _initial_database(given, settings) == (None, "postgresql+psycopg://other@h/db")
