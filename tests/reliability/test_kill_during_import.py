"""An import killed half-way leaves the database as it was before or after, never in between.

A child process imports the exchange workbook of the M demo (about 6,500 rows) into a
coordinator's database and is killed with SIGKILL at a random moment while it writes rows
inside the import's transaction. The database must then equal, value for value and clock for
clock, either its state before the import or the state a complete import produces; and
importing the same file again must produce exactly the complete state.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.store.database import open_database

WORKER = Path(__file__).with_name("import_worker.py")
REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 60.0

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]


def dump(path: Path) -> Any:
    services = Services.open(path)
    try:
        return sync_service(services).canonical_dump()
    finally:
        services.close()


def sound(path: Path) -> list[Any]:
    con = sqlite3.connect(path)
    try:
        return [r for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"] + \
            con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The M workbook, a coordinator database, and its dumps before and after the import."""
    folder = tmp_path_factory.mktemp("import-kill")
    demo = folder / "demo.sqlite"
    database = open_database(demo)
    try:
        generate_demo(database, size="M", seed=1)
    finally:
        database.close()
    workbook = folder / "m.xlsx"
    services = Services.open(demo, device_name="Venue laptop")
    try:
        export_workbook(services, workbook)
    finally:
        services.close()
    base = folder / "coordinator.sqlite"
    services = Services.open(base, device_name="Coordinator")
    try:
        services.people.create(given_name="Ana", family_name="Horvat", country="HR")
        services.organisations.create(name="Grad Zagreb", country="HR")
    finally:
        services.close()
    complete = folder / "complete.sqlite"
    shutil.copyfile(base, complete)
    services = Services.open(complete)
    try:
        import_file(services, workbook, backup=False)
    finally:
        services.close()
    return {"workbook": workbook, "base": base, "before": dump(base), "after": dump(complete)}


def run_and_kill(db: Path, workbook: Path, delay: float, *mode: str,
                 after: int = 1) -> tuple[str, int]:
    """Start the import; kill it ``delay`` s after ``after`` rows are written: (last line, rows)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p))
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db), str(workbook), *mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    assert proc.stdout is not None
    last, rows, kill_at = "", 0, None
    deadline = time.monotonic() + TIMEOUT
    buffered = b""
    try:
        while last != "done":
            now = time.monotonic()
            assert now < deadline, f"no progress from the import within {TIMEOUT} s"
            if kill_at is not None and now >= kill_at:
                break
            wait = (kill_at if kill_at is not None else deadline) - now
            ready, _, _ = select.select([proc.stdout], [], [], max(wait, 0.0))
            if not ready:
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                _, err = proc.communicate(timeout=TIMEOUT)
                raise AssertionError(f"the import ended without 'done':\n{err.decode()[-2000:]}")
            buffered += chunk
            *lines, buffered = buffered.split(b"\n")
            for line in (raw.decode() for raw in lines):
                last = line
                if line.startswith("applying "):
                    rows = int(line.split()[1])
                    if kill_at is None and rows >= after:
                        kill_at = time.monotonic() + delay
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=TIMEOUT)
    return last, rows


def test_an_import_killed_half_way_is_all_or_nothing(setup: dict[str, Any], tmp_path: Path) -> None:
    rng = random.Random(1414)
    outcomes = []
    for kill in range(4):
        db = tmp_path / f"coordinator-{kill}.sqlite"
        shutil.copyfile(setup["base"], db)
        # Killed as soon as a random number of rows is written: a delay after the first
        # progress line would miss the window on a fast machine (the import takes ~1 s).
        last, rows = run_and_kill(db, setup["workbook"], 0.0, after=rng.randint(1, 5_000))
        assert sound(db) == [], f"kill {kill}"
        state = dump(db)
        assert state in (setup["before"], setup["after"]), (
            f"kill {kill} after {rows} rows left the database in between")
        outcomes.append(("after" if state == setup["after"] else "before", last, rows))

        services = Services.open(db)  # the person imports the same file again
        try:
            import_file(services, setup["workbook"])
        finally:
            services.close()
        assert dump(db) == setup["after"], f"kill {kill}: the next import did not complete it"
        assert sound(db) == []

    # The kills really landed while rows were being written, not before or after the work.
    killed_mid_write = [o for o in outcomes if o[0] == "before" and o[2] > 0 and o[1] != "done"]
    assert len(killed_mid_write) >= 3, outcomes


def test_control_an_import_that_commits_sheet_by_sheet_is_caught(
        setup: dict[str, Any], tmp_path: Path) -> None:
    # Proves the check above can fail: killed after its first sheets, an importer that
    # commits per sheet leaves a database that is neither before nor after.
    db = tmp_path / "careless.sqlite"
    shutil.copyfile(setup["base"], db)
    last, rows = run_and_kill(db, setup["workbook"], 0.0, "careless", after=4)
    assert last.startswith("applying") and rows >= 1, last
    assert dump(db) not in (setup["before"], setup["after"])
