"""The Events section as a facilitator uses it before travelling: create an event and its
three-day programme from the keyboard, filter the list, duplicate it for next year, see room
clashes, get refusals next to the field, and undo an edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.ui.country_combo import CountryCombo, localised_name
from ecnet_desktop.ui.event_form import EventDialog
from ecnet_desktop.ui.events_view import DuplicateDialog, EventsSection
from ecnet_desktop.ui.i18n import format_date
from ecnet_desktop.ui.programme_view import ProgrammeView, SessionRole
from ecnet_desktop.ui.session_form import SessionDialog

START = dt.date(2021, 9, 23)


@pytest.fixture(autouse=True)
def british_dates() -> Iterator[None]:
    """Day/month/year with a 4-digit year, so the test types dates as a partner would."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def section(qtbot: QtBot, ctx: AppContext) -> Iterator[EventsSection]:
    view = EventsSection(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()  # before the context closes, as the main window does on quit


# -- helpers that do what a person does ------------------------------------------------------


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses for every character; letters beyond ASCII come as a Croatian or Polish
    keyboard layout sends them (QTest's key table only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_date(qtbot: QtBot, edit: QAbstractSpinBox, day: dt.date) -> None:
    """Digits only: each full section moves on to the next, as when typing "23092021"."""
    focus(qtbot, edit)
    first = edit.sectionAt(0)  # type: ignore[attr-defined]
    edit.setSelectedSection(first)  # type: ignore[attr-defined]  # as tabbing into it does
    digits = "".join(c for c in edit.displayFormat() if c.isalpha())  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, QDate(day.year, day.month, day.day).toString(digits))


def type_time(qtbot: QtBot, edit: QAbstractSpinBox, text: str) -> None:
    focus(qtbot, edit)
    edit.setSelectedSection(edit.sectionAt(0))  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text.replace(":", ""))


def choose_country(qtbot: QtBot, combo: CountryCombo, typed: str) -> None:
    """Type part of a name, pick the first suggestion with Down and Enter."""
    focus(qtbot, combo)
    combo.lineEdit().selectAll()
    type_text(qtbot, combo.lineEdit(), typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def rows(section: EventsSection) -> list[str]:
    return [section.proxy.index(r, 0).data() for r in range(section.proxy.rowCount())]


def programme_rows(view: ProgrammeView) -> list[tuple[str, list[str]]]:
    """(day heading, ["time title room"]) as the tree shows them."""
    model = view.model
    result = []
    for day in range(model.rowCount()):
        day_index = model.index(day, 0)
        sessions = [" ".join(str(model.index(r, c, day_index).data()) for c in (0, 1, 2))
                    for r in range(model.rowCount(day_index))]
        result.append((str(day_index.data()), sessions))
    return result


def sessions_on(view: ProgrammeView, day: int) -> list[str]:
    """The sessions shown under the day's heading ([] while the programme loads)."""
    shown = programme_rows(view)
    return shown[day][1] if day < len(shown) else []


def wait_loaded(qtbot: QtBot, section: EventsSection, count: int) -> None:
    qtbot.waitUntil(lambda: section.model.rowCount() == count)


def new_event(qtbot: QtBot, section: EventsSection, title: str, *, start: dt.date,
              end: dt.date, country: str = "Hrv", town: str = "Šibenik") -> EventDialog:
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, EventDialog)
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.title_edit)
    type_text(qtbot, dialog.title_edit, title)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.town_edit, town)
    choose_country(qtbot, dialog.country_combo, country)
    type_date(qtbot, dialog.start_edit, start)
    type_date(qtbot, dialog.end_edit, end)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    return dialog


