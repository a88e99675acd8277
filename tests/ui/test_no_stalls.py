"""The GUI thread never works longer than ~100 ms at a time in the main flows (M and L demos).

Open the window, visit every section, type in the People search and in the check-in search key
by key, pick an event: a StallDetector ticking on the GUI thread records every gap, and no gap
may hold more than STALL_MS of GUI-thread work (the issue's bound for L; DESIGN.md section 10).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.ui.main_window import MainWindow
from ecnet_desktop.ui.sections import available_sections

from .stall_detector import StallDetector

STALL_MS = 100.0
# A GUI thread blocked (not computing) for this long is a stall whatever the machine's load.
BLOCKED_MS = 1500.0


@pytest.fixture(scope="module")
def medium_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ecnet_desktop.services.container import Services
    from ecnet_desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("stalls") / "medium.sqlite"
    services = Services.open(path)
    try:
        generate_demo(services.database, size="M", seed=1)
    finally:
        services.close()
    return path


# The L demo as the benchmark caches it (tests/perf/bench.py builds it once; a minute).
LARGE_DEMO = Path(__file__).resolve().parents[1] / "perf" / ".cache" / "demo-L-seed1-schema0004.sqlite"


@pytest.fixture(params=[
    "M",
    pytest.param("L", marks=[
        pytest.mark.slow,
        pytest.mark.skipif(not LARGE_DEMO.exists(),
                           reason="no cached L demo: run tests/perf/bench.py once")]),
])
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The `ctx` fixture opens a fresh copy of the M demo, or of the cached L demo."""
    source = LARGE_DEMO if request.param == "L" else request.getfixturevalue("medium_demo")
    target = tmp_path / "ecnet.sqlite"
    shutil.copyfile(source, target)
    return target


def settle(qtbot: QtBot, ctx: AppContext, detector: StallDetector) -> None:
    """Until background work is done and the loop has ticked twice since (the gap is closed)."""
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=20_000)
    ticks = detector.ticks
    qtbot.waitUntil(lambda: detector.ticks >= ticks + 2, timeout=5_000)


def type_slowly(qtbot: QtBot, ctx: AppContext, detector: StallDetector, edit: object,
                text: str, what: str) -> None:
    """Key by key, as a person types: each keystroke's handling is its own gap."""
    for n, char in enumerate(text, 1):
        detector.mark(f"{what}: key {n} ({text[:n]!r})")
        qtbot.keyClick(edit, char)
        settle(qtbot, ctx, detector)


def run_flows(qtbot: QtBot, ctx: AppContext, busiest: str) -> StallDetector:
    """The main flows in a new window, watched by a new detector."""
    detector = StallDetector()
    detector.start()
    detector.mark("open the main window")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.home.counts.text()), timeout=20_000)
    settle(qtbot, ctx, detector)

    for section in available_sections():
        detector.mark(f"show the {section.key} section")
        window.show_section(section.key)
        settle(qtbot, ctx, detector)

    detector.mark("choose the busiest event")
    window.choose_event(busiest)
    settle(qtbot, ctx, detector)
    qtbot.waitUntil(lambda: window.current_event_id() == busiest, timeout=20_000)

    people = window.sections["people"]
    window.show_section("people")
    type_slowly(qtbot, ctx, detector, people.search_edit, "kovac", "People search")
    qtbot.waitUntil(lambda: not people.search.busy, timeout=20_000)

    checkin = window.sections["checkin"]
    detector.mark("show the check-in desk")
    window.show_section("checkin")
    settle(qtbot, ctx, detector)
    type_slowly(qtbot, ctx, detector, checkin.desk.search_edit, "maria", "check-in search")

    events_section = window.sections["events"]
    detector.mark("open an event in the Events section")
    window.show_section("events")
    table = events_section.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    settle(qtbot, ctx, detector)
    detector.mark("move to the next event")
    qtbot.keyClick(table, Qt.Key.Key_Down)
    settle(qtbot, ctx, detector)
    detector.stop()
    window.close()
    assert detector.ticks > 20  # the detector really watched the flows
    return detector


@pytest.mark.perf
def test_main_flows_never_keep_the_gui_thread_busy(qtbot: QtBot, ctx: AppContext) -> None:
    # The test's own look-up, before any measuring: the event with the most registrations.
    events = ctx.services.events.list()
    with contextlib.closing(sqlite3.connect(str(ctx.services.database.path))) as con:
        counts = dict(con.execute("SELECT event_id, count(*) FROM registrations GROUP BY event_id"))
    busiest = max(events, key=lambda e: counts.get(e.id, 0)).id
    # Twice, each step judged by its better run: a machine busy with other processes slows
    # the GUI thread's own CPU time too (shared caches and cores), and it rarely does so twice
    # at the same step; work that really takes too long does, every time.
    runs = [run_flows(qtbot, ctx, busiest) for _ in range(2)]
    worst: dict[str, list[float]] = {}
    for detector in runs:
        per_step: dict[str, float] = {}
        for gap in detector.gaps:
            per_step[gap.label] = max(per_step.get(gap.label, 0.0), gap.cpu_ms)
        for label in per_step.keys() | worst.keys():
            worst.setdefault(label, []).append(per_step.get(label, 0.0))
    too_long = {label: cpu for label, cpu in worst.items() if min(cpu) > STALL_MS}
    blocked = [g for d in runs for g in d.stalls(float("inf"), BLOCKED_MS)]
    print("\n\n".join(d.report() for d in runs))  # shown with -rP: how close to the bound
    assert not too_long and not blocked, "\n\n".join(d.report() for d in runs)


def test_the_detector_sees_a_busy_gui_thread(qtbot: QtBot) -> None:
    """A helper that cannot fail proves nothing: 150 ms of GUI-thread work is a stall."""
    import time

    from PySide6.QtCore import QTimer

    detector = StallDetector()
    detector.start()
    detector.mark("busy on purpose")

    def busy() -> None:
        end = time.thread_time() + 0.15
        while time.thread_time() < end:
            pass

    QTimer.singleShot(20, busy)
    qtbot.waitUntil(lambda: any(g.label == "busy on purpose" and g.cpu_ms >= 140
                                for g in detector.gaps), timeout=5_000)
    detector.stop()
    assert detector.stalls(STALL_MS, BLOCKED_MS)
    assert "busy on purpose" in detector.report()
