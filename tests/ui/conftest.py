"""UI fixtures: an AppContext on a fresh database, and the main window built on it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext, build_context, make_application
from ecnet_desktop.ui.main_window import MainWindow
from ecnet_desktop.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def ctx(qapp: object, db_path: Path, settings: Settings) -> Iterator[AppContext]:
    make_application([])
    context = build_context(argparse.Namespace(db=db_path, database_url=None), settings)
    yield context
    context.close()  # waits for every background task: none may outlive its test


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(win.home.counts.text()))
    return win
