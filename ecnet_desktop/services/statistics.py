"""The grant figures and the one definition of "participant" that every figure uses.

Definition (the dashboard, the event report, the project summary workbook and the command line
all count with this module, so their numbers agree with each other and with the attendance
matrix of the Check-in section):

* **Present at an event**: a person has at least one *present* attendance (not deleted) in a
  live session of the event. Being registered is not enough: only people on a signed list or
  checked in count for the grant. Cancelled or no-show registrations do not matter once the
  person was in fact checked in.
* **Participant**: present at the event with the registration role *participant*, *speaker*
  or *facilitator*, or present without a registration (a walk-in; check-in registers them as
  participants anyway). Facilitators and speakers take part in the event's work, so they are
  direct participants.
* **Staff** and **interpreters** (registration roles *staff* and *interpreter*) are present
  but counted apart: they serve the event and are not direct participants.
* **Unique participants** of the project: each person counts once, however many events and
  sessions they attended; someone who was a participant at any event in the chosen scope is
  a participant of the project. **Participations** count person × event, **attendances**
  count person × session (the ticks of the attendance matrix).
* **Merged duplicates** count once: a merge moves the duplicate's registrations and
  attendance to the person that stays (``merged_into``), and a person merged into another is
  never counted themselves. Deleted people are never counted.
* **Erased people** (GDPR) still count, anonymously: erasure keeps country and category, so
  those figures stay right; their gender and age band become "unknown".
* **Local / international** per event: international when the person's country differs from
  the event's country; an unknown country on either side counts as local (never as abroad).
  The **one-third rule** of international events: at least one participant in three is
  international (``international * 3 >= participants``).
* **Age band**: the age in the year the event started, from the birth year (years only are
  stored, so an age may be one year high).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import EventKind, Gender, RegistrationRole
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..domain.records import EventRecord, SessionRecord
from ..store.models import Attendance, Event, EventSession, Person, Registration
from .base import ServiceBase, to_record
from .participants import is_international
from .project_settings import ProjectSettingsService, ProjectTargets
from .replica import Replica

# -- the definitions as constants ---------------------------------------------------------------

PARTICIPANT_ROLES = frozenset({RegistrationRole.PARTICIPANT.value, RegistrationRole.SPEAKER.value,
                               RegistrationRole.FACILITATOR.value})
STAFF = RegistrationRole.STAFF.value
INTERPRETER = RegistrationRole.INTERPRETER.value
PARTICIPANT = RegistrationRole.PARTICIPANT.value
# Which group a present person is counted in, by registration role ("" = no registration).
GROUP_OF_ROLE: dict[str, str] = {
    **{role: PARTICIPANT for role in PARTICIPANT_ROLES}, "": PARTICIPANT,
    STAFF: STAFF, INTERPRETER: INTERPRETER,
}
# A person in several groups across events is counted in the first of these.
GROUP_ORDER = (PARTICIPANT, STAFF, INTERPRETER)
ONE_THIRD = 3  # international * ONE_THIRD >= participants
FEW_EVENTS = 20  # up to this many events, attendance is read per session (see _figures)
UNKNOWN = ""  # the key of "unknown" in every breakdown (country, gender, age band)

# (key, lowest age, highest age); keys are stable, labels are translated.
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under_18", 0, 17), ("18_30", 18, 30), ("31_50", 31, 50), ("51_65", 51, 65),
    ("over_65", 66, 200),
)
AGE_BAND_LABELS: dict[str, Source] = {
    "under_18": QT_TRANSLATE_NOOP("statistics", "under 18"),
    "18_30": QT_TRANSLATE_NOOP("statistics", "18–30"),
    "31_50": QT_TRANSLATE_NOOP("statistics", "31–50"),
    "51_65": QT_TRANSLATE_NOOP("statistics", "51–65"),
    "over_65": QT_TRANSLATE_NOOP("statistics", "over 65"),
    UNKNOWN: QT_TRANSLATE_NOOP("statistics", "unknown"),
}
UNKNOWN_LABEL = AGE_BAND_LABELS[UNKNOWN]
GROUP_LABELS: dict[str, Source] = {
    PARTICIPANT: QT_TRANSLATE_NOOP("statistics", "participants"),
    STAFF: QT_TRANSLATE_NOOP("statistics", "staff"),
    INTERPRETER: QT_TRANSLATE_NOOP("statistics", "interpreters"),
}


def age_band(birth_year: int | None, on: dt.date) -> str:
    """The age band key of someone born in ``birth_year`` in the year of ``on``."""
    if birth_year is None:
        return UNKNOWN
    age = on.year - birth_year
    for key, low, high in AGE_BANDS:
        if low <= age <= high:
            return key
    return UNKNOWN


def group_of(role: str) -> str:
    """participant, staff or interpreter for a registration role ("" = not registered)."""
    return GROUP_OF_ROLE.get(role, PARTICIPANT)


def gender_key(gender: str | None) -> str:
    """The stored gender, or "" (unknown) when missing or not given."""
    if not gender or gender == Gender.UNSPECIFIED.value:
        return UNKNOWN
    return gender


Counts = tuple[tuple[str, int], ...]


def ranked(counter: Counter[str] | dict[str, int]) -> Counts:
    """(key, count) pairs, most first, then by key; "unknown" always last."""
    items = sorted(((k, v) for k, v in counter.items() if k != UNKNOWN),
                   key=lambda kv: (-kv[1], kv[0]))
    if counter.get(UNKNOWN):
        items.append((UNKNOWN, counter[UNKNOWN]))
    return tuple(items)


def in_order(counter: Counter[str] | dict[str, int], keys: Iterable[str]) -> Counts:
    """(key, count) for every key in a fixed order (age bands), zeros included."""
    return tuple((k, counter.get(k, 0)) for k in keys)


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    """One person present at one event, with what the figures need (no names)."""

    person_id: str
    role: str  # registration role; "" without a (live) registration
    group: str  # participant, staff or interpreter
    country: str
    category: str
    gender: str  # "" when unknown
    age_band: str  # "" when unknown
    international: bool
    sessions: int  # sessions of the event they were present at
    first_present: dt.datetime  # start of the first session they were present at


@dataclass(frozen=True)
class SessionCount:
    """A session of the event and how many were present (all groups, and participants)."""

    session: SessionRecord
    present: int
    participants: int


@dataclass(frozen=True)
class EventFigures:
    """Everything counted for one event."""

    event: EventRecord
    sessions: tuple[SessionCount, ...]  # by start
    attendees: tuple[Attendee, ...]  # everyone present, by person id

    def group(self, group: str) -> tuple[Attendee, ...]:
        return tuple(a for a in self.attendees if a.group == group)

    # Cached: read many times per event (counts, shares, the one-third rule); the figures
    # are immutable, so the first answer stays right.
    @cached_property
    def participants(self) -> tuple[Attendee, ...]:
        return self.group(PARTICIPANT)

    @property
    def staff(self) -> int:
        return len(self.group(STAFF))

    @property
    def interpreters(self) -> int:
        return len(self.group(INTERPRETER))

    @property
    def present(self) -> int:
        """People present at least once, all groups (the matrix rows with a tick)."""
        return len(self.attendees)

    @property
    def attendances(self) -> int:
        """Present ticks of every group (the matrix's total)."""
        return sum(s.present for s in self.sessions)

    @property
    def participant_attendances(self) -> int:
        return sum(s.participants for s in self.sessions)

    @property
    def international(self) -> int:
        return sum(1 for a in self.participants if a.international)

    @property
    def local(self) -> int:
        return len(self.participants) - self.international

    @property
    def international_share(self) -> float:
        return self.international / len(self.participants) if self.participants else 0.0

    @property
    def is_international_event(self) -> bool:
        return self.event.kind == EventKind.INTERNATIONAL.value

    @property
    def one_third_met(self) -> bool:
        """At least one participant in three from abroad (and anyone there at all)."""
        count = len(self.participants)
        return count > 0 and self.international * ONE_THIRD >= count

    def by_country(self) -> tuple[tuple[str, int, int], ...]:
        """(country, local, international) of the participants, most first."""
        local: Counter[str] = Counter()
        abroad: Counter[str] = Counter()
        for a in self.participants:
            (abroad if a.international else local)[a.country] += 1
        total = local + abroad
        return tuple((code, local[code], abroad[code]) for code, _ in ranked(total))

    def by_category(self) -> Counts:
        return ranked(Counter(a.category for a in self.participants))

    def by_gender(self) -> Counts:
        return ranked(Counter(a.gender for a in self.participants))

    def by_age_band(self) -> Counts:
        return in_order(Counter(a.age_band for a in self.participants),
                        [k for k, _, _ in AGE_BANDS] + [UNKNOWN])


@dataclass(frozen=True)
class ProjectPerson:
    """One person counted once for the whole project (or the chosen kind of event)."""

    person_id: str
    group: str
    country: str
    category: str
    gender: str
    age_band: str  # at their first event as a participant (or in their group)
    first_present: dt.datetime
    events: int  # events where they were in this group


@dataclass(frozen=True)
class MonthCount:
    month: str  # "2021-05"
    new_participants: int  # first present as a participant in this month
    cumulative_participants: int
    participant_attendances: int  # participants' ticks in sessions of this month


@dataclass(frozen=True)
class ProjectFigures:
    """The whole project (or the events of one kind) against its targets."""

    targets: ProjectTargets
    kind: str | None  # None: every kind of event
    events: tuple[EventFigures, ...]  # by start date
    people: tuple[ProjectPerson, ...]  # everyone present somewhere, by person id

    def group(self, group: str) -> tuple[ProjectPerson, ...]:
        return tuple(p for p in self.people if p.group == group)

    @cached_property
    def participants(self) -> tuple[ProjectPerson, ...]:
        return self.group(PARTICIPANT)

    @property
    def participations(self) -> int:
        """Participant × event."""
        return sum(len(e.participants) for e in self.events)

    @property
    def attendances(self) -> int:
        """Every present tick, all groups (the sum of the events' matrices)."""
        return sum(e.attendances for e in self.events)

    @property
    def participant_attendances(self) -> int:
        return sum(e.participant_attendances for e in self.events)

    @property
    def international_events_held(self) -> int:
        """International events with at least one participant present."""
        return sum(1 for e in self.events if e.is_international_event and e.participants)

    @property
    def events_held(self) -> int:
        return sum(1 for e in self.events if e.participants)

    @property
    def countries(self) -> tuple[str, ...]:
        """The participants' countries (known ones), sorted."""
        return tuple(sorted({p.country for p in self.participants if p.country}))

    @property
    def staff(self) -> int:
        return len(self.group(STAFF))

    @property
    def interpreters(self) -> int:
        return len(self.group(INTERPRETER))

    def by_country(self) -> Counts:
        return ranked(Counter(p.country for p in self.participants))

    def by_category(self) -> Counts:
        return ranked(Counter(p.category for p in self.participants))

    def by_gender(self) -> Counts:
        return ranked(Counter(p.gender for p in self.participants))

    def by_age_band(self) -> Counts:
        return in_order(Counter(p.age_band for p in self.participants),
                        [k for k, _, _ in AGE_BANDS] + [UNKNOWN])

    def by_month(self) -> tuple[MonthCount, ...]:
        """New and cumulative unique participants, and participants' ticks, per month."""
        new: Counter[str] = Counter(_month(p.first_present) for p in self.participants)
        ticks: Counter[str] = Counter()
        for e in self.events:
            for s in e.sessions:
                ticks[_month(s.session.start)] += s.participants
        months = sorted(m for m in set(new) | set(ticks) if new[m] or ticks[m])
        result: list[MonthCount] = []
        running = 0
        for month in months:
            running += new[month]
            result.append(MonthCount(month, new[month], running, ticks[month]))
        return tuple(result)


def _month(moment: dt.date) -> str:
    """"2021-05": what strftime("%Y-%m") gives, several times faster on 35,000 people."""
    return f"{moment.year:04d}-{moment.month:02d}"


# -- the service --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PersonFacts:
    country: str
    category: str
    gender: str
    birth_year: int | None


class StatisticsService(ServiceBase):
    """Counts by the definitions above; read-only, one transaction per call."""

    def __init__(self, replica: Replica, project: ProjectSettingsService | None = None) -> None:
        super().__init__(replica)
        self.project = project or ProjectSettingsService(self.replica)

    def event_figures(self, event_id: str, progress: Progress | None = None) -> EventFigures:
        with self.sessions() as s:
            event = to_record(self._live(s, Event, event_id, "event_id"), EventRecord)
            return self._figures(s, [event], progress)[0]

    def project_figures(self, kind: str | None = None,
                        progress: Progress | None = None) -> ProjectFigures:
        """Every live event (or those of one kind) and the people counted once."""
        targets = self.project.targets()
        with self.sessions() as s:
            query = select(Event).where(Event.deleted.is_(False))
            if kind:
                query = query.where(Event.kind == EventKind(kind).value)
            events = [to_record(e, EventRecord) for e in s.scalars(
                query.order_by(Event.start_date, Event.title, Event.id))]
            figures = self._figures(s, events, progress)
        return ProjectFigures(targets, kind, tuple(figures), _project_people(figures))

    # -- counting ------------------------------------------------------------------------------

    def _figures(self, s: Session, events: list[EventRecord],
                 progress: Progress | None) -> list[EventFigures]:
        progress = progress or Progress()
        wanted = {e.id for e in events}
        live_sessions = select(EventSession.id).where(EventSession.deleted.is_(False),
                                                      EventSession.event_id.in_(sorted(wanted)))
        progress.step(0, 3 + len(events), "")
        sessions: dict[str, list[SessionRecord]] = {e.id: [] for e in events}
        for row in s.scalars(select(EventSession).where(EventSession.deleted.is_(False))
                             .order_by(EventSession.start, EventSession.title,
                                       EventSession.id)):
            if row.event_id in wanted:
                sessions[row.event_id].append(to_record(row, SessionRecord))
        session_event = {x.id: event_id for event_id, xs in sessions.items() for x in xs}
        progress.step(1, 3 + len(events), "")
        # The matrix's rule: present, not deleted, person neither deleted nor merged away.
        live_people = set(s.scalars(select(Person.id).where(
            Person.deleted.is_(False), Person.merged_into_id.is_(None))))
        query = select(Attendance.person_id, Attendance.session_id).where(
            Attendance.present.is_(True), Attendance.deleted.is_(False))
        if len(events) <= FEW_EVENTS:
            # A few events: their sessions' rows through the index. Many: one sequential
            # scan, several times faster on L than half a million index lookups.
            query = query.where(Attendance.session_id.in_(live_sessions))
        ticks: dict[str, set[str]] = {sid: set() for sid in session_event}
        for person_id, session_id in s.execute(query):
            found = ticks.get(session_id)
            if found is not None and person_id in live_people:
                found.add(person_id)
        progress.step(2, 3 + len(events), "")
        roles: dict[tuple[str, str], str] = {}
        for person_id, event_id, role in s.execute(
                select(Registration.person_id, Registration.event_id, Registration.role)
                .where(Registration.deleted.is_(False),
                       Registration.event_id.in_(sorted(wanted)))):
            if event_id in wanted:
                roles[(person_id, event_id)] = role
        people_ids = sorted(set().union(*ticks.values())) if ticks else []
        facts: dict[str, _PersonFacts] = {}
        for start in range(0, len(people_ids), 500):
            for pid, country, category, gender, birth_year in s.execute(
                    select(Person.id, Person.country, Person.category, Person.gender,
                           Person.birth_year).where(Person.id.in_(people_ids[start:start + 500]))):
                facts[pid] = _PersonFacts(country or "", category or "", gender_key(gender),
                                          birth_year)
        progress.step(3, 3 + len(events), "")
        result: list[EventFigures] = []
        for n, e in enumerate(events, start=1):
            result.append(_event_figures(e, sessions[e.id], ticks, roles, facts))
            if n % 10 == 0 or n == len(events):  # the bar moves and Cancel is heard on L
                progress.step(3 + n, 3 + len(events), "")
        return result


def _event_figures(event: EventRecord, sessions: list[SessionRecord],
                   ticks: dict[str, set[str]], roles: dict[tuple[str, str], str],
                   facts: dict[str, _PersonFacts]) -> EventFigures:
    count: Counter[str] = Counter()
    first: dict[str, dt.datetime] = {}
    for session in sessions:  # by start, so the first seen is the first present
        for pid in ticks[session.id]:
            count[pid] += 1
            first.setdefault(pid, session.start)
    attendees: list[Attendee] = []
    for pid in sorted(count):
        role = roles.get((pid, event.id), "")
        f = facts[pid]
        attendees.append(Attendee(
            person_id=pid, role=role, group=group_of(role), country=f.country,
            category=f.category, gender=f.gender, age_band=age_band(f.birth_year,
                                                                    event.start_date),
            international=is_international(f.country, event.country), sessions=count[pid],
            first_present=first[pid]))
    group = {a.person_id: a.group for a in attendees}
    counts = tuple(
        SessionCount(x, len(ticks[x.id]),
                     sum(1 for pid in ticks[x.id] if group[pid] == PARTICIPANT))
        for x in sessions)
    return EventFigures(event, counts, tuple(attendees))


def _project_people(events: Iterable[EventFigures]) -> tuple[ProjectPerson, ...]:
    """Each person once, in the first group of GROUP_ORDER they were in at any event."""
    seen: dict[str, list[Attendee]] = {}
    for e in events:
        for a in e.attendees:
            seen.setdefault(a.person_id, []).append(a)
    people: list[ProjectPerson] = []
    for pid in sorted(seen):
        entries = seen[pid]
        group = min((a.group for a in entries), key=GROUP_ORDER.index)
        mine = sorted((a for a in entries if a.group == group), key=lambda a: a.first_present)
        first = mine[0]
        people.append(ProjectPerson(pid, group, first.country, first.category, first.gender,
                                    first.age_band, first.first_present, len(mine)))
    return tuple(people)
