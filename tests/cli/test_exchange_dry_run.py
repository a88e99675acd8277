"""`import --dry-run` changes nothing, not even by creating a database that did not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecnet_desktop.__main__ import main
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    services = Services.open(tmp_path / "coordinator.sqlite")
    try:
        for given in ("Ana", "Łukasz", "Γιώργος"):
            services.people.create(given_name=given, family_name="Test", country="SI")
        out = tmp_path / "seed.xlsx"
        export_workbook(services, out)
    finally:
        services.close()
    return out


def test_a_dry_run_on_a_missing_database_previews_and_leaves_no_file(
        workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "laptop" / "new.sqlite"
    laptop.parent.mkdir()
    assert main(["import", "--dry-run", "--db", str(laptop), str(workbook)]) == 0
    out = capsys.readouterr().out
    people = next(line for line in out.splitlines() if line.startswith("People\t"))
    assert people.split("\t")[1:] == ["3", "0", "0", "0", "0"]
    assert "does not exist yet" in out
    assert list(laptop.parent.iterdir()) == []  # no database, no -wal/-shm, no backup


def test_a_dry_run_into_a_missing_folder_is_refused_in_one_line(
        workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "nowhere" / "new.sqlite"
    assert main(["import", "--dry-run", "--db", str(laptop), str(workbook)]) != 0
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
    assert not laptop.parent.exists()


def test_a_dry_run_on_an_existing_database_changes_nothing(
        workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "laptop.sqlite"
    Services.open(laptop).close()
    before = {p.name for p in tmp_path.iterdir()}
    assert main(["import", "--dry-run", "--db", str(laptop), str(workbook)]) == 0
    assert "does not exist yet" not in capsys.readouterr().out
    services = Services.open(laptop, create=False)
    try:
        assert services.people.list() == []
    finally:
        services.close()
    assert {p.name for p in tmp_path.iterdir()} == before  # no import backup either
