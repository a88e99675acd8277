"""The task runner keeps the GUI responsive: results, errors, cancels arrive on the GUI thread."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.domain.i18n import QT_TRANSLATE_NOOP, msg
from ecnet_desktop.domain.progress import Progress
from ecnet_desktop.ui.tasks import TaskRunner


def test_result_arrives_on_gui_thread_while_gui_keeps_running(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}
    worker_threads: list[int] = []
    release = threading.Event()

    def work(progress: Progress) -> int:
        worker_threads.append(threading.get_ident())
        assert release.wait(5)  # held until the GUI thread has got control back
        return 42

    def done(value: object) -> None:
        seen["value"] = value
        seen["thread"] = threading.get_ident()

    runner.start(work, on_success=done)
    # start() returned while the work is still held: the GUI thread was not blocked by it.
    assert "value" not in seen and not release.is_set()
    release.set()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["thread"] == threading.get_ident() != worker_threads[0]
    qtbot.waitUntil(lambda: not runner.busy)


def test_user_error_is_delivered_as_its_message(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[tuple[str, str]] = []

    def work(progress: Progress) -> None:
        raise UserError(msg(QT_TRANSLATE_NOOP("test", "Row {row} is wrong."), row=7))

    runner.start(work, on_error=lambda m, d: errors.append((m, d)))
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [("Row 7 is wrong.", "")]


def test_unexpected_error_carries_details(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[tuple[str, str]] = []

    def work(progress: Progress) -> None:
        raise RuntimeError("disk on fire")

    runner.start(work, on_error=lambda m, d: errors.append((m, d)))
    qtbot.waitUntil(lambda: bool(errors))
    assert errors[0][0] == "disk on fire"
    assert "RuntimeError" in errors[0][1]


def test_cancel_really_stops_the_work_and_reports_progress(qtbot: QtBot) -> None:
    runner = TaskRunner()
    steps: list[int] = []
    outcome: list[str] = []

    def work(progress: Progress) -> str:
        for i in range(10_000):
            progress.step(i, 10_000, "rows")
            time.sleep(0.001)
        return "finished"

    task = runner.start(
        work,
        on_success=lambda r: outcome.append(str(r)),
        on_cancel=lambda: outcome.append("cancelled"),
        on_progress=lambda done, total, label: steps.append(done),
    )
    qtbot.waitUntil(lambda: len(steps) > 5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
    assert max(steps) < 9_999
    assert runner.wait(2000)
