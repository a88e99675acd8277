"""The command line as a coordinator uses it: readable tables, one-line errors, exit codes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ecnet_desktop.__main__ import main
from ecnet_desktop.services.container import Services


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "ecnet_desktop", *args],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )


@pytest.fixture
def filled(db_path: Path) -> Path:
    services = Services.open(db_path)
    org = services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR",
                                        type="municipality")
    services.events.create(
        kind="local_working_group", title="Local group Šibenik", host_town="Šibenik",
        country="HR", start_date="2022-02-01", end_date="2022-02-01",
    )
    early = services.events.create(
        kind="international_event", title="Solidarity\tacross borders", host_town="Bari",
        country="IT", start_date="2021-05-10", end_date="2021-05-12",
        priorities=["solidarity", "euroscepticism"], host_organisation_id=org.id,
    )
    session = services.events.add_session(
        early.id, title="Opening", kind="plenary",
        start=dt.datetime(2021, 5, 10, 9), end=dt.datetime(2021, 5, 10, 10),
    )
    ivana = services.people.create(given_name="Ivana", family_name="Đurđević", country="HR",
                                   organisation_id=org.id, category="public_officer",
                                   email="ivana@example.hr")
    services.people.create(given_name="Łukasz", family_name="Wójcik", country="Polska",
                           category="activist")
    services.registrations.register(ivana.id, early.id, role="speaker")
    services.attendance.check_in(ivana.id, session.id)
    services.close()
    return db_path


def test_list_events_is_tab_separated_readable_and_stable(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "events", "--db", str(filled)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["id", "kind", "title"]
    first = dict(zip(header, lines[1].split("\t"), strict=True))
    assert first["kind"] == "international event"
    assert first["title"] == "Solidarity across borders"  # the tab inside was flattened
    assert first["priorities"] == "Euroscepticism, Solidarity"
    assert first["host organisation"] == "Grad Šibenik"
    assert lines[2].split("\t")[1] == "local working group"
    assert main(["list", "events", "--db", str(filled)]) == 0
    assert capsys.readouterr().out.splitlines() == lines


def test_list_people_uses_register_headers_and_event_filter(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "events", "--db", str(filled)]) == 0
    event_id = capsys.readouterr().out.splitlines()[1].split("\t")[0]
    assert main(["list", "people", "--db", str(filled)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["id", "given name", "family name", "e-mail", "phone",
                                    "organisation", "town", "country", "category"]
    assert [line.split("\t")[2] for line in lines[1:]] == ["Đurđević", "Wójcik"]
    assert lines[1].split("\t")[5:9] == ["Grad Šibenik", "", "HR", "public officer"]
    assert main(["list", "people", "--db", str(filled), "--event", event_id]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].endswith("\trole")
    assert len(rows) == 2 and rows[1].endswith("\tspeaker")
    assert main(["list", "sessions", "--db", str(filled), "--event", event_id]) == 0
    sessions = capsys.readouterr().out.splitlines()
    assert sessions[1].split("\t")[2:5] == ["Opening", "2021-05-10 09:00", "2021-05-10 10:00"]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["list", "events", "--db", "{missing}"], 1, "There is no database"),
        (["list", "people", "--db", "{db}", "--event", "nope"], 1, "No event with id nope"),
        (["list", "planets", "--db", "{db}"], 2, "invalid choice"),
        (["list", "events"], 2, "--db"),
        (["frobnicate"], 2, "invalid choice"),
        (["list", "events", "--database-url", "nonsense"], 1, "Cannot open the database"),
        (["list", "events", "--database-url", "postgresql+psycopg://u:secret@localhost:1/x"], 1,
         "u:***@localhost"),
    ],
)
def test_mistakes_give_one_line_and_non_zero_exit(
    filled: Path, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    argv = [a.format(db=filled, missing=tmp_path / "missing.sqlite") for a in args]
    result = run(*argv)
    assert result.returncode == code
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "missing.sqlite").exists()


def test_batch_commands_do_not_load_qt(filled: Path) -> None:
    code = (
        "import sys; from ecnet_desktop.__main__ import main;"
        f"rc = main(['list', 'people', '--db', {str(filled)!r}]);"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, timeout=120)
    assert result.returncode == 0, result.stderr


def test_smoke_test_starts_the_window_and_exits_zero() -> None:
    result = run("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke test ok" in result.stdout
