"""`ecnet-desktop erase`: GDPR erasure from the command line, confirmed, one-line errors."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ecnet_desktop.cli_erase import erase_command
from ecnet_desktop.services.container import Services

EMAIL = "erase-me@example.org"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ecnet_desktop", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=300, check=False)


@pytest.fixture
def person(db_path: Path) -> str:
    services = Services.open(db_path)
    try:
        return services.people.create(given_name="Zyxwvutsrqponm", family_name="Kos",
                                      email=EMAIL, country="SI").id
    finally:
        services.close()


def test_erase_with_yes_erases_and_leaves_no_trace_in_the_file(db_path: Path,
                                                               person: str) -> None:
    done = run("erase", "--db", str(db_path), "--person", person, "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"erased {person}:")
    assert EMAIL.encode() not in db_path.read_bytes()
    services = Services.open(db_path, create=False)
    try:
        erased = services.people.get(person)
        assert erased.erased and erased.email == "" and erased.country == "SI"
    finally:
        services.close()


def test_without_yes_and_without_a_terminal_nothing_is_erased(db_path: Path,
                                                              person: str) -> None:
    done = run("erase", "--db", str(db_path), "--person", person, stdin="y\n")
    assert done.returncode == 1
    assert done.stderr.strip() == ("ecnet-desktop: Erasure cannot be undone: add --yes to "
                                   "erase without a question.")
    assert EMAIL.encode() in db_path.read_bytes()


def test_the_question_names_the_person_and_only_yes_erases(db_path: Path,
                                                           person: str) -> None:
    from ecnet_desktop.domain.errors import UserError

    args = argparse.Namespace(db=db_path, database_url=None, person=person, yes=False)
    out = io.StringIO()
    with pytest.raises(UserError, match="Nothing was erased"):
        erase_command(args, out, answer=io.StringIO("n\n"))
    assert "Erase every personal detail of Zyxwvutsrqponm Kos" in out.getvalue()
    assert erase_command(args, out, answer=io.StringIO("yes\n")) == 0
    assert "erased " + person in out.getvalue()


def test_an_unknown_person_is_one_line_on_stderr(db_path: Path, person: str) -> None:
    done = run("erase", "--db", str(db_path), "--person", "no-such-id", "--yes")
    assert done.returncode == 1
    assert done.stderr.strip() == "ecnet-desktop: No person with id no-such-id."
