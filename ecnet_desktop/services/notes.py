"""Session and event notes and recommendations: create, edit, delete, search, link, trace."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain import validation as v
from ..domain.enums import NoteKind, Priority, RecommendationLevel, decode_priorities
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.records import NoteRecord, SessionRecord
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
    "title": "",
    "level": None,
    "addressee": "",
    "related": (),
}
MAX_NOTE = 100_000
MAX_LINKS = 50
# How alike (rapidfuzz token-set ratio, 0–100) two recommendations must read to be suggested.
SIMILAR_SCORE = 60


@dataclass(frozen=True)
class Place:
    """Where a note was born: its event (title, town, dates) and, if any, its session."""

    event_id: str
    event_title: str
    town: str
    country: str
    start_date: dt.date
    end_date: dt.date
    session_id: str | None = None
    session_title: str = ""
    session_start: dt.datetime | None = None


@dataclass(frozen=True)
class NoteEntry:
    """A note with the place it belongs to, for lists and compendia."""

    note: NoteRecord
    place: Place


@dataclass(frozen=True)
class NoteFilter:
    """What a notes list shows; empty fields do not filter."""

    event_id: str | None = None
    session_id: str | None = None
    kind: str | None = None
    priority: str | None = None
    search: str = ""
    publishable_only: bool = False


def _related(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    items = json.loads(value) if isinstance(value, str) else list(value)
    return tuple(sorted({str(i) for i in items if i}))


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    text = str(values.get("text") or "").strip()
    if not text:
        raise ValidationError(
            "text", msg(QT_TRANSLATE_NOOP("validation", "A note needs some text."))
        )
    level = values.get("level") or None
    related = _related(values.get("related"))
    if len(related) > MAX_LINKS:
        raise ValidationError("related", msg(QT_TRANSLATE_NOOP(
            "validation", "A note can be linked to at most {most} others."), most=MAX_LINKS))
    return {
        "event_id": values.get("event_id") or None,
        "session_id": values.get("session_id") or None,
        "kind": v.choice("kind", values.get("kind") or "minutes", NoteKind).value,
        "text": v.limited("text", text, MAX_NOTE),
        "priorities": v.priorities("priorities", values.get("priorities")),
        "language": v.optional_text("language", values.get("language") or "en", 8),
        "author": v.optional_text("author", values.get("author"), 200),
        "publishable": bool(values.get("publishable")),
        "title": v.optional_text("title", values.get("title"), 300),
        "level": v.choice("level", level, RecommendationLevel).value if level else None,
        "addressee": v.optional_text("addressee", values.get("addressee"), 300),
        # Stored sorted, so the same set of links always reads the same (clocks compare).
        "related": json.dumps(list(related)),
    }


def note_record(row: Note) -> NoteRecord:
    return to_record(row, NoteRecord, related=_related(row.related))


def matches(note: NoteRecord, words: Sequence[str]) -> bool:
    """Every folded word occurs in the note's title, text or addressee."""
    if not words:
        return True
    haystack = fold(f"{note.title} {note.text} {note.addressee}")
    return all(w in haystack for w in words)


def group_by_priority(entries: Iterable[NoteEntry]
                      ) -> list[tuple[Priority | None, builtins.list[NoteEntry]]]:
    """Entries under each of their priorities (in the programme's order), then those with
    none; an entry with two priorities is listed under both."""
    groups: dict[Priority | None, list[NoteEntry]] = {p: [] for p in Priority}
    groups[None] = []
    for entry in entries:
        for priority in decode_priorities(entry.note.priorities) or (None,):
            groups[priority].append(entry)
    return [(p, items) for p, items in groups.items() if items]


