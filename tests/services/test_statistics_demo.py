"""The figures on the demo datasets: S checked against plain loops over the services' lists,
M checked for agreement between the dashboard, the event report and the attendance matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.domain.errors import NotFoundError
from ecnet_desktop.domain.records import PersonRecord
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.services.event_report_data import load_event_report


def _demo(folder: Path, size: str) -> Iterator[Services]:
    services = Services.open(folder / f"demo_{size}.sqlite", device_name="Test laptop")
    generate_demo(services.database, size=size, seed=1)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture(scope="module")
def demo_s(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from _demo(tmp_path_factory.mktemp("demo_s"), "S")


@pytest.fixture(scope="module")
def demo_m(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from _demo(tmp_path_factory.mktemp("demo_m"), "M")


def _live_person(services: Services, person_id: str) -> PersonRecord | None:
    try:
        person = services.people.get(person_id)
    except NotFoundError:
        return None
    return None if person.merged_into_id else person


def test_s_matches_counts_made_by_hand(demo_s: Services) -> None:
    (event,) = demo_s.events.list()
    # By hand: who was ticked present in which session, their role and their country.
    present: dict[str, int] = {}
    ticks = 0
    for session in demo_s.events.sessions_of(event.id):
        for attendance in demo_s.attendance.present_in(session.id):
            if _live_person(demo_s, attendance.person_id) is None:
                continue
            ticks += 1
            present[attendance.person_id] = present.get(attendance.person_id, 0) + 1
    roles = {r.person_id: r.role for r in demo_s.registrations.of_event(event.id)}
    people: dict[str, PersonRecord] = {}
    for pid in present:
        person = _live_person(demo_s, pid)
        assert person is not None
        people[pid] = person
    participants = [pid for pid in present
                    if roles.get(pid, "participant") in ("participant", "speaker", "facilitator")]
    staff = [pid for pid in present if roles.get(pid) == "staff"]
    interpreters = [pid for pid in present if roles.get(pid) == "interpreter"]
    countries = Counter(people[pid].country for pid in participants)
    categories = Counter(people[pid].category for pid in participants)
    abroad = sum(1 for pid in participants
                 if people[pid].country and people[pid].country != event.country)

    f = demo_s.statistics.event_figures(event.id)

    assert len(f.participants) == len(participants) > 100
    assert (f.staff, f.interpreters) == (len(staff), len(interpreters))
    assert f.attendances == ticks
    assert f.international == abroad
    assert f.local == len(participants) - abroad
    assert f.one_third_met == (abroad * 3 >= len(participants))
    assert {code: local + intl for code, local, intl in f.by_country()} == dict(countries)
    assert dict(f.by_category()) == dict(categories)
    project = demo_s.statistics.project_figures()
    assert len(project.participants) == len(participants)
    assert project.countries == tuple(sorted(c for c in countries if c))


def test_m_dashboard_event_report_and_matrix_agree(demo_m: Services) -> None:
    dashboard = demo_m.statistics.project_figures()
    assert len(dashboard.events) == len(demo_m.events.list())
    for figures in dashboard.events:
        event_id = figures.event.id
        report = load_event_report(demo_m, event_id)
        matrix = demo_m.checkin.matrix(event_id)
        # The dashboard and the report count the same people in the same way ...
        assert report.figures == figures
        # ... and the matrix shows the same ticks, per session and in all.
        assert [s.present for s in figures.sessions] == list(matrix.column_totals)
        assert figures.attendances == matrix.total
        assert figures.present == sum(1 for row in matrix.rows if row.total)
        assert len(figures.participants) + figures.staff + figures.interpreters == sum(
            1 for row in matrix.rows if row.total)
    assert dashboard.attendances == sum(demo_m.checkin.matrix(e.event.id).total
                                        for e in dashboard.events)
    # Each person once: no more participants than the participations they add up to.
    assert len(dashboard.participants) < dashboard.participations
    assert dashboard.international_events_held == 6
