"""The import wizard as a facilitator uses it: choose a list, map, preview, import, done."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QProgressDialog, QPushButton, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain.records import EventRecord
from ecnet_desktop.ui.import_wizard import ImportRegistrationsWizard, MappingModel

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton


@pytest.fixture
def samples() -> Path:
    assert SAMPLES.is_dir(), f"the sample files are missing: {SAMPLES}"
    return SAMPLES


@pytest.fixture
def event(ctx: AppContext) -> EventRecord:
    return ctx.services.events.create(kind="international_event", title="Šibenik 2021",
                                      country="HR", start_date="2021-10-14")


def open_wizard(qtbot: QtBot, ctx: AppContext, event: EventRecord,
                path: Path) -> ImportRegistrationsWizard:
    wizard = ImportRegistrationsWizard(ctx, event.id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(NEXT).isEnabled()  # nothing chosen yet
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    return wizard


def click(qtbot: QtBot, wizard: ImportRegistrationsWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_mapping(qtbot: QtBot, wizard: ImportRegistrationsWizard) -> MappingModel:
    click(qtbot, wizard, NEXT)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.table is not None or bool(page.error.text()), timeout=10_000)
    return page.model


def to_preview(qtbot: QtBot, wizard: ImportRegistrationsWizard) -> None:
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None, timeout=10_000)


def test_online_form_from_file_to_result(qtbot: QtBot, ctx: AppContext, event: EventRecord,
                                         samples: Path, qtmodeltester: ModelTester) -> None:
    wizard = open_wizard(qtbot, ctx, event, samples / "registrations_online_form.csv")
    assert not wizard.file_page.sheet_combo.isEnabled()  # a CSV has no sheets
    model = to_mapping(qtbot, wizard)
    qtmodeltester.check(model)
    mapping = dict(zip(model.headers, model.fields, strict=True))
    assert mapping["I am a..."] == "category"
    assert mapping["I agree to be photographed"] == "consent_photos"
    assert model.data(model.index(1, MappingModel.FIELD)) == "given name"
    assert "Marija" in model.data(model.index(1, MappingModel.SAMPLES))

    to_preview(qtbot, wizard)
    page = wizard.preview_page
    for checked in (page.rejected, page.duplicates, page.repeated, page.new):
        qtmodeltester.check(checked)
    assert ("new people: 5; people already in the database: 0; rows repeated in the file: 1; "
            "rows rejected: 1.") in page.summary.text()
    assert page.tabs.tabText(0) == "&Rejected rows (1)"
    assert page.tabs.currentIndex() == 0  # the problems are shown first
    assert [page.rejected.data(page.rejected.index(0, c)) for c in range(3)] == [
        "6", "Email address", "jan.kowalski@example"]
    assert page.repeated.data(page.repeated.index(0, 2)) == "Ana Gonçalves"
    assert ctx.services.people.count() == 0  # the preview wrote nothing

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as signal:
        click(qtbot, wizard, IMPORT)
    assert signal.args[0].created_people == 5
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert "People created and registered: 5" in wizard.result_page.text.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert len(ctx.services.registrations.of_event(event.id)) == 5
    assert sorted(p.family_name for p in ctx.services.people.list()) == [
        "Esposito", "Gonçalves", "Horvat", "Petrova", "de la Fuente"]


def test_mapping_chosen_with_the_keyboard_is_remembered(
        qtbot: QtBot, ctx: AppContext, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Surname,Napomena\nAna,Kos,vegetarian\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, event, path)
    model = to_mapping(qtbot, wizard)
    assert model.fields == ["", "family_name", ""]
    view = wizard.mapping_page.view
    view.setCurrentIndex(model.index(0, MappingModel.FIELD))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(model.index(0, MappingModel.FIELD))
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("given_name"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.fields == ["given_name", "family_name", ""])
    to_preview(qtbot, wizard)
    plan = wizard.preview_page.plan
    assert plan is not None and plan.rows[0].full_name == "Ana Kos"
    assert "Columns not imported: “Napomena”." in wizard.preview_page.summary.text()
    wizard.reject()

    again = open_wizard(qtbot, ctx, event, path)
    assert to_mapping(qtbot, again).fields == ["given_name", "family_name", ""]


def test_choosing_a_field_twice_moves_it(qtbot: QtBot) -> None:
    model = MappingModel()
    model.load(("A", "B"), (("x",), ("y",)), ["email", ""])
    assert model.setData(model.index(1, MappingModel.FIELD), "email")
    assert model.fields == ["", "email"]
    assert not model.setData(model.index(1, MappingModel.FIELD), "shoe size")


def test_xlsx_sheet_without_a_list_is_explained(
        qtbot: QtBot, ctx: AppContext, event: EventRecord, samples: Path) -> None:
    wizard = open_wizard(qtbot, ctx, event, samples / "registrations_sibenik_handmade.xlsx")
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Prijave", "Napomene"]
    combo.setCurrentIndex(1)
    to_mapping(qtbot, wizard)
    assert "No header row found" in wizard.mapping_page.error.text()
    assert not wizard.button(NEXT).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    combo.setCurrentIndex(0)
    model = to_mapping(qtbot, wizard)
    assert model.fields[6] == "birth_date"
    assert "header on row 3" in wizard.mapping_page.info.text()


def test_possible_duplicate_can_be_created_or_registered(
        qtbot: QtBot, ctx: AppContext, event: EventRecord, samples: Path) -> None:
    marija = ctx.services.people.create(given_name="Marija", family_name="Horvat",
                                        email="marija@grad-split.hr")
    wizard = open_wizard(qtbot, ctx, event, samples / "registrations_online_form.csv")
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.tabs.tabText(1) == "&Possible duplicates (1)"
    action = page.duplicates.index(0, 4)
    assert page.duplicates.data(action) == "create a new person (the names or e-mails differ)"
    view = page.views["duplicatesView"]
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    assert page.duplicates.data(action) == "register the person already in the database"
    assert "people already in the database: 1" in page.summary.text()
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert [p.id for p in ctx.services.people.list("marija horvat")] == [marija.id]


def test_cancelled_import_changes_nothing(
        qtbot: QtBot, ctx: AppContext, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "E-mail"])
        writer.writerows([f"G{i}", f"F{i}", f"p{i}@example.org"] for i in range(3000))
    wizard = open_wizard(qtbot, ctx, event, path)
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, IMPORT)
    dialog = wizard.findChild(QProgressDialog)
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10_000)
    assert page.error.text() == "Import cancelled; nothing was changed."
    assert wizard.currentPage() is page and wizard.button(IMPORT).isEnabled()
    assert ctx.services.people.count() == 0
