"""The compendium workbooks: one row per item and priority, traced to events and sessions,
formula-looking text kept as text, no participant's name in any cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ecnet_desktop.domain.enums import decode_priorities
from ecnet_desktop.exchange.compendium_xlsx import write_recommendations_xlsx, write_toolkit_xlsx
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo

HEADER_ROW = 4


def rows(path: Path) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path).active
    values = list(ws.iter_rows(values_only=True))
    headers = [str(h) for h in values[HEADER_ROW - 1]]
    return [dict(zip(headers, r, strict=True)) for r in values[HEADER_ROW:]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("m") / "m.sqlite"
    services = Services.open(path, device_name="Template")
    generate_demo(services.database, size="M", seed=1)
    yield services
    services.close()


def test_recommendations_workbook_lists_every_publishable_one_by_priority(
        demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    written = write_recommendations_xlsx(demo, out)
    table = rows(out)
    assert len(table) == written
    entries = demo.notes.recommendations(publishable_only=True)
    for number, entry in enumerate(entries, 1):
        mine = [r for r in table if r["No."] == f"R{number}"]
        assert {r["Priority"] for r in mine} == {
            p.label for p in decode_priorities(entry.note.priorities)}
        assert all(r["Event"] == entry.place.event_title for r in mine)
        assert all(r["Title"] == entry.note.heading for r in mine)
        if entry.place.session_id:
            assert all(str(r["Session"]).startswith(entry.place.session_title) for r in mine)
    cells = " ".join(str(v) for r in table for v in r.values())
    people = demo.people.list(limit=100_000)
    assert [p for p in people if f"{p.given_name} {p.family_name}" in cells] == []


def test_toolkit_workbook_names_the_sessions(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_toolkit_xlsx(demo, out)
    table = rows(out)
    uses = demo.methodologies.usages()
    assert {r["Methodology"] for r in table} == {u.methodology.name for u in uses.values()}
    for use in uses.values():
        used = " ".join(str(r["Used at (event — session, date)"]) for r in table
                        if r["Methodology"] == use.methodology.name)
        for place in use.sessions:
            assert place.session_title in used


def test_formula_looking_text_stays_text(services: Services, tmp_path: Path) -> None:
    event = services.events.create(kind="other", title="=HYPERLINK(\"x\")", host_town="Bari",
                                   country="IT", start_date=dt.date(2021, 6, 10),
                                   end_date=dt.date(2021, 6, 10))
    services.notes.create(event_id=event.id, kind="recommendation", publishable=True,
                          title="=1+1", text="+SUM(A1)", priorities="solidarity")
    out = tmp_path / "r.xlsx"
    write_recommendations_xlsx(services, out)
    ws = openpyxl.load_workbook(out).active
    row = [c for c in ws[HEADER_ROW + 1]]
    assert [c.value for c in row][2] == "=1+1" and row[2].data_type == "s"
    assert row[5].value == "+SUM(A1)" and row[6].value == "=HYPERLINK(\"x\")"
