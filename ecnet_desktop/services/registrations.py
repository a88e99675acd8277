"""Registrations (person × event) and attendance (person × session), with pair-derived ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from ..domain import validation as v
from ..domain.enums import AttendanceMethod, RegistrationRole, RegistrationStatus
from ..domain.ids import attendance_id, registration_id
from ..domain.records import AttendanceRecord, RegistrationRecord
from ..store.database import now_utc
from ..store.models import Attendance, Event, EventSession, Person, Registration
from .base import ServiceBase, to_record


class RegistrationService(ServiceBase):
    def register(
        self,
        person_id: str,
        event_id: str,
        *,
        role: str = RegistrationRole.PARTICIPANT.value,
        status: str = RegistrationStatus.REGISTERED.value,
        invited_by_town: str = "",
    ) -> RegistrationRecord:
        """Register (or re-register) a person; the same pair always gives the same row."""
        values: dict[str, Any] = {
            "role": v.choice("role", role, RegistrationRole).value,
            "status": v.choice("status", status, RegistrationStatus).value,
            "invited_by_town": v.optional_text("invited_by_town", invited_by_town, 200),
        }
        with self.sessions.begin() as s:
            self._live(s, Person, person_id, "person_id")
            self._live(s, Event, event_id, "event_id")
            rid = registration_id(person_id, event_id)
            row = s.get(Registration, rid)
            if row is None:
                row = self._new(s, Registration(id=rid, person_id=person_id,
                                                event_id=event_id, deleted=False, **values))
            else:
                self._change(row, values | {"deleted": False})
            return to_record(row, RegistrationRecord)

    def update(self, reg_id: str, **changes: Any) -> RegistrationRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Registration, reg_id, "id")
            clean: dict[str, Any] = {}
            if "role" in changes:
                clean["role"] = v.choice("role", changes["role"], RegistrationRole).value
            if "status" in changes:
                clean["status"] = v.choice("status", changes["status"],
                                           RegistrationStatus).value
            if "invited_by_town" in changes:
                clean["invited_by_town"] = v.optional_text(
                    "invited_by_town", changes["invited_by_town"], 200)
            self._change(row, clean)
            return to_record(row, RegistrationRecord)

    def unregister(self, person_id: str, event_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, Registration, registration_id(person_id, event_id)))

    def of_event(self, event_id: str) -> list[RegistrationRecord]:
        with self.sessions() as s:
            self._live(s, Event, event_id, "event_id")
            rows = s.scalars(
                select(Registration)
                .where(Registration.event_id == event_id, Registration.deleted.is_(False))
                .order_by(Registration.id)
            ).all()
            return [to_record(r, RegistrationRecord) for r in rows]


class AttendanceService(ServiceBase):
    def check_in(
        self,
        person_id: str,
        session_id: str,
        *,
        method: str = AttendanceMethod.DESK.value,
        at: dt.datetime | None = None,
    ) -> AttendanceRecord:
        """Mark present; idempotent, and revives a check-in that was undone or deleted."""
        method = v.choice("method", method, AttendanceMethod).value
        with self.sessions.begin() as s:
            self._live(s, Person, person_id, "person_id")
            self._live(s, EventSession, session_id, "session_id")
            aid = attendance_id(person_id, session_id)
            row = s.get(Attendance, aid)
            if row is not None and row.present and not row.deleted:
                return to_record(row, AttendanceRecord)
            values: dict[str, Any] = {
                "present": True, "checked_at": at or now_utc(), "method": method,
                "recorded_by_device": self.replica.device_id, "deleted": False,
            }
            if row is None:
                row = self._new(s, Attendance(id=aid, person_id=person_id,
                                              session_id=session_id, **values))
            else:
                self._change(row, values)
            return to_record(row, AttendanceRecord)

    def undo_check_in(self, person_id: str, session_id: str) -> None:
        """Mark absent again (kept as a row so the change travels to other laptops)."""
        with self.sessions.begin() as s:
            row = self._live(s, Attendance, attendance_id(person_id, session_id))
            self._change(row, {"present": False})

    def present_in(self, session_id: str) -> list[AttendanceRecord]:
        with self.sessions() as s:
            rows = s.scalars(
                select(Attendance)
                .where(Attendance.session_id == session_id, Attendance.present.is_(True),
                       Attendance.deleted.is_(False))
                .order_by(Attendance.id)
            ).all()
            return [to_record(r, AttendanceRecord) for r in rows]
