"""The Toolkit tab: add the standard methods with one click, find one without accents, read
where it was used and what came out of it; the compendium written in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.services.toolkit_seed import toolkit_entries, toolkit_id
from ecnet_desktop.ui.toolkit_view import ToolkitView


def test_seed_find_and_read_where_a_method_was_used(qtbot: QtBot, ctx: AppContext,
                                                    qtmodeltester: object) -> None:
    view = ToolkitView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "0 methodolog" in view.status.text())
    qtbot.mouseClick(view.seed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(toolkit_entries()))
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.proxy)  # type: ignore[attr-defined]
    assert "Added 15" in view.status.text()

    cafe = toolkit_id("world-cafe")
    event = ctx.services.events.create(kind="local_working_group", title="Bari group",
                                       host_town="Bari", country="IT",
                                       start_date=dt.date(2021, 6, 10),
                                       end_date=dt.date(2021, 6, 10))
    session = ctx.services.events.add_session(event.id, title="Café on solidarity",
                                              start=dt.datetime(2021, 6, 10, 9),
                                              end=dt.datetime(2021, 6, 10, 11),
                                              methodology_id=cafe)
    ctx.services.notes.create(session_id=session.id, kind="outcome",
                              text="Three proposals for the council")
    view.reload()
    qtbot.waitUntil(lambda: any(len(u.sessions) for u in view.model.records()))
    view.search.setFocus()
    qtbot.keyClicks(view.search, "cafe")
    assert view.proxy.rowCount() == 1
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    detail = view.detail.toPlainText()
    assert "World café" in detail and "Café on solidarity — Bari group" in detail
    assert "Three proposals for the council" in detail
    assert view.proxy.index(0, 4).data() == "1"  # used once


def test_the_toolkit_compendium_is_written_in_the_background(qtbot: QtBot, ctx: AppContext,
                                                             tmp_path: Path) -> None:
    from ecnet_desktop.services.toolkit_seed import seed_toolkit

    seed_toolkit(ctx.services.methodologies)
    view = ToolkitView(ctx)
    qtbot.addWidget(view)
    out = tmp_path / "toolkit.pdf"
    from ecnet_desktop.ui.toolkit_printing import start_compendium

    start_compendium(ctx, "toolkit", str(out), view.status)
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved"), timeout=15000)
    assert out.read_bytes().startswith(b"%PDF")
