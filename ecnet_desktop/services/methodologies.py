"""Methodologies of the EC-NET Toolkit that sessions can use: list, get, create."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..domain import validation as v
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.records import MethodologyRecord
from ..domain.text import fold
from ..store.models import Methodology
from .base import ServiceBase, to_record


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


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": v.required_text("name", values.get("name"), 200),
        "summary": str(values.get("summary") or "").strip(),
        "steps": str(values.get("steps") or "").strip(),
        "duration_minutes": _duration(values.get("duration_minutes")),
        "group_size": v.optional_text("group_size", values.get("group_size"), 100),
        "materials": str(values.get("materials") or "").strip(),
        "tips": str(values.get("tips") or "").strip(),
        "source_network": v.optional_text("source_network", values.get("source_network"), 200),
        "priorities": v.priorities("priorities", values.get("priorities")),
    }


class MethodologyService(ServiceBase):
    def create(self, **values: Any) -> MethodologyRecord:
        clean = _clean(values)
        with self.sessions.begin() as s:
            row = self._new(s, Methodology(id=new_id(), **clean))
            return to_record(row, MethodologyRecord)

    def get(self, methodology_id: str) -> MethodologyRecord:
        with self.sessions() as s:
            return to_record(self._live(s, Methodology, methodology_id, "methodology_id"),
                             MethodologyRecord)

    def list(self, search: str = "") -> list[MethodologyRecord]:
        """Live methodologies by name; ``search`` matches any part of the name, accents
        folded."""
        key = fold(search)
        with self.sessions() as s:
            rows = s.scalars(
                select(Methodology).where(Methodology.deleted.is_(False))
                .order_by(Methodology.name, Methodology.id)
            ).all()
            return [to_record(r, MethodologyRecord) for r in rows
                    if not key or key in fold(r.name)]
