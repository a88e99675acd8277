"""The person form: every field, validation next to the field, duplicates flagged while typing,
consents, an organisation created from the picker, and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain.records import PersonRecord
from ecnet_desktop.ui.person_form import CONSENT_TEXT_VERSION, PersonDialog


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, letters with diacritics included (QTest.keyClicks only
    knows ASCII)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def open_form(qtbot: QtBot, ctx: AppContext, person: PersonRecord | None = None
              ) -> PersonDialog:
    dialog = PersonDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def ivana(ctx: AppContext) -> PersonRecord:
    org = ctx.services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR")
    return ctx.services.people.create(given_name="Ivana", family_name="Đurđević",
                                      email="ivana@sibenik.hr", town="Šibenik", country="HR",
                                      organisation_id=org.id)


def test_a_bad_e_mail_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_form(qtbot, ctx)
    type_text(dialog.given_edit, "Ştefan")
    type_text(dialog.family_edit, "Popescu")
    type_text(dialog.email_edit, "stefan.at.iasi.ro")

    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.errors.text("email") == (
        "e-mail: 'stefan.at.iasi.ro' is not an e-mail address.")
    assert dialog.errors.text("given_name") == ""
    assert QApplication.focusWidget() is dialog.email_edit
    assert dialog.given_edit.text() == "Ştefan"  # what was typed is kept
    assert ctx.services.people.count() == 0 and ctx.undo_stack.count() == 0

    dialog.email_edit.setText("stefan@iasi.ro")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ctx.services.people.list()[0].email == "stefan@iasi.ro"


def test_a_year_that_is_no_year_is_shown_next_to_birth_year(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_form(qtbot, ctx)
    type_text(dialog.family_edit, "Nowak")
    type_text(dialog.birth_year_edit, "1850")
    dialog.save_button.click()
    assert "birth year: '1850' is not a year between 1900" in dialog.errors.text("birth_year")
    assert ctx.services.people.count() == 0


def test_tab_goes_through_the_fields_in_reading_order(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_form(qtbot, ctx)
    expected = [dialog.given_edit, dialog.family_edit, dialog.email_edit, dialog.phone_edit,
                dialog.town_edit, dialog.country_combo, dialog.organisation_combo,
                dialog.category_combo, dialog.gender_combo, dialog.birth_year_edit,
                dialog.consents["processing"].box]
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_typing_a_similar_name_warns_of_a_possible_duplicate(
    qtbot: QtBot, ctx: AppContext, ivana: PersonRecord
) -> None:
    dialog = open_form(qtbot, ctx)
    assert not dialog.duplicates.isVisible()
    type_text(dialog.given_edit, "Ivana")
    type_text(dialog.family_edit, "Durdevic")

    qtbot.waitUntil(dialog.duplicates.isVisible)
    assert dialog.duplicates.text() == (
        "Possibly the same person as: Ivana Đurđević (Grad Šibenik) — similar name")

    # A different name with the same e-mail is flagged for the e-mail.
    dialog.given_edit.clear()
    dialog.family_edit.clear()
    type_text(dialog.given_edit, "Marko")
    type_text(dialog.family_edit, "Horvat")
    qtbot.waitUntil(lambda: not dialog.duplicates.isVisible())
    type_text(dialog.email_edit, "IVANA@sibenik.hr")
    qtbot.waitUntil(lambda: "— same e-mail" in dialog.duplicates.text()
                    and dialog.duplicates.isVisible())

    # Saving is still allowed: only a person can tell whether it is the same one.
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert ctx.services.people.count() == 2


def test_editing_a_person_does_not_flag_them_as_their_own_duplicate(
    qtbot: QtBot, ctx: AppContext, ivana: PersonRecord
) -> None:
    dialog = open_form(qtbot, ctx, ivana)
    assert dialog.organisation_combo.currentText() == "Grad Šibenik"
    dialog.check_duplicates()
    # busy clears only once the result was delivered on the GUI thread: the check is done.
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    assert not dialog.duplicates.isVisible()


def test_ticking_a_consent_records_today_the_text_version_and_this_laptop(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.services.replica.rename("Desk laptop 2")
    dialog = open_form(qtbot, ctx)
    type_text(dialog.family_edit, "Kowalska")
    lists = dialog.consents["lists"]
    assert not lists.date.isEnabled()

    qtbot.mouseClick(lists.box, Qt.MouseButton.LeftButton)

    assert lists.date.isEnabled()
    assert lists.version.text() == CONSENT_TEXT_VERSION == "2020-1"
    assert lists.by.text() == "Desk laptop 2"
    dialog.save_button.click()
    saved = ctx.services.people.list()[0]
    assert saved.consent_lists_at is not None
    assert saved.consent_lists_at.date() == dt.date.today()
    assert (saved.consent_lists_version, saved.consent_lists_by) == ("2020-1", "Desk laptop 2")
    assert saved.consent_photos_at is None and saved.consent_photos_version == ""


def test_a_new_organisation_is_created_from_the_picker_and_undo_removes_both(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.services.organisations.create(name="Miasto Łódź", town="Łódź", country="PL")
    dialog = open_form(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.organisation_combo.count() == 2)
    type_text(dialog.given_edit, "Łukasz")
    type_text(dialog.family_edit, "Wójcik")
    type_text(dialog.town_edit, "Łódź")
    dialog.country_combo.set_code("PL")
    type_text(dialog.organisation_combo.lineEdit(), "Fundacja Nowa")
    assert dialog.organisation_hint.text() == (
        "“Fundacja Nowa” is new: it will be created when you save.")

    dialog.save_button.click()

    person = ctx.services.people.list()[0]
    assert person.organisation_name == "Fundacja Nowa"
    created = ctx.services.organisations.get(person.organisation_id or "")
    assert (created.town, created.country) == ("Łódź", "PL")
    assert ctx.undo_stack.undoText() == "Create person “Łukasz Wójcik”"
    ctx.undo_stack.undo()
    assert ctx.services.people.count() == 0
    assert [o.name for o in ctx.services.organisations.list()] == ["Miasto Łódź"]


def test_an_existing_organisation_is_chosen_by_typing_its_name_without_diacritics(
    qtbot: QtBot, ctx: AppContext
) -> None:
    lodz = ctx.services.organisations.create(name="Miasto Łódź", town="Łódź", country="PL")
    dialog = open_form(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.organisation_combo.count() == 2)
    type_text(dialog.family_edit, "Nowak")
    type_text(dialog.organisation_combo.lineEdit(), "miasto lodz")
    assert not dialog.organisation_hint.isVisible()
    dialog.save_button.click()
    assert ctx.services.people.list()[0].organisation_id == lodz.id
    assert len(ctx.services.organisations.list()) == 1


def test_a_refused_person_leaves_no_new_organisation_behind(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_form(qtbot, ctx)
    type_text(dialog.family_edit, "Nowak")
    type_text(dialog.email_edit, "not-an-address")
    type_text(dialog.organisation_combo.lineEdit(), "Fundacja Nowa")
    dialog.save_button.click()
    assert dialog.errors.text("email")
    assert ctx.services.organisations.list() == []


def test_undo_and_redo_of_an_edit(qtbot: QtBot, ctx: AppContext, ivana: PersonRecord) -> None:
    dialog = open_form(qtbot, ctx, ivana)
    dialog.phone_edit.setText("+385 22 431 000")
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("female"))
    dialog.birth_year_edit.setText("1984")
    dialog.save_button.click()
    after = ctx.services.people.get(ivana.id)
    assert (after.phone, after.gender, after.birth_year) == ("+385 22 431 000", "female", 1984)

    ctx.undo_stack.undo()
    before = ctx.services.people.get(ivana.id)
    assert (before.phone, before.gender, before.birth_year) == ("", None, None)
    assert before.organisation_id == ivana.organisation_id
    ctx.undo_stack.redo()
    assert ctx.services.people.get(ivana.id).birth_year == 1984
