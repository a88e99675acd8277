"""Two app instances on one database file both work safely: no lost change, no corruption.

The app takes the route "both are safe" rather than "the second is locked out": SQLite in WAL
mode, every write transaction starting with BEGIN IMMEDIATE (writers queue up instead of
failing half-way) and a busy timeout. Two writer processes run at the same time on one file,
then both are killed; every change either one acknowledged must be there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ecnet_desktop.services.container import Services

from .test_crash_safety import REPO, Acked, Run, Writers, problems

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks writers")


def test_two_instances_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    Services.open(db, device_name="Desk laptop").close()
    first, second = Writers(tmp_path / "first.txt"), Writers(tmp_path / "second.txt")
    acked = [Acked(), Acked()]
    runs: list[Run | BaseException] = [RuntimeError("not run"), RuntimeError("not run")]

    def write(index: int, writers: Writers) -> None:
        try:
            runs[index] = writers.run("commit", db, acked[index], delay=2.0, after_acks=1)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            runs[index] = exc

    try:
        threads = [threading.Thread(target=write, args=(i, w)) for i, w in enumerate((first, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        first.close()
        second.close()
    for run, writers in zip(runs, (first, second), strict=True):
        assert isinstance(run, Run), run
        # Killed by the test, not ended by "database is locked" or any other error.
        assert run.ending == f"exit signal {signal.SIGKILL}", writers.errors.read_text()
        assert run.acks >= 3, run
    merged = Acked()
    for one in acked:
        merged.people |= one.people
        merged.registrations |= one.registrations
        merged.phones |= one.phones
    assert problems(db, merged) == []


OPEN_AND_WRITE = """
import sys
from pathlib import Path
from ecnet_desktop.services.container import Services
services = Services.open(Path(sys.argv[1]), device_name=sys.argv[2])
services.people.create(given_name=sys.argv[2])
services.close()
print("ok")
"""


def test_two_instances_creating_the_same_new_database_both_succeed(tmp_path: Path) -> None:
    # Both start on a path where no database exists yet: both create-and-migrate at once.
    db = tmp_path / "new.sqlite"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AND_WRITE, str(db), name],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for name in ("Ana", "Bojan")]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0 and out.strip() == "ok", err[-3000:]
    services = Services.open(db)
    try:
        assert sorted(p.given_name for p in services.people.list()) == ["Ana", "Bojan"]
    finally:
        services.close()
