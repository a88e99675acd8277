"""The Recommendations tab: grouped by priority with level and addressee; a similar one is
suggested and linked with a click, and Ctrl+Z unlinks it again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.ui.notes_view import NotesSection


def test_grouped_by_priority_and_linking_similar_ones(qtbot: QtBot, ctx: AppContext,
                                                      qtmodeltester: object) -> None:
    notes = ctx.services.notes
    event = ctx.services.events.create(kind="international_event", title="Pescara 2021",
                                       host_town="Pescara", country="IT",
                                       start_date=dt.date(2021, 11, 18),
                                       end_date=dt.date(2021, 11, 19))
    a = notes.create(event_id=event.id, kind="recommendation", priorities="solidarity",
                     title="Interpretation", level="local", addressee="Municipalities",
                     text="Keep a budget line for interpretation at local events")
    b = notes.create(event_id=event.id, kind="recommendation",
                     priorities="euroscepticism,solidarity",
                     text="A budget line for interpretation at every local event")
    notes.create(event_id=event.id, kind="minutes", text="Not a recommendation")
    section = NotesSection(ctx)
    qtbot.addWidget(section)
    section.show()
    section.tabs.setCurrentIndex(1)
    view = section.recommendations
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)  # b is under two priorities
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    shown = [(view.proxy.index(r, 0).data(), view.proxy.index(r, 1).data())
             for r in range(view.proxy.rowCount())]
    assert shown == [("Euroscepticism", b.heading), ("Solidarity", "Interpretation"),
                     ("Solidarity", b.heading)] or shown == [
        ("Euroscepticism", b.heading), ("Solidarity", b.heading),
        ("Solidarity", "Interpretation")]
    assert view.select(a.id)
    row = view.table.currentIndex().row()
    assert view.proxy.index(row, 2).data() == "local"
    assert view.proxy.index(row, 3).data() == "Municipalities"
    qtbot.waitUntil(lambda: view.similar.count() == 1 and view.link_button.isEnabled())
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    assert notes.get(a.id).related == (b.id,) and notes.get(b.id).related == (a.id,)
    qtbot.waitUntil(lambda: view.linked.count() == 1)
    ctx.undo_stack.undo()
    assert notes.get(a.id).related == () == notes.get(b.id).related
