"""Export and import through the real command line: a laptop seeded from the coordinator's file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ecnet_desktop", *argv], capture_output=True,
                          text=True, check=False, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_seed_a_laptop_then_reimport_changes_nothing(tmp_path: Path) -> None:
    coordinator = tmp_path / "coordinator.sqlite"
    services = Services.open(coordinator)
    generate_demo(services.database, size="S", seed=2)
    services.close()
    seed = tmp_path / "seed.xlsx"
    assert cli("export", "--db", str(coordinator), "--out", str(seed)).returncode == 0
    laptop = tmp_path / "laptop.sqlite"  # does not exist yet: import creates it
    first = cli("import", "--db", str(laptop), str(seed))
    assert first.returncode == 0, first.stderr
    for what in ("events", "sessions", "people"):
        theirs = cli("list", what, "--db", str(coordinator)).stdout
        assert cli("list", what, "--db", str(laptop)).stdout == theirs
    again = cli("import", "--db", str(laptop), str(seed), "--dry-run")
    assert again.returncode == 0
    people = next(line for line in again.stdout.splitlines() if line.startswith("People\t"))
    assert people.split("\t")[1:] == ["0", "0", "150", "0", "0"]
    conflicts = cli("list", "conflicts", "--db", str(laptop))
    assert conflicts.returncode == 0 and conflicts.stdout.splitlines()[0].startswith("id\t")
    bogus = tmp_path / "notes.xlsx"
    bogus.write_text("not a workbook")
    refused = cli("import", "--db", str(laptop), str(bogus))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
