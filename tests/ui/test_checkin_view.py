"""The check-in desk as a facilitator uses it: type and Enter, scan badges, Ctrl+Z, walk-ins,
live counters that agree with the attendance matrix, and the matrix for paper sheets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain import badges
from ecnet_desktop.services.checkin import CheckinService
from ecnet_desktop.services.container import Services
from ecnet_desktop.ui.checkin_view import CheckinDesk, CheckinSection

from .test_person_form import type_text

DAY = dt.date(2021, 9, 23)
DAY_CONSENT = dt.datetime(2021, 3, 1, 9)  # nobody is checked in without processing consent
PEOPLE = [  # given, family, country, town — 24 registered for the event
    ("Ivana", "Đurđević", "HR", "Šibenik"), ("Marko", "Horvat", "HR", "Šibenik"),
    ("Łukasz", "Wójcik", "PL", "Łódź"), ("Anna", "Dąbrowska", "PL", "Łódź"),
    ("Ştefan", "Popescu", "RO", "Iaşi"), ("Zsófia", "Őry", "HU", "Eger"),
    ("Γιώργος", "Παπαδόπουλος", "GR", "Λάρισα"), ("Tomislav", "Šarić", "HR", "Split"),
    ("Ana", "Kovačević", "HR", "Zadar"), ("Petra", "Novak", "SI", "Maribor"),
    ("João", "Gonçalves", "PT", "Évora"), ("María", "Núñez", "ES", "Cádiz"),
    ("Giulia", "Esposito", "IT", "Bari"), ("Dimitar", "Ivanov", "BG", "Plovdiv"),
    ("Nika", "Zupančič", "SI", "Celje"), ("Mateja", "Babić", "HR", "Rijeka"),
    ("Jan", "Kowalski", "PL", "Kraków"), ("Eszter", "Hegedűs", "HU", "Szentendre"),
    ("Luka", "Perić", "HR", "Osijek"), ("Ivan", "Jurić", "HR", "Pula"),
    ("Sara", "Matić", "HR", "Zagreb"), ("Nina", "Božić", "HR", "Zagreb"),
    ("Filip", "Knežević", "HR", "Zagreb"), ("Ema", "Vuković", "HR", "Zagreb"),
]
# What a facilitator types to find each of the first 12 (no diacritics, any part, any case).
TYPED = ["durdevic", "marko hor", "lukasz", "dabrow", "stefan", "ory zs", "παπαδ",
         "saric", "kovacev", "petra nov", "goncal", "nunez"]


@dataclass
class Setup:
    event: str
    plenary: str
    workshop: str
    people: list[str]
    other_event: str


@pytest.fixture
def setup(ctx: AppContext) -> Setup:
    services = ctx.services
    event = services.events.create(
        kind="international_event", title="Solidarity in Šibenik", host_town="Šibenik",
        country="HR", start_date=DAY, end_date=DAY + dt.timedelta(days=1)).id
    plenary = services.events.add_session(
        event, title="Opening plenary", start=dt.datetime(2021, 9, 23, 9, 30),
        end=dt.datetime(2021, 9, 23, 11), room="Sala A").id
    workshop = services.events.add_session(
        event, title="Workshop", start=dt.datetime(2021, 9, 24, 11, 30),
        end=dt.datetime(2021, 9, 24, 13)).id
    people = []
    for given, family, country, town in PEOPLE:
        pid = services.people.create(given_name=given, family_name=family, country=country,
                                     town=town, consent_processing_at=DAY_CONSENT).id
        services.registrations.register(pid, event)
        people.append(pid)
    services.people.create(given_name="Ana", family_name="Horvat", country="HR",
                           consent_processing_at=DAY_CONSENT)  # not registered
    other = services.events.create(kind="international_event", title="EC-NET Bari 2021",
                                   country="IT", start_date=DAY).id
    return Setup(event, plenary, workshop, people, other)


@pytest.fixture
def section(qtbot: QtBot, ctx: AppContext, setup: Setup) -> CheckinSection:
    widget = CheckinSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    widget.activateWindow()
    widget.set_current_event(setup.event)
    desk = widget.desk
    qtbot.waitUntil(lambda: desk.session_combo.count() == 2 and desk.search_edit.isEnabled())
    desk.set_session(setup.plenary)
    qtbot.waitUntil(lambda: idle(desk))
    return widget


def idle(desk: CheckinDesk) -> bool:
    return desk._results_current() and not desk.ctx.runner.busy


def present(ctx: AppContext, session: str) -> set[str]:
    return {a.person_id for a in ctx.services.attendance.present_in(session)}


def type_and_enter(qtbot: QtBot, desk: CheckinDesk, text: str) -> None:
    type_text(desk.search_edit, text)
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Return)


def scan(qtbot: QtBot, desk: CheckinDesk, payload: str) -> None:
    """A USB scanner types the code, then Enter, as a keyboard would."""
    qtbot.keyClicks(desk.search_edit, payload)
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Return)


def test_twenty_people_typed_and_scanned_undo_walk_in_and_counters_match_the_matrix(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection,
    qtmodeltester: ModelTester,
) -> None:
    desk = section.desk
    assert desk.session_id() == setup.plenary
    assert desk.search_edit.hasFocus()

    for pid, typed in zip(setup.people[:12], TYPED, strict=True):
        name = ctx.services.people.get(pid).full_name
        type_and_enter(qtbot, desk, typed)  # Enter at once: before the search answered
        qtbot.waitUntil(lambda name=name: desk.banner.plain.startswith("✓ " + name))
        assert desk.banner.kind == "success"
        assert desk.search_edit.text() == "" and desk.search_edit.hasFocus()
    for pid in setup.people[12:20]:
        name = ctx.services.people.get(pid).full_name
        scan(qtbot, desk, badges.encode(pid, setup.event))
        qtbot.waitUntil(lambda name=name: desk.banner.plain.startswith("✓ " + name))
        assert desk.search_edit.text() == ""

    assert present(ctx, setup.plenary) == set(setup.people[:20])
    assert present(ctx, setup.workshop) == set()
    methods = {a.person_id: a.method for a in ctx.services.attendance.present_in(setup.plenary)}
    assert {methods[p] for p in setup.people[:12]} == {"desk"}
    assert {methods[p] for p in setup.people[12:20]} == {"badge_scan"}
    # The banner names the organisation/town and country: "Őry Zsófia" is from Eger, Hungary.
    type_and_enter(qtbot, desk, "ory zs")
    qtbot.waitUntil(lambda: desk.banner.kind == "info")
    assert desk.banner.plain == "Zsófia Őry is already checked in — Eger · Hungary — since " + \
        desk.banner.plain.rsplit(" ", 1)[1]

    qtbot.waitUntil(lambda: "20" in desk.present_label.text())
    assert "/ 24" in desk.present_label.text()

    # Ctrl+Z in the search box undoes the last check-in; Ctrl+Shift+Z does it again.
    last = setup.people[19]
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.banner.kind == "warning" and "undone" in desk.banner.plain
    assert last not in present(ctx, setup.plenary)
    qtbot.waitUntil(lambda: desk.present_label.text().count(">19<") == 1)
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert last in present(ctx, setup.plenary)

    # A walk-in: Ctrl+N, a short form, Enter.
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.walkin_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.given_edit, "Đorđe")
    type_text(dialog.family_edit, "Stanković")
    dialog.country_combo.set_code("RS")
    type_text(dialog.organisation_edit, "Udruženje Novi Sad")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("activist"))
    dialog.consent_box.setChecked(True)
    qtbot.keyClick(dialog.family_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.banner.plain.startswith("✓ Đorđe Stanković"))
    assert "Udruženje Novi Sad" in desk.banner.plain and "Serbia" in desk.banner.plain
    walk_in = next(p for p in ctx.services.people.list("stankovic"))
    assert walk_in.country == "RS" and walk_in.category == "activist"
    assert walk_in.organisation_name == "Udruženje Novi Sad"
    assert walk_in.consent_processing_at is not None
    assert walk_in.id in present(ctx, setup.plenary)
    assert walk_in.id in {r.person_id for r in ctx.services.registrations.of_event(setup.event)}

    # A badge of another event is refused in red, and the box is ready for the next one.
    scan(qtbot, desk, badges.encode(setup.people[22], setup.other_event))
    assert desk.banner.kind == "error"
    assert "another event: “EC-NET Bari 2021”" in desk.banner.plain
    assert desk.search_edit.text() == ""
    assert setup.people[22] not in present(ctx, setup.plenary)

    # The counters panel and the matrix agree with each other and with the data.
    counters = CheckinService(ctx.services.replica).counters(setup.plenary)
    assert (counters.present, counters.registered) == (21, 25)
    qtbot.waitUntil(lambda: ">21<" in desk.present_label.text())
    assert "/ 25" in desk.present_label.text()
    section.tabs.setCurrentIndex(1)
    matrix = section.matrix.model
    qtbot.waitUntil(lambda: matrix.rowCount() == 25)
    assert [matrix.column_total(i) for i in range(2)] == [21, 0]
    assert sum(c for _code, c in counters.per_country) == matrix.column_total(0)
    assert {desk.countries.record(r) for r in range(desk.countries.rowCount())} == set(
        counters.per_country)
    assert (counters.local, counters.international) == (7, 14)
    assert desk.split_label.text().startswith("Local: 7<br>International: 14 (67 %)")
    assert not desk.warning_label.isVisible()

    for model in (desk.model, desk.countries, matrix, section.matrix.proxy):
        qtmodeltester.check(model)


def test_already_present_people_are_marked_and_enter_changes_nothing(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    CheckinService(ctx.services.replica).check_in(setup.event, setup.plenary, setup.people[1])
    desk.refresh()
    type_text(desk.search_edit, "horvat")
    qtbot.waitUntil(lambda: idle(desk) and desk.model.rowCount() == 2)
    rows = desk.model.rows()
    assert [(r.person.full_name, r.present, r.registered) for r in rows] == [
        ("Marko Horvat", True, True), ("Ana Horvat", False, False)]
    first = desk.model.index(0, 0)
    assert str(first.data()).startswith("✓ ")
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert desk.model.index(1, 5).data() == "not registered"
    depth = ctx.undo_stack.count()
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Return)
    assert desk.banner.kind == "info" and "already checked in" in desk.banner.plain
    assert ctx.undo_stack.count() == depth  # nothing to undo


def test_arrows_choose_and_someone_not_registered_is_registered_by_checking_in(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    type_text(desk.search_edit, "horvat")
    qtbot.waitUntil(lambda: idle(desk) and desk.model.rowCount() == 2)
    assert desk.selected_row() == 0
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Down)
    assert desk.selected_row() == 1 and desk.search_edit.hasFocus()
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Return)
    assert desk.banner.plain.startswith("✓ Ana Horvat")
    assert "now registered for this event" in desk.banner.plain
    registered = {r.person_id for r in ctx.services.registrations.of_event(setup.event)}
    ana = ctx.services.people.list("ana horvat")[0]
    assert ana.id in registered
    ctx.undo_stack.undo()  # what Edit → Undo does
    assert ana.id not in {r.person_id for r in ctx.services.registrations.of_event(setup.event)}
    assert present(ctx, setup.plenary) == set()


def test_typing_on_while_a_search_runs_checks_in_the_final_answer(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    type_text(desk.search_edit, "an")
    qtbot.waitUntil(lambda: idle(desk) and desk.model.text == "an")
    assert desk.model.row(0).person.family_name != "Kovačević"
    type_and_enter(qtbot, desk, "a kov")  # "ana kov": the results on screen are stale
    qtbot.waitUntil(lambda: desk.banner.kind == "success")
    assert present(ctx, setup.plenary) == {setup.people[8]}


def test_nobody_found_and_unreadable_badges_say_what_to_do(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    type_and_enter(qtbot, desk, "zzzz")
    qtbot.waitUntil(lambda: desk.banner.kind == "warning")
    assert desk.banner.plain.startswith("Nobody found for “zzzz”.")
    assert "Ctrl+N" in desk.banner.plain
    desk.search_edit.clear()
    scan(qtbot, desk, "ECN1" + "Q" * 64)
    assert desk.banner.kind == "error" and "cannot be read" in desk.banner.plain
    ghost = "8d7f1f46-5f60-4c5e-9d8f-7e0c2b7a1d11"
    scan(qtbot, desk, badges.encode(ghost, setup.event))
    assert desk.banner.kind == "error" and "belongs to nobody" in desk.banner.plain
    assert present(ctx, setup.plenary) == set()


def test_below_one_third_international_is_warned(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    for pid in (setup.people[0], setup.people[1], setup.people[7], setup.people[2]):
        scan(qtbot, desk, badges.encode(pid, setup.event))
    qtbot.waitUntil(lambda: ">4<" in desk.present_label.text())
    assert desk.warning_label.isVisible()
    assert "below one third" in desk.warning_label.text()
    assert "(1 of 4)" in desk.warning_label.text()
    scan(qtbot, desk, badges.encode(setup.people[3], setup.event))  # 2 of 5: fine
    qtbot.waitUntil(lambda: ">5<" in desk.present_label.text())
    assert not desk.warning_label.isVisible()


def test_walk_in_warns_of_a_possible_duplicate_and_can_check_them_in_instead(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    type_text(desk.search_edit, "Ivana Durdevic")
    qtbot.keyClick(desk.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.walkin_dialog
    assert dialog is not None
    # What was typed in the search box is the name.
    assert (dialog.given_edit.text(), dialog.family_edit.text()) == ("Ivana", "Durdevic")
    assert dialog.country_combo.code() == "HR"  # the host country first
    qtbot.waitUntil(lambda: dialog.candidates.isVisible())
    assert "Possibly the same person as: Ivana Đurđević" in dialog.duplicates.text()
    count = len(ctx.services.people.list())
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.banner.plain.startswith("✓ Ivana Đurđević"))
    assert len(ctx.services.people.list()) == count
    assert present(ctx, setup.plenary) == {setup.people[0]}


def test_walk_in_errors_show_next_to_the_field_and_undo_removes_the_person(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection
) -> None:
    desk = section.desk
    qtbot.mouseClick(desk.walkin_button, Qt.MouseButton.LeftButton)
    dialog = desk.walkin_dialog
    assert dialog is not None
    dialog.country_combo.setEditText("Atlantis")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Nobody is checked in without a recorded processing consent: said next to the box.
    assert dialog.isVisible() and "consent" in dialog.errors.text("consent_processing_at")
    dialog.consent_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("family_name") == "A person needs a given or a family name."
    type_text(dialog.given_edit, "Rita")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a known country" in dialog.errors.text("country")
    assert dialog.given_edit.text() == "Rita"  # what was typed stays
    dialog.country_combo.set_code("PT")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.banner.plain.startswith("✓ Rita"))
    rita = ctx.services.people.list("rita")[0]
    assert rita.id in present(ctx, setup.plenary)
    assert rita.consent_processing_at is not None

    qtbot.keyClick(desk.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.people.list("rita") == []
    assert present(ctx, setup.plenary) == set()
    assert rita.id not in {r.person_id for r in ctx.services.registrations.of_event(setup.event)}


def test_matrix_marks_a_paper_sheet_from_the_keyboard_and_undo_follows(
    qtbot: QtBot, ctx: AppContext, setup: Setup, section: CheckinSection,
    qtmodeltester: ModelTester,
) -> None:
    section.tabs.setCurrentIndex(1)
    view = section.matrix
    qtbot.waitUntil(lambda: view.model.rowCount() == 24)
    qtmodeltester.check(view.model)
    type_text(view.filter_edit, "zagreb")
    assert view.proxy.rowCount() == 4
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    assert view.proxy.mapToSource(view.table.currentIndex()).column() == 2  # first session
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # Sara Matić: present
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # the third of the four
    ticked = present(ctx, setup.plenary)
    assert len(ticked) == 2
    assert {a.method for a in ctx.services.attendance.present_in(setup.plenary)} == {
        "paper_sheet"}
    assert view.model.column_total(0) == 2
    assert "✓ 2" in str(view.model.headerData(2, Qt.Orientation.Horizontal))
    assert "2 present in all" in view.summary.text()

    ctx.undo_stack.undo()
    assert len(present(ctx, setup.plenary)) == 1
    assert view.model.column_total(0) == 1

    # Select the whole column of the four shown and tick them at once; untick the same way.
    view.table.selectColumn(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    zagreb = {p for p, (*_n, _c, town) in zip(setup.people, PEOPLE, strict=True)
              if town == "Zagreb"}
    assert present(ctx, setup.plenary) == zagreb
    view.table.selectColumn(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert present(ctx, setup.plenary) == set()

    # The desk shows what the matrix changed.
    view.table.selectColumn(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    section.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: ">4<" in section.desk.present_label.text())


def test_without_an_event_or_sessions_the_desk_says_what_to_do(
    qtbot: QtBot, ctx: AppContext
) -> None:
    widget = CheckinSection(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_current_event(None)
    assert "Choose the current event" in widget.desk.banner.plain
    assert not widget.desk.search_edit.isEnabled()
    empty = ctx.services.events.create(kind="local_working_group", title="Empty",
                                       country="HR", start_date=DAY).id
    widget.set_current_event(empty)
    qtbot.waitUntil(lambda: "no sessions yet" in widget.desk.banner.plain)
    assert not widget.desk.walkin_button.isEnabled()
    QApplication.processEvents()


def test_the_desk_opens_on_the_session_running_now(
    qtbot: QtBot, ctx: AppContext, services_today: tuple[str, str]
) -> None:
    event, running = services_today
    widget = CheckinSection(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_current_event(event)
    qtbot.waitUntil(lambda: widget.desk.session_combo.count() == 3)
    assert widget.desk.session_id() == running


@pytest.fixture
def services_today(ctx: AppContext) -> tuple[str, str]:
    services: Services = ctx.services
    now = dt.datetime.now().replace(second=0, microsecond=0)
    today = now.date()
    event = services.events.create(kind="local_working_group", title="Today", country="HR",
                                   start_date=today, end_date=today + dt.timedelta(days=1)).id
    start_of_day = dt.datetime.combine(today, dt.time())
    services.events.add_session(event, title="Earlier", start=start_of_day,
                                end=max(start_of_day + dt.timedelta(minutes=1),
                                        now - dt.timedelta(hours=2)))
    running = services.events.add_session(
        event, title="Now", start=max(start_of_day, now - dt.timedelta(minutes=30)),
        end=now + dt.timedelta(hours=1)).id
    services.events.add_session(event, title="Tomorrow", start=start_of_day
                                + dt.timedelta(days=1, hours=10),
                                end=start_of_day + dt.timedelta(days=1, hours=11))
    return event, running
