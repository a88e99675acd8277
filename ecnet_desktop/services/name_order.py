"""ORDER BY terms that list people in the chosen language's alphabet, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..domain.collation import languages, name_key
from ..store.database import NAME_KEY_FUNCTION
from ..store.models import Person


def by_name(s: Session, language: str = "") -> list[Any]:
    """Family name, given name, id, in ``language``'s order (domain/collation.py).

    Languages without letters of their own (English, Italian, Portuguese) use the stored,
    indexed sort key: accents folded, which is their order. The others sort by a key computed
    per row: a scan, but lists are read page by page in the background.
    """
    if language not in languages():
        return [Person.sort_key, Person.id]
    dialect = s.get_bind().dialect.name
    if dialect == "sqlite":
        return [getattr(func, NAME_KEY_FUNCTION)(Person.family_name, Person.given_name,
                                                  language), Person.id]
    collation = _icu_collation(s, language) if dialect == "postgresql" else None
    if collation:
        return [Person.family_name.collate(collation), Person.given_name.collate(collation),
                Person.id]
    return [Person.sort_key, Person.id]


def sort_people(people: list[Any], language: str = "") -> list[Any]:
    """Records with family_name/given_name/id in ``language``'s order (already-read lists)."""
    return sorted(people, key=lambda p: (name_key(p.family_name, p.given_name, language), p.id))


_ICU: dict[tuple[int, str], str | None] = {}


def _icu_collation(s: Session, language: str) -> str | None:
    """The server's ICU collation for the language ("hr-x-icu"), when it was built with ICU."""
    bind = s.get_bind()
    key = (id(bind), language)
    if key not in _ICU:
        name = f"{language}-x-icu"
        found = s.scalar(select(text("1")).select_from(text("pg_collation"))
                         .where(text("collname = :name")).params(name=name))
        _ICU[key] = name if found else None
    return _ICU[key]

