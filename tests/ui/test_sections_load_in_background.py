"""Sections load their lists off the GUI thread: they say so while loading, and a section closed
before its results arrive simply drops them (no error from a deleted widget)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext


def _interviews(ctx: AppContext) -> QWidget:
    from ecnet_desktop.ui.interviews_view import InterviewsSection

    return InterviewsSection(ctx)


def _overview(ctx: AppContext) -> QWidget:
    from ecnet_desktop.ui.overview_view import OverviewSection

    return OverviewSection(ctx)


def _events(ctx: AppContext) -> QWidget:
    from ecnet_desktop.ui.events_view import EventsSection

    return EventsSection(ctx)


@pytest.mark.parametrize("build", [_interviews, _overview, _events])
def test_a_section_closed_while_loading_drops_its_results(
        qtbot: QtBot, ctx: AppContext, build: Callable[[AppContext], QWidget]) -> None:
    widget = build(ctx)
    widget.show()
    assert ctx.runner.busy  # its lists are on their way, not read on the GUI thread
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    # pytest-qt fails the test if a result is applied to the deleted widgets.
    qtbot.waitUntil(lambda: not ctx.runner.busy)


def test_the_interviews_list_says_it_is_loading(qtbot: QtBot, ctx: AppContext) -> None:
    from ecnet_desktop.ui.interviews_view import InterviewsSection

    section = InterviewsSection(ctx)
    qtbot.addWidget(section)
    section.show()
    tab = section.interviews_tab
    assert tab.count.text() == "Loading interviews…"
    assert "Loading" in tab.empty_hint.label.text()
    qtbot.waitUntil(lambda: tab.count.text() == "0 interviews")
    assert "No interviews to show" in tab.empty_hint.label.text()
