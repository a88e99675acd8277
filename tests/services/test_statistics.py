"""The definition of "participant" pinned on a hand-built dataset with hand-computed numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from ecnet_desktop.domain.errors import NotFoundError
from ecnet_desktop.exchange.importer import sync_service
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.project_settings import ProjectTargets
from ecnet_desktop.services.statistics import AGE_BANDS, age_band, group_of


def _event(services: Services, title: str, country: str, day: dt.date,
           kind: str = "international_event") -> str:
    return services.events.create(kind=kind, title=title, host_town="Town", country=country,
                                  start_date=day, end_date=day + dt.timedelta(days=1)).id


def _session(services: Services, event_id: str, day: dt.date, hour: int) -> str:
    start = dt.datetime.combine(day, dt.time(hour))
    return services.events.add_session(event_id, title=f"Session {hour}", start=start,
                                       end=start + dt.timedelta(hours=1)).id


def _person(services: Services, name: str, country: str, category: str = "citizen",
            gender: str | None = None, birth_year: int | None = None) -> str:
    return services.people.create(given_name=name, family_name="Test", country=country,
                                  category=category, gender=gender,
                                  birth_year=birth_year).id


@pytest.fixture
def tiny(services: Services) -> dict[str, str]:
    """Two events in Croatia (one international in May 2021, one local group in June).

    Event A sessions a1, a2; event B session b1. People and what they did:
      ana   HR activist  f 1990   participant at A (a1, a2), participant at B (b1)
      ben   PL citizen   m 1950   speaker at A (a1)
      cleo  IT citizen   -  -     facilitator at A (a2)
      dan   HR citizen   -  -     staff at A (a1, a2)
      eva   SI citizen   -  -     interpreter at A (a1)
      fred  HU citizen   -  -     no registration, checked in at A (a1) -> participant
      gia   HR citizen   -  -     registered at A, never present -> not counted
      hal   PL citizen   -  -     participant at A, checked in then un-ticked -> not counted
      ida   AT citizen   -  -     participant at A (a1), then deleted -> not counted
      jan   RO activist  m 2010   participant at A (a1), cancelled but came -> counted
      kim   "" citizen   -  -     participant at B (b1), country unknown -> local
      leo   FR citizen   -  -     present at A's deleted session only -> not counted
    """
    a_day, b_day = dt.date(2021, 5, 10), dt.date(2021, 6, 3)
    a = _event(services, "Event A", "HR", a_day)
    b = _event(services, "Event B", "HR", b_day, kind="local_working_group")
    a1, a2 = _session(services, a, a_day, 9), _session(services, a, a_day, 14)
    a_gone = _session(services, a, a_day + dt.timedelta(days=1), 9)
    b1 = _session(services, b, b_day, 18)
    p = {
        "ana": _person(services, "Ana", "HR", "activist", "female", 1990),
        "ben": _person(services, "Ben", "PL", "citizen", "male", 1950),
        "cleo": _person(services, "Cleo", "IT"),
        "dan": _person(services, "Dan", "HR"),
        "eva": _person(services, "Eva", "SI"),
        "fred": _person(services, "Fred", "HU"),
        "gia": _person(services, "Gia", "HR"),
        "hal": _person(services, "Hal", "PL"),
        "ida": _person(services, "Ida", "AT"),
        "jan": _person(services, "Jan", "RO", "activist", "male", 2010),
        "kim": _person(services, "Kim", ""),
        "leo": _person(services, "Leo", "FR"),
    }
    reg, att = services.registrations, services.attendance
    for key, role in (("ana", "participant"), ("ben", "speaker"), ("cleo", "facilitator"),
                      ("dan", "staff"), ("eva", "interpreter"), ("gia", "participant"),
                      ("hal", "participant"), ("ida", "participant"), ("leo", "participant")):
        reg.register(p[key], a, role=role)
    reg.register(p["jan"], a, status="cancelled")
    reg.register(p["ana"], b)
    reg.register(p["kim"], b)
    for key, sessions in (("ana", [a1, a2, b1]), ("ben", [a1]), ("cleo", [a2]),
                          ("dan", [a1, a2]), ("eva", [a1]), ("fred", [a1]), ("hal", [a1]),
                          ("ida", [a1]), ("jan", [a1]), ("kim", [b1]), ("leo", [a_gone])):
        for session in sessions:
            att.check_in(p[key], session)
    att.undo_check_in(p["hal"], a1)
    services.people.delete(p["ida"])
    services.events.delete_session(a_gone)
    return {"a": a, "b": b, "a1": a1, "a2": a2, "b1": b1, **p}


def test_event_figures_follow_the_definition(services: Services, tiny: dict[str, str]) -> None:
    f = services.statistics.event_figures(tiny["a"])

    groups = {a.person_id: a.group for a in f.attendees}
    assert groups == {
        tiny["ana"]: "participant", tiny["ben"]: "participant", tiny["cleo"]: "participant",
        tiny["fred"]: "participant", tiny["jan"]: "participant",
        tiny["dan"]: "staff", tiny["eva"]: "interpreter"}
    assert len(f.participants) == 5
    assert (f.staff, f.interpreters) == (1, 1)
    # a1: ana ben dan eva fred jan = 6, of whom ana ben fred jan are participants;
    # a2: ana cleo dan = 3, of whom ana cleo.
    assert [(s.present, s.participants) for s in f.sessions] == [(6, 4), (3, 2)]
    assert f.attendances == 9
    assert f.participant_attendances == 6
    # Local: ana (HR). International: ben PL, cleo IT, fred HU, jan RO.
    assert (f.local, f.international) == (1, 4)
    assert f.one_third_met
    assert f.by_country() == (("HR", 1, 0), ("HU", 0, 1), ("IT", 0, 1), ("PL", 0, 1),
                              ("RO", 0, 1))
    assert f.by_category() == (("citizen", 3), ("activist", 2))
    assert f.by_gender() == (("male", 2), ("female", 1), ("", 2))
    # In 2021: ana 31, ben 71, jan 11; cleo and fred unknown.
    assert dict(f.by_age_band()) == {"under_18": 1, "18_30": 0, "31_50": 1, "51_65": 0,
                                     "over_65": 1, "": 2}


def test_unknown_country_is_local_and_the_local_group_needs_no_third(
        services: Services, tiny: dict[str, str]) -> None:
    f = services.statistics.event_figures(tiny["b"])

    assert {a.person_id for a in f.participants} == {tiny["ana"], tiny["kim"]}
    assert (f.local, f.international) == (2, 0)
    assert not f.is_international_event
    assert f.by_country() == (("HR", 1, 0), ("", 1, 0))


def test_project_counts_each_person_once(services: Services, tiny: dict[str, str]) -> None:
    services.project.set_targets(ProjectTargets(international_events=2, participants=10,
                                                countries=3))
    f = services.statistics.project_figures()

    # ana is at both events but counts once; kim only at B.
    assert {p.person_id for p in f.participants} == {
        tiny[k] for k in ("ana", "ben", "cleo", "fred", "jan", "kim")}
    assert f.participations == 5 + 2
    assert f.attendances == 9 + 2
    assert (f.staff, f.interpreters) == (1, 1)
    assert f.international_events_held == 1
    assert f.countries == ("HR", "HU", "IT", "PL", "RO")
    assert f.targets.participants == 10
    assert [(m.month, m.new_participants, m.cumulative_participants,
             m.participant_attendances) for m in f.by_month()] == [
        ("2021-05", 5, 5, 6), ("2021-06", 1, 6, 2)]
    only_local = services.statistics.project_figures("local_working_group")
    assert [e.event.id for e in only_local.events] == [tiny["b"]]
    assert len(only_local.participants) == 2


def test_merged_people_count_once_and_erased_people_still_count(
        services: Services, tiny: dict[str, str]) -> None:
    sync = sync_service(services)
    # ben (speaker at A, a1) is a duplicate of cleo (facilitator at A, a2): one person now.
    sync.merge_people(tiny["ben"], tiny["cleo"])
    sync.erase_person(tiny["ana"])

    f = services.statistics.event_figures(tiny["a"])
    ids = {a.person_id for a in f.participants}
    assert tiny["ben"] not in ids and tiny["cleo"] in ids
    assert len(f.participants) == 4
    assert f.attendances == 9  # ben's a1 tick moved to cleo, none lost
    ana = next(a for a in f.attendees if a.person_id == tiny["ana"])
    # Erasure keeps country and category; gender and birth year are gone.
    assert (ana.country, ana.category, ana.gender, ana.age_band) == ("HR", "activist", "", "")


def test_the_numbers_match_the_attendance_matrix(services: Services,
                                                 tiny: dict[str, str]) -> None:
    for event in ("a", "b"):
        figures = services.statistics.event_figures(tiny[event])
        matrix = services.checkin.matrix(tiny[event])
        assert figures.attendances == matrix.total
        assert [s.present for s in figures.sessions] == list(matrix.column_totals)
        assert figures.present == sum(1 for row in matrix.rows if row.total)


def test_a_deleted_event_is_not_found(services: Services, tiny: dict[str, str]) -> None:
    services.events.delete(tiny["b"])
    with pytest.raises(NotFoundError):
        services.statistics.event_figures(tiny["b"])
    assert [e.event.id for e in services.statistics.project_figures().events] == [tiny["a"]]


def test_helpers() -> None:
    on = dt.date(2021, 5, 1)
    assert [age_band(2021 - age, on) for age in (17, 18, 30, 31, 65, 66)] == [
        "under_18", "18_30", "18_30", "31_50", "51_65", "over_65"]
    assert age_band(None, on) == ""
    assert AGE_BANDS[0][0] == "under_18"
    assert [group_of(r) for r in ("participant", "speaker", "facilitator", "staff",
                                  "interpreter", "")] == [
        "participant", "participant", "participant", "staff", "interpreter", "participant"]


def test_counting_reports_progress_and_can_be_cancelled(services: Services,
                                                        tiny: dict[str, str]) -> None:
    from ecnet_desktop.domain.errors import Cancelled
    from ecnet_desktop.domain.progress import CancelToken, Progress

    steps: list[tuple[int, int]] = []
    services.statistics.project_figures(progress=Progress(lambda d, t, _l: steps.append((d, t))))
    assert steps[0] == (0, 5) and steps[-1] == (5, 5)  # 3 reads + 2 events
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        services.statistics.project_figures(progress=Progress(token=token))
