"""Preferences and window state in QSettings (an INI file in the user data folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..paths import user_data_dir

MAX_RECENT = 8


class Settings:
    """Typed access to the few things the app remembers between runs."""

    def __init__(self, path: Path | None = None) -> None:
        target = path or user_data_dir() / "settings.ini"
        self.qsettings = QSettings(str(target), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    @property
    def device_name(self) -> str:
        return self._str("device/name")

    @device_name.setter
    def device_name(self, name: str) -> None:
        self.qsettings.setValue("device/name", name)

    @property
    def first_run_done(self) -> bool:
        return self._str("app/first_run_done") == "true"

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self.qsettings.setValue("app/first_run_done", "true" if done else "false")

    @property
    def language(self) -> str:
        return self._str("app/language")

    @language.setter
    def language(self, code: str) -> None:
        self.qsettings.setValue("app/language", code)

    @property
    def last_database(self) -> str:
        return self._str("database/last")

    def recent_databases(self) -> list[str]:
        value = self.qsettings.value("database/recent", [])
        items = [value] if isinstance(value, str) else list(value or []) if isinstance(
            value, list | tuple) else []
        return [str(v) for v in items if v]

    def remember_database(self, label: str) -> None:
        recent = [label] + [r for r in self.recent_databases() if r != label]
        self.qsettings.setValue("database/recent", recent[:MAX_RECENT])
        self.qsettings.setValue("database/last", label)

    def forget_database(self, label: str) -> None:
        self.qsettings.setValue(
            "database/recent", [r for r in self.recent_databases() if r != label]
        )

    def current_event(self, database: str) -> str:
        return self._str(f"current_event/{_key(database)}")

    def set_current_event(self, database: str, event_id: str) -> None:
        self.qsettings.setValue(f"current_event/{_key(database)}", event_id)

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self.qsettings.sync()


def _key(database: str) -> str:
    # QSettings treats '/' as a group separator; keep one flat key per database.
    return database.replace("/", "|").replace("\\", "|")
