"""The Exchange section driven as a coordinator would: export, import with preview, refused files,
conflicts restored, duplicates merged, and the history of imports."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext, build_context
from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.ui.exchange_dialogs import settings_key
from ecnet_desktop.ui.exchange_view import (
    FAILED,
    IMPORTED,
    READY,
    ExchangeSection,
)
from ecnet_desktop.ui.settings import Settings

WAIT = 30000


@pytest.fixture
def other(qapp: object, tmp_path: Path) -> Iterator[AppContext]:
    """A second laptop: its own fresh database and settings."""
    context = build_context(argparse.Namespace(db=tmp_path / "laptop-b.sqlite",
                                                database_url=None),
                            Settings(tmp_path / "laptop-b.ini"))
    yield context
    context.close()


def open_section(qtbot: QtBot, context: AppContext) -> ExchangeSection:
    section = ExchangeSection(context)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    qtbot.waitUntil(lambda: bool(section.history_panel.summary.text()))
    return section


def export_through(qtbot: QtBot, section: ExchangeSection, out: Path,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(section.export_panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.export_panel.busy and out.exists(), timeout=WAIT)


def choose(qtbot: QtBot, section: ExchangeSection, paths: list[Path],
           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))
    section.tabs.setCurrentWidget(section.import_panel)
    qtbot.mouseClick(section.import_panel.choose_button, Qt.MouseButton.LeftButton)


def counts_by_sheet(section: ExchangeSection) -> dict[str, list[str]]:
    model = section.import_panel.counts_model
    return {row[0]: row[1:] for row in model.records()}


def people_count(context: AppContext) -> int:
    return len(sync_service(context.services).canonical_dump()["people"])


def test_export_then_import_into_a_fresh_laptop_shows_the_preview_then_the_result(
    qtbot: QtBot, ctx: AppContext, other: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester,
) -> None:
    generate_demo(ctx.services.database, size="S", seed=1)
    source = open_section(qtbot, ctx)
    out = tmp_path / "coordinator.xlsx"
    export_through(qtbot, source, out, monkeypatch)
    assert "coordinator.xlsx" in source.export_panel.result_label.text()
    assert "rows" in source.export_panel.result_label.text()
    assert source.export_panel.last_label.text().startswith("Last export:")
    key = settings_key(ctx.services.database.label())
    assert ctx.settings.qsettings.value(key)

    target = open_section(qtbot, other)
    panel = target.import_panel
    choose(qtbot, target, [out], monkeypatch)
    qtbot.waitUntil(lambda: panel.items[0].state == READY, timeout=WAIT)
    counts = counts_by_sheet(target)
    assert counts["People"] == ["150", "0", "0", "0", "0"]
    assert counts["Events"][0] == "1"
    assert panel.problems_model.rowCount() == 0
    assert not panel.copy_button.isEnabled()
    assert people_count(other) == 0  # the preview changed nothing
    for model in (panel.files_model, panel.counts_model):
        qtmodeltester.check(model)

    with qtbot.waitSignal(target.data_changed, timeout=WAIT):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.items[0].state == IMPORTED
    assert "Files imported: 1." in panel.result_label.text()
    assert people_count(other) == 150
    qtbot.waitUntil(lambda: target.history_panel.model.rowCount() == 1, timeout=WAIT)
    history = target.history_panel.model.record(0)
    assert history.file_name == "coordinator.xlsx" and history.counts["new"] > 150
    qtmodeltester.check(target.history_panel.model)

    # Importing the same file again changes nothing: every row is unchanged.
    panel.items.clear()
    choose(qtbot, target, [out], monkeypatch)
    qtbot.waitUntil(lambda: panel.items[0].state == READY, timeout=WAIT)
    assert counts_by_sheet(target)["People"] == ["0", "0", "150", "0", "0"]


def test_a_file_that_is_not_a_workbook_is_refused_with_its_message_and_nothing_changes(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path,
) -> None:
    section = open_section(qtbot, ctx)
    bad = tmp_path / "holiday photos.xlsx"
    bad.write_text("this is not a workbook at all\n" * 50)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    section.dropEvent(drop)
    panel = section.import_panel
    assert section.tabs.currentWidget() is panel
    assert [i.path.name for i in panel.items] == ["holiday photos.xlsx"]  # the .txt is ignored
    qtbot.waitUntil(lambda: panel.items[0].state == FAILED, timeout=WAIT)
    status = panel.files_model.index(0, 1).data()
    assert status.startswith("Refused: ") and "holiday photos.xlsx" in status
    assert not panel.import_button.isEnabled()
    assert people_count(ctx) == 0
    assert sync_service(ctx.services).history() == []


def test_encrypted_export_asks_for_the_password_on_import_and_says_when_it_is_wrong(
    qtbot: QtBot, ctx: AppContext, other: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    generate_demo(ctx.services.database, size="S", seed=1)
    source = open_section(qtbot, ctx)
    export = source.export_panel
    qtbot.keyClicks(export.password, "s3cret")
    qtbot.keyClicks(export.repeat, "s3cre")
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.password_error.text() == "The two passwords differ."
    assert export.repeat.text() == "s3cre"  # what was typed is kept
    qtbot.keyClicks(export.repeat, "t")
    out = tmp_path / "usb.xlsx"
    export_through(qtbot, source, out, monkeypatch)
    assert not export.password_error.isVisible()
    assert export.password.text() == "" and export.repeat.text() == ""  # not left lying around

    prompts: list[str] = []
    answers = iter([("wrong", True), ("s3cret", True)])

    def answer(_parent: Any, _title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    target = open_section(qtbot, other)
    choose(qtbot, target, [out], monkeypatch)
    qtbot.waitUntil(lambda: target.import_panel.items[0].state == READY, timeout=WAIT)
    assert len(prompts) == 2
    assert "encrypted" in prompts[0] and "wrong" not in prompts[0]
    assert "password for usb.xlsx is wrong" in prompts[1]
    assert counts_by_sheet(target)["People"][0] == "150"


def test_a_same_field_conflict_is_listed_and_its_losing_value_restored(
    qtbot: QtBot, ctx: AppContext, other: AppContext, tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    generate_demo(ctx.services.database, size="S", seed=1)
    seed = tmp_path / "seed.xlsx"
    export_workbook(ctx.services, seed)
    import_file(other.services, seed, backup=False)
    person = ctx.services.people.list(limit=1)[0]
    ctx.services.people.update(person.id, town="Alphaville")
    other.services.people.update(person.id, town="Betatown")
    back = tmp_path / "laptop-b.xlsx"
    export_workbook(other.services, back)
    import_file(ctx.services, back, backup=False)

    section = open_section(qtbot, ctx)
    section.tabs.setCurrentWidget(section.conflicts_panel)
    panel = section.conflicts_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    qtmodeltester.check(panel.model)
    conflict = panel.model.record(0)
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[0] == "People" and row[1] == person.id and row[2] == "town"
    assert row[3] in ("Alphaville", "Betatown") and row[6] == "laptop-b.xlsx"
    winner = ctx.services.people.get(person.id).town
    assert {winner, conflict.value} == {"Alphaville", "Betatown"}
    assert "Open conflicts: 1" in panel.summary.text()

    assert not panel.restore_button.isEnabled()
    panel.view.selectRow(0)
    with qtbot.waitSignal(section.data_changed, timeout=WAIT):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert ctx.services.people.get(person.id).town == conflict.value
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT)


def test_a_duplicate_pair_is_merged_from_the_review_tab(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    generate_demo(ctx.services.database, size="S", seed=1)
    section = open_section(qtbot, ctx)
    panel = section.duplicates_panel
    section.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy and panel.model.rowCount() > 0, timeout=WAIT)
    qtmodeltester.check(panel.model)
    pair = panel.model.record(0)
    assert panel.model.index(0, 0).data() == pair.first.full_name
    assert panel.model.index(0, 4).data() == pair.second.full_name
    before = panel.model.rowCount()

    asked: list[str] = []

    def no(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.second_button, Qt.MouseButton.LeftButton)
    assert asked and pair.first.full_name in asked[0]
    assert ctx.services.people.get(pair.first.id).merged_into_id is None  # declined: no merge

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(section.data_changed, timeout=WAIT):
        qtbot.mouseClick(panel.first_button, Qt.MouseButton.LeftButton)
    assert ctx.services.people.get(pair.second.id).merged_into_id == pair.first.id
    qtbot.waitUntil(lambda: not panel.busy and panel.model.rowCount() == before - 1,
                    timeout=WAIT)


def test_report_of_rejected_cells_can_be_copied_and_saved(
    qtbot: QtBot, ctx: AppContext, other: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester,
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    generate_demo(ctx.services.database, size="S", seed=1)
    out = tmp_path / "edited.xlsx"
    export_workbook(ctx.services, out)
    book = load_workbook(out)
    # A sheet nothing refers to, so the rest of the file still previews cleanly.
    sheet = book["Notes"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=headers.index("kind") + 1, value="gossip")
    book.save(out)

    target = open_section(qtbot, other)
    panel = target.import_panel
    choose(qtbot, target, [out], monkeypatch)
    qtbot.waitUntil(lambda: panel.items[0].state not in ("waiting", "reading"), timeout=WAIT)
    assert panel.problems_model.rowCount() == 1
    qtmodeltester.check(panel.problems_model)
    row = [panel.problems_model.index(0, c).data() for c in range(5)]
    assert row[:4] == ["Notes", "3", "kind", "gossip"]
    assert not panel.import_button.isEnabled()  # all or nothing: this file cannot go in

    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Sheet Notes, row 3, column kind: 'gossip'" in copied
    report = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert report.read_text(encoding="utf-8").strip() == copied
    assert people_count(other) == 0
