"""The check-in desk's service: default session, search, check-in and undo, badge scans,
live counters and the attendance matrix for paper sheets."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from ecnet_desktop.domain import badges
from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.domain.ids import attendance_id
from ecnet_desktop.services import search_index
from ecnet_desktop.services.checkin import CheckinService, ScanProblem
from ecnet_desktop.services.container import Services
from ecnet_desktop.store.models import Attendance, Person

DAY = dt.date(2021, 9, 23)


def at(hour: int, minute: int = 0, day: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY + dt.timedelta(days=day), dt.time(hour, minute))


@pytest.fixture
def desk(services: Services) -> CheckinService:
    return CheckinService(services.replica)


@pytest.fixture
def event(services: Services) -> str:
    return services.events.create(
        kind="international_event", title="Solidarity in Šibenik", host_town="Šibenik",
        country="HR", start_date=DAY, end_date=DAY + dt.timedelta(days=1)).id


def add_session(services: Services, event: str, title: str, start: dt.datetime,
                end: dt.datetime) -> str:
    return services.events.add_session(event, title=title, start=start, end=end).id


@pytest.fixture
def plenary(services: Services, event: str) -> str:
    return add_session(services, event, "Opening plenary", at(9, 30), at(11))


def person(services: Services, given: str, family: str, country: str = "HR",
           town: str = "", organisation: str | None = None) -> str:
    org_id = None
    if organisation:
        org_id = services.organisations.create(name=organisation, country=country).id
    return services.people.create(given_name=given, family_name=family, country=country,
                                  town=town, organisation_id=org_id,  # consent: check-in rule
                                  consent_processing_at=dt.datetime(2021, 3, 1, 9)).id


def registered(services: Services, event: str, given: str, family: str,
               country: str = "HR", **kwargs: str) -> str:
    pid = person(services, given, family, country, **kwargs)
    services.registrations.register(pid, event)
    return pid


# -- the session ----------------------------------------------------------------------------------


def test_default_session_is_the_running_one_else_the_next_else_the_last(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    workshop = add_session(services, event, "Workshop", at(11, 30), at(13))
    evening = add_session(services, event, "Cultural evening", at(19, 30), at(21, 30), )
    visit = add_session(services, event, "Study visit", at(9, 30, day=1), at(12, day=1))

    def chosen(now: dt.datetime) -> str | None:
        found = desk.default_session(event, now)
        return found.id if found else None

    assert chosen(at(10)) == plenary  # running
    assert chosen(at(8)) == plenary  # the first of the day, before it starts
    assert chosen(at(11, 10)) == workshop  # in the break: the next one
    assert chosen(at(22)) == visit  # tomorrow's
    assert chosen(at(19, 30)) == evening
    assert chosen(at(13, day=5)) == visit  # after the event: the last one


def test_default_session_of_an_event_without_programme_is_none(
    desk: CheckinService, event: str
) -> None:
    assert desk.default_session(event, at(10)) is None


# -- search ---------------------------------------------------------------------------------------


def test_registered_people_come_first_and_diacritics_are_folded(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    wojcik = registered(services, event, "Łukasz", "Wójcik", "PL", town="Łódź")
    other = person(services, "Lukas", "Becker", "DE")  # not registered: after the registered
    zajac = registered(services, event, "Łukasz", "Zając", "PL")
    person(services, "Ana", "Horvat")

    rows = desk.search(event, plenary, "lukasz")
    assert [r.person.id for r in rows] == [wojcik, zajac]
    rows = desk.search(event, plenary, "luka")
    assert [r.person.id for r in rows] == [wojcik, zajac, other]
    assert [(r.registered, r.role) for r in rows] == [
        (True, "participant"), (True, "participant"), (False, "")]
    # Town and organisation are searched too, and words may come in any order.
    assert [r.person.id for r in desk.search(event, plenary, "lodz wojc")] == [wojcik]


def test_organisation_names_are_searched(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    ivana = registered(services, event, "Ivana", "Đurđević", organisation="Grad Šibenik")
    rows = desk.search(event, plenary, "grad sib")
    assert [r.person.id for r in rows] == [ivana]
    assert rows[0].person.organisation_name == "Grad Šibenik"


def test_present_people_are_marked_for_the_chosen_session_only(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    workshop = add_session(services, event, "Workshop", at(11, 30), at(13))
    ana = registered(services, event, "Ana", "Horvat")
    desk.check_in(event, plenary, ana)
    assert desk.search(event, plenary, "ana")[0].present
    assert desk.search(event, plenary, "ana")[0].checked_at is not None
    assert not desk.search(event, workshop, "ana")[0].present


def test_empty_search_lists_the_registered_people_by_name(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    registered(services, event, "Zorica", "Zec")
    registered(services, event, "Ivana", "Đurđević")
    person(services, "Not", "Registered")
    assert [r.person.family_name for r in desk.search(event, plenary, "")] == [
        "Đurđević", "Zec"]


def test_one_or_two_letters_find_names_that_start_with_them(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    registered(services, event, "Marko", "Lučić")
    registered(services, event, "Ana", "Kulić")  # "lu" inside a word: not a start
    person(services, "Luís", "Almeida", "PT")  # given name starts with "lu"
    person(services, "Paula", "Lukić")  # family name starts with "lu"
    person(services, "Paulo", "Salu", "PT")  # not at a word start
    found = [r.person.full_name for r in desk.search(event, plenary, "lu")]
    assert found == ["Marko Lučić", "Luís Almeida", "Paula Lukić"]
    assert [r.registered for r in desk.search(event, plenary, "lu")] == [True, False, False]


def test_deleted_merged_and_erased_people_are_not_found(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    gone = person(services, "Ana", "Deleted")
    merged = person(services, "Ana", "Merged")
    erased = person(services, "Ana", "Erased")
    kept = person(services, "Ana", "Kept")
    services.people.delete(gone)
    with services.database.sessions.begin() as s:
        s.get(Person, merged).merged_into_id = kept  # type: ignore[union-attr]
        s.get(Person, erased).erased = True  # type: ignore[union-attr]
    assert [r.person.id for r in desk.search(event, plenary, "ana")] == [kept]


def test_the_limit_is_filled_with_the_registered_first(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    for i in range(4):
        person(services, "Anna", f"Other{i}")
    mine = [registered(services, event, "Anna", f"Mine{i}") for i in range(3)]
    rows = desk.search(event, plenary, "anna", limit=5)
    assert len(rows) == 5
    assert [r.person.id for r in rows[:3]] == mine


@pytest.mark.parametrize("query", ["", "a", "an", "ana", "ana hor", "ivan", "šib", "%", "_",
                                   "o\"r", "grad", "zz", "horvat ana zagreb"])
def test_the_index_and_the_plain_scan_find_the_same_people(
    services: Services, desk: CheckinService, event: str, plenary: str, query: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registered(services, event, "Ana", "Horvat", town="Zagreb")
    registered(services, event, "Ivana", "Đurđević", organisation="Grad Šibenik")
    person(services, "Ivan", "Horvat", town="Šibenik")
    person(services, "Anamarija", "O\"Reilly", "IE")
    person(services, "Ana_Maria", "100% Pop", "RO")
    with services.database.sessions() as s:
        assert search_index.has_index(s)  # the test database has the trigram index
    indexed = desk.search(event, plenary, query)
    monkeypatch.setattr(search_index, "has_index", lambda _s: False)  # a server without FTS5
    assert desk.search(event, plenary, query) == indexed


# -- check-in and undo ----------------------------------------------------------------------------


def test_check_in_and_undo_keep_one_row_that_travels(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    ana = registered(services, event, "Ana", "Horvat")
    result = desk.check_in(event, plenary, ana)
    assert not result.already_present and not result.registration_changed
    assert result.attendance.id == attendance_id(ana, plenary)
    assert result.attendance.method == "desk"
    assert result.attendance.recorded_by_device == services.replica.device_id
    assert result.person.full_name == "Ana Horvat"

    again = desk.check_in(event, plenary, ana)
    assert again.already_present
    desk.undo_check_in(again)  # undoing a check-in that changed nothing changes nothing
    assert [a.person_id for a in services.attendance.present_in(plenary)] == [ana]

    desk.undo_check_in(result)
    assert services.attendance.present_in(plenary) == []
    with services.database.sessions() as s:
        row = s.get(Attendance, attendance_id(ana, plenary))
        assert row is not None and not row.deleted and row.present is False
        assert "present" in json.loads(row.clocks)  # a stamped edit: it travels on export


def test_checking_in_someone_not_registered_registers_them_and_undo_takes_it_back(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    walk_up = person(services, "Marko", "Horvat")
    result = desk.check_in(event, plenary, walk_up)
    assert result.registration_changed and result.registration_before is None
    assert [(r.person_id, r.status) for r in services.registrations.of_event(event)] == [
        (walk_up, "registered")]
    desk.undo_check_in(result)
    assert services.registrations.of_event(event) == []


def test_a_cancelled_registration_who_comes_anyway_is_registered_again(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    ana = person(services, "Ana", "Horvat")
    services.registrations.register(ana, event, role="speaker", status="cancelled",
                                    invited_by_town="Zagreb")
    result = desk.check_in(event, plenary, ana)
    (reg,) = services.registrations.of_event(event)
    assert (reg.role, reg.status, reg.invited_by_town) == ("speaker", "registered", "Zagreb")
    desk.undo_check_in(result)
    (reg,) = services.registrations.of_event(event)
    assert reg.status == "cancelled"


def test_a_session_of_another_event_is_refused(
    services: Services, desk: CheckinService, event: str
) -> None:
    other = services.events.create(kind="local_working_group", title="Bari group",
                                   country="IT", start_date=DAY)
    elsewhere = add_session(services, other.id, "Elsewhere", at(10), at(11))
    ana = registered(services, event, "Ana", "Horvat")
    with pytest.raises(UserError, match="not part of this event"):
        desk.check_in(event, elsewhere, ana)
    assert services.attendance.present_in(elsewhere) == []


# -- badges ---------------------------------------------------------------------------------------


def test_a_badge_checks_its_person_in_by_scan(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    ana = registered(services, event, "Ana", "Horvat")
    result = desk.scan(event, plenary, badges.encode(ana, event))
    assert result.ok and result.checkin is not None
    assert result.checkin.attendance.method == "badge_scan"
    assert str(result.message) == "Ana Horvat is checked in."
    again = desk.scan(event, plenary, badges.encode(ana, event).lower() + "\n")
    assert again.ok and again.checkin is not None and again.checkin.already_present
    assert str(again.message) == "Ana Horvat was already checked in."


def test_badge_problems_each_get_a_clear_message(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    ana = registered(services, event, "Ana", "Horvat")
    other = services.events.create(kind="international_event", title="EC-NET Bari 2021",
                                   country="IT", start_date=DAY)
    ghost = "8d7f1f46-5f60-4c5e-9d8f-7e0c2b7a1d11"
    cases = {
        "Ana Horvat": (ScanProblem.NOT_A_BADGE, "not an EC-NET badge"),
        "ECN1" + "Z" * 64: (ScanProblem.UNREADABLE, "cannot be read"),
        badges.encode(ghost, event): (ScanProblem.UNKNOWN_PERSON, "belongs to nobody"),
        badges.encode(ana, other.id): (ScanProblem.OTHER_EVENT, "“EC-NET Bari 2021”"),
        badges.encode(ana, ghost): (ScanProblem.OTHER_EVENT, "not in this database"),
    }
    for payload, (problem, words) in cases.items():
        result = desk.scan(event, plenary, payload)
        assert not result.ok and result.problem == problem
        assert words in str(result.message)
        assert result.message.context == "checkin"
    assert services.attendance.present_in(plenary) == []


def test_a_badge_of_a_person_merged_into_another_checks_in_the_one_kept(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    old = registered(services, event, "Ana", "Horvat")
    kept = registered(services, event, "Ana", "Horvat-Kovač")
    with services.database.sessions.begin() as s:
        s.get(Person, old).merged_into_id = kept  # type: ignore[union-attr]
    result = desk.scan(event, plenary, badges.encode(old, event))
    assert result.checkin is not None and result.checkin.person.id == kept


# -- counters and matrix --------------------------------------------------------------------------


def test_counters_split_local_and_international_and_warn_below_one_third(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    locals_ = [registered(services, event, f"Ana{i}", "Horvat") for i in range(5)]
    abroad = [registered(services, event, "Łukasz", "Wójcik", "PL"),
              registered(services, event, "Ştefan", "Popescu", "RO")]
    registered(services, event, "Not", "Yet")
    nowhere = registered(services, event, "Unknown", "Origin", "")
    for pid in [*locals_[:4], abroad[0], nowhere]:
        desk.check_in(event, plenary, pid)

    counters = desk.counters(plenary)
    assert (counters.present, counters.registered) == (6, 9)
    assert counters.per_country == (("HR", 4), ("", 1), ("PL", 1))
    assert (counters.local, counters.international) == (5, 1)  # unknown is not abroad
    assert counters.below_one_third

    desk.check_in(event, plenary, abroad[1])  # 2 of 7: still below
    assert desk.counters(plenary).below_one_third
    desk.undo_check_in(desk.check_in(event, plenary, locals_[0]))  # nothing changes
    for pid in locals_[:3]:  # 2 of 4 from abroad: fine
        desk.set_attendance(pid, plenary, False)
    counters = desk.counters(plenary)
    assert (counters.present, counters.international) == (4, 2)
    assert not counters.below_one_third


def test_exactly_one_third_is_enough_and_local_groups_are_never_warned(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    for country in ("HR", "HR", "PL"):
        desk.check_in(event, plenary, registered(services, event, "X", country, country))
    assert not desk.counters(plenary).below_one_third
    group = services.events.create(kind="local_working_group", title="Šibenik group",
                                   country="HR", start_date=DAY)
    meeting = add_session(services, group.id, "Meeting", at(18), at(19))
    desk.check_in(group.id, meeting, registered(services, group.id, "Y", "Horvat"))
    counters = desk.counters(meeting)
    assert counters.international == 0 and not counters.below_one_third


def test_matrix_holds_registered_and_present_people_with_totals_matching_counters(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    workshop = add_session(services, event, "Workshop", at(11, 30), at(13))
    ana = registered(services, event, "Ana", "Horvat")
    zec = registered(services, event, "Zorica", "Zec")
    walk_up = person(services, "Ivana", "Đurđević")
    desk.check_in(event, plenary, ana)
    desk.check_in(event, workshop, ana)
    desk.check_in(event, workshop, walk_up)

    matrix = desk.matrix(event)
    assert [s.title for s in matrix.sessions] == ["Opening plenary", "Workshop"]
    assert [(r.person.family_name, r.registered, r.present, r.total) for r in matrix.rows] == [
        ("Đurđević", True, (False, True), 1),  # registered by checking in
        ("Horvat", True, (True, True), 2),
        ("Zec", True, (False, False), 0)]
    assert matrix.column_totals == (1, 2)
    assert matrix.total == 3
    assert [desk.counters(s.id).present for s in matrix.sessions] == list(matrix.column_totals)
    assert zec in {r.person.id for r in matrix.rows}


def test_paper_sheet_ticks_and_unticks_use_the_pair_rows(
    services: Services, desk: CheckinService, event: str, plenary: str
) -> None:
    ana = registered(services, event, "Ana", "Horvat")
    zec = registered(services, event, "Zorica", "Zec")
    record = desk.set_attendance(ana, plenary, True)
    assert record is not None and record.method == "paper_sheet" and record.present
    assert record.id == attendance_id(ana, plenary)
    assert desk.set_attendance(zec, plenary, False) is None  # nothing to untick
    unticked = desk.set_attendance(ana, plenary, False)
    assert unticked is not None and unticked.present is False and unticked.id == record.id

    assert desk.set_attendance_many([(ana, plenary, True), (zec, plenary, True),
                                     (zec, plenary, True)]) == 2
    assert desk.matrix(event).column_totals == (2,)
    with services.database.sessions() as s:
        rows = s.scalars(select(Attendance).order_by(Attendance.id)).all()
        assert sorted(r.id for r in rows) == sorted(
            [attendance_id(ana, plenary), attendance_id(zec, plenary)])
        assert {r.method for r in rows} == {"paper_sheet"}
    assert desk.set_attendance_many([(ana, plenary, False), (zec, plenary, True)]) == 1
    assert desk.counters(plenary).present == 1
