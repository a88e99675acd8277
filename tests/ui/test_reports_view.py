"""The Reports section as an organiser uses it: pick a document and its options, generate it in
the background with progress and Cancel, see its pages, print them, open or save the PDF."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain import badges
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.ui import reports_view
from ecnet_desktop.ui.reports_view import ReportsSection, printouts_dir
from ecnet_desktop.ui.tasks import ProgressRunner


@pytest.fixture
def section(qtbot: QtBot, ctx: AppContext) -> Iterator[ReportsSection]:
    generate_demo(ctx.services.database, size="S", seed=1)
    view = ReportsSection(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.event_combo.count() == 1 and view.badge_person_combo.count() > 1)
    yield view
    view.close()


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                                   check=True).stdout.decode().split())


def choose(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def generate(qtbot: QtBot, view: ReportsSection) -> None:
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.generated is not None and not view._busy, timeout=20000)


def test_generate_an_attendance_sheet_with_progress_and_see_its_pages(
        qtbot: QtBot, section: ReportsSection, monkeypatch: pytest.MonkeyPatch) -> None:
    progress: list[tuple[int, int]] = []
    original = ProgressRunner._progress

    def record(self: ProgressRunner, done: int, total: int, label: str) -> None:
        progress.append((done, total))
        original(self, done, total, label)

    monkeypatch.setattr(ProgressRunner, "_progress", record)
    assert section.document_combo.currentData() == "attendance"
    assert not section.print_button.isEnabled()
    choose(section.per_combo, "day")
    section.blank_spin.selectAll()
    qtbot.keyClicks(section.blank_spin, "4")
    generate(qtbot, section)
    result = section.generated
    assert result is not None
    assert result.result.path.parent == printouts_dir() and result.result.path.exists()
    assert section.error_label.isHidden()
    # The preview shows the first pages as images; the status says how many there are.
    assert len(section.page_labels) == min(result.result.pages, reports_view.PREVIEW_PAGES)
    assert all(not label.pixmap().isNull() for label in section.page_labels)
    assert f"{result.result.pages} page" in section.status_label.text()
    # Progress came per page while it was written.
    assert max(done for done, _ in progress) == result.result.pages
    content = pdf_text(result.result.path)
    assert "Day 1: " in content and "Attendance sheet" in content
    assert section.print_button.isEnabled() and section.open_button.isEnabled()


def test_cancel_writes_nothing(qtbot: QtBot, section: ReportsSection) -> None:
    choose(section.document_combo, "certificates")
    qtbot.mouseClick(section.generate_button, Qt.MouseButton.LeftButton)
    assert section.progress_runner is not None and not section.generate_button.isEnabled()
    cancel = section.progress_runner.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # what the person does in the progress dialog
    qtbot.waitUntil(lambda: not section._busy, timeout=20000)
    assert "Cancelled" in section.status_label.text()
    assert section.generated is None and section.page_labels == []
    assert list(printouts_dir().iterdir()) == []
    assert section.generate_button.isEnabled() and not section.print_button.isEnabled()


def test_print_sends_every_page_to_the_printer(qtbot: QtBot, section: ReportsSection,
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    choose(section.document_combo, "badges")
    choose(section.layout_combo, "2x5")
    generate(qtbot, section)
    assert section.generated is not None
    pages = section.generated.result.pages
    printed = tmp_path / "printer.pdf"
    shown: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        shown.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(reports_view, "PRINT_DPI", 100)  # sharp enough for a test, and quick
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in section.status_label.text(), timeout=30000)
    assert shown and section.generated.result.path.name in shown[0]
    assert f"Sent {pages} page" in section.status_label.text()
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, check=True).stdout
    assert f"Pages:           {pages}".encode() in info


def test_print_dialog_cancelled_prints_nothing(qtbot: QtBot, section: ReportsSection,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    generate(qtbot, section)
    monkeypatch.setattr(QPrintDialog, "exec",
                        lambda _d: int(QPrintDialog.DialogCode.Rejected.value))
    before = section.status_label.text()
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    assert section.status_label.text() == before and not section._busy


def test_open_in_viewer_and_save_as(qtbot: QtBot, section: ReportsSection,
                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    generate(qtbot, section)
    assert section.generated is not None
    source = section.generated.result.path
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(source)]
    target = tmp_path / "for-the-mayor.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "PDF documents (*.pdf)"))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == source.read_bytes()
    assert str(target) in section.status_label.text()


def test_one_persons_badge_from_the_keyboard(qtbot: QtBot, section: ReportsSection) -> None:
    section.document_combo.setFocus()
    qtbot.keyClick(section.document_combo, Qt.Key.Key_Down)
    assert section.document() == "badges" and section.options_stack.currentIndex() == 1
    combo = section.badge_person_combo
    combo.setCurrentIndex(3)
    person_id = combo.currentData()
    event_id = section.event_id
    assert person_id and event_id
    generate(qtbot, section)
    assert section.generated is not None and section.generated.result.pages == 1
    assert section.status_label.text().endswith(": 1 page.")
    content = pdf_text(section.generated.result.path)
    assert badges.encode(person_id, event_id) not in content  # only the QR code carries it
    assert combo.currentText().split(",")[0] in content


def test_a_users_mistake_shows_next_to_the_button(qtbot: QtBot, section: ReportsSection,
                                                  ctx: AppContext) -> None:
    empty = ctx.services.events.create(kind="other", title="No programme yet",
                                       start_date=dt.date(2030, 1, 1))
    section.set_current_event(empty.id)
    qtbot.waitUntil(lambda: section.event_combo.currentData() == empty.id)
    choose(section.per_combo, "session")
    qtbot.mouseClick(section.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.error_label.isVisible(), timeout=20000)
    assert "has no sessions" in section.error_label.text()
    assert section.generated is None and list(printouts_dir().iterdir()) == []


def test_picking_an_event_here_makes_it_the_current_one(qtbot: QtBot,
                                                        section: ReportsSection,
                                                        ctx: AppContext) -> None:
    other = ctx.services.events.create(kind="other", title="Another event",
                                       start_date=dt.date(2030, 1, 1))
    section.reload()
    qtbot.waitUntil(lambda: section.event_combo.count() == 2)
    with qtbot.waitSignal(section.current_event_changed) as blocker:
        choose(section.event_combo, other.id)
    assert blocker.args == [other.id]
    assert section.event_id == other.id


def pdf_page_sizes(path: Path) -> set[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                          check=True).stdout.decode()
    return {(round(float(w)), round(float(h))) for w, h in
            re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.MULTILINE)}


def test_paper_size_and_blank_rows_follow_preferences_without_restart(
        qtbot: QtBot, section: ReportsSection, ctx: AppContext) -> None:
    assert section.blank_spin.value() == 10  # the preference's default
    assert "A4" in section.paper_label.text()
    choose(section.per_combo, "day")  # one day per list: portrait pages
    generate(qtbot, section)
    assert section.generated is not None
    assert pdf_page_sizes(section.generated.result.path) == {(595, 842)}
    # Preferences changed while the section is open (as the Preferences dialog saves them).
    ctx.settings.paper_size = "Letter"
    ctx.settings.attendance_blank_rows = 3
    generate(qtbot, section)
    letter = section.generated.result.path
    assert pdf_page_sizes(letter) == {(612, 792)}
    assert section.blank_spin.value() == 3
    assert "Letter" in section.paper_label.text()
    # What the person typed here wins over a later change of the preference.
    section.blank_spin.selectAll()
    qtbot.keyClicks(section.blank_spin, "5")
    ctx.settings.attendance_blank_rows = 8
    choose(section.document_combo, "badges")
    generate(qtbot, section)
    assert section.blank_spin.value() == 5
    assert pdf_page_sizes(section.generated.result.path) == {(612, 792)}


def test_blank_rows_start_at_the_preference(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.attendance_blank_rows = 4
    ctx.settings.paper_size = "Letter"
    view = ReportsSection(ctx)
    qtbot.addWidget(view)
    assert view.blank_spin.value() == 4
    assert view.paper() == "Letter" and "Letter" in view.paper_label.text()


def test_buttons_say_what_they_do(section: ReportsSection) -> None:
    for button in (section.generate_button, section.print_button, section.open_button,
                   section.save_button, section.report_workbooks.event_button,
                   section.report_workbooks.summary_button):
        assert len(button.toolTip()) > 30, button.text()
    assert "Preferences" in section.generate_button.toolTip()


def test_the_printer_is_set_to_the_documents_paper(qtbot: QtBot, section: ReportsSection,
                                                   ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.settings.paper_size = "Letter"
    choose(section.document_combo, "certificates")
    generate(qtbot, section)
    chosen: list[str] = []

    def refuse(dialog: QPrintDialog) -> int:
        chosen.append(dialog.printer().pageLayout().pageSize().key())
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    section.print_document()
    assert chosen == ["Letter"]
