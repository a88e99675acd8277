"""A long list sorted by its model (one key per row), behind a proxy that only filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.ui.record_model import Column
from ecnet_desktop.ui.sorted_records import SortedRecordModel, SourceSortProxy, sample_sizes


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    day: dt.date | None


COLUMNS = [Column(lambda: "Name", lambda r: r.name),
           Column(lambda: "Day", lambda r: r.day.isoformat() if r.day else "",
                  lambda r: r.day)]


def test_a_header_click_sorts_the_model_and_keeps_the_selection(
        qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model: SortedRecordModel[Row] = SortedRecordModel(COLUMNS)
    proxy = SourceSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    sample_sizes(view)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_records([Row(str(n), f"name {n:05d}", dt.date(2020, 1, 1) + dt.timedelta(n % 97))
                       for n in range(5000, 0, -1)] + [Row("x", "a nameless day", None)])
    qtmodeltester.check(proxy)
    assert proxy.index(0, 0).data() == "a nameless day"
    assert proxy.index(1, 0).data() == "name 00001"
    chosen = QPersistentModelIndex(model.index(model.row_of("42"), 0))
    # By day, newest first: the view asks the proxy, which hands the sort to the model; the
    # row without a day goes last (first when ascending).
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    days = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert days == sorted(days, reverse=True) and days[-1] == ""
    assert model.record(chosen.row()).id == "42"  # the persistent index followed its row
    # New records arrive in the chosen order.
    model.set_records([Row("a", "b", dt.date(2021, 1, 1)), Row("b", "a", dt.date(2022, 1, 1))])
    assert [proxy.index(r, 0).data() for r in range(2)] == ["a", "b"]
