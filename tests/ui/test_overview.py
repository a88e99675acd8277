"""The Overview section on the M demo: the numbers a coordinator reads agree with the
attendance matrix, targets are edited (and undone) like any edit, charts save as PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.ui.overview_targets import TargetsDialog
from ecnet_desktop.ui.overview_view import CHARTS, OverviewSection


@pytest.fixture
def overview(qtbot: QtBot, ctx: AppContext) -> OverviewSection:
    generate_demo(ctx.services.database, size="M", seed=1)
    section = OverviewSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    qtbot.waitUntil(lambda: section.figures is not None, timeout=10000)
    return section


def test_numbers_agree_with_the_attendance_matrix(overview: OverviewSection,
                                                  ctx: AppContext) -> None:
    events = ctx.services.events.list()
    matrices = [ctx.services.checkin.matrix(e.id) for e in events]
    ticks = sum(m.total for m in matrices)
    figures = overview.figures
    assert figures is not None
    assert overview.tiles["attendances"].value.text().replace(",", "") == str(ticks)
    # Everyone present in some matrix is a participant, staff or an interpreter.
    present = {row.person.id for m in matrices for row in m.rows if row.total}
    assert len(figures.people) == len(present)
    participants = len(figures.participants)
    assert overview.tiles["participants"].value.text().replace(",", "") == str(participants)
    assert overview.target_rows["participants"].text.text().replace(",", "") == \
        f"{participants} of 600"
    assert overview.target_rows["events"].text.text() == "6 of 6"
    assert overview.tiles["staff"].value.text() == f"{figures.staff} / {figures.interpreters}"
    for key in CHARTS:
        assert overview.charts[key].view.chart().series(), key


def test_targets_are_edited_from_the_keyboard_and_undone(qtbot: QtBot, overview: OverviewSection,
                                                         ctx: AppContext) -> None:
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TargetsDialog)
        spin = dialog.findChild(QSpinBox, "targetParticipants")
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "700")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(overview.targets_button, Qt.MouseButton.LeftButton)

    assert ctx.services.project.targets().participants == 700
    qtbot.waitUntil(lambda: overview.target_rows["participants"].text.text().endswith(
        "of 700"))
    ctx.undo_stack.undo()
    assert ctx.services.project.targets().participants == 600
    qtbot.waitUntil(lambda: overview.target_rows["participants"].text.text().endswith(
        "of 600"))


def test_scope_counts_only_that_kind_of_event(qtbot: QtBot, overview: OverviewSection) -> None:
    overview.scope_combo.setCurrentIndex(overview.scope_combo.findData("local_working_group"))
    qtbot.waitUntil(lambda: overview.figures is not None
                    and overview.figures.kind == "local_working_group")
    assert overview.target_rows["events"].text.text() == "0 of 6"
    assert all(not e.is_international_event for e in overview.figures.events)


def test_a_stale_count_is_dropped(qtbot: QtBot, overview: OverviewSection) -> None:
    shown = overview.figures
    overview.reload()
    overview._loaded(overview._generation - 1, shown)  # an older answer arriving late
    assert overview.busy.isVisible()  # still waiting for the newest count
    qtbot.waitUntil(lambda: not overview.busy.isVisible())


def test_save_chart_as_png(qtbot: QtBot, overview: OverviewSection, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "countries"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "PNG images (*.png)"))
    qtbot.mouseClick(overview.charts["country"].save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "countries.png"
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert "Saved" in overview.status.text()