def add_session(qtbot: QtBot, view: ProgrammeView, day: int, title: str, start: str,
                end: str, room: str) -> SessionDialog:
    """Go to the day in the programme with the keyboard, Enter, fill the form, Enter."""
    focus(qtbot, view.tree)
    view.tree.setCurrentIndex(view.model.index(day, 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.title_edit)
    type_text(qtbot, dialog.title_edit, title)
    type_time(qtbot, dialog.start_edit, start)
    type_time(qtbot, dialog.end_edit, end)
    focus(qtbot, dialog.room_combo)
    type_text(qtbot, dialog.room_combo.lineEdit(), room)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    return dialog


def make_event(ctx: AppContext, title: str, start: dt.date, days: int = 3,
               country: str = "HR", kind: str = "international_event",
               town: str = "Šibenik") -> str:
    return ctx.services.events.create(
        kind=kind, title=title, host_town=town, country=country, start_date=start,
        end_date=start + dt.timedelta(days=days - 1)).id


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(START + dt.timedelta(days=day), dt.time(hour, minute))


# -- the user story --------------------------------------------------------------------------


def test_create_event_with_a_three_day_programme_from_the_keyboard(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    chosen: list[str] = []
    section.current_event_changed.connect(chosen.append)
    dialog = new_event(qtbot, section, "EC-NET Šibenik 2021", start=START,
                       end=START + dt.timedelta(days=2))

    assert not dialog.isVisible()
    wait_loaded(qtbot, section, 1)
    assert rows(section) == ["EC-NET Šibenik 2021"]
    event = ctx.services.events.list()[0]
    assert (event.kind, event.host_town, event.country, event.start_date, event.end_date) == (
        "international_event", "Šibenik", "HR", START, dt.date(2021, 9, 25))
    # The new event is chosen, and its programme shows one empty heading per day.
    assert section.current_event() == event and chosen[-1] == event.id
    view = section.programme
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert [day for day, _ in programme_rows(view)] == [
        "Thursday, 23 September 2021", "Friday, 24 September 2021",
        "Saturday, 25 September 2021"]

    add_session(qtbot, view, 0, "Opening plenary", "09:30", "11:00", "Gradska vijećnica")
    qtbot.waitUntil(lambda: sessions_on(view, 0) != [])
    add_session(qtbot, view, 1, "Solidarity café", "10:00", "12:30", "Knjižnica")
    qtbot.waitUntil(lambda: sessions_on(view, 1) != [])
    add_session(qtbot, view, 2, "Recommendations", "14:00", "15:30", "Gradska vijećnica")
    qtbot.waitUntil(lambda: sessions_on(view, 2) != [])

    assert [sessions for _, sessions in programme_rows(view)] == [
        ["09:30–11:00 Opening plenary Gradska vijećnica"],
        ["10:00–12:30 Solidarity café Knjižnica"],
        ["14:00–15:30 Recommendations Gradska vijećnica"],
    ]
    assert not view.banner.isVisible()
    # The next session of a day starts when the last one ends; rooms used are offered.
    focus(qtbot, view.tree)
    view.tree.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    form = view.dialog
    assert form is not None
    assert (form.start_edit.time(), form.end_edit.time()) == (QTime(11, 0), QTime(12, 30))
    rooms = [form.room_combo.itemText(i) for i in range(form.room_combo.count())]
    assert rooms == ["Gradska vijećnica", "Knjižnica"]
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    assert not form.isVisible() and len(ctx.services.events.sessions_of(event.id)) == 3


def test_list_filters_by_year_country_kind_and_text(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    make_event(ctx, "EC-NET Šibenik 2021", START)
    make_event(ctx, "EC-NET Šibenik 2022", dt.date(2022, 9, 22))
    make_event(ctx, "EC-NET Pescara 2021", dt.date(2021, 11, 18), country="IT",
               town="Pescara")
    make_event(ctx, "Lokalna grupa Koprivnica", dt.date(2021, 6, 23), days=1,
               kind="local_working_group", town="Koprivnica")
    section.reload()
    wait_loaded(qtbot, section, 4)
    assert section.count_label.text() == "4 of 4 events"

    years = [section.year_filter.itemText(i) for i in range(section.year_filter.count())]
    assert years == ["All years", "2022", "2021"]
    countries = [section.country_filter.itemText(i)
                 for i in range(section.country_filter.count())]
    assert countries == ["All countries", "Croatia", "Italy"]

    focus(qtbot, section.year_filter)
    qtbot.keyClicks(section.year_filter, "2021")
    focus(qtbot, section.country_filter)
    qtbot.keyClicks(section.country_filter, "Cro")
    assert sorted(rows(section)) == ["EC-NET Šibenik 2021", "Lokalna grupa Koprivnica"]
    focus(qtbot, section.kind_filter)
    qtbot.keyClicks(section.kind_filter, "int")
    assert rows(section) == ["EC-NET Šibenik 2021"]
    assert section.count_label.text() == "1 of 4 events"
    section.kind_filter.setCurrentIndex(0)
    section.year_filter.setCurrentIndex(0)
    section.country_filter.setCurrentIndex(0)
    qtbot.keyClicks(section.text_filter, "sibenik")  # accents folded
    assert sorted(rows(section)) == ["EC-NET Šibenik 2021", "EC-NET Šibenik 2022"]


def test_duplicate_for_next_year_shifts_the_programme(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    ctx.services.events.add_session(event_id, title="Opening", start=at(0, 9), end=at(0, 10),
                                    room="Hall", kind="plenary")
    ctx.services.events.add_session(event_id, title="Closing", start=at(2, 16),
                                    end=at(2, 17), room="Hall")
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)

    qtbot.mouseClick(section.duplicate_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, DuplicateDialog)
    qtbot.waitExposed(dialog)
    # Proposed: the same dates next year, and the year in the title moved along.
    assert dialog.title_edit.text() == "EC-NET Šibenik 2022"
    assert dialog.start_edit.date() == QDate(2022, 9, 23)
    type_date(qtbot, dialog.start_edit, dt.date(2022, 9, 22))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    wait_loaded(qtbot, section, 2)
    copy = section.current_event()
    assert copy is not None and copy.title == "EC-NET Šibenik 2022"
    assert (copy.start_date, copy.end_date) == (dt.date(2022, 9, 22), dt.date(2022, 9, 24))
    view = section.programme
    qtbot.waitUntil(lambda: view.event_id == copy.id and view.model.rowCount() == 3
                    and view.programme is not None and view.programme.event.id == copy.id)
    assert programme_rows(view) == [
        ("Thursday, 22 September 2022", ["09:00–10:00 Opening Hall"]),
        ("Friday, 23 September 2022", []),
        ("Saturday, 24 September 2022", ["16:00–17:00 Closing Hall"]),
    ]
    # Undo removes the copy (and its programme) again.
    ctx.undo_stack.undo()
    wait_loaded(qtbot, section, 1)
    assert [e.id for e in ctx.services.events.list()] == [event_id]


def test_sessions_in_the_same_room_at_the_same_time_are_warned(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    ctx.services.events.add_session(event_id, title="World café", start=at(1, 10),
                                    end=at(1, 12), room="Sala A")
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    view = section.programme
    qtbot.waitUntil(lambda: sessions_on(view, 1) != [])
    assert not view.banner.isVisible()

    add_session(qtbot, view, 1, "Fishbowl", "11:00", "12:00", "Sala A")
    qtbot.waitUntil(view.banner.isVisible)

    day_shown = format_date(dt.date(2021, 9, 24))
    assert view.banner.text() == (
        f"2 sessions overlap in room Sala A on {day_shown}: “World café” (10:00–12:00) and "
        "“Fishbowl” (11:00–12:00).")
    day = view.model.index(1, 0)
    for row in range(2):
        cell = view.model.index(row, 0, day)
        assert cell.data(Qt.ItemDataRole.DecorationRole) is not None  # a warning icon
        assert "Overlaps with" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # Warned, not refused: both sessions are saved.
    assert len(ctx.services.events.sessions_of(event_id)) == 2

    # Deleting one (Delete, then Yes) ends the clash; undo brings it back.
    focus(qtbot, view.tree)
    fishbowl = next(s for s in ctx.services.events.sessions_of(event_id)
                    if s.title == "Fishbowl")
    view.tree.setCurrentIndex(view.model.index_of(fishbowl.id))
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    box = view.confirm_box
    assert box is not None and "“Fishbowl”" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not view.banner.isVisible())
    assert sessions_on(view, 1) == ["10:00–12:00 World café Sala A"]
    ctx.undo_stack.undo()
    qtbot.waitUntil(view.banner.isVisible)
    assert len(sessions_on(view, 1)) == 2


def test_session_outside_the_event_is_refused_next_to_the_day(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    view = section.programme
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    focus(qtbot, view.tree)
    view.tree.setCurrentIndex(view.model.index(2, 0))  # Saturday
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.title_edit, "Visit to the port")
    # Meanwhile the coordinator shortened the event to two days (e.g. in a merged workbook).
    ctx.services.events.update(event_id, end_date=START + dt.timedelta(days=1))

    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()  # refused: the form stays open with what was typed
    assert dialog.errors.text("start") == (
        "The session (2021-09-25 09:00) falls outside the event's dates "
        "(2021-09-23 to 2021-09-24).")
    assert dialog.focusWidget() is dialog.day_combo
    assert dialog.title_edit.text() == "Visit to the port"
    assert ctx.services.events.sessions_of(event_id) == []
    qtbot.keyClick(dialog.day_combo, Qt.Key.Key_Up)  # to Friday
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [s.start for s in ctx.services.events.sessions_of(event_id)] == [at(1, 9)]


def test_event_dates_that_would_leave_sessions_out_are_refused(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    ctx.services.events.add_session(event_id, title="Visit to the port", start=at(2, 9),
                                    end=at(2, 12))
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    qtbot.mouseClick(section.edit_button, Qt.MouseButton.LeftButton)
    form = section.dialog
    assert isinstance(form, EventDialog)
    qtbot.waitExposed(form)
    type_date(qtbot, form.end_edit, START + dt.timedelta(days=1))
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert "“Visit to the port”" in form.errors.text("end_date")  # the end moved: shown there
    assert ctx.services.events.get(event_id).end_date == START + dt.timedelta(days=2)


def test_sessions_that_came_in_outside_the_dates_are_flagged(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    from ecnet_desktop.store.models import Event

    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    session = ctx.services.events.add_session(event_id, title="Visit to the port",
                                              start=at(2, 9), end=at(2, 12))
    # A merge can bring a shorter event from one laptop and the session from another.
    with ctx.services.database.sessions.begin() as s:
        row = s.get(Event, event_id)
        assert row is not None
        row.end_date = START + dt.timedelta(days=1)
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    view = section.programme
    qtbot.waitUntil(view.banner.isVisible)
    assert view.banner.text() == "1 session falls outside the event's dates."
    assert programme_rows(view)[2][0] == (
        "Saturday, 25 September 2021 (outside the event's dates)")

    focus(qtbot, view.tree)
    view.tree.setCurrentIndex(view.model.index_of(session.id))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog) and dialog.session == session
    assert dialog.day_combo.currentText() == (
        "Saturday, 25 September 2021 (outside the event)")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert "falls outside the event's dates" in dialog.errors.text("start")
    qtbot.keyClick(dialog.day_combo, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not view.banner.isVisible())
    assert ctx.services.events.get_session(session.id).start == at(1, 9)


def test_event_form_shows_errors_next_to_fields_and_keeps_the_typing(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    dialog = new_event(qtbot, section, "", start=START, end=START, town="Šibenik")
    assert dialog.isVisible()
    assert dialog.errors.text("title") == "title is required."
    assert dialog.focusWidget() is dialog.title_edit

    type_text(qtbot, dialog.title_edit, "EC-NET Šibenik")
    type_date(qtbot, dialog.end_edit, START - dt.timedelta(days=1))
    # Shown as soon as the end is before the start, before saving.
    assert "(2021-09-22) is before the start (2021-09-23)" in dialog.errors.text("end_date")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.title_edit.text() == "EC-NET Šibenik"
    assert dialog.errors.text("end_date") and not dialog.errors.text("title")
    assert ctx.services.events.list() == []

    focus(qtbot, dialog.country_combo)
    dialog.country_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.country_combo.lineEdit(), "Atlantis")
    type_date(qtbot, dialog.end_edit, START)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.errors.text("country") == (
        "country: 'Atlantis' is not a known country or ISO code.")
    choose_country(qtbot, dialog.country_combo, "Croatia")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    wait_loaded(qtbot, section, 1)


def test_moving_the_start_keeps_the_length(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.start_edit, START)
    type_date(qtbot, dialog.end_edit, START + dt.timedelta(days=2))
    type_date(qtbot, dialog.start_edit, dt.date(2022, 5, 10))
    assert dialog.end_edit.date() == QDate(2022, 5, 12)
    assert dialog.errors.text("end_date") == ""


def test_undo_of_a_title_edit_brings_the_old_title_back(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)  # Enter on an event edits it
    dialog = section.dialog
    assert isinstance(dialog, EventDialog) and dialog.title_edit.text() == "EC-NET Šibenik 2021"
    dialog.title_edit.selectAll()
    type_text(qtbot, dialog.title_edit, "EC-NET Šibenik – Solidarity")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(section) == ["EC-NET Šibenik – Solidarity"])
    assert ctx.undo_stack.undoText() == "Edit event “EC-NET Šibenik – Solidarity”"

    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: rows(section) == ["EC-NET Šibenik 2021"])
    assert ctx.services.events.get(event_id).title == "EC-NET Šibenik 2021"
    assert section.current_event() is not None  # the selection survived the reload
    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: rows(section) == ["EC-NET Šibenik – Solidarity"])


def test_delete_asks_first_and_undo_brings_event_and_programme_back(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    ctx.services.events.add_session(event_id, title="Opening", start=at(0, 9), end=at(0, 10))
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    focus(qtbot, section.table)

    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    box = section.confirm_box
    assert box is not None and "EC-NET Šibenik 2021" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert ctx.services.events.list() != []
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    box = section.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_loaded(qtbot, section, 0)
    assert ctx.services.events.list() == []

    ctx.undo_stack.undo()
    wait_loaded(qtbot, section, 1)
    assert [s.title for s in ctx.services.events.sessions_of(event_id)] == ["Opening"]


def test_session_form_picks_facilitator_and_methodology_and_undo_follows(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    from ecnet_desktop.services.methodologies import MethodologyService

    person = ctx.services.people.create(given_name="Ivana", family_name="Đurđević",
                                        town="Šibenik")
    ctx.services.people.create(given_name="Ivan", family_name="Horvat")
    method = MethodologyService(ctx.services.replica).create(name="World café")
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    section.reload()
    wait_loaded(qtbot, section, 1)
    section.set_current_event(event_id)
    view = section.programme
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.title_edit)
    type_text(qtbot, dialog.title_edit, "Café on solidarity")
    focus(qtbot, dialog.facilitator)
    qtbot.keyClicks(dialog.facilitator, "durd")  # accents folded
    popup = dialog.facilitator._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert dialog.facilitator.matches.rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.facilitator.text() == "Ivana Đurđević"
    focus(qtbot, dialog.methodology_combo)
    qtbot.keyClicks(dialog.methodology_combo, "World")
    dialog.priorities.boxes[next(iter(dialog.priorities.boxes))].setChecked(True)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    saved = ctx.services.events.sessions_of(event_id)
    assert [(s.facilitator_id, s.methodology_id, s.priorities) for s in saved] == [
        (person.id, method.id, "euroscepticism")]
    qtbot.waitUntil(lambda: sessions_on(view, 0) != [])
    day = view.model.index(0, 0)
    assert [view.model.index(0, c, day).data() for c in (4, 5)] == [
        "Ivana Đurđević", "World café"]

    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: sessions_on(view, 0) == [])
    ctx.undo_stack.redo()  # the same session comes back, not a copy
    qtbot.waitUntil(lambda: sessions_on(view, 0) != [])
    assert [s.id for s in ctx.services.events.sessions_of(event_id)] == [saved[0].id]
    assert view.model.index(0, 0, day).data(SessionRole).id == saved[0].id


def test_typed_facilitator_not_in_the_list_is_refused(qtbot: QtBot, ctx: AppContext) -> None:
    event = ctx.services.events.get(make_event(ctx, "EC-NET Šibenik 2021", START))
    dialog = SessionDialog(ctx, event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Panel")
    qtbot.keyClicks(dialog.facilitator, "Nobody Known")
    dialog.accept()
    assert dialog.errors.text("facilitator_id").startswith("Choose the facilitator")
    assert ctx.services.events.sessions_of(event.id) == []


def test_new_host_organisation_from_the_event_form(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    from ecnet_desktop.ui.event_form import OrganisationDialog

    ctx.services.organisations.create(name="Grad Zadar", town="Zadar", country="HR")
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, EventDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.town_edit, "Šibenik")
    choose_country(qtbot, dialog.country_combo, "Croatia")
    combo = dialog.organisation_combo
    qtbot.waitUntil(lambda: combo.count() == 3)  # (none), Grad Zadar, add new…
    assert combo.itemText(1) == "Grad Zadar (Zadar, HR)"
    seen: list[tuple[str, str]] = []

    def fill_the_small_dialog() -> None:
        org_dialog = QApplication.activeModalWidget()
        assert isinstance(org_dialog, OrganisationDialog)
        seen.append((org_dialog.town_edit.text(), org_dialog.country_combo.code()))
        type_text(qtbot, org_dialog.name_edit, "Grad Šibenik")
        qtbot.keyClick(org_dialog.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_the_small_dialog)
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last entry: "Add new organisation…"

    assert seen == [("Šibenik", "HR")]  # the town and country of the event, proposed
    assert combo.currentText() == "Grad Šibenik"
    created = [o for o in ctx.services.organisations.list() if o.name == "Grad Šibenik"]
    assert [(o.town, o.country, o.type) for o in created] == [("Šibenik", "HR",
                                                               "municipality")]
    assert dialog.organisation_id() == created[0].id
    type_text(qtbot, dialog.title_edit, "EC-NET Šibenik")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    wait_loaded(qtbot, section, 1)
    assert ctx.services.events.list()[0].host_organisation_id == created[0].id


def test_set_current_event_selects_without_signalling(
        qtbot: QtBot, ctx: AppContext, section: EventsSection) -> None:
    first = make_event(ctx, "First", START)
    second = make_event(ctx, "Second", dt.date(2022, 1, 10))
    chosen: list[str] = []
    section.current_event_changed.connect(chosen.append)
    section.set_current_event(second)  # before the list has arrived
    section.reload()
    wait_loaded(qtbot, section, 2)
    qtbot.waitUntil(lambda: section.current_event() is not None)
    current = section.current_event()
    assert current is not None and current.id == second and chosen == []
    focus(qtbot, section.table)
    qtbot.keyClick(section.table, Qt.Key.Key_Up)
    assert chosen == [first]
    qtbot.waitUntil(lambda: section.programme.event_id == first)
    # Chosen elsewhere (the main window's selector) while the list is being re-read.
    section.reload()
    section.set_current_event(second)
    qtbot.waitUntil(lambda: not section._loading)
    current = section.current_event()
    assert current is not None and current.id == second and chosen == [first]
    qtbot.waitUntil(lambda: section.programme.event_id == second)


# -- the country picker ----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Hrv", "Croatia", "croatia", "HRV"])
def test_country_combo_finds_a_country_by_any_name(qtbot: QtBot, typed: str) -> None:
    combo = CountryCombo()
    qtbot.addWidget(combo)
    combo.show()
    choose_country(qtbot, combo, typed)
    assert combo.code() == "HR" and combo.currentText() == "Croatia"


def test_country_combo_codes_and_localised_names(qtbot: QtBot) -> None:
    combo = CountryCombo(allow_empty=False)
    qtbot.addWidget(combo)
    combo.set_code("it")
    assert (combo.code(), combo.currentText()) == ("IT", "Italy")
    combo.setEditText("Hrvatska")  # typed and left without choosing from the list
    assert combo.code() == "HR"
    combo.setEditText("")
    assert combo.code() == ""
    assert localised_name("HR", "hr") == "Hrvatska"
    assert localised_name("DE", "it") == "Germania"
    assert localised_name("BO", "xx") == "Bolivia"  # no catalogue: English

    QLocale.setDefault(QLocale("hr_HR"))
    croatian = CountryCombo()
    qtbot.addWidget(croatian)
    croatian.set_code("IT")
    assert croatian.currentText() == "Italija"
    assert croatian.itemText(0) == ""  # allow_empty: the first entry is "no country"


# -- models ----------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtbot: QtBot, ctx: AppContext, section: EventsSection,
                                      qtmodeltester: ModelTester) -> None:
    event_id = make_event(ctx, "EC-NET Šibenik 2021", START)
    make_event(ctx, "EC-NET Pescara 2021", dt.date(2021, 11, 18), country="IT")
    ctx.services.events.add_session(event_id, title="A", start=at(0, 9), end=at(0, 11),
                                    room="X")
    ctx.services.events.add_session(event_id, title="B", start=at(0, 10), end=at(0, 12),
                                    room="X")
    ctx.services.events.add_session(event_id, title="C", start=at(2, 10), end=at(2, 12))
    section.reload()
    wait_loaded(qtbot, section, 2)
    section.set_current_event(event_id)
    qtbot.waitUntil(lambda: section.programme.model.rowCount() == 3)

    qtmodeltester.check(section.model)
    qtmodeltester.check(section.proxy)
    qtmodeltester.check(section.programme.model)
    programme = section.programme.model
    assert programme.rowCount(programme.index(0, 0)) == 2
    assert programme.rowCount(programme.index(0, 1)) == 0  # children hang off column 0
    assert not programme.parent(programme.index(0, 0)).isValid()
    assert programme.parent(programme.index(0, 3, programme.index(2, 0))) == programme.index(
        2, 0)
    assert programme.index(5, 0) == QModelIndex()
    combo = CountryCombo()
    qtbot.addWidget(combo)
    qtmodeltester.check(combo.model())
    qtmodeltester.check(section.kind_filter.model())
    assert isinstance(section.year_filter, QComboBox)
