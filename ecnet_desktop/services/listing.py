"""Tables of readable values for `ecnet-desktop list` (header first, stable order, id first)."""

from __future__ import annotations

from ..domain import enums
from ..domain.enums import LabelledEnum
from ..domain.fields import label
from .container import Services

Table = tuple[list[str], list[list[str]]]


def _enum(enum: type[LabelledEnum], value: str | None) -> str:
    if not value:
        return ""
    try:
        return enum(value).label
    except ValueError:
        return value  # a value from a newer app version: show it as stored, never crash


def _priorities(text: str) -> str:
    return ", ".join(p.label for p in enums.decode_priorities(text))


def _headers(*fields: str) -> list[str]:
    return [str(label(f)) for f in fields]


def events_table(services: Services) -> Table:
    orgs = {o.id: o.name for o in services.organisations.list()}
    header = _headers("id", "kind", "title", "host_town", "country", "venue", "start_date",
                      "end_date", "priorities", "host_organisation_id")
    rows = [
        [e.id, _enum(enums.EventKind, e.kind), e.title, e.host_town, e.country, e.venue,
         e.start_date.isoformat(), e.end_date.isoformat(), _priorities(e.priorities),
         orgs.get(e.host_organisation_id or "", "")]
        for e in services.events.list()
    ]
    return header, rows


def sessions_table(services: Services, event_id: str | None = None) -> Table:
    events = {e.id: e.title for e in services.events.list()}
    header = _headers("id", "event_id", "title", "start", "end", "room", "kind", "priorities")
    rows = [
        [s.id, events.get(s.event_id, s.event_id), s.title, s.start.isoformat(" ", "minutes"),
         s.end.isoformat(" ", "minutes"), s.room, _enum(enums.SessionKind, s.kind),
         _priorities(s.priorities)]
        for s in services.events.sessions_of(event_id)
    ]
    return header, rows


def people_table(services: Services, event_id: str | None = None) -> Table:
    fields = ["id", "given_name", "family_name", "email", "phone", "organisation", "town",
              "country", "category"]
    roles: dict[str, str] = {}
    if event_id:
        roles = {r.person_id: r.role for r in services.registrations.of_event(event_id)}
        fields.append("role")
    rows = []
    for p in services.people.list():
        if event_id and p.id not in roles:
            continue
        row = [p.id, p.given_name, p.family_name, p.email, p.phone, p.organisation_name,
               p.town, p.country, _enum(enums.PersonCategory, p.category)]
        if event_id:
            row.append(_enum(enums.RegistrationRole, roles[p.id]))
        rows.append(row)
    return _headers(*fields), rows
