"""The People section as a facilitator uses it: type to find, create with the keyboard, undo,
possible duplicates on demand; and the paged model that keeps 35,000 people fast."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain.records import PersonRecord
from ecnet_desktop.services.container import Services
from ecnet_desktop.ui.people_model import PAGE_SIZE, PeopleModel
from ecnet_desktop.ui.people_view import DuplicatesDialog, PeopleSection
from ecnet_desktop.ui.person_form import PersonDialog

from .test_person_form import type_text


def add_people(services: Services) -> None:
    sibenik = services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR")
    services.people.create(given_name="Łukasz", family_name="Wójcik", town="Łódź",
                           country="PL")
    services.people.create(given_name="Ivana", family_name="Đurđević", town="Šibenik",
                           country="HR", organisation_id=sibenik.id, email="ivana@sibenik.hr")
    services.people.create(given_name="Ştefan", family_name="Popescu", town="Iaşi",
                           country="RO")
    services.people.create(given_name="Γιώργος", family_name="Παπαδόπουλος", town="Λάρισα",
                           country="GR")


@pytest.fixture
def section(qtbot: QtBot, ctx: AppContext) -> PeopleSection:
    add_people(ctx.services)
    widget = PeopleSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.count_label.text() == "4 people")
    return widget


def shown_names(section: PeopleSection) -> list[str]:
    model = section.search.model
    return [f"{model.data(model.index(r, 1))} {model.data(model.index(r, 0))}"
            for r in range(model.rowCount())]


def search(qtbot: QtBot, section: PeopleSection, text: str) -> None:
    section.search_edit.clear()
    qtbot.keyClicks(section.search_edit, text)
    qtbot.waitUntil(lambda: section.search.model.search == text and not section.search.busy)


def test_typing_without_diacritics_finds_people_with_them(
    qtbot: QtBot, section: PeopleSection
) -> None:
    search(qtbot, section, "lukasz")
    assert shown_names(section) == ["Łukasz Wójcik"]
    assert section.count_label.text() == "1 person"

    search(qtbot, section, "durdevic")
    assert shown_names(section) == ["Ivana Đurđević"]

    # Words are AND-ed over name, organisation and town.
    search(qtbot, section, "sibenik ivana")
    assert shown_names(section) == ["Ivana Đurđević"]
    search(qtbot, section, "iasi")
    assert shown_names(section) == ["Ştefan Popescu"]

    search(qtbot, section, "nobody like this")
    assert shown_names(section) == []
    assert section.count_label.text() == "0 people"


def test_list_is_sorted_by_family_name_with_diacritics_folded(section: PeopleSection) -> None:
    assert shown_names(section) == ["Ivana Đurđević", "Ştefan Popescu", "Łukasz Wójcik",
                                    "Γιώργος Παπαδόπουλος"]


def when_dialog_opens(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the modal dialog once exec() has shown it."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # keys go where the person looks
        act(dialog)

    QTimer.singleShot(0, run)


def test_creating_a_person_with_the_keyboard_shows_them_in_the_list(
    qtbot: QtBot, section: PeopleSection, ctx: AppContext
) -> None:
    def type_person(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        for text in ("Őry", "Kovács", "ory.kovacs@example.hu", "+36 1 234 5678", "Pécs"):
            focused = QApplication.focusWidget()
            assert focused is not None
            type_text(focused, text)
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is dialog.country_combo
        type_text(focused, "Hungary")
        qtbot.keyClick(focused, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, type_person)
    qtbot.keyClick(section.new_button, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: "Őry Kovács" in shown_names(section))
    assert section.count_label.text() == "5 people"
    created = next(p for p in ctx.services.people.list("kovacs"))
    assert (created.email, created.phone, created.town, created.country) == (
        "ory.kovacs@example.hu", "+36 1 234 5678", "Pécs", "HU")
    # The new person is selected, ready for the next action.
    assert [p.id for p in section.selected_people()] == [created.id]
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "Őry Kovács" not in shown_names(section))


def first_town(section: PeopleSection) -> str | None:
    person = section.search.model.record(0)
    return person.town if person else None


def test_undo_of_an_edit_brings_the_old_values_back(
    qtbot: QtBot, section: PeopleSection, ctx: AppContext
) -> None:
    search(qtbot, section, "popescu")
    section.search_edit.setFocus()
    qtbot.keyClick(section.search_edit, Qt.Key.Key_Down)  # into the results
    assert section.table.hasFocus() and len(section.selected_people()) == 1

    def move_town(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.town_edit.setText("Timişoara")
        qtbot.keyClick(dialog.town_edit, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, move_town)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)  # Enter on a row edits it
    person = ctx.services.people.list("popescu")[0]
    assert person.town == "Timişoara"
    qtbot.waitUntil(lambda: first_town(section) == "Timişoara")

    ctx.undo_stack.undo()

    assert ctx.services.people.get(person.id).town == "Iaşi"
    qtbot.waitUntil(lambda: first_town(section) == "Iaşi")
    ctx.undo_stack.redo()
    assert ctx.services.people.get(person.id).town == "Timişoara"


def test_delete_asks_first_and_removes_the_person(
    qtbot: QtBot, section: PeopleSection, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, section, "wojcik")
    section.table.selectRow(0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))

    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert ctx.services.people.count("wojcik") == 1  # answered No

    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert ctx.services.people.count("wojcik") == 0
    qtbot.waitUntil(lambda: section.count_label.text() == "0 people")


def test_possible_duplicates_are_listed_on_demand_with_the_reason(
    qtbot: QtBot, section: PeopleSection, ctx: AppContext
) -> None:
    ctx.services.people.create(given_name="Ivana", family_name="Durdevic", town="Split",
                               country="HR")
    ctx.services.people.create(given_name="I.", family_name="Đurđević-Other",
                               email="IVANA@sibenik.hr", country="HR")

    qtbot.mouseClick(section.duplicates_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: section.duplicates_dialog is not None
                    and section.duplicates_dialog.isVisible())
    dialog = section.duplicates_dialog
    assert isinstance(dialog, DuplicatesDialog)
    table = dialog.model
    rows = [" | ".join(str(table.data(table.index(r, c))) for c in range(table.columnCount()))
            for r in range(table.rowCount())]
    assert any("Ivana Đurđević (Grad Šibenik" in r and "I. Đurđević-Other" in r
               and "same e-mail" in r for r in rows), rows
    assert any("Ivana Đurđević" in r and "Ivana Durdevic (Split" in r and "similar name" in r
               for r in rows), rows
    assert section.duplicates_button.isEnabled()
    dialog.close()


def test_the_register_button_needs_an_event_and_a_selection(
    qtbot: QtBot, section: PeopleSection
) -> None:
    assert not section.register_button.isEnabled()
    section.table.selectRow(0)
    assert section.edit_button.isEnabled() and section.delete_button.isEnabled()
    assert not section.register_button.isEnabled()  # no current event
    assert section.tabs.tabText(1) == "Re&gistrations"


# -- the model ------------------------------------------------------------------------------


def fake_people(count: int) -> list[PersonRecord]:
    base = PersonRecord(
        id="", given_name="", family_name="", email="", phone="", town="Pécs", country="HU",
        organisation_id=None, category="citizen", gender=None, birth_year=None,
        consent_processing_at=None, consent_processing_version="", consent_processing_by="",
        consent_photos_at=None, consent_photos_version="", consent_photos_by="",
        consent_lists_at=None, consent_lists_version="", consent_lists_by="", erased=False,
        merged_into_id=None)
    return [dataclasses.replace(base, id=f"p{i:05}", given_name=f"Given{i}",
                                family_name=f"Family{i:05}") for i in range(count)]


def test_people_model_reads_only_the_pages_looked_at(qtmodeltester: ModelTester) -> None:
    everyone = fake_people(35_000)
    asked: list[int] = []

    def load(search: str, offset: int, limit: int) -> list[PersonRecord]:
        asked.append(offset)
        return everyone[offset:offset + limit]

    model = PeopleModel(load)
    model.show_result("", len(everyone), everyone[:PAGE_SIZE])

    assert model.rowCount() == 35_000 and asked == []
    assert model.data(model.index(34_999, 0)) == "Family34999"
    assert asked == [34_999 // PAGE_SIZE * PAGE_SIZE]
    assert model.data(model.index(5, 4)) == "Hungary"
    assert model.data(model.index(5, 5)) == "citizen"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Family name"
    assert model.row_of("p34999") == 34_999
    model.show_result("x", 3, everyone[:3])
    qtmodeltester.check(model)


def test_people_model_on_the_real_service_passes_modeltester(
    qtmodeltester: ModelTester, ctx: AppContext
) -> None:
    add_people(ctx.services)
    people = ctx.services.people
    model = PeopleModel(lambda s, o, n: people.list(s, limit=n, offset=o))
    model.show_result("", people.count(), people.list(limit=PAGE_SIZE))
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_a_page_of_an_older_search_is_dropped(qtbot: QtBot, ctx: AppContext) -> None:
    everyone = fake_people(1_000)
    model = PeopleModel(lambda s, o, n: everyone[o:o + n], ctx.runner)
    model.show_result("old", 1_000, everyone[:PAGE_SIZE])
    assert model.data(model.index(900, 0)) == "…"  # read in the background meanwhile
    model.show_result("new", 2, everyone[:2])
    qtbot.waitUntil(lambda: not ctx.runner.busy)  # the old page's result was delivered
    assert model.rowCount() == 2 and model.row_of("p00900") == -1


def test_in_croatian_the_list_follows_the_croatian_alphabet(qtbot: QtBot,
                                                            ctx: AppContext) -> None:
    from PySide6.QtCore import QLocale

    for family in ("Đurić", "Cuneo", "Ćosić", "Džeko", "Čačak", "Dukić"):
        ctx.services.people.create(given_name="Ana", family_name=family, country="HR")
    before = QLocale()
    QLocale.setDefault(QLocale("hr_HR"))
    try:
        widget = PeopleSection(ctx)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: widget.search.model.rowCount() == 6 and not widget.search.busy)
        assert [n.split()[1] for n in shown_names(widget)] == [
            "Cuneo", "Čačak", "Ćosić", "Dukić", "Džeko", "Đurić"]
    finally:
        QLocale.setDefault(before)
