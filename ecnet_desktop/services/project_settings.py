"""Facts about the project this database serves: its targets, its end and how long data is kept."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..store.models import LocalState
from .base import ServiceBase

TARGETS_KEY = "project_targets"
RETENTION_KEY = "retention_years"
PROJECT_END_KEY = "project_end"
# EC-NET ran 2020–2022; audits may ask for evidence five years after the project ends.
DEFAULT_PROJECT_END = dt.date(2022, 12, 31)
DEFAULT_RETENTION_YEARS = 5


@dataclass(frozen=True)
class ProjectTargets:
    """What the grant promised: international events, direct participants, countries."""

    international_events: int = 6
    participants: int = 600
    countries: int = 9


class ProjectSettingsService(ServiceBase):
    """Stored in the database (local_state), so every window and the command line agree."""

    def _get(self, key: str) -> str | None:
        with self.sessions() as s:
            row = s.get(LocalState, key)
            return row.value if row else None

    def _put(self, key: str, value: str) -> None:
        with self.sessions.begin() as s:
            row = s.get(LocalState, key)
            if row is None:
                s.add(LocalState(key=key, value=value))
            else:
                row.value = value

    def targets(self) -> ProjectTargets:
        text = self._get(TARGETS_KEY)
        if not text:
            return ProjectTargets()
        data = json.loads(text)
        return ProjectTargets(**{k: int(v) for k, v in data.items()
                                 if k in ProjectTargets.__dataclass_fields__})

    def set_targets(self, targets: ProjectTargets) -> None:
        for name in ProjectTargets.__dataclass_fields__:
            if getattr(targets, name) < 0:
                raise ValidationError(name, msg(QT_TRANSLATE_NOOP(
                    "services", "A target cannot be negative.")))
        self._put(TARGETS_KEY, json.dumps(targets.__dict__, sort_keys=True))

    def retention_years(self) -> int:
        text = self._get(RETENTION_KEY)
        return int(text) if text else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        if not 1 <= years <= 50:
            raise ValidationError("retention_years", msg(QT_TRANSLATE_NOOP(
                "services", "The retention period must be between 1 and 50 years.")))
        self._put(RETENTION_KEY, str(years))

    def project_end(self) -> dt.date:
        text = self._get(PROJECT_END_KEY)
        return dt.date.fromisoformat(text) if text else DEFAULT_PROJECT_END

    def set_project_end(self, day: dt.date) -> None:
        self._put(PROJECT_END_KEY, day.isoformat())

    def retention_ends(self) -> dt.date:
        """The day after which personal data is past its retention period."""
        end = self.project_end()
        years = self.retention_years()
        try:
            return end.replace(year=end.year + years)
        except ValueError:  # 29 February
            return end.replace(year=end.year + years, day=28)
