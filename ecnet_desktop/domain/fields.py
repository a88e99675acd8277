"""Readable, translatable names of fields, used in messages and as column headers."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Source

# The same header words as `register` reads and `list` prints (DESIGN.md section 8).
LABELS: dict[str, Source] = {
    "id": QT_TRANSLATE_NOOP("field", "id"),
    "kind": QT_TRANSLATE_NOOP("field", "kind"),
    "title": QT_TRANSLATE_NOOP("field", "title"),
    "host_town": QT_TRANSLATE_NOOP("field", "host town"),
    "country": QT_TRANSLATE_NOOP("field", "country"),
    "venue": QT_TRANSLATE_NOOP("field", "venue"),
    "start_date": QT_TRANSLATE_NOOP("field", "start date"),
    "end_date": QT_TRANSLATE_NOOP("field", "end date"),
    "priorities": QT_TRANSLATE_NOOP("field", "priorities"),
    "host_organisation_id": QT_TRANSLATE_NOOP("field", "host organisation"),
    "description": QT_TRANSLATE_NOOP("field", "description"),
    "event_id": QT_TRANSLATE_NOOP("field", "event"),
    "session_id": QT_TRANSLATE_NOOP("field", "session"),
    "start": QT_TRANSLATE_NOOP("field", "start"),
    "end": QT_TRANSLATE_NOOP("field", "end"),
    "room": QT_TRANSLATE_NOOP("field", "room"),
    "methodology_id": QT_TRANSLATE_NOOP("field", "methodology"),
    "facilitator_id": QT_TRANSLATE_NOOP("field", "facilitator"),
    "given_name": QT_TRANSLATE_NOOP("field", "given name"),
    "family_name": QT_TRANSLATE_NOOP("field", "family name"),
    "email": QT_TRANSLATE_NOOP("field", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("field", "phone"),
    "town": QT_TRANSLATE_NOOP("field", "town"),
    "organisation_id": QT_TRANSLATE_NOOP("field", "organisation"),
    "organisation": QT_TRANSLATE_NOOP("field", "organisation"),
    "category": QT_TRANSLATE_NOOP("field", "category"),
    "gender": QT_TRANSLATE_NOOP("field", "gender"),
    "birth_year": QT_TRANSLATE_NOOP("field", "birth year"),
    "name": QT_TRANSLATE_NOOP("field", "name"),
    "type": QT_TRANSLATE_NOOP("field", "type"),
    "role": QT_TRANSLATE_NOOP("field", "role"),
    "status": QT_TRANSLATE_NOOP("field", "status"),
    "invited_by_town": QT_TRANSLATE_NOOP("field", "invited by town"),
    "text": QT_TRANSLATE_NOOP("field", "text"),
    "language": QT_TRANSLATE_NOOP("field", "language"),
    "author": QT_TRANSLATE_NOOP("field", "author"),
    "person_id": QT_TRANSLATE_NOOP("field", "person"),
    "method": QT_TRANSLATE_NOOP("field", "method"),
    "sessions": QT_TRANSLATE_NOOP("field", "sessions"),
    "days": QT_TRANSLATE_NOOP("field", "days"),
}


def label(field: str) -> Source:
    """The readable name of a field; unknown fields fall back to their key."""
    found = LABELS.get(field)
    if found is not None:
        return found
    fallback = Source(field.replace("_", " "))
    fallback.context = "field"
    return fallback
