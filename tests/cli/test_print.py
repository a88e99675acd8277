"""`ecnet-desktop print attendance|badges|certificates|…`: PDFs written on A4 or Letter, mistakes
in one line."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest

from ecnet_desktop.cli_print import add_print_arguments, print_command
from ecnet_desktop.services.container import Services


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--database-url")
    add_print_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture
def event_id(services: Services) -> str:
    event = services.events.create(kind="international_event", title="Bari 2021", host_town="Bari",
                                   country="IT", start_date=dt.date(2021, 6, 10),
                                   end_date=dt.date(2021, 6, 11))
    session = services.events.add_session(event.id, title="Opening",
                                          start=dt.datetime(2021, 6, 10, 9),
                                          end=dt.datetime(2021, 6, 10, 11))
    for given, family, country in (("Łukasz", "Wójcik", "PL"), ("Giulia", "Russo", "IT")):
        person = services.people.create(given_name=given, family_name=family, country=country)
        services.registrations.register(person.id, event.id, invited_by_town="Bari")
        services.attendance.check_in(person.id, session.id)
    return event.id


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return print_command(parse(*argv), out), out.getvalue()


@pytest.mark.parametrize("document", ["attendance", "badges", "certificates"])
def test_prints_each_document(services: Services, event_id: str, db_path: Path,
                              tmp_path: Path, document: str) -> None:
    services.close()  # the command opens the database itself
    out = tmp_path / f"{document}.pdf"
    code, printed = run(document, "--db", str(db_path), "--event", event_id, "--out", str(out))
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert printed.startswith(f"Wrote {out} (") and printed.endswith(").\n")


def test_attendance_options(services: Services, event_id: str, db_path: Path,
                            tmp_path: Path) -> None:
    services.close()
    out = tmp_path / "sheet.pdf"
    code, printed = run("attendance", "--db", str(db_path), "--event", event_id, "--out",
                        str(out), "--per", "day", "--blank-rows", "0", "--by-town",
                        "--split-international")
    assert code == 0
    # Two days x (local, international) lists, one page each.
    assert "(4 pages)" in printed


def test_badges_for_one_person(services: Services, event_id: str, db_path: Path,
                               tmp_path: Path) -> None:
    person = services.participants.participants(event_id)[0].person
    services.close()
    code, printed = run("badges", "--db", str(db_path), "--event", event_id, "--out",
                        str(tmp_path / "b.pdf"), "--layout", "2x5", "--person", person.id)
    assert code == 0 and printed.endswith("(1 page).\n")


@pytest.mark.parametrize(("argv", "message"), [
    (["--event", "no-such-event"], "No event with id no-such-event."),
    (["--person", "someone"], "--person works with badges and certificates"),
])
def test_mistakes_are_one_line_on_stderr(services: Services, event_id: str, db_path: Path,
                                         tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         argv: list[str], message: str) -> None:
    services.close()
    out = tmp_path / "x.pdf"
    full = ["attendance", "--db", str(db_path), "--event", event_id, "--out", str(out), *argv]
    code, printed = run(*full)
    err = capsys.readouterr().err
    assert code == 1 and printed == ""
    assert err.startswith("ecnet-desktop: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("badges", "--db", str(tmp_path / "none.sqlite"), "--event", "x", "--out",
                  str(tmp_path / "x.pdf"))
    assert code == 1
    assert "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()


def test_unwritable_output(services: Services, event_id: str, db_path: Path, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    code, _ = run("attendance", "--db", str(db_path), "--event", event_id, "--out", str(folder))
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("ecnet-desktop: Cannot write") and err.count("\n") == 1


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Width and height in points of every page (pdfinfo, from poppler-utils)."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                          check=True).stdout.decode()
    return [(round(float(w)), round(float(h))) for w, h in
            re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.MULTILINE)]


@pytest.mark.parametrize(("document", "letter"), [
    ("attendance", (792, 612)),  # two days: landscape, a signature column per day
    ("badges", (612, 792)), ("certificates", (612, 792)), ("report", (612, 792)),
    ("toolkit", (612, 792)), ("recommendations", (612, 792))])
def test_paper_letter_for_every_document(services: Services, event_id: str, db_path: Path,
                                         tmp_path: Path, document: str,
                                         letter: tuple[int, int]) -> None:
    services.close()
    a4, us = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    event = [] if document in ("toolkit", "recommendations") else ["--event", event_id]
    assert run(document, "--db", str(db_path), *event, "--out", str(a4))[0] == 0
    assert run(document, "--db", str(db_path), *event, "--out", str(us), "--paper",
               "Letter")[0] == 0
    assert set(page_sizes(us)) == {letter}
    # Without --paper it is A4, in the same orientation.
    wide = letter[0] > letter[1]
    assert set(page_sizes(a4)) == {(842, 595) if wide else (595, 842)}


def test_an_unknown_paper_is_refused(services: Services, event_id: str, db_path: Path,
                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    with pytest.raises(SystemExit):
        parse("badges", "--db", str(db_path), "--event", event_id, "--out",
              str(tmp_path / "x.pdf"), "--paper", "Legal")
    assert "invalid choice: 'Legal'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
