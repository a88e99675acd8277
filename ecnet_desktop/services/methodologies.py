"""Methodologies of the EC-NET Toolkit: list, get, create, edit, seed, and where each was used."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..domain import validation as v
from ..domain.enums import NoteKind, Priority, decode_priorities
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.records import MethodologyRecord
from ..domain.text import fold
from ..store.models import Event, EventSession, Methodology, Note
from .base import ServiceBase, to_record
from .notes import NoteEntry, Place, note_record


@dataclass(frozen=True)
class MethodologyUse:
    """Where a methodology was used: its sessions and the outcome notes born in them."""

    methodology: MethodologyRecord
    sessions: tuple[Place, ...]
    outcomes: tuple[NoteEntry, ...]


def group_methods(methods: Iterable[MethodologyRecord]
                  ) -> builtins.list[tuple[Priority | None, builtins.list[MethodologyRecord]]]:
    """Methodologies under each of their priorities (programme order), then those with none."""
    groups: dict[Priority | None, list[MethodologyRecord]] = {p: [] for p in Priority}
    groups[None] = []
    for method in methods:
        for priority in decode_priorities(method.priorities) or (None,):
            groups[priority].append(method)
    return [(p, items) for p, items in groups.items() if items]


def _duration(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = -1
    if not 1 <= minutes <= 24 * 60:
        raise ValidationError(
            "duration_minutes",
            msg(QT_TRANSLATE_NOOP("validation", "The duration '{value}' is not a number of "
                                  "minutes between 1 and 1440."), value=value),
        )
    return minutes


def _long(field: str, value: Any) -> str:
    """Free text of any length a spreadsheet cell can hold (it travels in workbooks)."""
    return v.limited(field, str(value or "").strip(), v.CELL_LIMIT)


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": v.required_text("name", values.get("name"), 200),
        "aim": _long("aim", values.get("aim")),
        "summary": _long("summary", values.get("summary")),
        "steps": _long("steps", values.get("steps")),
        "duration_minutes": _duration(values.get("duration_minutes")),
        "group_size": v.optional_text("group_size", values.get("group_size"), 100),
        "materials": _long("materials", values.get("materials")),
        "tips": _long("tips", values.get("tips")),
        "source_network": v.optional_text("source_network", values.get("source_network"), 200),
        "priorities": v.priorities("priorities", values.get("priorities")),
    }


class MethodologyService(ServiceBase):
    def create(self, **values: Any) -> MethodologyRecord:
        clean = _clean(values)
        with self.sessions.begin() as s:
            row = self._new(s, Methodology(id=new_id(), **clean))
            return to_record(row, MethodologyRecord)

    def update(self, methodology_id: str, **changes: Any) -> MethodologyRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Methodology, methodology_id, "methodology_id")
            clean = _clean(to_record(row, MethodologyRecord).__dict__ | changes)
            self._change(row, clean)
            return to_record(row, MethodologyRecord)

    def get(self, methodology_id: str) -> MethodologyRecord:
        with self.sessions() as s:
            return to_record(self._live(s, Methodology, methodology_id, "methodology_id"),
                             MethodologyRecord)

    def list(self, search: str = "") -> builtins.list[MethodologyRecord]:
        """Live methodologies by name; every word of ``search`` must occur in the name, aim
        or summary, accents folded."""
        words = fold(search).split()
        with self.sessions() as s:
            rows = s.scalars(
                select(Methodology).where(Methodology.deleted.is_(False))
                .order_by(Methodology.name, Methodology.id)
            ).all()
            records = [to_record(r, MethodologyRecord) for r in rows]
        return [r for r in records
                if all(w in fold(f"{r.name} {r.aim} {r.summary}") for w in words)]

    def seed(self, entries: Iterable[Mapping[str, Any]]) -> int:
        """Add the entries whose ``id`` is not in the database yet; returns how many.

        A methodology someone deleted stays deleted: its tombstone has the same id.
        """
        added = 0
        with self.sessions.begin() as s:
            for entry in entries:
                if s.get(Methodology, entry["id"]) is None:
                    self._new(s, Methodology(id=entry["id"], **_clean(entry)))
                    added += 1
        return added

    def usage(self, methodology_id: str) -> MethodologyUse:
        """The sessions that used a methodology, and the outcome notes of those sessions."""
        return self.usages([methodology_id])[methodology_id]

    def usages(self, methodology_ids: Iterable[str] | None = None
               ) -> dict[str, MethodologyUse]:
        """Usage of many methodologies in three queries (the Toolkit compendium needs all)."""
        with self.sessions() as s:
            query = select(Methodology).where(Methodology.deleted.is_(False))
            wanted = None if methodology_ids is None else sorted(set(methodology_ids))
            if wanted is not None:
                query = query.where(Methodology.id.in_(wanted))
            methods = [to_record(r, MethodologyRecord) for r in s.scalars(query).all()]
            if wanted is not None and len(methods) != len(wanted):
                found = {m.id for m in methods}
                self._live(s, Methodology, next(i for i in wanted if i not in found),
                           "methodology_id")
            ids = [m.id for m in methods]
            rows = s.execute(
                select(EventSession, Event).join(Event, Event.id == EventSession.event_id)
                .where(EventSession.methodology_id.in_(ids), EventSession.deleted.is_(False),
                       Event.deleted.is_(False))
                .order_by(EventSession.start, EventSession.title, EventSession.id)).all()
            places = {
                session.id: (session.methodology_id, Place(
                    event.id, event.title, event.host_town, event.country, event.start_date,
                    event.end_date, session.id, session.title, session.start))
                for session, event in rows}
            notes = s.scalars(
                select(Note).where(Note.session_id.in_(list(places)),
                                   Note.kind == NoteKind.OUTCOME.value,
                                   Note.deleted.is_(False))
                .order_by(Note.updated, Note.id)).all() if places else []
            outcomes: dict[str, list[NoteEntry]] = {}
            for row in notes:
                method_id, place = places[row.session_id or ""]
                outcomes.setdefault(method_id or "", []).append(NoteEntry(note_record(row), place))
        used: dict[str, list[Place]] = {}
        for method_id, place in places.values():
            used.setdefault(method_id or "", []).append(place)
        return {m.id: MethodologyUse(m, tuple(used.get(m.id, ())), tuple(outcomes.get(m.id, ())))
                for m in methods}
