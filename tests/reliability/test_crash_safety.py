"""A laptop that dies mid-write keeps a sound database with every change it said was saved.

A child process writes through the services and prints each id once its transaction has
committed; the test kills it with SIGKILL at random moments, then checks the file with plain
sqlite3. A control child that says "saved" before committing proves the check can fail.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ecnet_desktop.services.container import Services

WORKER = Path(__file__).with_name("crash_worker.py")
REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks writers")


@dataclass
class Acked:
    """Everything the writers reported as saved, across all runs on one database."""

    people: set[str] = field(default_factory=set)
    registrations: set[str] = field(default_factory=set)
    phones: dict[str, str] = field(default_factory=dict)

    def add(self, line: str) -> None:
        parts = line.split()
        if parts[1] == "person":
            self.people.add(parts[2])
        elif parts[1] == "registration":
            self.registrations.add(parts[2])
        elif parts[1] == "phone":
            self.phones[parts[2]] = " ".join(parts[3:])
        else:
            raise AssertionError(f"unexpected line from the writer: {line!r}")

    def __len__(self) -> int:
        return len(self.people) + len(self.registrations) + len(self.phones)


@dataclass
class Run:
    acks: int
    ending: str


class Writers:
    """The child process; each run forks a writer that the test kills."""

    def __init__(self, errors: Path) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p))
        self.errors = errors
        self._stderr = errors.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr, text=True, env=env, cwd=REPO,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def _next(self, deadline: float) -> str | None:
        """The next line, or None when nothing arrives before the deadline."""
        try:
            line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.0))
        except queue.Empty:
            return None
        if line is None:
            raise AssertionError(f"the worker process died:\n{self.errors.read_text()}")
        return line

    def run(self, mode: str, db: Path, acked: Acked, *, delay: float = 0.0,
            after_acks: int = 0) -> Run:
        """Start a writer, kill it after ``after_acks`` acks plus ``delay`` seconds."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{mode}\t{db}\n")
        self.proc.stdin.flush()
        first = self._next(time.monotonic() + TIMEOUT)
        assert first is not None and first.startswith("pid "), first
        pid = int(first.split()[1])
        count = 0
        ending = ""
        deadline = time.monotonic() + TIMEOUT
        while count < after_acks and not ending:
            line = self._next(deadline)
            assert line is not None, f"no acknowledgement within {TIMEOUT} s"
            if line.startswith("ack "):
                acked.add(line)
                count += 1
            else:
                ending = line
        kill_at = time.monotonic() + delay
        while not ending and time.monotonic() < kill_at:
            line = self._next(kill_at)
            if line is None:
                break
            if line.startswith("ack "):
                acked.add(line)
                count += 1
            else:
                ending = line
        if not ending:
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + TIMEOUT
        while not ending:  # everything written before the kill is in the pipe before "exit"
            line = self._next(deadline)
            assert line is not None, "the writer did not end after SIGKILL"
            if line.startswith("ack "):
                acked.add(line)
                count += 1
            else:
                ending = line
        return Run(count, ending)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self._reader.join(TIMEOUT)
            assert self.proc.stdout is not None
            self.proc.stdout.close()
            self._stderr.close()


@pytest.fixture
def writers(tmp_path: Path) -> Iterator[Writers]:
    w = Writers(tmp_path / "worker-stderr.txt")
    try:
        yield w
    finally:
        w.close()


def problems(db: Path, acked: Acked) -> list[str]:
    """What a person would lose or trip over after the crash; empty when all is well."""
    if not db.exists():
        return [f"database missing, but {len(acked)} changes were acknowledged"] if acked else []
    con = sqlite3.connect(db)
    try:
        found: list[str] = []
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            found.append(f"integrity_check: {integrity}")
        dangling = con.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            found.append(f"foreign_key_check: {dangling[:5]}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "people" not in tables:
            if acked:
                found.append(f"no people table, but {len(acked)} changes were acknowledged")
            return found
        phones = dict(con.execute("SELECT id, phone FROM people").fetchall())
        registrations = {r[0] for r in con.execute("SELECT id FROM registrations")}
    finally:
        con.close()
    lost_people = acked.people - phones.keys()
    if lost_people:
        found.append(f"{len(lost_people)} acknowledged people lost, e.g. {min(lost_people)}")
    lost_regs = acked.registrations - registrations
    if lost_regs:
        found.append(f"{len(lost_regs)} acknowledged registrations lost")
    lost_edits = {p for p, phone in acked.phones.items() if phones.get(p) != phone}
    if lost_edits:
        found.append(f"{len(lost_edits)} acknowledged phone edits lost")
    return found


@pytest.mark.slow
def test_killing_the_writer_at_random_moments_loses_nothing_acknowledged(
    writers: Writers, tmp_path: Path
) -> None:
    db = tmp_path / "desk.sqlite"
    rng = random.Random(20220923)
    acked = Acked()
    runs: list[Run] = []
    for kill in range(44):
        # Mostly mid-stream; now and then while the database is being opened or created
        # (opening takes about 0.1 s in the writer).
        opening = kill % 5 == 0
        delay = rng.uniform(0.0, 0.12) if opening else rng.uniform(0.0, 0.25)
        run = writers.run("commit", db, acked, delay=delay, after_acks=0 if opening else 1)
        runs.append(run)
        assert run.ending == f"exit signal {signal.SIGKILL}", (
            f"kill {kill}: the writer ended by itself ({run.ending}):\n"
            f"{writers.errors.read_text()}"
        )
        assert problems(db, acked) == [], f"after kill {kill} ({delay:.3f} s)"

    killed_mid_stream = sum(1 for r in runs if r.acks > 0)
    assert killed_mid_stream >= 35, [r.acks for r in runs]
    assert len(acked.people) > 200
    assert acked.registrations and acked.phones

    # And the app itself still opens the file, with everything that was acknowledged.
    services = Services.open(db)
    try:
        listed = {p.id for p in services.people.list()}
        assert acked.people <= listed
        assert services.people.count() == len(listed)
    finally:
        services.close()


def test_control_acknowledging_before_commit_is_caught(writers: Writers, tmp_path: Path) -> None:
    # Proves the check above can fail: an app that says "saved" before it commits loses
    # acknowledged rows when it is killed, and problems() reports them.
    rng = random.Random(7)
    caught = []
    for attempt in range(5):
        db = tmp_path / f"careless-{attempt}.sqlite"
        acked = Acked()
        run = writers.run("ack-before-commit", db, acked, after_acks=rng.randint(1, 60))
        assert run.ending == f"exit signal {signal.SIGKILL}", writers.errors.read_text()
        assert run.acks > 0
        found = problems(db, acked)
        if any("acknowledged people lost" in p for p in found):
            caught.append(attempt)
    assert caught, "the crash check never noticed a lost acknowledged change"


def test_control_a_missing_acknowledged_edit_is_reported(tmp_path: Path) -> None:
    # The check also notices a lost registration and a lost edit, not only lost people.
    db = tmp_path / "edits.sqlite"
    services = Services.open(db)
    try:
        person = services.people.create(given_name="Ana", phone="+385 1 111 1111")
    finally:
        services.close()
    acked = Acked()
    acked.add(f"ack person {person.id}")
    assert problems(db, acked) == []
    acked.add(f"ack phone {person.id} +385 1 222 2222")
    acked.add("ack registration 00000000-0000-4000-8000-000000000000")
    found = problems(db, acked)
    assert any("phone edits lost" in p for p in found)
    assert any("registrations lost" in p for p in found)
