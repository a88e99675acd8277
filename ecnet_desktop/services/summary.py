"""Counts of what a database holds, for the home page and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.records import DatabaseSummary
from ..store.models import (
    Attendance,
    Event,
    EventSession,
    Interview,
    Note,
    Organisation,
    Person,
    Registration,
    Synced,
)
from .base import ServiceBase


class SummaryService(ServiceBase):
    def summary(self) -> DatabaseSummary:
        with self.sessions() as s:

            def live(model: type[Synced]) -> int:
                return int(s.scalar(select(func.count()).select_from(model)
                                    .where(model.deleted.is_(False))) or 0)

            people = select(Person).where(Person.deleted.is_(False),
                                          Person.merged_into_id.is_(None))
            countries = s.scalar(
                select(func.count(func.distinct(Person.country)))
                .where(Person.deleted.is_(False), Person.country != "")
            )
            present = s.scalar(
                select(func.count()).select_from(Attendance)
                .where(Attendance.deleted.is_(False), Attendance.present.is_(True))
            )
            return DatabaseSummary(
                events=live(Event),
                sessions=live(EventSession),
                people=int(s.scalar(select(func.count()).select_from(people.subquery())) or 0),
                countries=int(countries or 0),
                organisations=live(Organisation),
                registrations=live(Registration),
                attendances=int(present or 0),
                notes=live(Note),
                interviews=live(Interview),
            )
