"""Hybrid logical clock: timestamps that order edits across laptops whose clocks disagree.

A timestamp is (wall milliseconds, counter, device id). Its text form has fixed width so that
comparing the strings compares the clocks, and it survives spreadsheets bit-exactly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1
# A remote clock further ahead than this is treated as broken rather than adopted, so one laptop
# with a wrong date cannot drag every replica's clock years into the future.
MAX_DRIFT_MS = 366 * 24 * 3600 * 1000


class ClockError(ValueError):
    """A timestamp text that cannot be parsed, or a remote clock too far ahead."""


@dataclass(frozen=True, order=True)
class Timestamp:
    """One point of the hybrid logical clock; ordered by wall, then counter, then device."""

    wall: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        parts = text.split("-", 2)
        if (
            len(parts) != 3
            or len(parts[0]) != WALL_DIGITS
            or len(parts[1]) != COUNTER_DIGITS
            # isascii(): str.isdigit() also accepts "²" and Arabic-Indic digits.
            or not (parts[0] + parts[1]).isascii()
            or not parts[0].isdigit()
            or not parts[1].isdigit()
            or not parts[2]
        ):
            raise ClockError(f"not a clock: {text!r}")
        return cls(int(parts[0]), int(parts[1]), parts[2])


ZERO = "0" * WALL_DIGITS + "-" + "0" * COUNTER_DIGITS + "-"


class HybridClock:
    """Issues strictly increasing timestamps for one device; thread-safe."""

    def __init__(self, device: str, wall_ms: Callable[[], int] | None = None) -> None:
        if not device:
            raise ValueError("device id required")
        self.device = device
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Timestamp(0, 0, device)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        """A timestamp later than every one issued or observed before."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.wall:
                self._last = Timestamp(wall, 0, self.device)
            else:
                self._bump(self._last.wall)
            return self._last

    def tick(self) -> str:
        """The text form of now()."""
        return str(self.now())

    def observe(self, remote: Timestamp | str, *, trusted: bool = False) -> None:
        """Advance past a timestamp seen in another replica's data (the HLC receive rule).

        ``trusted``: the clock comes from this database itself, so it is adopted however far
        ahead it is (a laptop whose date was reset must still open its own data).
        """
        if isinstance(remote, str):
            remote = Timestamp.parse(remote)
        with self._lock:
            wall = self._wall_ms()
            if not trusted and remote.wall > wall + MAX_DRIFT_MS:
                raise ClockError("remote clock too far ahead")
            top = max(wall, self._last.wall, remote.wall)
            if top == self._last.wall == remote.wall:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall:
                counter = self._last.counter + 1
            elif top == remote.wall:
                counter = remote.counter + 1
            else:
                counter = 0
            if counter > MAX_COUNTER:
                raise ClockError("clock counter overflow")
            self._last = Timestamp(top, counter, self.device)

    def _bump(self, wall: int) -> None:
        counter = self._last.counter + 1
        if counter > MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next millisecond.
            self._last = Timestamp(wall + 1, 0, self.device)
        else:
            self._last = Timestamp(wall, counter, self.device)
