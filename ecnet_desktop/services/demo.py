"""Deterministic, realistic demo databases (DESIGN.md section 10): sizes S, M and L.

Everything comes from one ``random.Random(seed)``: ids, names, dates and the synthetic hybrid
clocks, so the same seed and size always give byte-identical data. The whole demo is written in
one transaction with Core bulk inserts, so a cancel or a crash leaves the database untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..domain import countries as country_names
from ..domain.enums import (
    AttendanceMethod,
    EventKind,
    InterviewStatus,
    NoteKind,
    OrganisationType,
    PersonCategory,
    Priority,
    QuestionType,
    RegistrationRole,
    RegistrationStatus,
    SessionKind,
    encode_priorities,
)
from ..domain.errors import UserError
from ..domain.hlc import Timestamp
from ..domain.i18n import QT_TRANSLATE_NOOP as N_
from ..domain.i18n import Source, msg
from ..domain.ids import answer_id, attendance_id, registration_id
from ..domain.progress import Progress
from ..store.database import Database
from ..store.models import (
    Answer,
    Attendance,
    Device,
    Event,
    EventSession,
    Interview,
    InterviewGuide,
    Methodology,
    Note,
    Organisation,
    Person,
    Question,
    Registration,
    Synced,
)
from .demo_words import (
    CountryWords,
    Words,
    answer_value,
    email_address,
    load_words,
    person_name,
    phone_number,
    respondent_lean,
)
from .people import search_key, sort_key
from .toolkit_seed import toolkit_entries

BATCH = 5000
CACHE_KIB = 256 * 1024
CONSENT_VERSION = "2020-1"
ONLINE_FORM = "online registration form"
CONSENT_RENEWAL = "consent renewal by e-mail"
MAX_REGISTRATIONS = 3
_EPOCH = dt.datetime(1970, 1, 1)
_SECOND = dt.timedelta(seconds=1)

CATEGORIES = {
    PersonCategory.POLICY_MAKER: 12, PersonCategory.PUBLIC_OFFICER: 20,
    PersonCategory.ACTIVIST: 28, PersonCategory.CITIZEN: 37, PersonCategory.OTHER: 3,
}
# Earliest and latest birth year per category: councillors are older than activists.
BIRTH_YEARS = {
    PersonCategory.POLICY_MAKER: (1950, 1990), PersonCategory.PUBLIC_OFFICER: (1957, 1997),
    PersonCategory.ACTIVIST: (1952, 2004), PersonCategory.CITIZEN: (1940, 2006),
    PersonCategory.OTHER: (1950, 1999),
}
# Which organisations people of each category belong to (None: no organisation).
AFFILIATION: dict[str, list[tuple[str | None, int]]] = {
    PersonCategory.POLICY_MAKER: [("municipality", 95), (None, 5)],
    PersonCategory.PUBLIC_OFFICER: [("municipality", 85), ("other", 10), (None, 5)],
    PersonCategory.ACTIVIST: [("civil_society", 85), (None, 15)],
    PersonCategory.CITIZEN: [("school", 18), ("civil_society", 17), (None, 65)],
    PersonCategory.OTHER: [("other", 50), ("civil_society", 20), (None, 30)],
}
# Chance that someone present at the event also attends a session of this kind.
KIND_TURNOUT = {
    SessionKind.PLENARY: 0.97, SessionKind.PANEL: 0.93, SessionKind.WORKSHOP: 0.93,
    SessionKind.STUDY_VISIT: 0.85, SessionKind.CULTURAL: 0.72, SessionKind.OTHER: 0.9,
}
# International programme: a day has a morning plenary (A), workshops (B, C) and an evening (D).
SLOT_TIMES = {
    "A": (dt.time(9, 30), dt.time(11, 0)), "B": (dt.time(11, 30), dt.time(13, 0)),
    "C": (dt.time(14, 30), dt.time(17, 0)), "D": (dt.time(19, 30), dt.time(21, 30)),
}
LOCAL_TIMES = [
    (dt.time(10, 0), dt.time(11, 0)), (dt.time(11, 15), dt.time(12, 45)),
    (dt.time(14, 0), dt.time(15, 30)), (dt.time(15, 45), dt.time(16, 45)),
]
# Local working group programme items (titles in programme.json "local" follow this order).
LOCAL_KINDS = [SessionKind.PLENARY, SessionKind.WORKSHOP, SessionKind.PANEL,
               SessionKind.STUDY_VISIT, SessionKind.PLENARY]
LOCAL_PICKS = {2: [[1, 4]], 3: [[0, 1, 4], [0, 2, 4]], 4: [[0, 1, 2, 4], [0, 1, 3, 4]]}
LABELS: dict[type[Synced], Source] = {
    Device: N_("demo", "Creating devices"),
    Organisation: N_("demo", "Creating organisations"),
    Methodology: N_("demo", "Creating methodologies"),
    Event: N_("demo", "Creating events"),
    Person: N_("demo", "Creating people"),
    EventSession: N_("demo", "Creating sessions"),
    Registration: N_("demo", "Creating registrations"),
    Attendance: N_("demo", "Creating attendance"),
    Note: N_("demo", "Creating notes"),
    InterviewGuide: N_("demo", "Creating interview guides"),
    Question: N_("demo", "Creating interview guides"),
    Interview: N_("demo", "Creating interviews"),
    Answer: N_("demo", "Creating interviews"),
}


@dataclass(frozen=True)
class DemoSize:
    """How much to generate; ranges are (lowest, highest) and drawn per event."""

    people: int
    international_events: int
    local_groups: int
    international_sessions: tuple[int, int]
    international_days: tuple[int, int]
    international_registrations: tuple[int, int]
    local_sessions: tuple[int, int]
    local_registrations: tuple[int, int]
    interviews: int
    devices: int
    # True: the EC-NET programme itself (2020-2022); False: ten years of earlier networks.
    ecnet: bool
    first_year: int
    last_year: int


SIZES: dict[str, DemoSize] = {
    "S": DemoSize(people=150, international_events=1, local_groups=0,
                  international_sessions=(10, 10), international_days=(3, 3),
                  international_registrations=(150, 150), local_sessions=(2, 3),
                  local_registrations=(12, 30), interviews=20, devices=2, ecnet=True,
                  first_year=2020, last_year=2022),
    "M": DemoSize(people=600, international_events=6, local_groups=10,
                  international_sessions=(8, 9), international_days=(2, 3),
                  international_registrations=(90, 120), local_sessions=(2, 3),
                  local_registrations=(14, 30), interviews=80, devices=4, ecnet=True,
                  first_year=2020, last_year=2022),
    "L": DemoSize(people=35_000, international_events=190, local_groups=110,
                  international_sessions=(12, 16), international_days=(3, 3),
                  international_registrations=(280, 380), local_sessions=(2, 4),
                  local_registrations=(40, 90), interviews=11_000, devices=4, ecnet=False,
                  first_year=2013, last_year=2022),
}


@dataclass(frozen=True)
class DemoReport:
    """What a demo run wrote (rows per kind, and the number of countries people come from)."""

    events: int
    sessions: int
    people: int
    countries: int
    organisations: int
    registrations: int
    attendance: int
    notes: int
    interviews: int
    answers: int


def generate_demo(
    database: Database, *, size: str = "M", seed: int = 1, progress: Progress | None = None
) -> DemoReport:
    """Fill an empty database with demo data of the given size; refuse a database in use."""
    spec = SIZES.get(str(size).upper())
    if spec is None:
        raise UserError(msg(N_("demo", "Unknown demo size {size}: choose S, M or L."),
                            size=size))
    with database.sessions.begin() as s:
        if _holds_data(s):
            raise UserError(msg(N_(
                "demo", "This database already holds events or people. Demo data is only "
                "written into an empty database, so that it never mixes with real data.")))
        with _large_page_cache(s, database.is_sqlite):
            return _Generator(load_words(), spec, seed).run(_Writer(s, progress))


@contextlib.contextmanager
def _large_page_cache(s: Session, sqlite: bool) -> Iterator[None]:
    """A bigger SQLite page cache while writing: random-id index inserts then stay in memory.

    It roughly halves the time L takes to write; the connection's own setting comes back after.
    """
    if not sqlite:
        yield
        return
    conn = s.connection()
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _holds_data(s: Session) -> bool:
    return any(s.scalar(select(func.count()).select_from(m)) for m in (Event, Person))


# -- plumbing: writing batches, clocks ----------------------------------------------------------


class _Writer:
    """Buffers rows per table and bulk-inserts them; reports progress after each batch."""

    def __init__(self, s: Session, progress: Progress | None) -> None:
        self.s = s
        self.progress = progress
        self.total = 0
        self.done = 0
        self.counts: dict[type[Synced], int] = {}
        self._rows: dict[type[Synced], list[dict[str, Any]]] = {}

    def add(self, model: type[Synced], row: dict[str, Any]) -> None:
        rows = self._rows.setdefault(model, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(model)

    def add_all(self, model: type[Synced], rows: Sequence[dict[str, Any]]) -> None:
        for row in rows:
            self.add(model, row)
        self.flush(model)

    def flush(self, model: type[Synced]) -> None:
        rows = self._rows.pop(model, [])
        if rows:
            # Core insert on the table: the ORM's bulk path costs a third more on L.
            self.s.execute(insert(model.metadata.tables[model.__tablename__]), rows)
            self.counts[model] = self.counts.get(model, 0) + len(rows)
            self.done += len(rows)
            self.step(LABELS[model])

    def step(self, label: str) -> None:
        if self.progress is not None:
            self.total = max(self.total, self.done)
            self.progress.step(self.done, self.total, label)


class _Clocks:
    """Synthetic hybrid-logical-clock times: deterministic, and unique per device.

    A row's clock sits at the moment the row was plausibly written (a check-in at its check-in
    time), so the data reads like it came from laptops used at the events. The millisecond part
    and the counter carry a per-device sequence number, which keeps every clock of a device
    distinct even when many rows share one second.
    """

    def __init__(self, device_ids: list[str]) -> None:
        self.device_ids = device_ids
        self._seq = [0] * len(device_ids)

    def stamp(self, device: int, moment: dt.datetime) -> str:
        seq = self._seq[device]
        self._seq[device] = seq + 1
        wall = (moment - _EPOCH) // _SECOND * 1000 + seq % 1000
        return str(Timestamp(wall, seq // 1000 % 1_000_000, self.device_ids[device]))

    def sync(self, model: type[Synced], device: int, moment: dt.datetime) -> dict[str, Any]:
        """The sync columns of a new row: every field carries the creation clock."""
        clock = self.stamp(device, moment)
        return {"clocks": "{}", "created": clock, "updated": clock,
                "device_id": self.device_ids[device], "deleted": False}


# -- the plan held in memory while generating ---------------------------------------------------


@dataclass(eq=False)
class _Org:
    id: str
    name: str
    town: str
    type: str


@dataclass(eq=False)
class _Person:
    id: str
    country: str
    category: str
    display: str
    row: dict[str, Any]
    org_name: str = ""
    registrations: int = 0
    first_at: dt.datetime | None = None
    first_event: _Event | None = None


@dataclass(eq=False)
class _Slot:
    """Places at an event for people from one town (the host's locals or a delegation)."""

    country: str
    town: str
    count: int
    invited_by: str


@dataclass(eq=False)
class _Session:
    id: str
    kind: str
    slot: int
    start: dt.datetime
    end: dt.datetime
    title: str
    room: str
    method: str
    methodology_id: str | None
    priorities: str
    facilitator: _Person | None = None


@dataclass(eq=False)
class _Registration:
    person: _Person
    at: dt.datetime
    invited_by: str
    role: str = RegistrationRole.PARTICIPANT.value
    status: str = RegistrationStatus.REGISTERED.value
    absent: bool = False


@dataclass(eq=False)
class _Event:
    id: str
    kind: str
    country: str
    town: str
    start: dt.date
    days: int
    mode: str
    priorities: list[str]
    device: int
    row: dict[str, Any]
    slots: list[_Slot]
    sessions: list[_Session] = field(default_factory=list)
    registrations: list[_Registration] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)

    @property
    def international(self) -> bool:
        return self.kind == EventKind.INTERNATIONAL.value

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)

    @functools.cached_property
    def attendees(self) -> list[_Person]:
        """Who came (asked only once registrations are final)."""
        return [r.person for r in self.registrations
                if not r.absent and r.status != RegistrationStatus.CANCELLED]


