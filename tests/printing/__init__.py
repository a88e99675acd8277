"""Tests of the printed documents, read back with poppler (pdftotext, pdffonts) and zbarimg."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

# The 14 standard PDF fonts, which know only Latin-1 and are never embedded.
STANDARD_FONTS = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def run(*command: str) -> str:
    """Run a poppler or zbar tool; installed for tests by `.ci/system-deps test`."""
    if shutil.which(command[0]) is None:
        pytest.fail(f"{command[0]} is missing: run `sh .ci/system-deps test` as root")
    done = subprocess.run(command, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def text(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text in drawing order, whitespace collapsed (a name wrapped in its cell
    reads as one string again)."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return " ".join(run("pdftotext", "-raw", *pages, str(pdf), "-").split())


def layout_lines(pdf: Path) -> list[str]:
    return run("pdftotext", "-layout", str(pdf), "-").splitlines()


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font of the PDF."""
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object ID: "emb" is the 5th field from the end.
        rows.append((parts[0], parts[-5]))
    return rows


def assert_only_embedded_fonts(pdf: Path) -> None:
    found = fonts(pdf)
    assert found, "no fonts at all?"
    for name, embedded in found:
        assert embedded == "yes", f"{name} is not embedded"
        assert not any(std in name for std in STANDARD_FONTS), f"standard font {name} used"
        assert "DejaVu" in name


def page_count(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.MULTILINE)
    assert match
    return int(match.group(1))


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Width and height in points of every page."""
    info = run("pdfinfo", "-f", "1", "-l", str(page_count(pdf)), str(pdf))
    return [(float(w), float(h)) for w, h in
            re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.MULTILINE)]


def flat(value: str) -> str:
    return " ".join(value.split())


def make_demo(path: Path, size: str) -> Path:
    """A demo database (generated once per test module, then copied for each test)."""
    from ecnet_desktop.services.container import Services
    from ecnet_desktop.services.demo import generate_demo

    services = Services.open(path, device_name="Template laptop")
    try:
        generate_demo(services.database, size=size, seed=1)
    finally:
        services.close()
    return path


def copy_database(template: Path, folder: Path) -> Path:
    """A fresh copy of a template database for one test."""
    target = folder / template.name
    shutil.copyfile(template, target)
    return target
