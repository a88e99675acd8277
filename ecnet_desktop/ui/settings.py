"""Preferences and window state in QSettings (an INI file in the user data folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..paths import user_data_dir

MAX_RECENT = 8
# English (the source language) and the partner languages, each named in itself.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("bg", "Български"),
    ("es", "Español"),
    ("hr", "Hrvatski"),
    ("it", "Italiano"),
    ("hu", "Magyar"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("sl", "Slovenščina"),
)
PAPER_SIZES = ("A4", "Letter")
DEFAULT_BLANK_ROWS = 10
MAX_BLANK_ROWS = 500  # as printing.attendance_sheet allows
DEFAULT_BACKUPS_KEPT = 10
MAX_BACKUPS_KEPT = 100


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
    def paper_size(self) -> str:
        """"A4" or "Letter", for printed documents (attendance sheets, badges, certificates)."""
        value = self._str("printing/paper_size", "A4")
        return value if value in PAPER_SIZES else "A4"

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        if value not in PAPER_SIZES:
            raise ValueError(f"paper size must be one of {PAPER_SIZES}, not {value!r}")
        self.qsettings.setValue("printing/paper_size", value)

    @property
    def attendance_blank_rows(self) -> int:
        """Empty numbered rows for walk-ins at the end of each attendance sheet."""
        return self._int("printing/attendance_blank_rows", DEFAULT_BLANK_ROWS, 0, MAX_BLANK_ROWS)

    @attendance_blank_rows.setter
    def attendance_blank_rows(self, rows: int) -> None:
        self.qsettings.setValue("printing/attendance_blank_rows", _clamp(rows, 0, MAX_BLANK_ROWS))

    @property
    def backups_kept(self) -> int:
        """How many automatic backups of each database to keep (older ones are deleted)."""
        return self._int("database/backups_kept", DEFAULT_BACKUPS_KEPT, 1, MAX_BACKUPS_KEPT)

    @backups_kept.setter
    def backups_kept(self, count: int) -> None:
        self.qsettings.setValue("database/backups_kept", _clamp(count, 1, MAX_BACKUPS_KEPT))

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._str(key, str(default)))
        except ValueError:
            return default  # a hand-edited INI file with a typo: fall back, do not crash
        return _clamp(value, low, high)

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


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, int(value)))


def _key(database: str) -> str:
    # QSettings treats '/' as a group separator; keep one flat key per database.
    return database.replace("/", "|").replace("\\", "|")
