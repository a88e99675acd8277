"""Progress reporting and cooperative cancellation for long work, without Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from .errors import Cancelled


class ProgressCallback(Protocol):
    """Called with (done, total, label); total 0 means unknown."""

    def __call__(self, done: int, total: int, label: str) -> None: ...


def no_progress(done: int, total: int, label: str) -> None:
    """The default progress sink: ignore."""


class CancelToken:
    """Set from any thread; checked by the worker per row or batch."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled when cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()


class Progress:
    """Bundles a callback and a token so services take one optional argument."""

    def __init__(
        self,
        callback: ProgressCallback | Callable[[int, int, str], None] = no_progress,
        token: CancelToken | None = None,
    ) -> None:
        self.callback = callback
        self.token = token or CancelToken()

    def step(self, done: int, total: int, label: str = "") -> None:
        """Report progress, then honour a pending cancel."""
        self.callback(done, total, label)
        self.token.check()
