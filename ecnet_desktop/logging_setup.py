"""Rotating log files in the user data folder, and hooks that turn uncaught errors into reports."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from . import __version__
from .paths import logs_dir

LOG_FILE_NAME = "ecnet-desktop.log"
MAX_LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 5  # plus the current one: a few days of a busy desk, never a full disk
FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger("ecnet_desktop")


@dataclass(frozen=True)
class ErrorReport:
    """What a person is shown about an unexpected error, and what they can copy for support."""

    summary: str  # one line: the exception's type and message
    details: str  # traceback plus the versions that help whoever reads it
    log_path: Path | None


class _OurHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second setup replaces it."""


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log the app's messages to a rotating file; returns the file's path. Safe to call twice."""
    folder = folder or logs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _OurHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _OurHandler(path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_FILES_KEPT,
                          encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    # The root logger stays at WARNING for libraries; our own package logs from `level` up.
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    log.setLevel(level)
    log.info("EC-NET Desktop %s started on %s, Python %s", __version__, platform.platform(),
             platform.python_version())
    return path


def current_log_path() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _OurHandler):
            return Path(handler.baseFilename)
    return None


def make_report(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None, where: str = "") -> ErrorReport:
    summary = "".join(traceback.format_exception_only(kind, value)).strip()
    lines = [
        f"EC-NET Desktop {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
    ]
    if where:
        lines.append(where)
    lines += ["", "".join(traceback.format_exception(kind, value, tb)).rstrip()]
    return ErrorReport(summary, "\n".join(lines), current_log_path())


Reporter = Callable[[ErrorReport], None]


class ExceptionHooks:
    """sys.excepthook and threading.excepthook: log the error, then hand a report on.

    The reporter is called on whatever thread failed; the UI side moves it to the GUI thread.
    """

    def __init__(self, report: Reporter) -> None:
        self.report = report
        self._old_sys = sys.excepthook
        self._old_threading = threading.excepthook
        self.installed = False

    def install(self) -> ExceptionHooks:
        self._old_sys = sys.excepthook
        self._old_threading = threading.excepthook
        sys.excepthook = self.sys_hook
        threading.excepthook = self.thread_hook
        self.installed = True
        return self

    def uninstall(self) -> None:
        if self.installed:
            sys.excepthook = self._old_sys
            threading.excepthook = self._old_threading
            self.installed = False

    def sys_hook(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._old_sys(kind, value, tb)  # Ctrl+C in a terminal still stops the app
            return
        self._handle(kind, value, tb, "")

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self._handle(args.exc_type, args.exc_value, args.exc_traceback, f"Thread: {name}")

    def _handle(self, kind: type[BaseException], value: BaseException,
                tb: TracebackType | None, where: str) -> None:
        log.critical("Unexpected error%s", f" ({where})" if where else "",
                     exc_info=(kind, value, tb))
        try:
            self.report(make_report(kind, value, tb, where))
        except Exception:
            # A failing reporter must not hide the original error: it is in the log already.
            log.exception("the error report could not be shown")
