"""Background work for the GUI: QThreadPool tasks with progress, cooperative cancel, and
results or errors delivered back on the GUI thread (the window never freezes)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ..domain.errors import Cancelled, UserError
from ..domain.progress import CancelToken, Progress
from .i18n import render

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]


class _Signals(QObject):
    """Signal carrier: QRunnable is not a QObject, so it borrows this one's queued signals."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # user-facing message, technical details
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """Runs ``work(progress)`` on a pool thread; only immutable values cross back."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it alive until its signals arrived
        self.work = work
        self.token = CancelToken()
        self.signals = _Signals()

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        progress = Progress(self.signals.progress.emit, self.token)
        try:
            result = self.work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(render(exc.message), "")
        except Exception as exc:
            log.exception("background task failed")
            self.signals.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            if self.token.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on its own pool and keeps references until each has finished."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def start(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task(work)
        # Queued connections: callbacks run on the GUI thread, whatever thread emits.
        queued = Qt.ConnectionType.QueuedConnection
        if on_success:
            task.signals.succeeded.connect(on_success, queued)
        if on_error:
            task.signals.failed.connect(on_error, queued)
        if on_cancel:
            task.signals.cancelled.connect(on_cancel, queued)
        if on_progress:
            task.signals.progress.connect(on_progress, queued)
        task.signals.finished.connect(lambda: self._done(task), queued)
        self._running.add(task)
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def _done(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown and tests only)."""
        return bool(self.pool.waitForDone(msecs))


class ProgressRunner(QObject):
    """A task shown in a modal progress dialog with a Cancel button that really cancels."""

    def __init__(self, runner: TaskRunner, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.task: Task | None = None

    def start(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_error: Callable[[str, str], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        def finish_ok(result: Any) -> None:
            self._close()
            on_success(result)

        def finish_error(message: str, details: str) -> None:
            self._close()
            on_error(message, details)

        def finish_cancel() -> None:
            self._close()
            if on_cancel:
                on_cancel()

        self.task = self.runner.start(
            work, on_success=finish_ok, on_error=finish_error, on_cancel=finish_cancel,
            on_progress=self._progress,
        )
        self.dialog.canceled.connect(self._cancel)
        return self.task

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if label:
            self.dialog.setLabelText(label)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.reset()
        self.dialog.close()
        self.deleteLater()


def if_alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """``callback`` for a task's result, skipped when ``owner`` was destroyed meanwhile (a
    dialog closed while its query ran): the result has nowhere to go."""

    def guarded(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return guarded
