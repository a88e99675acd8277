"""Organisations: create, edit, delete (tombstone), list and find by name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..domain import validation as v
from ..domain.enums import OrganisationType
from ..domain.ids import new_id
from ..domain.records import OrganisationRecord
from ..domain.text import fold
from ..store.models import Organisation, Person
from .base import ServiceBase, to_record
from .people import search_key


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": v.required_text("name", values.get("name")),
        "town": v.optional_text("town", values.get("town"), 200),
        "country": v.country("country", values.get("country")),
        "type": v.choice("type", values.get("type") or "other", OrganisationType).value,
    }


class OrganisationService(ServiceBase):
    def create(self, **values: Any) -> OrganisationRecord:
        clean = _clean(values)
        with self.sessions.begin() as s:
            row = self._new(s, Organisation(id=new_id(), **clean))
            return to_record(row, OrganisationRecord)

    def update(self, org_id: str, **changes: Any) -> OrganisationRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Organisation, org_id, "organisation_id")
            current = to_record(row, OrganisationRecord).__dict__ | changes
            changed = self._change(row, _clean(current))
            if "name" in changed:
                # People are found by their organisation's name: keep their search key true.
                for person in s.scalars(select(Person).where(Person.organisation_id == org_id)):
                    person.search_text = search_key(person.given_name, person.family_name,
                                                    row.name, person.town)
            return to_record(row, OrganisationRecord)

    def delete(self, org_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, Organisation, org_id, "organisation_id"))

    def restore(self, org_id: str) -> OrganisationRecord:
        """Revive a deleted organisation with the same id (undo of a delete)."""
        with self.sessions.begin() as s:
            row = self._dead(s, Organisation, org_id, "organisation_id")
            self._change(row, {"deleted": False})
            return to_record(row, OrganisationRecord)

    def get(self, org_id: str) -> OrganisationRecord:
        with self.sessions() as s:
            return to_record(self._live(s, Organisation, org_id, "organisation_id"),
                             OrganisationRecord)

    def list(self, search: str = "") -> list[OrganisationRecord]:
        """Live organisations by name; ``search`` matches any part, diacritics folded."""
        with self.sessions() as s:
            rows = s.scalars(
                select(Organisation).where(Organisation.deleted.is_(False))
                .order_by(Organisation.name, Organisation.id)
            ).all()
            key = fold(search)
            return [
                to_record(r, OrganisationRecord)
                for r in rows
                if not key or key in fold(f"{r.name} {r.town}")
            ]