class NoteService(ServiceBase):
    def create(self, **values: Any) -> NoteRecord:
        clean = _clean(NOTE_DEFAULTS | values)
        with self.sessions.begin() as s:
            self._attach(s, clean)
            row = self._new(s, Note(id=new_id(), **clean))
            return note_record(row)

    def update(self, note_id: str, **changes: Any) -> NoteRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Note, note_id, "id")
            clean = _clean(note_record(row).__dict__ | changes)
            self._attach(s, clean)
            self._change(row, clean)
            return note_record(row)

    def delete(self, note_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, Note, note_id, "id"))

    def restore(self, note_id: str) -> NoteRecord:
        """Bring a deleted note back (undo of a delete)."""
        with self.sessions.begin() as s:
            row = self._dead(s, Note, note_id, "id")
            if row.deleted:
                self._change(row, {"deleted": False})
            return note_record(row)

    def get(self, note_id: str) -> NoteRecord:
        with self.sessions() as s:
            return note_record(self._live(s, Note, note_id, "id"))

    def list(
        self, *, event_id: str | None = None, session_id: str | None = None, search: str = ""
    ) -> builtins.list[NoteRecord]:
        """Live notes in the order they were last changed, oldest first."""
        wanted = NoteFilter(event_id=event_id, session_id=session_id, search=search)
        return [e.note for e in self.entries(wanted, newest_first=False)]

    def entries(self, wanted: NoteFilter | None = None, *,
                newest_first: bool = True) -> builtins.list[NoteEntry]:
        """Live notes with their event and session, newest first, filtered as asked.

        Search folds case and diacritics ("cafe" finds "Café") and needs every word.
        """
        wanted = wanted or NoteFilter()
        query = select(Note).where(Note.deleted.is_(False))
        if wanted.session_id:
            query = query.where(Note.session_id == wanted.session_id)
        elif wanted.event_id:
            sessions = select(EventSession.id).where(EventSession.event_id == wanted.event_id)
            query = query.where(or_(Note.event_id == wanted.event_id,
                                    Note.session_id.in_(sessions)))
        if wanted.kind:
            query = query.where(Note.kind == wanted.kind)
        if wanted.priority:
            query = query.where(Note.priorities.contains(wanted.priority))
        if wanted.publishable_only:
            query = query.where(Note.publishable.is_(True))
        words = fold(wanted.search).split()
        with self.sessions() as s:
            order = (Note.updated.desc(), Note.id) if newest_first else (Note.updated, Note.id)
            rows = s.scalars(query.order_by(*order)).all()
            notes = [n for n in map(note_record, rows) if matches(n, words)]
            places = self._places(s, notes)
        return [NoteEntry(n, places[n.id]) for n in notes if n.id in places]

    def recommendations(self, *, publishable_only: bool = False) -> builtins.list[NoteEntry]:
        """Recommendations across all events, in the order of their events and sessions."""
        found = self.entries(NoteFilter(kind=NoteKind.RECOMMENDATION.value,
                                        publishable_only=publishable_only))
        return sorted(found, key=_chronological)

    def places(self, notes: Sequence[NoteRecord]) -> dict[str, Place]:
        with self.sessions() as s:
            return self._places(s, notes)

    def running_session(self, event_id: str, at: dt.datetime) -> SessionRecord | None:
        """The session of the event running at ``at`` (the earliest started of parallel ones)."""
        with self.sessions() as s:
            row = s.scalars(
                select(EventSession).where(
                    EventSession.deleted.is_(False), EventSession.event_id == event_id,
                    EventSession.start <= at, EventSession.end > at)
                .order_by(EventSession.start, EventSession.title, EventSession.id)
            ).first()
            return to_record(row, SessionRecord) if row is not None else None

    # -- links between similar recommendations ----------------------------------------------

    def link(self, note_id: str, other_id: str) -> None:
        """Link two notes both ways (similar recommendations from different events)."""
        self._relink(note_id, other_id, add=True)

    def unlink(self, note_id: str, other_id: str) -> None:
        self._relink(note_id, other_id, add=False)

    def _relink(self, note_id: str, other_id: str, *, add: bool) -> None:
        if note_id == other_id:
            raise ValidationError("related", msg(QT_TRANSLATE_NOOP(
                "validation", "A note cannot be linked to itself.")))
        with self.sessions.begin() as s:
            rows = [self._live(s, Note, note_id, "id"), self._live(s, Note, other_id, "id")]
            for row, other in ((rows[0], other_id), (rows[1], note_id)):
                links = set(_related(row.related))
                links = links | {other} if add else links - {other}
                if len(links) > MAX_LINKS:
                    raise ValidationError("related", msg(QT_TRANSLATE_NOOP(
                        "validation", "A note can be linked to at most {most} others."),
                        most=MAX_LINKS))
                value = json.dumps(sorted(links))
                if value != row.related:
                    self._change(row, {"related": value})

    def similar(self, note_id: str, limit: int = 5) -> builtins.list[NoteEntry]:
        """Other recommendations that read alike, best first, not yet linked."""
        note = self.get(note_id)
        key = fold(f"{note.title} {note.text}")
        scored = []
        for entry in self.recommendations():
            other = entry.note
            if other.id == note.id or other.id in note.related:
                continue
            score = fuzz.token_set_ratio(key, fold(f"{other.title} {other.text}"))
            if score >= SIMILAR_SCORE:
                scored.append((-score, _chronological(entry), entry))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [entry for _score, _order, entry in scored[:limit]]

    # -- helpers --------------------------------------------------------------------------

    def _places(self, s: Session, notes: Sequence[NoteRecord]) -> dict[str, Place]:
        session_ids = {n.session_id for n in notes if n.session_id}
        sessions = {x.id: x for x in _chunked(s, EventSession, session_ids)}
        event_ids = {n.event_id for n in notes if n.event_id}
        event_ids |= {x.event_id for x in sessions.values()}
        events = {e.id: e for e in _chunked(s, Event, event_ids)}
        places: dict[str, Place] = {}
        for n in notes:
            session = sessions.get(n.session_id or "")
            event = events.get(session.event_id if session is not None else n.event_id or "")
            if event is None:
                continue  # its event arrives with a later workbook
            places[n.id] = Place(
                event.id, event.title, event.host_town, event.country, event.start_date,
                event.end_date, session.id if session is not None else None,
                session.title if session is not None else "",
                session.start if session is not None else None)
        return places

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


def _chronological(entry: NoteEntry) -> tuple[Any, ...]:
    p = entry.place
    return (p.start_date, p.event_title, p.session_start or dt.datetime.max,
            entry.note.heading, entry.note.id)


def _chunked(s: Session, model: Any, ids: Iterable[str]) -> builtins.list[Any]:
    """Rows by id in chunks (SQLite limits the number of bound parameters)."""
    ids = sorted(ids)
    rows: builtins.list[Any] = []
    for i in range(0, len(ids), 500):
        rows.extend(s.scalars(select(model).where(model.id.in_(ids[i:i + 500]))).all())
    return rows
