"""The check-in desk: find people fast, check them in by name or badge, live counters, and the
people × sessions attendance matrix for marking signed paper sheets afterwards."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, select
from sqlalchemy.orm import Session

from ..domain import badges
from ..domain.collation import person_order
from ..domain.enums import AttendanceMethod, EventKind, RegistrationRole, RegistrationStatus
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, msg
from ..domain.ids import attendance_id, registration_id
from ..domain.records import (
    AttendanceRecord,
    EventRecord,
    PersonRecord,
    RegistrationRecord,
    SessionRecord,
)
from ..domain.text import fold
from ..store.database import now_utc
from ..store.models import Attendance, Event, EventSession, Organisation, Person, Registration
from .base import ServiceBase, to_record
from .consent import require_processing_consent
from .participants import is_international
from .registrations import AttendanceService, RegistrationService
from .search_index import TRIGRAM, narrow

# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskRow:
    """One person in the desk's results, as the facilitator sees them for the chosen session."""

    person: PersonRecord
    registered: bool  # a live registration for the event with status "registered"
    present: bool  # checked in for the session
    role: str  # registration role; "" without a registration
    status: str = ""  # registration status; "" without a registration
    checked_at: dt.datetime | None = None  # UTC, when present


@dataclass(frozen=True)
class CheckinResult:
    """What one check-in did, with what undo needs to put back."""

    event_id: str
    session_id: str
    person: PersonRecord
    attendance: AttendanceRecord
    method: str
    already_present: bool  # nothing changed: they were checked in before
    registration_before: RegistrationRecord | None  # the registration before (None: none)
    registration_changed: bool  # registered (or set back to "registered") by this check-in


class ScanProblem(StrEnum):
    NOT_A_BADGE = "not_a_badge"
    UNREADABLE = "unreadable"
    UNKNOWN_PERSON = "unknown_person"
    OTHER_EVENT = "other_event"


@dataclass(frozen=True)
class ScanResult:
    """A scanned badge: either a check-in, or the problem and a message saying what to do."""

    message: Message
    checkin: CheckinResult | None = None
    problem: ScanProblem | None = None

    @property
    def ok(self) -> bool:
        return self.checkin is not None


@dataclass(frozen=True)
class SessionCounters:
    """Live figures for one session (international: from another country than the host)."""

    session_id: str
    event_kind: str
    host_country: str
    present: int
    registered: int  # registrations of the event with status "registered"
    per_country: tuple[tuple[str, int], ...]  # (ISO code or "", present), most first
    local: int
    international: int

    @property
    def international_share(self) -> float:
        return self.international / self.present if self.present else 0.0

    @property
    def below_one_third(self) -> bool:
        """The grant's rule: at an international event, at least a third come from abroad."""
        return (self.event_kind == EventKind.INTERNATIONAL.value and self.present > 0
                and self.international * 3 < self.present)


@dataclass(frozen=True)
class MatrixRow:
    person: PersonRecord
    registered: bool
    present: tuple[bool, ...]  # one per session, in the matrix's column order

    @property
    def total(self) -> int:
        return sum(self.present)


@dataclass(frozen=True)
class AttendanceMatrix:
    """People (registered or present somewhere) × the event's sessions."""

    event: EventRecord
    sessions: tuple[SessionRecord, ...]
    rows: tuple[MatrixRow, ...]

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(row.present[c] for row in self.rows) for c in range(len(self.sessions)))

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


# -- messages -----------------------------------------------------------------------------------

