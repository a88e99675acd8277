"""Shared machinery of the entity services: one transaction per call, records out, tombstones."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import NotFoundError
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, Source, msg
from ..store.models import Synced
from .replica import Replica
from .stamping import apply_changes, stamp_new

M = TypeVar("M", bound=Synced)
R = TypeVar("R")

# Whole sentences per kind of record: a translator cannot build "No <label> with id" from pieces.
_NOT_FOUND: dict[str, Source] = {
    "event_id": QT_TRANSLATE_NOOP("services", "No event with id {id}."),
    "person_id": QT_TRANSLATE_NOOP("services", "No person with id {id}."),
    "organisation_id": QT_TRANSLATE_NOOP("services", "No organisation with id {id}."),
    "host_organisation_id": QT_TRANSLATE_NOOP("services", "No organisation with id {id}."),
    "facilitator_id": QT_TRANSLATE_NOOP("services", "No facilitator with id {id}."),
    "session_id": QT_TRANSLATE_NOOP("services", "No session with id {id}."),
    "methodology_id": QT_TRANSLATE_NOOP("services", "No methodology with id {id}."),
    "guide_id": QT_TRANSLATE_NOOP("services", "No interview guide with id {id}."),
    "interview_id": QT_TRANSLATE_NOOP("services", "No interview with id {id}."),
    "question_id": QT_TRANSLATE_NOOP("services", "No question with id {id}."),
    "note_id": QT_TRANSLATE_NOOP("services", "No note with id {id}."),
}
_NO_RECORD = QT_TRANSLATE_NOOP("services", "No record with id {id}.")


def not_found(field: str, row_id: str | None) -> Message:
    """"No event with id …" for the field that named the missing record."""
    return msg(_NOT_FOUND.get(field, _NO_RECORD), id=row_id)


def to_record(row: Any, record_type: type[R], **extra: Any) -> R:
    """Copy the record's fields off an ORM row (immutable, safe to send across threads)."""
    names = [f.name for f in dataclasses.fields(record_type)]  # type: ignore[arg-type]
    values = {
        n: extra[n] if n in extra else getattr(row, n)
        for n in names
        if n in extra or hasattr(row, n)
    }
    return record_type(**values)


class ServiceBase:
    """Gives a service the session factory and the replica's clock."""

    def __init__(self, replica: Replica) -> None:
        self.replica = replica
        self.sessions: sessionmaker[Session] = replica.sessions

    def _new(self, s: Session, row: M) -> M:
        stamp_new(row, self.replica.tick(), self.replica.device_id)
        s.add(row)
        return row

    def _change(self, row: Synced, changes: dict[str, Any]) -> set[str]:
        # Never stamp an edit older than the row it replaces: on a shared server, apps on
        # several computers (whose clocks may disagree) edit the same rows.
        if row.updated:
            self.replica.clock.observe(row.updated, trusted=True)
        return apply_changes(row, changes, self.replica.tick(), self.replica.device_id)

    def _delete(self, row: Synced) -> None:
        """Tombstone instead of a physical delete, so the deletion travels to other laptops."""
        self._change(row, {"deleted": True})

    def _live(self, s: Session, model: type[M], row_id: str | None, field: str = "id") -> M:
        """The row with that id, unless missing or deleted; otherwise a NotFoundError."""
        row = s.get(model, row_id) if row_id else None
        if row is None or row.deleted:
            raise NotFoundError(not_found(field, row_id))
        return row

    def _dead(self, s: Session, model: type[M], row_id: str, field: str) -> M:
        """The row with that id, deleted or not (restore works on tombstones)."""
        row = s.get(model, row_id)
        if row is None:
            raise NotFoundError(not_found(field, row_id))
        return row