# -- the generator -------------------------------------------------------------------------------


class _Generator:
    def __init__(self, words: Words, size: DemoSize, seed: int) -> None:
        self.words = words
        self.size = size
        self.rng = random.Random(seed)
        self.device_ids = [self.uid() for _ in range(size.devices)]
        self.clocks = _Clocks(self.device_ids)
        self.towns: dict[tuple[str, str], dict[str, list[_Org]]] = {}
        self.orgs: list[dict[str, Any]] = []
        self.org_names: set[str] = set()
        self.pools: dict[tuple[str, str], list[_Person]] = {}
        self.fresh: dict[tuple[str, str], int] = {}
        self.people: list[_Person] = []
        self.emails: set[str] = set()
        self.methodology_ids: list[str] = []
        self.events: list[_Event] = []
        # When the coordinator set the project up: devices, organisations, the Toolkit.
        self.setup = dt.datetime(size.first_year - 1, 10, 1, 9)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def country(self, code: str) -> CountryWords:
        return self.words.countries[code]

    def run(self, out: _Writer) -> DemoReport:
        out.step(N_("demo", "Planning the demo data"))
        # The ids drawn keep the random sequence (and so the rest of the demo) as it was; the
        # sessions link to the Toolkit's seed rows of the same names.
        drawn = [self.uid() for _ in self.words.methodologies]
        toolkit = {m["name"]: m["id"] for m in toolkit_entries()}
        self.methodology_ids = [toolkit.get(m["name"], mid)
                                for m, mid in zip(self.words.methodologies, drawn, strict=True)]
        self.plan_events()
        self.create_people()
        self.register_people()
        for event in self.events:
            self.assign_roles(event)
            self.choose_facilitators(event)
        out.total = self.estimate_rows()
        out.add_all(Device, self.device_rows())
        out.add_all(Organisation, self.orgs)
        out.add_all(Methodology, self.methodology_rows())
        out.add_all(Event, [e.row for e in self.events])
        out.add_all(Person, [self.finish_person(p) for p in self.people])
        out.add_all(EventSession, [r for e in self.events for r in self.session_rows(e)])
        out.add_all(Registration, [r for e in self.events for r in self.registration_rows(e)])
        for event in self.events:
            for row in self.attendance_rows(event):
                out.add(Attendance, row)
        out.flush(Attendance)
        out.add_all(Note, _link_similar([r for e in self.events for r in self.note_rows(e)]))
        self.write_interviews(out)
        out.total = out.done
        out.step(N_("demo", "Demo data created"))
        return DemoReport(
            events=len(self.events),
            sessions=out.counts.get(EventSession, 0),
            people=len(self.people),
            countries=len({p.country for p in self.people}),
            organisations=len(self.orgs),
            registrations=out.counts.get(Registration, 0),
            attendance=out.counts.get(Attendance, 0),
            notes=out.counts.get(Note, 0),
            interviews=out.counts.get(Interview, 0),
            answers=out.counts.get(Answer, 0),
        )

    def estimate_rows(self) -> int:
        registrations = sum(len(e.registrations) for e in self.events)
        attendance = sum(len(e.registrations) * len({s.slot for s in e.sessions}) * 0.75
                         for e in self.events)
        sessions = sum(len(e.sessions) for e in self.events)
        return int(len(self.orgs) + len(self.people) + registrations + attendance
                   + sessions * 2.5 + self.size.interviews * 10)

    # -- events ---------------------------------------------------------------------------------

    def plan_events(self) -> None:
        if self.size.ecnet:
            self.plan_ecnet()
        else:
            self.plan_networks()
        self.plan_local_groups()
        self.events.sort(key=lambda e: (e.start, e.kind, e.row["title"]))
        laptops = max(1, self.size.devices - 1)
        for i, event in enumerate(self.events):
            # Laptops travel to the events; the coordinator's PC enters some local groups.
            event.device = 1 + i % laptops if self.size.devices > 1 else 0
            event.row.update(self.clocks.sync(
                Event, 0, dt.datetime.combine(event.start, dt.time(10)) - dt.timedelta(days=75)))
        for event in self.events:
            self.plan_programme(event)

    def plan_ecnet(self) -> None:
        programme = self.words.programme
        templates = list(enumerate(programme["ecnet_events"], start=1))
        if self.size.international_events < len(templates):
            in_person = [t for t in templates if t[1]["mode"] == "in_person"]
            templates = sorted(self.rng.sample(in_person, self.size.international_events),
                               key=lambda t: t[0])
        hosts = self.rng.sample(self.words.partners, len(templates))
        visitors = [*self.words.partners, *self.words.guests]
        for (number, tpl), host in zip(templates, hosts, strict=True):
            town = self.rng.choice(self.country(host).partner_towns)
            start = self.thursday(int(tpl["year"]), int(tpl["month"]))
            days = max(int(tpl["days"]), self.size.international_days[0])
            guests = [c for c in visitors if c != host
                      and (c in self.words.partners or self.rng.random() < 0.6)]
            town_latin = self.country(host).latin(town)
            title = programme["ecnet_title"].format(number=number, title=tpl["title"])
            description = programme["ecnet_description"].format(
                number=number, town=town_latin, country=country_names.name(host))
            self.add_international(host, town, start, days, str(tpl["mode"]),
                                   list(tpl["priorities"]), title, description, guests)

    def plan_networks(self) -> None:
        programme = self.words.programme
        networks = programme["networks"]
        every = [*self.words.partners, *self.words.guests,
                 *(c for c in self.words.countries if c not in self.words.partners
                   and c not in self.words.guests)]
        years = self.size.last_year - self.size.first_year + 1
        count = self.size.international_events
        for i in range(count):
            year = self.size.first_year + i * years // count
            month = self.rng.choice([2, 3, 4, 5, 6, 7, 9, 10, 11])
            host = self.rng.choices(every, [3 if c in self.words.partners else 2 for c in every])[0]
            cw = self.country(host)
            town = self.rng.choice(cw.partner_towns if self.rng.random() < 0.7 else cw.towns)
            mode = self.mode(dt.date(year, month, 1))
            network = networks[i % len(networks)]
            theme = self.rng.choice(programme["themes"])
            others = [c for c in every if c != host]
            guests = self.rng.sample(others, self.rng.randint(4, min(9, len(others))))
            title = programme["network_title"].format(network=network["short"], year=year,
                                                      theme=theme)
            description = programme["network_description"].format(
                network=network["name"], town=cw.latin(town), country=country_names.name(host),
                theme_lower=theme[:1].lower() + theme[1:])
            priorities = _some_priorities(self.rng, 3)
            self.add_international(host, town, self.thursday(year, month),
                                   self.rng.randint(*self.size.international_days), mode,
                                   priorities, title, description, guests)

    def add_international(self, host: str, town: str, start: dt.date, days: int, mode: str,
                          priorities: list[str], title: str, description: str,
                          guests: list[str]) -> None:
        cw = self.country(host)
        size = self.rng.randint(*self.size.international_registrations)
        # International delegations are more than a third of every international event.
        internationals = round(size * self.rng.uniform(0.37, 0.46))
        locals_ = size - internationals
        invited = cw.latin(town)
        at_home = round(locals_ * self.rng.uniform(0.6, 0.8))
        slots = [_Slot(host, town, at_home, invited)]
        nearby = [t for t in (*cw.partner_towns, *cw.towns) if t != town]
        for near, count in zip(self.rng.sample(nearby, 3),
                               self.split(locals_ - at_home, 3), strict=True):
            slots.append(_Slot(host, near, count, invited))
        for guest, count in zip(guests, self.split(internationals, len(guests)), strict=True):
            gw = self.country(guest)
            home = self.rng.choice(gw.partner_towns if self.rng.random() < 0.75 else gw.towns)
            slots.append(_Slot(guest, home, count, gw.latin(home)))
        venue = self.rng.choice(cw.venues)
        if mode == "online":
            venue = self.words.programme["online_venue"]
        elif mode == "hybrid":
            venue = self.words.programme["hybrid_venue"].format(venue=venue)
        self.add_event(EventKind.INTERNATIONAL, host, town, invited, start, days, mode,
                       priorities, title, description, venue, slots)

    def plan_local_groups(self) -> None:
        programme = self.words.programme
        partners = list(self.words.partners)
        self.rng.shuffle(partners)
        first = dt.date(2020, 10, 1) if self.size.ecnet else dt.date(self.size.first_year, 2, 1)
        last = dt.date(2022, 6, 30) if self.size.ecnet else dt.date(self.size.last_year, 11, 30)
        for i in range(self.size.local_groups):
            # One group per partner country first, then a second one in some of them.
            host = partners[i] if i < len(partners) else self.rng.choice(partners)
            cw = self.country(host)
            town = self.rng.choice(cw.partner_towns)
            day = first + dt.timedelta(days=self.rng.randrange((last - first).days))
            while not _working_day(day):
                day += dt.timedelta(days=1)
            size = self.rng.randint(*self.size.local_registrations)
            near = self.rng.choice([t for t in cw.towns if t != town])
            at_home = round(size * self.rng.uniform(0.8, 0.9))
            slots = [_Slot(host, town, at_home, town), _Slot(host, near, size - at_home, town)]
            local = programme["local"][cw.language]
            title = self.rng.choice(local["titles"]).format(town=town)
            description = programme["local_description"].format(town=cw.latin(town))
            mode = ("online" if self.mode(day) == "online" and self.rng.random() < 0.5
                    else "in_person")
            venue = (programme["online_venue"] if mode == "online"
                     else self.rng.choice(cw.venues))
            priorities = _some_priorities(self.rng, 2)
            self.add_event(EventKind.LOCAL_GROUP, host, town, town, day, 1, mode, priorities,
                           title, description, venue, slots)

    def add_event(self, kind: EventKind, host: str, town: str, host_town: str,
                  start: dt.date, days: int, mode: str, priorities: list[str], title: str,
                  description: str, venue: str, slots: list[_Slot]) -> None:
        municipality = self.town_orgs(host, town, sum(s.count for s in slots))["municipality"][0]
        event = _Event(id=self.uid(), kind=kind.value, country=host, town=town, start=start,
                       days=days, mode=mode, priorities=priorities, device=0, row={},
                       slots=[s for s in slots if s.count > 0])
        event.row = {
            "id": event.id, "kind": kind.value, "title": title, "host_town": host_town,
            "country": host, "venue": venue, "start_date": start, "end_date": event.end,
            "priorities": encode_priorities(priorities),
            "host_organisation_id": municipality.id, "description": description,
        }
        self.events.append(event)

    def thursday(self, year: int, month: int) -> dt.date:
        """A Thursday in the month: international events run Thursday to Saturday."""
        day = dt.date(year, month, 1)
        day += dt.timedelta(days=(3 - day.weekday()) % 7 + 7 * self.rng.randint(0, 2))
        return day

    @staticmethod
    def mode(day: dt.date) -> str:
        """How the pandemic shaped meetings: online in 2020, hybrid in early 2021."""
        if dt.date(2020, 3, 15) <= day < dt.date(2021, 1, 1):
            return "online"
        if dt.date(2021, 1, 1) <= day < dt.date(2021, 7, 1):
            return "hybrid"
        return "in_person"

    def split(self, total: int, parts: int) -> list[int]:
        """Split total into parts of uneven, random sizes."""
        return _apportion(total, [self.rng.uniform(0.6, 1.4) for _ in range(parts)])

    # -- programme ------------------------------------------------------------------------------

    def plan_programme(self, event: _Event) -> None:
        if event.international:
            self.plan_international_programme(event)
        else:
            self.plan_local_programme(event)

    def plan_international_programme(self, event: _Event) -> None:
        rng = self.rng
        sessions_wanted = rng.randint(*self.size.international_sessions)
        slots = [(d, c) for d in range(event.days)
                 for c in ("AB" if d == event.days - 1 and event.days > 1 else "ABCD")]
        # Fewer sessions than slots: free evenings first, then afternoons, never the opening
        # or the closing.
        removable = [s for code in "DCA" for s in slots[1:-1] if s[1] == code]
        for slot in removable[: max(0, len(slots) - sessions_wanted)]:
            slots.remove(slot)
        # More sessions than slots: parallel workshops in the B and C slots.
        parallel = [s for s in slots if s[1] in "BC" and s != slots[-1]] or slots[:1]
        widths = [1] * len(slots)
        for i in range(max(0, sessions_wanted - len(slots))):
            widths[slots.index(parallel[i % len(parallel)])] += 1
        cw = self.country(event.country)
        online = event.mode == "online"
        titles = self.words.programme["sessions"]
        town = cw.latin(event.town)
        picks = {k: rng.sample(titles[k], len(titles[k]))
                 for k in ("opening", "closing", "plenary", "panel", "study_visit",
                           "online_visit", "cultural")}
        topics = rng.sample(titles["topics"], len(titles["topics"]))
        workshops = 0
        for index, ((day, code), width) in enumerate(zip(slots, widths, strict=True)):
            begin, finish = SLOT_TIMES[code]
            date = event.start + dt.timedelta(days=day)
            for lane in range(width):
                if index == 0:
                    kind, title = SessionKind.PLENARY, picks["opening"][0]
                elif index == len(slots) - 1:
                    kind, title = SessionKind.PLENARY, picks["closing"][0]
                elif code == "A":
                    kind = SessionKind.PANEL if day % 2 else SessionKind.PLENARY
                    title = _cycle(picks["panel" if day % 2 else "plenary"], day)
                elif code == "D":
                    kind, title = SessionKind.CULTURAL, _cycle(picks["cultural"], day)
                elif code == "C" and day == 1 and lane == 0:
                    kind = SessionKind.WORKSHOP if online else SessionKind.STUDY_VISIT
                    title = picks["online_visit" if online else "study_visit"][0]
                else:
                    kind, title = SessionKind.WORKSHOP, ""
                methodology = None
                if kind == SessionKind.WORKSHOP and not title:
                    topic = _cycle(topics, workshops)
                    workshops += 1
                    if rng.random() < 0.75:
                        method = rng.randrange(len(self.methodology_ids))
                        methodology = self.methodology_ids[method]
                        title = titles["workshop"].format(
                            method=self.words.methodologies[method]["short"], topic=topic)
                    else:
                        title = titles["workshop_plain"].format(topic=topic)
                room = self.room(event, cw, kind, lane)
                self.add_session(event, kind, index, date, begin, finish,
                                 title.format(town=town, country=country_names.name(
                                     event.country)), room, methodology)

    def plan_local_programme(self, event: _Event) -> None:
        cw = self.country(event.country)
        count = self.rng.randint(*self.size.local_sessions)
        titles = self.words.programme["local"][cw.language]["sessions"]
        for index, item in enumerate(self.rng.choice(LOCAL_PICKS[count])):
            kind = LOCAL_KINDS[item]
            methodology = None
            if kind == SessionKind.WORKSHOP and self.rng.random() < 0.6:
                methodology = self.rng.choice(self.methodology_ids)
            begin, finish = LOCAL_TIMES[index]
            self.add_session(event, kind, index, event.start, begin, finish, titles[item],
                             self.room(event, cw, kind, 0), methodology)

    def room(self, event: _Event, cw: CountryWords, kind: str, lane: int) -> str:
        if event.mode == "online":
            rooms = self.words.programme["online_rooms"]
            return str(rooms[min(lane + (kind == SessionKind.WORKSHOP), len(rooms) - 1)])
        if kind in (SessionKind.STUDY_VISIT, SessionKind.CULTURAL):
            return self.rng.choice(cw.outdoor)
        if kind == SessionKind.WORKSHOP:
            return cw.rooms[1 + lane % (len(cw.rooms) - 1)]
        return cw.rooms[0]

    def add_session(self, event: _Event, kind: str, slot: int, date: dt.date, begin: dt.time,
                    finish: dt.time, title: str, room: str, methodology: str | None) -> None:
        rng = self.rng
        if event.mode == "online":
            method = AttendanceMethod.DESK.value
        elif event.international and event.start.year >= 2021:
            method = rng.choices(["badge_scan", "desk", "paper_sheet"], [55, 30, 15])[0]
        else:
            method = rng.choices(["desk", "paper_sheet"], [55, 45])[0]
        chosen = [] if kind == SessionKind.CULTURAL else [
            p for p in event.priorities if rng.random() < 0.5]
        event.sessions.append(_Session(
            id=self.uid(), kind=str(kind), slot=slot, start=dt.datetime.combine(date, begin),
            end=dt.datetime.combine(date, finish), title=title, room=room, method=method,
            methodology_id=methodology, priorities=encode_priorities(chosen)))

    # -- organisations and people ---------------------------------------------------------------

    def town_orgs(self, country: str, town: str, demand: int) -> dict[str, list[_Org]]:
        """The organisations of a town, created on first use (bigger towns, more of them)."""
        key = (country, town)
        found = self.towns.get(key)
        if found is not None:
            return found
        rng = self.rng
        cw = self.country(country)
        wanted = {
            "municipality": 1,
            "civil_society": min(8, max(1, demand // 45 + rng.randint(0, 1))),
            "school": min(4, demand // 90 + rng.randint(0, 1)),
            "other": min(2, rng.randint(0, 1) + demand // 400),
        }
        orgs: dict[str, list[_Org]] = {t: [] for t in wanted}
        for kind, count in wanted.items():
            # Non-Latin-script organisations sometimes write their name in Latin letters.
            latin = cw.non_latin and rng.random() < (0.3 if kind == "municipality" else 0.5)
            patterns = (cw.latin_org_patterns if latin else cw.org_patterns)[kind]
            written = cw.latin(town) if latin else town
            for pattern in rng.sample(patterns, min(count, len(patterns))):
                name = pattern.format(town=written, town_gen=cw.genitive.get(town, town))
                if name in self.org_names:
                    continue
                self.org_names.add(name)
                org = _Org(self.uid(), name, written, kind)
                orgs[kind].append(org)
                self.orgs.append({
                    "id": org.id, "name": name, "town": written, "country": country,
                    "type": OrganisationType(kind).value,
                    **self.clocks.sync(Organisation, 0, self.setup + dt.timedelta(
                        days=5, minutes=len(self.orgs) * 7)),
                })
        self.towns[key] = orgs
        return orgs

    def create_people(self) -> None:
        """Share the people out over the towns in proportion to the places they fill."""
        demand: dict[tuple[str, str], int] = {}
        for event in self.events:
            for slot in event.slots:
                demand[(slot.country, slot.town)] = (
                    demand.get((slot.country, slot.town), 0) + slot.count)
        counts = _apportion(self.size.people, [float(d) for d in demand.values()])
        for key, count in zip(demand, counts, strict=True):
            orgs = self.town_orgs(key[0], key[1], demand[key])
            pool = [self.make_person(key[0], key[1], orgs) for _ in range(count)]
            self.pools[key] = pool
            self.fresh[key] = 0
            self.people.extend(pool)

    def make_person(self, country: str, town: str, orgs: dict[str, list[_Org]]) -> _Person:
        rng = self.rng
        cw = self.country(country)
        category = rng.choices(list(CATEGORIES), list(CATEGORIES.values()))[0]
        female = rng.random() < 0.53
        name = person_name(rng, cw, female)
        options = AFFILIATION[category]
        affiliation = rng.choices([o for o, _ in options], [w for _, w in options])[0]
        candidates = orgs.get(affiliation or "", [])
        org = rng.choice(candidates) if candidates else None
        gender_roll = rng.random()
        gender = (None if gender_roll < 0.12 else "unspecified" if gender_roll < 0.14
                  else "other" if gender_roll < 0.15 else "female" if female else "male")
        email_share = 0.95 if category in (PersonCategory.POLICY_MAKER,
                                           PersonCategory.PUBLIC_OFFICER) else 0.82
        email = email_address(rng, cw, name, self.emails) if rng.random() < email_share else ""
        phone = phone_number(rng, cw) if rng.random() < 0.55 else ""
        person_id = self.uid()
        row: dict[str, Any] = {
            "id": person_id, "given_name": name.given, "family_name": name.family,
            "email": email, "phone": phone,
            "town": org.town if org else (town if name.native else cw.latin(town)),
            "country": country, "organisation_id": org.id if org else None,
            "category": category.value, "gender": gender, "erased": False,
            "merged_into_id": None,
        }
        return _Person(id=person_id, country=country, category=category.value,
                       display=f"{name.given} {name.family}", row=row,
                       org_name=org.name if org else "")

    # -- registrations --------------------------------------------------------------------------

    def register_people(self) -> None:
        for event in self.events:
            taken: set[str] = set()
            for slot in event.slots:
                for person in self.draw(slot, taken):
                    self.register(event, person, slot.invited_by)
        # Whoever no event drew yet joins one in their town, or at least in their country.
        for key, pool in self.pools.items():
            if self.fresh[key] == len(pool):
                continue
            here = [e for e in self.events if any((s.country, s.town) == key for s in e.slots)]
            there = [e for e in self.events if e.country == key[0]] or self.events
            for person in pool[self.fresh[key]:]:
                event = self.rng.choice(here or there)
                slot = next((s for s in event.slots if (s.country, s.town) == key),
                            event.slots[0])
                self.register(event, person, slot.invited_by)
            self.fresh[key] = len(pool)

    def draw(self, slot: _Slot, taken: set[str]) -> list[_Person]:
        """People for a slot: from its town first (newcomers before regulars), then nearby."""
        chosen = self.take((slot.country, slot.town), slot.count, taken)
        if len(chosen) < slot.count:
            others = [k for k in self.pools if k[0] == slot.country and k[1] != slot.town]
            for key in self.rng.sample(others, len(others)):
                chosen += self.take(key, slot.count - len(chosen), taken)
                if len(chosen) >= slot.count:
                    break
        return chosen

    def take(self, key: tuple[str, str], need: int, taken: set[str]) -> list[_Person]:
        pool = self.pools.get(key, [])
        chosen: list[_Person] = []
        while len(chosen) < need and self.fresh[key] < len(pool):
            chosen.append(pool[self.fresh[key]])
            taken.add(chosen[-1].id)
            self.fresh[key] += 1
        # Then regulars who came before, a few tries each (people come to at most three events).
        for _ in range(3 * (need - len(chosen)) if self.fresh[key] else 0):
            person = pool[self.rng.randrange(self.fresh[key])]
            if person.registrations < MAX_REGISTRATIONS and person.id not in taken:
                chosen.append(person)
                taken.add(person.id)
                if len(chosen) >= need:
                    break
        return chosen

    def register(self, event: _Event, person: _Person, invited_by: str) -> None:
        rng = self.rng
        if not event.international and rng.random() < 0.5:
            # A walk-in, registered at the desk just before the start.
            at = dt.datetime.combine(event.start, dt.time(9, 50)) - dt.timedelta(
                seconds=rng.randint(0, 2400))
        else:
            day = event.start - dt.timedelta(days=rng.randint(5, 60))
            at = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(
                seconds=rng.randint(0, 13 * 3600))
        person.registrations += 1
        if person.first_at is None or at < person.first_at:
            person.first_at, person.first_event = at, event
        event.registrations.append(_Registration(person, at, invited_by))

    def assign_roles(self, event: _Event) -> None:
        rng = self.rng
        regs = event.registrations
        workshops = sum(s.kind == SessionKind.WORKSHOP for s in event.sessions)
        if event.international:
            wanted = [("staff", max(2, len(regs) // 35)),
                      ("interpreter", 1 if event.mode == "online" else rng.randint(1, 3)),
                      ("facilitator", max(2, workshops)), ("speaker", max(2, len(regs) // 20))]
        else:
            wanted = [("staff", 1), ("facilitator", 1), ("speaker", rng.randint(0, 1))]
        preferred = {
            "staff": (PersonCategory.PUBLIC_OFFICER,),
            "interpreter": (PersonCategory.OTHER, PersonCategory.CITIZEN),
            "facilitator": (PersonCategory.ACTIVIST, PersonCategory.PUBLIC_OFFICER),
            "speaker": (PersonCategory.POLICY_MAKER, PersonCategory.ACTIVIST,
                        PersonCategory.OTHER),
        }
        for role, count in wanted:
            free = [r for r in regs if r.role == RegistrationRole.PARTICIPANT]
            if role in ("staff", "interpreter"):
                free = [r for r in free if r.person.country == event.country] or free
            fits = [r for r in free if r.person.category in preferred[role]]
            rest = [r for r in free if r.person.category not in preferred[role]]
            for reg in (rng.sample(fits, len(fits)) + rng.sample(rest, len(rest)))[:count]:
                reg.role = role
        event.staff = [r.person.display for r in regs if r.role == RegistrationRole.STAFF]
        for reg in regs:
            if reg.role != RegistrationRole.PARTICIPANT:
                continue
            local = reg.person.country == event.country
            roll = rng.random()
            if roll < 0.03:
                reg.status = RegistrationStatus.CANCELLED.value
            elif roll < 0.03 + (0.08 if local else 0.03):
                # Registered but never came; the desk marks some of them as no-shows.
                reg.absent = True
                if rng.random() < 0.5:
                    reg.status = RegistrationStatus.NO_SHOW.value

    def choose_facilitators(self, event: _Event) -> None:
        by_role: dict[str, list[_Person]] = {}
        for reg in event.registrations:
            by_role.setdefault(reg.role, []).append(reg.person)
        facilitators = by_role.get("facilitator", [])
        speakers = by_role.get("speaker", [])
        staff = by_role.get("staff", [])
        workshops = 0
        for session in event.sessions:
            if session.kind == SessionKind.WORKSHOP and facilitators:
                session.facilitator = facilitators[workshops % len(facilitators)]
                workshops += 1
            elif session.kind in (SessionKind.PLENARY, SessionKind.PANEL) and speakers:
                session.facilitator = self.rng.choice(speakers) if self.rng.random() < 0.6 else None
            elif session.kind == SessionKind.STUDY_VISIT and staff:
                session.facilitator = self.rng.choice(staff)

    # -- rows -----------------------------------------------------------------------------------

    def device_rows(self) -> list[dict[str, Any]]:
        international = [e for e in self.events if e.international]
        lead = self.country(international[0].country).latin(international[0].town)
        towns = [self.country(e.country).latin(e.town) for e in international[1:]] or [lead]
        names = [n.format(town=lead, town2=towns[0], town3=towns[-1])
                 for n in self.words.programme["devices"]]
        return [{"id": device, "name": names[i % len(names)],
                 **self.clocks.sync(Device, i, self.setup + dt.timedelta(days=i))}
                for i, device in enumerate(self.device_ids)]

    def methodology_rows(self) -> list[dict[str, Any]]:
        """The Toolkit seed (services/toolkit_seed), as a coordinator would have loaded it."""
        rows = []
        for i, item in enumerate(toolkit_entries()):
            rows.append({
                "id": item["id"], "name": item["name"], "aim": item["aim"],
                "summary": item["summary"],
                "steps": item["steps"], "duration_minutes": item["duration_minutes"],
                "group_size": item["group_size"], "materials": item["materials"],
                "tips": item["tips"], "source_network": item["source_network"],
                "priorities": encode_priorities(item["priorities"]),
                **self.clocks.sync(Methodology, 0, self.setup + dt.timedelta(days=10, hours=i)),
            })
        return rows

    def finish_person(self, person: _Person) -> dict[str, Any]:
        """Birth year, consents and clocks, now that the person's first event is known."""
        rng = self.rng
        row = person.row
        event = person.first_event
        created = person.first_at or dt.datetime(self.size.first_year, 1, 15, 9)
        lowest, highest = BIRTH_YEARS[PersonCategory(person.category)]
        highest = min(highest, created.year - 16)
        row["birth_year"] = rng.randint(min(lowest, highest), highest) if rng.random() < 0.85 \
            else None
        consent_at, by = created, ONLINE_FORM
        if event is not None and event.staff and rng.random() < 0.45:
            by = rng.choice(event.staff)  # given on paper at the registration desk
        if created < dt.datetime(2020, 3, 1):
            # People met before EC-NET gave consent again when the evaluation started.
            consent_at = dt.datetime(2020, 3, 2, 9) + dt.timedelta(
                minutes=rng.randint(0, 480 * 24 * 60))
            by = CONSENT_RENEWAL
        # Everyone consented to processing (nobody is checked in without it); 3 % refused
        # photos and lists outright. The draws are as before, so the rest of the demo is too.
        processing = True
        others = rng.random() < 0.97
        for consent, share in (("processing", 1.0), ("photos", 0.82), ("lists", 0.9)):
            given = (others and rng.random() < share) or consent == "processing"
            row[f"consent_{consent}_at"] = consent_at if given else None
            row[f"consent_{consent}_version"] = CONSENT_VERSION if given else ""
            row[f"consent_{consent}_by"] = by if given else ""
        row["search_text"] = search_key(row["given_name"], row["family_name"],
                                        person.org_name, row["town"])
        row["sort_key"] = sort_key(row["given_name"], row["family_name"])
        device = event.device if event is not None else 0
        row.update(self.clocks.sync(Person, device, created))
        if consent_at != created and processing:
            # The later consent is an edit of its own, made at the coordinator's office.
            late = self.clocks.stamp(0, consent_at)
            clocks = {k: late for k in Person.synced_fields() if k.startswith("consent_")}
            row.update(clocks=json.dumps(clocks, sort_keys=True), updated=late,
                       device_id=self.device_ids[0])
        return row

    def session_rows(self, event: _Event) -> list[dict[str, Any]]:
        planned = dt.datetime.combine(event.start, dt.time(11)) - dt.timedelta(days=30)
        return [{
            "id": s.id, "event_id": event.id, "title": s.title, "start": s.start, "end": s.end,
            "room": s.room, "kind": s.kind, "methodology_id": s.methodology_id,
            "facilitator_id": s.facilitator.id if s.facilitator else None,
            "priorities": s.priorities,
            **self.clocks.sync(EventSession, 0, planned + dt.timedelta(minutes=i)),
        } for i, s in enumerate(event.sessions)]

    def registration_rows(self, event: _Event) -> list[dict[str, Any]]:
        return [{
            "id": registration_id(r.person.id, event.id), "person_id": r.person.id,
            "event_id": event.id, "role": r.role, "status": r.status,
            "invited_by_town": r.invited_by,
            **self.clocks.sync(Registration, event.device, r.at),
        } for r in event.registrations]

    def attendance_rows(self, event: _Event) -> list[dict[str, Any]]:
        rng = self.rng
        slots: dict[int, list[_Session]] = {}
        for session in event.sessions:
            slots.setdefault(session.slot, []).append(session)
        device = self.device_ids[event.device]
        rows: list[dict[str, Any]] = []
        for reg in event.registrations:
            if reg.absent or reg.status == RegistrationStatus.CANCELLED:
                continue
            keen = 0.98 if reg.role != RegistrationRole.PARTICIPANT else rng.uniform(0.82, 1.0)
            for lane in slots.values():
                own = [s for s in lane if s.facilitator is reg.person]
                session = own[0] if own else rng.choice(lane)
                if reg.role == RegistrationRole.INTERPRETER and session.kind not in (
                        SessionKind.PLENARY, SessionKind.PANEL):
                    continue
                if not own and rng.random() >= keen * KIND_TURNOUT[SessionKind(session.kind)]:
                    continue
                if session.method == AttendanceMethod.PAPER_SHEET:
                    # Signed sheets are typed in after the session, from the paper.
                    checked = session.start
                    moment = session.end + dt.timedelta(hours=1, seconds=len(rows))
                else:
                    checked = max(reg.at + dt.timedelta(minutes=1), session.start
                                  + dt.timedelta(seconds=rng.randint(-1200, 1500)))
                    moment = checked
                present = rng.random() >= 0.004  # a check-in undone at the desk
                rows.append({
                    "id": attendance_id(reg.person.id, session.id), "person_id": reg.person.id,
                    "session_id": session.id, "present": present, "checked_at": checked,
                    "method": session.method, "recorded_by_device": device,
                    **self.clocks.sync(Attendance, event.device,
                                       moment if present else moment + dt.timedelta(minutes=2)),
                })
        return rows

    def note_rows(self, event: _Event) -> list[dict[str, Any]]:
        rng = self.rng
        cw = self.country(event.country)
        english = self.words.notes["en"]
        local = self.words.notes["local"].get(cw.language, {})
        town = cw.latin(event.town) if event.international else event.town
        authors = event.staff or [r.person.display for r in event.registrations[:1]]
        rows = []

        def note(kind: str, session: _Session | None, priorities: str, at: dt.datetime) -> None:
            texts = english[kind]
            language = "en"
            if not event.international and kind in local and rng.random() < 0.8:
                texts, language = local[kind], cw.language
            publishable = rng.random() < {"minutes": 0.0, "observation": 0.1, "outcome": 0.7,
                                          "recommendation": 0.8, "quote": 0.5}[kind]
            # The author field holds a role, never a name (the compendia print no names);
            # the same draws as before keep the rest of the demo unchanged.
            by_facilitator = bool(session and session.facilitator and rng.random() < 0.3)
            if not by_facilitator:
                rng.choice(authors)
            author = "facilitator" if by_facilitator else "rapporteur"
            template = rng.choice(texts)
            rows.append({
                "id": self.uid(), "event_id": event.id,
                "session_id": session.id if session else None, "kind": kind,
                "text": template.format(town=town, country=country_names.name(event.country)),
                "priorities": priorities, "language": language, "author": author,
                "publishable": publishable,
                **_recommendation(kind, texts.index(template), len(texts), priorities),
                **self.clocks.sync(Note, event.device, at),
            })

        for session in event.sessions:
            if session.kind == SessionKind.CULTURAL and rng.random() < 0.7:
                continue
            after = session.end + dt.timedelta(minutes=rng.randint(5, 120))
            if rng.random() < 0.75:
                note(NoteKind.MINUTES.value, session, "", after)
            extra = ["observation", "outcome", "recommendation", "quote"]
            for kind in rng.sample(extra, rng.choices([0, 1, 2], [35, 45, 20])[0]):
                note(kind, session, session.priorities,
                     after + dt.timedelta(minutes=rng.randint(1, 30)))
        closing = dt.datetime.combine(event.end, dt.time(18))
        for kind in rng.sample(["outcome", "recommendation"], rng.randint(1, 2)):
            note(kind, None, event.row["priorities"],
                 closing + dt.timedelta(days=1, minutes=rng.randint(0, 600)))
        return rows

    # -- interviews -----------------------------------------------------------------------------

    def write_interviews(self, out: _Writer) -> None:
        rng = self.rng
        spec = self.words.interviews
        guides: list[tuple[str, str, list[tuple[str, dict[str, Any]]]]] = []
        guide_rows, question_rows = [], []
        for g, guide in enumerate(spec["guides"]):
            gid = self.uid()
            moment = self.setup + dt.timedelta(days=20, hours=g)
            guide_rows.append({
                "id": gid, "title": guide["title"], "description": guide["description"],
                "languages": guide["languages"],
                **self.clocks.sync(InterviewGuide, 0, moment),
            })
            questions = []
            for position, q in enumerate(guide["questions"], start=1):
                qid = self.uid()
                choices = spec["likert"] if q["type"] == QuestionType.LIKERT else q.get(
                    "choices", [])
                question_rows.append({
                    "id": qid, "guide_id": gid, "position": position, "section": q["section"],
                    "type": QuestionType(q["type"]).value, "required": bool(q["required"]),
                    "text": json.dumps(q["text"], ensure_ascii=False, sort_keys=True),
                    "choices": json.dumps(choices, ensure_ascii=False, sort_keys=True),
                    **self.clocks.sync(Question, 0, moment + dt.timedelta(minutes=position)),
                })
                questions.append((qid, q))
            guides.append((gid, guide["audience"], questions))
        out.add_all(InterviewGuide, guide_rows)
        out.add_all(Question, question_rows)
        by_audience = {audience: (gid, qs) for gid, audience, qs in guides}
        weights = [len(e.registrations) * (3 if e.international else 1) for e in self.events]
        # In chunks: a chunk's answers can only be written once its interviews are.
        for first in range(1, self.size.interviews + 1, BATCH):
            interviews: list[dict[str, Any]] = []
            answers: list[dict[str, Any]] = []
            for number in range(first, min(first + BATCH, self.size.interviews + 1)):
                event = rng.choices(self.events, weights)[0]
                interview, audience = self.interview_row(event, number)
                gid, questions = by_audience[audience]
                interview["guide_id"] = gid
                moment = dt.datetime.combine(interview["date"], dt.time(rng.randint(9, 18)))
                interview.update(self.clocks.sync(Interview, event.device, moment))
                interviews.append(interview)
                answers += self.answer_rows(interview, questions, event.device, moment)
            out.add_all(Interview, interviews)
            out.add_all(Answer, answers)

    def interview_row(self, event: _Event, number: int) -> tuple[dict[str, Any], str]:
        rng = self.rng
        ages = self.words.interviews["age_bands"]
        if event.international and rng.random() < 0.5:
            date = event.start + dt.timedelta(days=rng.randrange(event.days))
        else:
            date = event.end + dt.timedelta(days=rng.randint(1, 45))
        came = event.attendees
        row: dict[str, Any] = {
            "id": self.uid(), "event_id": event.id if rng.random() < 0.88 else None,
            "person_id": None, "respondent_code": "", "respondent_category": "",
            "respondent_country": "", "respondent_age_band": "",
            "interviewer": rng.choice(event.staff or ["EC-NET research team"]), "date": date,
        }
        if came and rng.random() < 0.6:
            person = rng.choice(came)
            institutional = person.category in (PersonCategory.POLICY_MAKER,
                                                 PersonCategory.PUBLIC_OFFICER)
            audience = "institutions" if institutional and rng.random() < 0.7 else "participants"
            born = person.row.get("birth_year")
            row.update(person_id=person.id, respondent_category=person.category,
                       respondent_country=person.country,
                       respondent_age_band=_age_band(ages, date.year - born) if born else "")
        else:
            audience = "anonymous" if rng.random() < 0.7 else "participants"
            country = rng.choice(event.slots).country
            row.update(respondent_code=f"R-{country}-{number:05d}",
                       respondent_category=rng.choices(
                           list(CATEGORIES), list(CATEGORIES.values()))[0].value,
                       respondent_country=country, respondent_age_band=rng.choice(ages))
        completed = rng.random() < 0.9
        row["status"] = (InterviewStatus.COMPLETED if completed else InterviewStatus.DRAFT).value
        row["consent"] = completed or rng.random() < 0.7
        return row, audience

    def answer_rows(self, interview: dict[str, Any],
                    questions: list[tuple[str, dict[str, Any]]], device: int,
                    moment: dt.datetime) -> list[dict[str, Any]]:
        rng = self.rng
        rows = []
        stop = len(questions) if interview["status"] == InterviewStatus.COMPLETED \
            else rng.randint(1, len(questions) - 1)
        lean = respondent_lean(interview["respondent_category"], interview["respondent_country"])
        for position, (qid, q) in enumerate(questions[:stop]):
            if not q["required"] and rng.random() < 0.12:
                continue
            rows.append({
                "id": answer_id(interview["id"], qid), "interview_id": interview["id"],
                "question_id": qid,
                "value": answer_value(rng, q, lean, interview["respondent_country"]),
                **self.clocks.sync(Answer, device, moment + dt.timedelta(minutes=2 * position)),
            })
        return rows

# Title, level and addressee of the demo recommendations, in the order of notes.json "en".
RECOMMENDATIONS = (
    ("Involve citizens in planning twinning", "local", "Town councils and twinning committees"),
    ("Budget for interpretation at local events", "local", "Municipalities hosting events"),
    ("Small grants for youth-led follow-up", "european", "Europe for Citizens programme"),
    ("Evaluate with participants", "european", "Networks of towns and the programme"),
    ("Blend online and in-person formats", "national", "National contact points"),
    ("Answer Euroscepticism with local listening", "local", "Mayors and councillors"),
    ("A mandate for local working groups", "local", "Town halls"),
)
_NO_NOTE: dict[str, Any] = {"title": "", "level": None, "addressee": "", "related": "[]"}


def _recommendation(kind: str, template: int, templates: int, priorities: str
                    ) -> dict[str, Any]:
    """Title, level and addressee of a recommendation drawn from the ``template``-th text.

    No random draw here, so the rest of the demo stays exactly as it was before.
    """
    if kind != NoteKind.RECOMMENDATION.value or templates != len(RECOMMENDATIONS):
        return dict(_NO_NOTE)
    title, level, addressee = RECOMMENDATIONS[template]
    # Every recommendation answers at least one programme priority.
    return {"title": title, "level": level, "addressee": addressee, "related": "[]",
            "priorities": priorities or Priority.ACTIVE_CITIZENSHIP.value}


def _link_similar(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Link each recommendation to the one before and after it with the same title, when
    those come from other events."""
    by_title: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["kind"] == NoteKind.RECOMMENDATION.value and row["title"]:
            by_title.setdefault(row["title"], []).append(row)
    for group in by_title.values():
        for i, row in enumerate(group):
            # Neighbours in the list, both ways: links are symmetric.
            others = [o["id"] for o in group[max(0, i - 1):i + 2] if o is not row
                      and o["event_id"] != row["event_id"]]
            row["related"] = json.dumps(sorted(others))
    return rows


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Whole numbers in proportion to the weights that add up to total (largest remainder)."""
    shares = [total * w / sum(weights) for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _working_day(day: dt.date) -> bool:
    """Not a Sunday, not August, not the Christmas holidays: when local groups meet."""
    christmas = (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6)
    return day.weekday() != 6 and day.month != 8 and not christmas


def _cycle(items: Sequence[str], index: int) -> str:
    return items[index % len(items)]


def _some_priorities(rng: random.Random, most: int) -> list[str]:
    return rng.sample([p.value for p in Priority], rng.randint(1, most))


def _age_band(bands: Sequence[str], age: int) -> str:
    for band in bands:
        low, _, high = band.partition("-")
        if high and int(low) <= age <= int(high):
            return band
        if not high and age >= int(low.rstrip("+")):
            return band
    return ""
