"""The shared record table model passes Qt's model checks; undo reverses service edits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain.errors import ValidationError
from ecnet_desktop.domain.records import EventRecord
from ecnet_desktop.ui.record_model import Column, RecordTableModel, SortRole
from ecnet_desktop.ui.undo import push


def test_record_model_passes_modeltester(qtmodeltester: ModelTester, ctx: AppContext) -> None:
    model: RecordTableModel[EventRecord] = RecordTableModel([
        Column(lambda: "Title", lambda e: e.title),
        Column(lambda: "Start", lambda e: e.start_date.isoformat(), sort=lambda e: e.start_date),
    ])
    for year in (2021, 2020):
        ctx.services.events.create(kind="other", title=f"Meeting {year}",
                                   start_date=dt.date(year, 1, 5))
    model.set_records(ctx.services.events.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Meeting 2020"
    assert model.data(model.index(1, 1), SortRole) == dt.date(2021, 1, 5)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Start"


def test_undo_and_redo_of_an_edit_go_through_services(ctx: AppContext) -> None:
    event = ctx.services.events.create(kind="other", title="Old title",
                                       start_date=dt.date(2021, 1, 5))
    events = ctx.services.events
    push(ctx.undo_stack, "Rename",
         lambda: events.update(event.id, title="New title"),
         lambda _r: events.update(event.id, title="Old title"))
    assert events.get(event.id).title == "New title"
    ctx.undo_stack.undo()
    assert events.get(event.id).title == "Old title"
    ctx.undo_stack.redo()
    assert events.get(event.id).title == "New title"


def test_a_refused_edit_is_not_pushed(ctx: AppContext) -> None:
    event = ctx.services.events.create(kind="other", title="Kept",
                                       start_date=dt.date(2021, 1, 5))
    with pytest.raises(ValidationError):
        push(ctx.undo_stack, "Blank", lambda: ctx.services.events.update(event.id, title=""),
             lambda _r: None)
    assert ctx.undo_stack.count() == 0
    assert ctx.services.events.get(event.id).title == "Kept"


def test_a_refused_undo_is_reported_not_raised(qtbot: object, ctx: AppContext) -> None:
    events = ctx.services.events
    event = events.create(kind="other", title="Short", start_date=dt.date(2021, 1, 5))
    push(ctx.undo_stack, "Longer",
         lambda: events.update(event.id, end_date=dt.date(2021, 1, 7)),
         lambda _r: events.update(event.id, end_date=dt.date(2021, 1, 5)))
    events.add_session(event.id, title="Late", start=dt.datetime(2021, 1, 7, 9),
                       end=dt.datetime(2021, 1, 7, 10))
    seen: list[str] = []
    ctx.undo_stack.refused.connect(seen.append)
    ctx.undo_stack.undo()  # the old end date would drop the new session: refused
    assert seen and "Late" in seen[0]
    assert events.get(event.id).end_date == dt.date(2021, 1, 7)
