"""Readable, translatable names of fields, used in messages and as column headers."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP as N_
from .i18n import Source

# The same header words as `register` reads and `list` prints (DESIGN.md section 8).
LABELS: dict[str, Source] = {
    "id": N_("field", "id"),
    "kind": N_("field", "kind"),
    "title": N_("field", "title"),
    "host_town": N_("field", "host town"),
    "country": N_("field", "country"),
    "venue": N_("field", "venue"),
    "start_date": N_("field", "start date"),
    "end_date": N_("field", "end date"),
    "priorities": N_("field", "priorities"),
    "host_organisation_id": N_("field", "host organisation"),
    "description": N_("field", "description"),
    "event_id": N_("field", "event"),
    "session_id": N_("field", "session"),
    "start": N_("field", "start"),
    "end": N_("field", "end"),
    "room": N_("field", "room"),
    "methodology_id": N_("field", "methodology"),
    "facilitator_id": N_("field", "facilitator"),
    "given_name": N_("field", "given name"),
    "family_name": N_("field", "family name"),
    "email": N_("field", "e-mail"),
    "phone": N_("field", "phone"),
    "town": N_("field", "town"),
    "organisation_id": N_("field", "organisation"),
    "organisation": N_("field", "organisation"),
    "category": N_("field", "category"),
    "gender": N_("field", "gender"),
    "birth_year": N_("field", "birth year"),
    "name": N_("field", "name"),
    "type": N_("field", "type"),
    "role": N_("field", "role"),
    "status": N_("field", "status"),
    "invited_by_town": N_("field", "invited by town"),
    "text": N_("field", "text"),
    "language": N_("field", "language"),
    "author": N_("field", "author"),
    "person_id": N_("field", "person"),
    "method": N_("field", "method"),
    "sessions": N_("field", "sessions"),
    "days": N_("field", "days"),
}


def label(field: str) -> Source:
    """The readable name of a field; unknown fields fall back to their key."""
    found = LABELS.get(field)
    if found is not None:
        return found
    fallback = Source(field.replace("_", " "))
    fallback.context = "field"
    return fallback