CHECKED_IN = QT_TRANSLATE_NOOP("checkin", "{name} is checked in.")
ALREADY_PRESENT = QT_TRANSLATE_NOOP("checkin", "{name} was already checked in.")
NOT_A_BADGE = QT_TRANSLATE_NOOP("checkin", "This is not an EC-NET badge code.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "checkin", "This badge code cannot be read (damaged or mistyped). Search by name instead.")
UNKNOWN_PERSON = QT_TRANSLATE_NOOP(
    "checkin", "This badge belongs to nobody in this database. Search by name, or register "
    "the person as a walk-in.")
OTHER_EVENT = QT_TRANSLATE_NOOP(
    "checkin", "This badge is for another event: “{title}”. Search by name to check the "
    "person in here.")
UNKNOWN_EVENT = QT_TRANSLATE_NOOP(
    "checkin", "This badge is for an event that is not in this database. Search by name to "
    "check the person in here.")
WRONG_SESSION = QT_TRANSLATE_NOOP("checkin", "The session “{title}” is not part of this event.")


# -- search helpers -----------------------------------------------------------------------------


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(word: str) -> ColumnElement[bool]:
    return Person.search_text.like(f"%{_escape_like(word)}%", escape="\\")


def _word_starts(word: str) -> ColumnElement[bool]:
    """Some word of the search text starts with ``word`` (short queries: "lu" finds Lučić)."""
    spaced: ColumnElement[str] = literal(" ") + Person.search_text
    return spaced.like(f"% {_escape_like(word)}%", escape="\\")


def _prefix_range(column: Any, word: str) -> ColumnElement[bool]:
    """column starts with word, written as a range so SQLite can use the column's index."""
    return and_(column >= word, column < word + "\U0010ffff")


def _live_person() -> ColumnElement[bool]:
    return and_(Person.deleted.is_(False), Person.merged_into_id.is_(None),
                Person.erased.is_(False))


def _person(row: Person, org: Organisation | None) -> PersonRecord:
    return to_record(row, PersonRecord, organisation_name=org.name if org else "")


_PERSON_COLUMNS = [Person.__table__.c[f.name] for f in dataclasses.fields(PersonRecord)
                   if f.name != "organisation_name"]


@functools.cache
def _people_select() -> Any:
    """People as plain rows with their organisation's name: on every keystroke, loading
    full ORM objects would cost more than the query itself. Built once (statements are
    immutable; each search adds its own conditions to a copy)."""
    return (select(*_PERSON_COLUMNS,
                   func.coalesce(Organisation.name, "").label("organisation_name"))
            .select_from(Person)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(_live_person()))


def _record(row: Any) -> PersonRecord:
    return PersonRecord(**row._mapping)


class CheckinService(ServiceBase):
    """Use cases of the check-in desk; one transaction per call, records out."""

    def __init__(self, replica: Any) -> None:
        super().__init__(replica)
        self.attendance = AttendanceService(replica)
        self.registrations = RegistrationService(replica)

    # -- the session -----------------------------------------------------------------------

    def default_session(self, event_id: str, now: dt.datetime) -> SessionRecord | None:
        """The session running at ``now``, else the next one, else the event's last one."""
        with self.sessions() as s:
            self._live(s, Event, event_id, "event_id")
            rows = s.scalars(
                select(EventSession)
                .where(EventSession.event_id == event_id, EventSession.deleted.is_(False))
                .order_by(EventSession.start, EventSession.title, EventSession.id)
            ).all()
            sessions = [to_record(r, SessionRecord) for r in rows]
        if not sessions:
            return None
        running = [x for x in sessions if x.start <= now < x.end]
        if running:
            # Of two sessions running side by side, the one that started last is the one
            # people are arriving for now.
            return running[-1]
        upcoming = [x for x in sessions if x.start > now]
        return upcoming[0] if upcoming else sessions[-1]

    # -- search ----------------------------------------------------------------------------

    def search(self, event_id: str, session_id: str | None, text: str,
               limit: int = 50, language: str = "") -> list[DeskRow]:
        """People registered for the event first, then anyone else, each part by name in
        ``language``'s alphabet.

        Diacritics are folded ("lukasz" finds Łukasz) over name, organisation and town. Words
        of three letters or more use the trigram index where there is one; one or two letters
        find people whose name (or, for the registered, any word) starts with them.
        """
        words = fold(text).split()
        with self.sessions() as s:
            registered = (select(Registration.person_id).where(
                Registration.event_id == event_id, Registration.deleted.is_(False),
                Registration.status == RegistrationStatus.REGISTERED.value))
            query = _people_select().where(Person.id.in_(registered))
            for word in words:
                query = query.where(_word_starts(word) if len(word) < TRIGRAM
                                    else _contains(word))
            found = sorted((_record(r) for r in s.execute(
                query.order_by(Person.sort_key, Person.id).limit(limit))),
                key=lambda p: person_order(p, language))
            room = limit - len(found)
            if words and room > 0:
                found += self._others(s, words, registered, room, language)
            # Only the rows shown: reading the whole event's registrations and attendance
            # on every keystroke would cost more than the search.
            ids = [p.id for p in found]
            registrations = {pid: (role, status) for pid, role, status in s.execute(
                select(Registration.person_id, Registration.role, Registration.status).where(
                    Registration.event_id == event_id, Registration.deleted.is_(False),
                    Registration.person_id.in_(ids)))}
            present = self._present(s, session_id, ids) if session_id and ids else {}
        rows = []
        for person in found:
            role, status = registrations.get(person.id, ("", ""))
            rows.append(DeskRow(
                person=person, registered=status == RegistrationStatus.REGISTERED.value,
                present=person.id in present, role=role, status=status,
                checked_at=present.get(person.id)))
        return rows

    def _others(self, s: Session, words: list[str], registered: Any,
                room: int, language: str) -> list[PersonRecord]:
        """Up to ``room`` people not registered for the event who match every word, in
        ``language``'s order."""
        query = _people_select().where(Person.id.not_in(registered))
        long_words = [w for w in words if len(w) >= TRIGRAM]
        short_words = [w for w in words if len(w) < TRIGRAM]
        query = query.where(*[_contains(w) for w in long_words],
                            *[_word_starts(w) for w in short_words])
        # The index only narrows the rows down; every word is checked again on the row itself
        # (above), so a stale index entry can never show someone who does not match.
        query = narrow(s, query, long_words)
        if long_words:
            return sorted((_record(r) for r in s.execute(
                query.order_by(Person.sort_key, Person.id).limit(room))),
                key=lambda p: person_order(p, language))
        # Only one or two letters typed: family names and given names that start with them,
        # each read in the order of its own index, so each query stops after ``room`` rows
        # instead of sorting thousands.
        first = short_words[0]
        by_family = [_record(r) for r in s.execute(
            query.where(_prefix_range(Person.sort_key, first))
            .order_by(Person.sort_key, Person.id).limit(room))]
        by_given = [_record(r) for r in s.execute(
            query.where(_prefix_range(Person.search_text, first))
            .order_by(Person.search_text, Person.id).limit(room))]
        seen = {p.id for p in by_family}
        merged = by_family + [p for p in by_given if p.id not in seen]
        merged.sort(key=lambda p: person_order(p, language))
        return merged[:room]

    @staticmethod
    def _present(s: Session, session_id: str,
                 person_ids: list[str]) -> dict[str, dt.datetime | None]:
        return dict(s.execute(
            select(Attendance.person_id, Attendance.checked_at).where(
                Attendance.session_id == session_id, Attendance.person_id.in_(person_ids),
                Attendance.present.is_(True), Attendance.deleted.is_(False))).all())

    # -- checking in -----------------------------------------------------------------------

    def check_in(self, event_id: str, session_id: str, person_id: str, *,
                 method: str = AttendanceMethod.DESK.value) -> CheckinResult:
        """Check a person in; someone not registered for the event is registered on the way
        (they came, so they are a participant). Checking in twice changes nothing."""
        with self.sessions() as s:
            session = self._live(s, EventSession, session_id, "session_id")
            if session.event_id != event_id:
                raise UserError(msg(WRONG_SESSION, title=session.title))
            # GDPR: nobody is checked in without a recorded consent to processing their data.
            require_processing_consent(self._live(s, Person, person_id, "person_id"))
            row = s.get(Attendance, attendance_id(person_id, session_id))
            was_present = bool(row and row.present and not row.deleted)
            reg = s.get(Registration, registration_id(person_id, event_id))
            before = to_record(reg, RegistrationRecord) if reg and not reg.deleted else None
        changed = False
        if not was_present and (before is None
                                or before.status != RegistrationStatus.REGISTERED.value):
            self.registrations.register(
                person_id, event_id,
                role=before.role if before else RegistrationRole.PARTICIPANT.value,
                status=RegistrationStatus.REGISTERED.value,
                invited_by_town=before.invited_by_town if before else "")
            changed = True
        try:
            attendance = self.attendance.check_in(person_id, session_id, method=method)
        except UserError:
            if changed:
                self._restore_registration(person_id, event_id, before)
            raise
        with self.sessions() as s:
            person = self._live(s, Person, person_id, "person_id")
            record = _person(person, s.get(Organisation, person.organisation_id or ""))
        return CheckinResult(event_id, session_id, record, attendance, method, was_present,
                             before, changed)

    def undo_check_in(self, result: CheckinResult) -> None:
        """Take back what one check-in did: absent again (a change that travels), and the
        registration as it was."""
        if result.already_present:
            return
        self.attendance.undo_check_in(result.person.id, result.session_id)
        if result.registration_changed:
            self._restore_registration(result.person.id, result.event_id,
                                       result.registration_before)

    def _restore_registration(self, person_id: str, event_id: str,
                              before: RegistrationRecord | None) -> None:
        if before is None:
            self.registrations.unregister(person_id, event_id)
        else:
            self.registrations.register(person_id, event_id, role=before.role,
                                        status=before.status,
                                        invited_by_town=before.invited_by_town)

    def scan(self, event_id: str, session_id: str, payload: str) -> ScanResult:
        """Check in the person a badge names, or say clearly why not."""
        if not badges.looks_like_badge(payload):
            return ScanResult(msg(NOT_A_BADGE), problem=ScanProblem.NOT_A_BADGE)
        code = badges.decode(payload)
        if code is None:
            return ScanResult(msg(UNREADABLE), problem=ScanProblem.UNREADABLE)
        with self.sessions() as s:
            person = self._follow_merges(s, s.get(Person, code.person_id))
            if person is None:
                return ScanResult(msg(UNKNOWN_PERSON), problem=ScanProblem.UNKNOWN_PERSON)
            if code.event_id != event_id:
                other = s.get(Event, code.event_id)
                if other is None or other.deleted:
                    return ScanResult(msg(UNKNOWN_EVENT), problem=ScanProblem.OTHER_EVENT)
                return ScanResult(msg(OTHER_EVENT, title=other.title),
                                  problem=ScanProblem.OTHER_EVENT)
            person_id = person.id
        result = self.check_in(event_id, session_id, person_id,
                               method=AttendanceMethod.BADGE_SCAN.value)
        done = ALREADY_PRESENT if result.already_present else CHECKED_IN
        return ScanResult(msg(done, name=result.person.full_name), checkin=result)

    @staticmethod
    def _follow_merges(s: Session, person: Person | None) -> Person | None:
        """The live person a badge means: a badge printed before two records of one person
        were merged names the record merged away, so follow it to the one that stayed."""
        seen: set[str] = set()
        while person is not None and person.merged_into_id and person.id not in seen:
            seen.add(person.id)
            person = s.get(Person, person.merged_into_id)
        if person is None or person.deleted or person.erased or person.merged_into_id:
            return None
        return person

    # -- counters --------------------------------------------------------------------------

    def counters(self, session_id: str) -> SessionCounters:
        with self.sessions() as s:
            session = self._live(s, EventSession, session_id, "session_id")
            event = self._live(s, Event, session.event_id, "event_id")
            countries = s.scalars(
                select(Person.country).join(Attendance, Attendance.person_id == Person.id)
                .where(Attendance.session_id == session_id, Attendance.present.is_(True),
                       Attendance.deleted.is_(False), Person.deleted.is_(False),
                       Person.merged_into_id.is_(None))).all()
            registered = s.scalar(
                select(func.count()).select_from(Registration)
                .join(Person, Person.id == Registration.person_id)
                .where(Registration.event_id == event.id, Registration.deleted.is_(False),
                       Registration.status == RegistrationStatus.REGISTERED.value,
                       Person.deleted.is_(False), Person.merged_into_id.is_(None)))
            host, kind = event.country, event.kind
        per: dict[str, int] = {}
        international = 0
        for country in countries:
            per[country] = per.get(country, 0) + 1
            international += is_international(country, host)
        return SessionCounters(
            session_id=session_id, event_kind=kind, host_country=host, present=len(countries),
            registered=int(registered or 0),
            per_country=tuple(sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))),
            local=len(countries) - international, international=international)

    # -- the attendance matrix -------------------------------------------------------------

    def matrix(self, event_id: str) -> AttendanceMatrix:
        """Everyone registered for the event or present at one of its sessions, by name."""
        with self.sessions() as s:
            event = to_record(self._live(s, Event, event_id, "event_id"), EventRecord)
            sessions = tuple(to_record(r, SessionRecord) for r in s.scalars(
                select(EventSession)
                .where(EventSession.event_id == event_id, EventSession.deleted.is_(False))
                .order_by(EventSession.start, EventSession.title, EventSession.id)))
            column = {x.id: i for i, x in enumerate(sessions)}
            present: dict[str, set[int]] = {}
            for person_id, sid in s.execute(
                    select(Attendance.person_id, Attendance.session_id).where(
                        Attendance.session_id.in_(select(EventSession.id).where(
                            EventSession.event_id == event_id,
                            EventSession.deleted.is_(False))),
                        Attendance.present.is_(True), Attendance.deleted.is_(False))):
                present.setdefault(person_id, set()).add(column[sid])
            registered = {pid for pid, status in s.execute(
                select(Registration.person_id, Registration.status).where(
                    Registration.event_id == event_id, Registration.deleted.is_(False)))
                if status == RegistrationStatus.REGISTERED.value}
            wanted = registered | set(present)
            people: list[tuple[Person, Organisation | None]] = []
            ids = sorted(wanted)
            for start in range(0, len(ids), 500):
                people += s.execute(
                    select(Person, Organisation)
                    .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                    .where(Person.id.in_(ids[start:start + 500]), Person.deleted.is_(False),
                           Person.merged_into_id.is_(None))).all()
        people.sort(key=lambda po: (po[0].sort_key, po[0].id))
        rows = tuple(
            MatrixRow(_person(p, o), p.id in registered,
                      tuple(c in present.get(p.id, ()) for c in range(len(sessions))))
            for p, o in people)
        return AttendanceMatrix(event, sessions, rows)

    def set_attendance(self, person_id: str, session_id: str, present: bool,
                       method: str = AttendanceMethod.PAPER_SHEET.value
                       ) -> AttendanceRecord | None:
        """Tick or untick one cell; unticking keeps the row (present = False travels)."""
        if present:
            return self.attendance.check_in(person_id, session_id, method=method)
        with self.sessions() as s:
            row = s.get(Attendance, attendance_id(person_id, session_id))
            if row is None or row.deleted or not row.present:
                return to_record(row, AttendanceRecord) if row else None
        self.attendance.undo_check_in(person_id, session_id)
        with self.sessions() as s:
            return to_record(s.get(Attendance, attendance_id(person_id, session_id)),
                             AttendanceRecord)

    def set_attendance_many(self, cells: Iterable[tuple[str, str, bool]],
                            method: str = AttendanceMethod.PAPER_SHEET.value) -> int:
        """Tick or untick many cells (person id, session id, present) in one transaction,
        with the same rows and ids as single check-ins; returns how many really changed."""
        wanted = AttendanceMethod(method).value
        changed = 0
        with self.sessions.begin() as s:
            for person_id, session_id, present in cells:
                self._live(s, Person, person_id, "person_id")
                self._live(s, EventSession, session_id, "session_id")
                aid = attendance_id(person_id, session_id)
                row = s.get(Attendance, aid)
                is_present = bool(row and row.present and not row.deleted)
                if present == is_present:
                    continue
                changed += 1
                if not present:
                    assert row is not None
                    self._change(row, {"present": False})
                    continue
                values: dict[str, Any] = {
                    "present": True, "checked_at": now_utc(), "method": wanted,
                    "recorded_by_device": self.replica.device_id, "deleted": False,
                }
                if row is None:
                    self._new(s, Attendance(id=aid, person_id=person_id,
                                            session_id=session_id, **values))
                else:
                    self._change(row, values)
        return changed
