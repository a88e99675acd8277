"""Shared fixtures: every test gets its own data folder and a fresh SQLite database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt, so the UI tests run on a headless machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ecnet_desktop.services.container import Services


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep user data (settings, logs, default database) out of the real home folder."""
    folder = tmp_path / "userdata"
    folder.mkdir()
    monkeypatch.setenv("ECNET_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ecnet.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    svc = Services.open(db_path, device_name="Test laptop")
    try:
        yield svc
    finally:
        svc.close()
