"""`ecnet-desktop print toolkit|recommendations`: no --event needed, PDF or xlsx by suffix;
the other documents still ask for --event in one line."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import openpyxl
import pytest

from ecnet_desktop.cli_print import add_print_arguments, print_command
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.toolkit_seed import seed_toolkit


def run(*argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--database-url")
    add_print_arguments(parser)
    out = io.StringIO()
    return print_command(parser.parse_args(list(argv)), out), out.getvalue()


def test_toolkit_pdf_and_xlsx(services: Services, db_path: Path, tmp_path: Path) -> None:
    seed_toolkit(services.methodologies)
    services.close()
    pdf = tmp_path / "toolkit.pdf"
    code, printed = run("toolkit", "--db", str(db_path), "--out", str(pdf))
    assert code == 0 and printed.startswith(f"Wrote {pdf} (") and "pages" in printed
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "toolkit.xlsx"
    code, printed = run("toolkit", "--db", str(db_path), "--out", str(xlsx))
    assert code == 0 and "rows" in printed
    names = {r[2] for r in openpyxl.load_workbook(xlsx).active.iter_rows(min_row=5,
                                                                          values_only=True)}
    assert "World café" in names


def test_recommendations_of_an_empty_database(db_path: Path, tmp_path: Path,
                                              services: Services) -> None:
    services.close()
    out = tmp_path / "r.pdf"
    code, printed = run("recommendations", "--db", str(db_path), "--out", str(out))
    assert code == 0 and out.exists() and "1 page" in printed


def test_other_documents_still_need_an_event(services: Services, db_path: Path,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    out = tmp_path / "a.pdf"
    code, _ = run("attendance", "--db", str(db_path), "--out", str(out))
    err = capsys.readouterr().err
    assert code == 1 and "--event is required" in err and err.count("\n") == 1
    assert not out.exists()
