"""People: create, edit, delete (tombstone), list and search with diacritics folded."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import validation as v
from ..domain.collation import languages as collation_languages
from ..domain.collation import name_key
from ..domain.enums import Gender, PersonCategory
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.personal_data import PERSONAL_FIELDS
from ..domain.records import PersonRecord
from ..domain.text import fold
from ..store.models import Organisation, Person
from .base import ServiceBase, to_record
from .search_index import narrow

# Every field a person is created with: the personal ones, plus the anonymous country and
# category that erasure keeps.
PERSON_DEFAULTS: dict[str, Any] = PERSONAL_FIELDS | {
    "country": "",
    "category": PersonCategory.CITIZEN.value,
}
CONSENTS = ("processing", "photos", "lists")


def _consent_at(field: str, value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    return v.as_datetime(field, value)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    given = v.optional_text("given_name", values.get("given_name"), 200)
    family = v.optional_text("family_name", values.get("family_name"), 200)
    if not given and not family:
        raise ValidationError(
            "family_name",
            msg(QT_TRANSLATE_NOOP("validation", "A person needs a given or a family name.")),
        )
    gender = values.get("gender") or None
    clean: dict[str, Any] = {
        "given_name": given,
        "family_name": family,
        "email": v.email("email", values.get("email")),
        "phone": v.phone("phone", values.get("phone")),
        "town": v.optional_text("town", values.get("town"), 200),
        "country": v.country("country", values.get("country")),
        "organisation_id": values.get("organisation_id") or None,
        "category": v.choice("category", values.get("category") or "citizen", PersonCategory).value,
        "gender": v.choice("gender", gender, Gender).value if gender else None,
        "birth_year": v.birth_year("birth_year", values.get("birth_year")),
    }
    for consent in CONSENTS:
        at_key = f"consent_{consent}_at"
        clean[at_key] = _consent_at(at_key, values.get(at_key))
        clean[f"consent_{consent}_version"] = v.optional_text(
            f"consent_{consent}_version", values.get(f"consent_{consent}_version"), 32
        )
        clean[f"consent_{consent}_by"] = v.optional_text(
            f"consent_{consent}_by", values.get(f"consent_{consent}_by"), 200
        )
    return clean


def search_key(given: str, family: str, organisation: str, town: str) -> str:
    return fold(f"{given} {family} {organisation} {town}")


def sort_key(given: str, family: str) -> str:
    return fold(f"{family} {given}")


class PersonService(ServiceBase):
    def create(self, **values: Any) -> PersonRecord:
        clean = _clean(PERSON_DEFAULTS | values)
        with self.sessions.begin() as s:
            org = self._org(s, clean["organisation_id"])
            row = Person(id=new_id(), erased=False, merged_into_id=None, **clean)
            self._new(s, row)
            self._derive(row, org)
            return self._record(row, org)

    def update(self, person_id: str, **changes: Any) -> PersonRecord:
        with self.sessions.begin() as s:
            row = self._live(s, Person, person_id, "person_id")
            if row.erased:
                # A form opened before the erasure must not write the data back.
                raise ValidationError("person_id", msg(QT_TRANSLATE_NOOP(
                    "validation", "This person's data was erased; the record cannot be edited.")))
            current = {k: getattr(row, k) for k in PERSON_DEFAULTS}
            clean = _clean(current | changes)
            if clean["organisation_id"] != row.organisation_id:
                org = self._org(s, clean["organisation_id"])
            else:
                # An unchanged link to an organisation deleted since must not block edits.
                org = s.get(Organisation, row.organisation_id) if row.organisation_id else None
            self._change(row, clean)
            self._derive(row, org)
            return self._record(row, org)

    def delete(self, person_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, Person, person_id, "person_id"))

    def restore(self, person_id: str) -> PersonRecord:
        """Revive a deleted person with the same id (undo of a delete, redo of a create)."""
        with self.sessions.begin() as s:
            row = self._dead(s, Person, person_id, "person_id")
            self._change(row, {"deleted": False})
            return self._record(row, s.get(Organisation, row.organisation_id or ""))

    def get(self, person_id: str) -> PersonRecord:
        with self.sessions() as s:
            row = self._live(s, Person, person_id, "person_id")
            return self._record(row, s.get(Organisation, row.organisation_id or ""))

    def list(
        self, search: str = "", *, limit: int | None = None, offset: int = 0
    ) -> list[PersonRecord]:
        """Live, unerased people by family name, given name and id, accents folded (the
        language's own alphabet: ``ordered_ids``); ``search`` folds diacritics."""
        with self.sessions() as s:
            query = self._query(s, search).order_by(Person.sort_key, Person.id)
            if limit is not None:
                query = query.limit(limit).offset(offset)
            return [self._record(p, o) for p, o in s.execute(query).all()]

    def ordered_ids(self, search: str = "", *, language: str = "") -> builtins.list[str]:
        """The ids ``list`` would give, all of them, for a list that reads its rows page by page.

        Sorting in ``language``'s alphabet by a key per row costs a scan whatever the page, so
        it is done once per search here (keys are cached), and pages are then read by id.
        """
        with self.sessions() as s:
            query = self._query(s, search, Person.id, Person.family_name, Person.given_name)
            if language not in collation_languages():
                return list(s.scalars(query.with_only_columns(Person.id)
                                      .order_by(Person.sort_key, Person.id)))
            rows = s.connection().execute(query).all()
        # The id ends the key: equal names keep one order on every laptop.
        return [r[0] for r in sorted(rows, key=lambda r: f"{name_key(r[1], r[2], language)}\x00{r[0]}")]

    def by_ids(self, ids: Sequence[str]) -> builtins.list[PersonRecord]:
        """The people with these ids, in the order given (a page of ``ordered_ids``)."""
        with self.sessions() as s:
            found = {p.id: self._record(p, o) for p, o in s.execute(
                select(Person, Organisation)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(list(ids))))}
        return [found[i] for i in ids if i in found]

    def count(self, search: str = "") -> int:
        with self.sessions() as s:
            sub = self._query(s, search).subquery()
            return int(s.scalar(select(func.count()).select_from(sub)) or 0)

    def _query(self, s: Session, search: str, *columns: Any) -> Any:
        query = (
            select(*(columns or (Person, Organisation)))
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            # Erased people stay as anonymous rows for the counts, but have nothing to list.
            .where(Person.deleted.is_(False), Person.merged_into_id.is_(None),
                   Person.erased.is_(False))
        )
        words = fold(search).split()
        for word in words:
            query = query.where(Person.search_text.contains(word, autoescape=True))
        # On 35,000 people the LIKE scan alone costs ~100 ms a keystroke; the index ~5 ms.
        return narrow(s, query, words)

    @staticmethod
    def _derive(row: Person, org: Organisation | None) -> None:
        row.search_text = search_key(
            row.given_name, row.family_name, org.name if org else "", row.town
        )
        row.sort_key = sort_key(row.given_name, row.family_name)

    def _org(self, s: Session, org_id: str | None) -> Organisation | None:
        return self._live(s, Organisation, org_id, "organisation_id") if org_id else None

    @staticmethod
    def _record(row: Person, org: Organisation | None) -> PersonRecord:
        return to_record(row, PersonRecord, organisation_name=org.name if org else "")
