"""Detecting event-loop stalls: how long the GUI thread went without getting back to its loop.

A precise 10 ms QTimer ticks on the GUI thread while a flow runs. When the thread is busy (a
query, building a widget, a model reset) the next tick comes late; the gap between two ticks is
how long the window could not repaint or take a key.

A busy CI machine also delays ticks when the operating system simply runs another process, which
is not our work. So every gap records the wall-clock time and the CPU time the GUI thread itself
spent in it (``time.thread_time``): a stall is GUI-thread *work* over the limit. Waiting on a
lock or a disk looks like no work at all, so a wall-clock bound, looser by default, catches a
GUI thread blocked on something rather than computing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

TICK_MS = 10


@dataclass(frozen=True)
class Gap:
    """One late tick: what ran, and how long the loop was away (milliseconds)."""

    label: str
    wall_ms: float
    cpu_ms: float


class StallDetector(QObject):
    """Ticks on the GUI thread and keeps the gaps longer than a tick, labelled by flow step."""

    def __init__(self, parent: QObject | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.tick_ms = tick_ms
        self.gaps: list[Gap] = []
        self.ticks = 0
        self.label = ""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._wall = 0.0
        self._cpu = 0.0

    def start(self) -> None:
        """Start measuring now: work done before the next tick counts as the first gap."""
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()  # the time since the last tick counts too

    def mark(self, label: str) -> None:
        """Name the flow step now running: gaps that end from here on are put down to it."""
        self.label = label

    def _tick(self) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        gap_wall = (wall - self._wall) * 1000
        gap_cpu = (cpu - self._cpu) * 1000
        self._wall, self._cpu = wall, cpu
        self.ticks += 1
        if gap_wall > 2 * self.tick_ms:
            self.gaps.append(Gap(self.label, gap_wall, gap_cpu))

    def stalls(self, cpu_limit_ms: float, wall_limit_ms: float) -> list[Gap]:
        """Gaps with more GUI-thread work than ``cpu_limit_ms``, or longer than ``wall_limit_ms``."""
        return [g for g in self.gaps if g.cpu_ms > cpu_limit_ms or g.wall_ms > wall_limit_ms]

    def worst(self) -> Gap | None:
        return max(self.gaps, key=lambda g: g.cpu_ms, default=None)

    def report(self) -> str:
        """The longest gaps, for the failure message of a test."""
        gaps = sorted(self.gaps, key=lambda g: -g.cpu_ms)[:10]
        return "\n".join(f"{g.label or '?'}: {g.cpu_ms:.0f} ms GUI-thread work in a "
                         f"{g.wall_ms:.0f} ms gap" for g in gaps) or "no gaps"
