"""Rotating logs and the exception hooks, without Qt: what a support person would find."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop import __version__, logging_setup
from ecnet_desktop.logging_setup import ErrorReport, ExceptionHooks, current_log_path, setup_logging


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.__class__.__name__ == "_OurHandler":
            root.removeHandler(handler)
            handler.close()


def test_log_goes_to_the_user_data_folder_by_default(data_dir: Path, log_folder: Path) -> None:
    path = setup_logging()
    assert path == data_dir / "logs" / "ecnet-desktop.log"
    assert current_log_path() == path
    logging.getLogger("ecnet_desktop.test").info("hello from the desk")
    text = path.read_text(encoding="utf-8")
    assert f"EC-NET Desktop {__version__} started" in text
    assert "hello from the desk" in text


def test_setting_up_twice_keeps_one_handler(log_folder: Path) -> None:
    setup_logging(log_folder)
    setup_logging(log_folder)
    logging.getLogger("ecnet_desktop.test").warning("only once")
    assert (log_folder / "ecnet-desktop.log").read_text(encoding="utf-8").count("only once") == 1


def test_logs_rotate_and_old_files_are_dropped(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging_setup, "MAX_LOG_BYTES", 2_000)
    setup_logging(log_folder)
    for n in range(400):
        logging.getLogger("ecnet_desktop.test").info("line %d %s", n, "x" * 40)
    files = sorted(p.name for p in log_folder.iterdir())
    assert "ecnet-desktop.log.1" in files
    assert len(files) == logging_setup.LOG_FILES_KEPT + 1  # never more than that
    assert all(p.stat().st_size <= 2_200 for p in log_folder.iterdir())


def _raise() -> None:
    raise RuntimeError("the printer caught fire")


def test_uncaught_error_is_logged_and_reported(log_folder: Path) -> None:
    setup_logging(log_folder)
    reports: list[ErrorReport] = []
    hooks = ExceptionHooks(reports.append).install()
    try:
        try:
            _raise()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        hooks.uninstall()
    assert reports[0].summary == "RuntimeError: the printer caught fire"
    assert "_raise" in reports[0].details and __version__ in reports[0].details
    assert reports[0].log_path == log_folder / "ecnet-desktop.log"
    assert "the printer caught fire" in reports[0].log_path.read_text(encoding="utf-8")


def test_error_in_a_thread_is_reported_with_the_thread_name(log_folder: Path) -> None:
    reports: list[ErrorReport] = []
    hooks = ExceptionHooks(reports.append).install()
    try:
        worker = threading.Thread(target=_raise, name="export-worker")
        worker.start()
        worker.join()
    finally:
        hooks.uninstall()
    assert len(reports) == 1
    assert "Thread: export-worker" in reports[0].details


def test_ctrl_c_is_not_an_error_report(monkeypatch: pytest.MonkeyPatch) -> None:
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, _v, _tb: passed_on.append(kind))
    reports: list[ErrorReport] = []
    hooks = ExceptionHooks(reports.append).install()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        hooks.uninstall()
    assert passed_on == [KeyboardInterrupt] and reports == []


def test_a_failing_reporter_does_not_hide_the_error(log_folder: Path) -> None:
    setup_logging(log_folder)

    def broken(_report: ErrorReport) -> None:
        raise ValueError("dialog broke")

    hooks = ExceptionHooks(broken).install()
    try:
        sys.excepthook(RuntimeError, RuntimeError("original"), None)
    finally:
        hooks.uninstall()
    text = (log_folder / "ecnet-desktop.log").read_text(encoding="utf-8")
    assert "original" in text and "the error report could not be shown" in text
