"""Session and event notes: create, edit, delete (tombstone), list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from ..domain import validation as v
from ..domain.enums import NoteKind
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.records import NoteRecord
from ..domain.text import fold
from ..store.models import Event, EventSession, Note
from .base import ServiceBase, to_record

NOTE_DEFAULTS: dict[str, Any] = {
    "event_id": None,
    "session_id": None,
    "kind": NoteKind.MINUTES.value,
    "text": "",
    "priorities": "",
    "language": "en",
    "author": "",
    "publishable": False,
}
MAX_NOTE = 100_000


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    text = str(values.get("text") or "").strip()
    if not text:
        raise ValidationError(
            "text", msg(QT_TRANSLATE_NOOP("validation", "A note needs some text."))
        )
    return {
        "event_id": values.get("event_id") or None,
        "session_id": values.get("session_id") or None,
        "kind": v.choice("kind", values.get("kind") or "minutes", NoteKind).value,
        "text": v.limited("text", text, MAX_NOTE),
        "priorities": v.priorities("priorities", values.get("priorities")),
        "language": v.optional_text("language", values.get("language") or "en", 8),
        "author": v.optional_text("author", values.get("author"), 200),
        "publishable": bool(values.get("publishable")),
    }


class NoteService(ServiceBase):
    def create(self, **values: Any) -> NoteRecord:
        clean = _clean(NOTE_DEFAULTS | values)
        with self.sessions.begin() as s:
            self._attach(s, clean)
            row = self._new(s, Note(id=new_id(), **clean))
            return to_record(row, NoteRecord)

    def update(self, note_id: str, **changes: Any) -> NoteRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Note, note_id, "id")
            clean = _clean(to_record(row, NoteRecord).__dict__ | changes)
            self._attach(s, clean)
            self._change(row, clean)
            return to_record(row, NoteRecord)

    def delete(self, note_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, Note, note_id, "id"))

    def list(
        self, *, event_id: str | None = None, session_id: str | None = None, search: str = ""
    ) -> list[NoteRecord]:
        query = select(Note).where(Note.deleted.is_(False))
        if session_id:
            query = query.where(Note.session_id == session_id)
        elif event_id:
            sessions = select(EventSession.id).where(EventSession.event_id == event_id)
            query = query.where(or_(Note.event_id == event_id, Note.session_id.in_(sessions)))
        with self.sessions() as s:
            rows = s.scalars(query.order_by(Note.updated, Note.id)).all()
            key = fold(search)
            return [to_record(r, NoteRecord) for r in rows if not key or key in fold(r.text)]

    def _attach(self, s: Any, clean: dict[str, Any]) -> None:
        """A note belongs to a session (and so its event) or to an event."""
        if clean["session_id"]:
            session = self._live(s, EventSession, clean["session_id"], "session_id")
            clean["event_id"] = session.event_id
        elif clean["event_id"]:
            self._live(s, Event, clean["event_id"], "event_id")
        else:
            raise ValidationError(
                "event_id",
                msg(QT_TRANSLATE_NOOP("validation", "A note belongs to an event or a session.")),
            )
