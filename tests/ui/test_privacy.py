"""The Privacy page and the person actions as a coordinator uses them: consent texts with undo,
the retention period with bulk erasure after confirmation, the audit log, erasing one person
and answering a subject access request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.services.audit import AuditAction
from ecnet_desktop.ui.consent_text_dialog import ConsentTextDialog
from ecnet_desktop.ui.erase_dialog import EraseDialog
from ecnet_desktop.ui.people_view import PeopleSection
from ecnet_desktop.ui.privacy_view import PrivacyPage
from ecnet_desktop.ui.subject_access_dialog import SubjectAccessDialog

EMAIL = "erase-me@example.org"


def add_people(ctx: AppContext) -> dict[str, str]:
    services = ctx.services
    old = services.events.create(kind="international_event", title="Network meeting 2012",
                                 country="IT", start_date=dt.date(2012, 5, 1)).id
    # Far ahead, so that "today" never reaches its retention end while this test lives.
    recent = services.events.create(kind="international_event", title="EC-NET 2090",
                                    country="IT", start_date=dt.date(2090, 5, 1)).id
    ids = {}
    for given, event, email in (("Giulia", old, EMAIL), ("Marco", old, ""),
                                ("Sofia", recent, "")):
        ids[given] = services.people.create(given_name=given, family_name="Rossi",
                                            country="IT", email=email).id
        services.registrations.register(ids[given], event)
    return ids


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PrivacyPage:
    widget = PrivacyPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def test_the_models_are_sound(qtbot: QtBot, ctx: AppContext, page: PrivacyPage,
                              qtmodeltester: ModelTester) -> None:
    add_people(ctx)
    ctx.services.consents.add_text("processing", "2021-1", "I agree.")
    ctx.services.audit.record(AuditAction.EXPORT, "file.xlsx", "{}")
    page.reload()
    page.find_past()
    qtbot.waitUntil(lambda: page.find_button.isEnabled() and page.audit_model.rowCount() == 1)
    for model in (page.texts_model, page.past_model, page.audit_model):
        qtmodeltester.check(model)
    qtmodeltester.check(page.texts_proxy)


def test_a_consent_text_is_added_with_the_keyboard_shown_and_undone(
    qtbot: QtBot, ctx: AppContext, page: PrivacyPage
) -> None:
    dialog = ConsentTextDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("lists"))
    dialog.accept()  # nothing typed: the version is missing, said next to it
    assert dialog.errors.labels["version"].text() == "A consent text needs a version, e.g. 2021-1."
    qtbot.keyClicks(dialog.version_edit, "2021-1")
    qtbot.keyClicks(dialog.text_edit, "My name may appear on published lists.")
    qtbot.keyClick(dialog.version_edit, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.saved is not None
    page.load_texts()
    assert page.texts_model.rowCount() == 1
    assert page.texts_model.data(page.texts_model.index(0, 0)) == "appearing on lists"
    assert ctx.services.consents.current_version("lists") == "2021-1"
    ctx.undo_stack.undo()
    page.load_texts()
    assert page.texts_model.rowCount() == 0


def test_people_past_the_retention_period_are_erased_after_confirmation(
    qtbot: QtBot, ctx: AppContext, page: PrivacyPage
) -> None:
    ids = add_people(ctx)
    page.tabs.setCurrentIndex(1)
    page.years_spin.setValue(5)
    page.end_edit.setDate(page.end_edit.date().fromString("2015-12-31", "yyyy-MM-dd"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert ctx.services.project.retention_ends() == dt.date(2020, 12, 31)
    qtbot.waitUntil(lambda: page.past_model.rowCount() == 2)
    assert page.past_label.text() == "2 people are past the retention period."
    assert {page.past_model.record(r).id for r in range(2)} == {ids["Giulia"], ids["Marco"]}

    qtbot.mouseClick(page.erase_all_button, Qt.MouseButton.LeftButton)
    dialog = page.erase_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.erase_button.isEnabled()  # not before "I understand"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter is Cancel's: nobody erased
    assert not dialog.isVisible()
    assert not any(p.erased for p in ctx.services.people.list())

    qtbot.mouseClick(page.erase_all_button, Qt.MouseButton.LeftButton)
    dialog = page.erase_dialog
    assert dialog is not None
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.erased, timeout=10_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert page.past_label.text() == "2 people erased."
    erased = {i for i in ids.values() if ctx.services.people.get(i).erased}
    assert erased == {ids["Giulia"], ids["Marco"]}
    assert not erased & {p.id for p in ctx.services.people.list()}  # left off the list
    qtbot.waitUntil(lambda: page.audit_model.rowCount() == 2)
    assert {page.audit_model.data(page.audit_model.index(r, 1)) for r in range(2)} == {
        "erasure"}


def test_one_person_is_erased_from_the_people_page(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ids = add_people(ctx)
    section = PeopleSection(ctx)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    qtbot.waitUntil(lambda: section.count_label.text() == "3 people")
    assert not section.privacy_actions.erase_button.isEnabled()
    row = next(r for r in range(3) if section.search.model.data(
        section.search.model.index(r, 1)) == "Giulia")
    section.table.selectRow(row)
    assert section.privacy_actions.erase_button.isEnabled()
    qtbot.mouseClick(section.privacy_actions.erase_button, Qt.MouseButton.LeftButton)
    dialog = section.privacy_actions.dialog
    assert isinstance(dialog, EraseDialog)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.erased, timeout=10_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    person = ctx.services.people.get(ids["Giulia"])
    assert person.erased and person.email == "" and person.country == "IT"
    assert ctx.undo_stack.count() == 0  # no undo step can bring the data back
    assert EMAIL.encode() not in Path(ctx.services.database.path or "").read_bytes()


def test_a_subject_access_answer_is_written_as_xlsx_with_a_warning(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    ids = add_people(ctx)
    person = ctx.services.people.get(ids["Giulia"])
    dialog = SubjectAccessDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "contains personal data" in dialog.warning.text()
    assert person.given_name not in dialog.path_edit.text()  # file names carry no names
    dialog.as_pdf.setChecked(True)
    assert dialog.path_edit.text().endswith(".pdf") and not dialog.password.isEnabled()
    dialog.as_xlsx.setChecked(True)
    target = tmp_path / "giulia.xlsx"
    dialog.path_edit.setText(str(target))
    qtbot.keyClicks(dialog.password, "one")
    qtbot.keyClicks(dialog.repeat, "two")
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.error.text() == "The two passwords differ." and dialog.isVisible()
    dialog.password.clear()
    dialog.repeat.clear()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.written == target
    sheet = openpyxl.load_workbook(target, read_only=True)["Personal data"]
    assert EMAIL in [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert [e.subject for e in ctx.services.audit.list(action=AuditAction.SUBJECT_ACCESS)] == [
        person.id]


def test_the_export_panel_says_the_workbook_holds_personal_data(ctx: AppContext,
                                                                qtbot: QtBot) -> None:
    from ecnet_desktop.ui.exchange_dialogs import ExportPanel

    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    assert "contains personal data" in panel.personal_data_warning.text()
    assert QApplication.instance() is not None


def test_ticking_a_consent_in_the_person_form_records_the_newest_stored_text(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from ecnet_desktop.ui.person_form import PersonDialog

    ctx.services.consents.add_text("photos", "2022-3", "Photos of me may be published.")
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.consents["photos"].box.setChecked(True)
    assert dialog.consents["photos"].version.text() == "2022-3"
    dialog.consents["processing"].box.setChecked(True)
    assert dialog.consents["processing"].version.text() == "2020-1"  # none stored: default
