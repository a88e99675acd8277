"""`ecnet-desktop register`: a coordinator adds a partner's list from the command line."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from ecnet_desktop.cli_register import add_register_arguments, register_command
from ecnet_desktop.services.container import Services

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


@pytest.fixture
def samples() -> Path:
    assert SAMPLES.is_dir(), f"the sample files are missing: {SAMPLES}"
    return SAMPLES


@pytest.fixture
def event_id(db_path: Path) -> str:
    services = Services.open(db_path)
    try:
        return services.events.create(kind="international_event", title="Bari 2021",
                                      country="IT", start_date="2021-05-10").id
    finally:
        services.close()


def args(db: Path, event: str, file: Path, *extra: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--database-url")
    add_register_arguments(parser)
    return parser.parse_args(["--db", str(db), "--event", event, str(file), *extra])


def people(db: Path) -> list[str]:
    services = Services.open(db)
    try:
        return sorted(p.full_name for p in services.people.list())
    finally:
        services.close()


def test_register_prints_a_summary_and_imports(
        db_path: Path, event_id: str, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    code = register_command(args(db_path, event_id, samples / "registrations_online_form.csv"),
                            out)
    assert code == 0
    text = out.getvalue()
    assert "registrations_online_form.csv (utf-8, separated by commas), header on row 1" in text
    assert ("New people: 5; people already in the database: 0; rows repeated in the file: 1; "
            "rows rejected: 1.") in text
    assert "Row 5 repeats row 4 (Ana Gonçalves): skipped." in text
    assert "Row 6, column “Email address”: “jan.kowalski@example” is not an e-mail" in text
    assert "Imported. People created: 5;" in text
    assert capsys.readouterr().err == ""
    assert len(people(db_path)) == 5


def test_second_run_registers_existing_people(
        db_path: Path, event_id: str, samples: Path) -> None:
    path = samples / "registrations_szentendre_cp1250.csv"
    assert register_command(args(db_path, event_id, path), io.StringIO()) == 0
    out = io.StringIO()
    assert register_command(args(db_path, event_id, path), out) == 0
    assert "Row 4: Ödön Szőke matches Ödön Szőke in the database (similar name), already registered" in out.getvalue()
    assert "already registered for this event: 4" in out.getvalue()
    assert people(db_path) == ["Anna Kovács", "Péter Nagy", "Zsuzsanna Tóth-Bíró",
                               "Ödön Szőke"]


def test_xlsx_with_sheet_and_unknown_headers(
        db_path: Path, event_id: str, samples: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    path = samples / "registrations_sibenik_handmade.xlsx"
    assert register_command(args(db_path, event_id, path, "--sheet", "Prijave"), out) == 0
    assert "sheet “Prijave”, header on row 3" in out.getvalue()
    odd = tmp_path / "odd.csv"
    odd.write_text("First name;Last name;Dieta\nAna;Kos;vegan\n", encoding="utf-8")
    out = io.StringIO()
    assert register_command(args(db_path, event_id, odd), out) == 0
    assert "Unknown columns, not imported: “Dieta”." in out.getvalue()


def test_dry_run_changes_nothing(db_path: Path, event_id: str, samples: Path) -> None:
    out = io.StringIO()
    path = samples / "registrations_online_form.csv"
    assert register_command(args(db_path, event_id, path, "--dry-run"), out) == 0
    assert "Dry run: nothing was changed." in out.getvalue()
    assert people(db_path) == []


@pytest.mark.parametrize(("make", "reason"), [
    (lambda tmp: tmp / "missing.csv", "There is no file at"),
    (lambda tmp: _write(tmp / "old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 64), "old .xls"),
    (lambda tmp: _write(tmp / "bad.csv", b"First name,Last name,E-mail\nA,B,nope\n"),
     "No valid row to import in bad.csv; nothing was changed."),
])
def test_unreadable_files_fail_with_one_line(
        db_path: Path, event_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        make: object, reason: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    assert register_command(args(db_path, event_id, path), io.StringIO()) == 1
    err = capsys.readouterr().err
    assert err.startswith("ecnet-desktop: ") and reason in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert people(db_path) == []


def test_unknown_event_or_database_fail_with_one_line(
        db_path: Path, event_id: str, samples: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = samples / "registrations_online_form.csv"
    assert register_command(args(db_path, "no-such-id", path), io.StringIO()) == 1
    assert capsys.readouterr().err == "ecnet-desktop: No event with id no-such-id.\n"
    assert register_command(args(tmp_path / "none.sqlite", event_id, path), io.StringIO()) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_register_through_the_real_command_line(db_path: Path, event_id: str, samples: Path) -> None:
    import os
    import subprocess
    import sys

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ecnet_desktop", *argv], capture_output=True,
                              text=True, check=False, timeout=120,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))

    done = cli("register", "--db", str(db_path), "--event", event_id,
               str(samples / "registrations_szentendre_cp1250.csv"))
    assert done.returncode == 0, done.stderr
    listed = cli("list", "people", "--db", str(db_path), "--event", event_id)
    assert listed.returncode == 0
    names = [line.split("\t")[2] for line in listed.stdout.splitlines()[1:]]
    assert len(names) == 4 and any("ő" in n or "ű" in n or "á" in n for n in names)
    missing = cli("register", "--db", str(db_path), "--event", event_id, str(samples / "nope.csv"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
