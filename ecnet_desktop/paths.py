"""Where the app keeps user data, and resource_path() that works inside a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "ecnet-desktop"


def user_data_dir() -> Path:
    """Per-user data folder (created); ECNET_DATA_DIR overrides it for tests and portable use."""
    override = os.environ.get("ECNET_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """Rotating log files live here (created); the About box and error reports name it."""
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "ecnet.sqlite"


def backups_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database so they travel and expire with it."""
    return db_path.parent / "backups"


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a frozen bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
