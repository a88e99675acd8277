"""`ecnet-desktop research`: the pseudonymised workbook written, mistakes in one line."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from ecnet_desktop.cli import build_parser, run_command
from ecnet_desktop.services.container import Services


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(["research", *argv]), out)
    return code, out.getvalue()


def test_research_writes_the_workbook(db_path: Path, tmp_path: Path) -> None:
    services = Services.open(db_path)
    guide = services.interviews.create_guide("Short", questions=[
        {"type": "likert", "name": "european", "text": {"en": "More European?"}}])
    question = services.interviews.questions(guide.id)[0]
    interview = services.interviews.start(guide.id, category="citizen", country="IT")
    services.interviews.record_consent(interview.id, True)
    services.interviews.complete(interview.id, {question.id: 5})
    services.close()
    out = tmp_path / "research.xlsx"
    code, printed = run("--db", str(db_path), "--out", str(out))
    assert code == 0
    assert "1 interviews from 1 guides" in printed
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Codebook", "Short"]
    assert wb["Short"]["I2"].value == 5


def test_research_on_a_missing_database_is_one_line(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, _printed = run("--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "x.xlsx"))
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("ecnet-desktop: ") and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()
