"""The project summary and event report workbooks: same figures as the dashboard, a sheet per
event, text that looks like a formula stays text, and nothing half-written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from ecnet_desktop.domain.errors import Cancelled
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.exchange.event_report_xlsx import export_event_report, sheet_title
from ecnet_desktop.exchange.project_summary_xlsx import export_project_summary
from ecnet_desktop.services.container import Services


def _row(ws: object, first: str) -> list[object]:
    for row in ws.iter_rows(values_only=True):  # type: ignore[attr-defined]
        if row and row[0] == first:
            return [v for v in row if v is not None]
    raise AssertionError(f"no row starting with {first!r}")


@pytest.fixture
def two_events(services: Services) -> dict[str, str]:
    day = dt.date(2021, 5, 10)
    a = services.events.create(kind="international_event", title="=HYPERLINK(\"x\")",
                               host_town="Pula", country="HR", start_date=day, end_date=day).id
    b = services.events.create(kind="local_working_group", title="Local group", host_town="Pula",
                               country="HR", start_date=day + dt.timedelta(days=30),
                               end_date=day + dt.timedelta(days=30)).id
    start = dt.datetime.combine(day, dt.time(10))
    s1 = services.events.add_session(a, title="@Opening", start=start,
                                     end=start + dt.timedelta(hours=1)).id
    start_b = start + dt.timedelta(days=30)
    s2 = services.events.add_session(b, title="Talk", start=start_b,
                                     end=start_b + dt.timedelta(hours=1)).id
    people = [services.people.create(given_name=n, family_name="X", country=c).id
              for n, c in (("Ana", "HR"), ("Ben", "PL"), ("Cleo", "IT"), ("Dan", "HR"))]
    for pid in people[:3]:
        services.attendance.check_in(pid, s1)
    services.registrations.register(people[3], a, role="staff")
    services.attendance.check_in(people[3], s1)
    services.attendance.check_in(people[0], s2)
    return {"a": a, "b": b}


def test_summary_has_totals_and_a_sheet_per_event(services: Services, two_events: dict[str, str],
                                                  tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    export_project_summary(services, out)

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Totals", "=HYPERLINK(\"x\")", "Local group"]
    totals = wb["Totals"]
    # Ana, Ben, Cleo at A; Ana again at B: 3 people once, 4 participations; Dan is staff.
    assert _row(totals, "Participants (each person once)") == [
        "Participants (each person once)", 600, 3]
    assert _row(totals, "International events held") == ["International events held", 6, 1]
    assert _row(totals, "Participations (person × event)")[1] == 4
    assert _row(totals, "Attendances (person × session, everyone present)")[1] == 5
    assert _row(totals, "Staff (people, counted apart)")[1] == 1
    event_sheet = wb["=HYPERLINK(\"x\")"]
    title = event_sheet["A1"]
    assert title.value == "=HYPERLINK(\"x\")" and title.data_type == "s"
    assert _row(event_sheet, "Participants")[1] == 3
    assert _row(event_sheet, "International")[1] == 2
    assert _row(event_sheet, "One-third-international check")[1] == "met"
    assert _row(event_sheet, "Staff (counted apart)")[1] == 1
    # A cell that starts like a formula is text, never a formula.
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"


def test_event_report_workbook_and_cancel(services: Services, two_events: dict[str, str],
                                          tmp_path: Path) -> None:
    out = tmp_path / "event.xlsx"
    export_event_report(services, two_events["a"], out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Event report", "Website text"]
    assert _row(wb["Event report"], "Total")[1:] == [1, 2, 3]  # local, international, all
    web = [c.value for c in wb["Website text"]["A"] if c.value]
    assert web[1] == ("Participation: The event involved 3 participants, including 1 from "
                      "Croatia, 1 from Italy and 1 from Poland.")

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_project_summary(services, tmp_path / "never.xlsx", Progress(token=token))
    assert not (tmp_path / "never.xlsx").exists()
    assert not list(tmp_path.glob(".never.xlsx*"))  # no temporary file left behind


def test_sheet_titles_are_valid_and_unique() -> None:
    taken: set[str] = set()
    long = "Lokalna radna skupina: Koprivnica [2021] / jesen"
    first, second = sheet_title(long, taken), sheet_title(long, taken)
    assert len(first) <= 31 and len(second) <= 31 and first != second
    assert not set("[]:*?/\\") & set(first + second)
