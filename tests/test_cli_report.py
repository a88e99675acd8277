"""`ecnet-desktop print report` and `ecnet-desktop summary`: files written, one line out, and
one readable line on stderr with exit 1 for a person's mistake."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from ecnet_desktop.cli import build_parser, run_command
from ecnet_desktop.services.container import Services


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run_command(build_parser().parse_args(list(argv)), out), out.getvalue()


@pytest.fixture
def event_db(services: Services, db_path: Path) -> str:
    day = dt.date(2022, 4, 14)
    event = services.events.create(kind="international_event", title="Living Together",
                                   host_town="Maribor", country="SI", start_date=day,
                                   end_date=day)
    start = dt.datetime.combine(day, dt.time(9))
    session = services.events.add_session(event.id, title="Opening", start=start,
                                          end=start + dt.timedelta(hours=2))
    for name, country in (("Maja", "SI"), ("Luca", "IT")):
        person = services.people.create(given_name=name, family_name="Test", country=country)
        services.attendance.check_in(person.id, session.id)
    services.close()
    return event.id


def test_print_report_writes_the_pdf(event_db: str, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    code, printed = run("print", "report", "--db", str(db_path), "--event", event_db,
                        "--out", str(out))
    assert code == 0
    assert printed.startswith(f"Wrote {out} (") and out.read_bytes().startswith(b"%PDF")


def test_print_report_needs_an_event_and_a_pdf_name(event_db: str, db_path: Path,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("print", "report", "--db", str(db_path), "--out", str(tmp_path / "r.pdf"))
    assert code == 1 and "--event is required" in capsys.readouterr().err
    code, _ = run("print", "report", "--db", str(db_path), "--event", event_db,
                  "--out", str(tmp_path / "r.xlsx"))
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "ending in .pdf" in err
    assert not (tmp_path / "r.xlsx").exists()


def test_summary_writes_workbooks(event_db: str, db_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    summary = tmp_path / "summary.xlsx"
    code, printed = run("summary", "--db", str(db_path), "--out", str(summary))
    assert code == 0 and printed == f"Wrote {summary}.\n"
    assert openpyxl.load_workbook(summary).sheetnames == ["Totals", "Living Together"]
    event = tmp_path / "event.xlsx"
    code, _ = run("summary", "--db", str(db_path), "--event", event_db, "--out", str(event))
    assert code == 0
    assert openpyxl.load_workbook(event).sheetnames == ["Event report", "Website text"]
    code, _ = run("summary", "--db", str(db_path), "--event", "nope", "--out", str(event))
    assert code == 1 and "No event with id nope." in capsys.readouterr().err
    code, _ = run("summary", "--db", str(db_path), "--out", str(tmp_path / "s.pdf"))
    assert code == 1 and "ending in .xlsx" in capsys.readouterr().err
