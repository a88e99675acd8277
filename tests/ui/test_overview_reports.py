"""The event report in the Reports section: the PDF generated in the background and previewed,
and the event report and project summary workbooks saved from their buttons."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.ui.reports_view import REPORT, ReportsSection


@pytest.fixture
def section(qtbot: QtBot, ctx: AppContext) -> Iterator[ReportsSection]:
    generate_demo(ctx.services.database, size="S", seed=1)
    view = ReportsSection(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitUntil(lambda: view.event_combo.count() == 1)
    yield view
    view.close()


def test_event_report_pdf_is_generated_and_previewed(qtbot: QtBot, section: ReportsSection,
                                                     ctx: AppContext) -> None:
    section.document_combo.setCurrentIndex(section.document_combo.findData(REPORT))
    assert section.options_stack.currentWidget() is section.report_workbooks
    assert "one-third check" in section.hint_label.text()
    qtbot.mouseClick(section.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.generated is not None and not section._busy, timeout=20000)

    assert section.generated is not None
    path = section.generated.result.path
    assert section.generated.result.pages >= 2 and section.page_labels
    body = " ".join(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                                   check=True).stdout.decode().split())
    (event,) = ctx.services.events.list()
    figures = ctx.services.statistics.event_figures(event.id)
    assert "Event report" in body
    assert f"The event involved {len(figures.participants)} participants" in body


def test_workbooks_are_saved_from_their_buttons(qtbot: QtBot, section: ReportsSection,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    section.document_combo.setCurrentIndex(section.document_combo.findData(REPORT))
    page = section.report_workbooks
    answers = iter([str(tmp_path / "event"), str(tmp_path / "summary.xlsx")])
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (next(answers), ""))

    qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and "Saved" in page.status.text(), timeout=20000)
    assert openpyxl.load_workbook(tmp_path / "event.xlsx").sheetnames == [
        "Event report", "Website text"]

    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and "summary.xlsx" in page.status.text(),
                    timeout=20000)
    assert openpyxl.load_workbook(tmp_path / "summary.xlsx").sheetnames[0] == "Totals"
