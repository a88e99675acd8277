"""The Notes section as a person uses it: Ctrl+Shift+N during a session, type, the note saves
itself; find it again by searching without accents; filters; delete and undo; the models."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.domain.records import SessionRecord
from ecnet_desktop.ui.main_window import MainWindow
from ecnet_desktop.ui.note_editor import NoteEditor
from ecnet_desktop.ui.notes_view import NotesSection, NotesView


def running_session(ctx: AppContext) -> tuple[str, SessionRecord, SessionRecord]:
    """An event around today with one session running now and one that ended earlier."""
    now = dt.datetime.now().replace(second=0, microsecond=0)
    today = now.date()
    event = ctx.services.events.create(
        kind="international_event", title="Évora meeting", host_town="Évora", country="PT",
        start_date=today - dt.timedelta(days=1), end_date=today + dt.timedelta(days=1))
    earlier = ctx.services.events.add_session(
        event.id, title="Yesterday's plenary", start=now - dt.timedelta(days=1),
        end=now - dt.timedelta(days=1) + dt.timedelta(hours=1))
    running = ctx.services.events.add_session(
        event.id, title="World café on solidarity", start=now - dt.timedelta(hours=1),
        end=now + dt.timedelta(hours=1))
    return event.id, running, earlier


def open_editor(qtbot: QtBot) -> NoteEditor:
    found: list[NoteEditor] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, NoteEditor) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def test_capture_a_note_during_a_session_with_the_keyboard_and_find_it(
        qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    event_id, running, _ = running_session(ctx)
    window.choose_event(event_id)
    section = window.sections["notes"]
    assert isinstance(section, NotesSection)
    qtbot.waitUntil(lambda: section.event_id == event_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Wherever the person is (here: the home page), Ctrl+Shift+N opens a note.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    editor = open_editor(qtbot)
    assert editor.session_combo.currentData() == running.id
    qtbot.waitUntil(editor.text_edit.hasFocus)  # typing goes straight into the text
    # QTest types ASCII only: the accented town arrives as if pasted or typed with dead keys.
    qtbot.keyClicks(editor.text_edit, "Cafe tables worked well for the ")
    editor.text_edit.insertPlainText("**Łódź**")
    qtbot.keyClicks(editor.text_edit, " group")
    # No Save button: it saves itself shortly after the typing stops.
    qtbot.waitUntil(lambda: editor.note is not None and not editor.dirty, timeout=5000)
    assert "Saved" in editor.status.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = ctx.services.notes.list()
    assert [(n.session_id, n.event_id) for n in saved] == [(running.id, event_id)]

    window.sidebar.setCurrentRow(window.stack.indexOf(section))
    view = section.notes
    view.search.setFocus()
    qtbot.keyClicks(view.search, "cafe lodz")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1
                    and view.model.record(0).note.id == saved[0].id)
    assert view.model.record(0).place.session_title == "World café on solidarity"
    view.search.clear()
    qtbot.keyClicks(view.search, "cafe fishbowl")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_closing_saves_and_undo_removes_the_new_note(qtbot: QtBot, ctx: AppContext) -> None:
    event_id, running, _ = running_session(ctx)
    now = dt.datetime.now()
    section = NotesSection(ctx, clock=lambda: now)
    qtbot.addWidget(section)
    section.set_current_event(event_id)
    editor = section.quick_capture()
    assert editor is not None
    qtbot.keyClicks(editor.text_edit, "Typed and closed at once")
    editor.close()  # before the autosave timer fires: closing saves
    assert [n.text for n in ctx.services.notes.list()] == ["Typed and closed at once"]
    ctx.undo_stack.undo()
    assert ctx.services.notes.list() == []
    ctx.undo_stack.redo()
    assert [n.session_id for n in ctx.services.notes.list()] == [running.id]


def test_without_a_running_session_the_note_is_for_the_event(qtbot: QtBot,
                                                             ctx: AppContext) -> None:
    event_id, _running, _ = running_session(ctx)
    later = dt.datetime.now() + dt.timedelta(hours=5)
    section = NotesSection(ctx, clock=lambda: later)
    qtbot.addWidget(section)
    section.set_current_event(event_id)
    editor = section.quick_capture()
    assert editor is not None and editor.session_combo.currentData() == ""
    editor.close()
    assert ctx.services.notes.list() == []  # nothing typed: no empty note


def test_emptied_text_is_refused_beside_the_field_and_kept_open(qtbot: QtBot,
                                                                ctx: AppContext) -> None:
    event_id, running, _ = running_session(ctx)
    note = ctx.services.notes.create(session_id=running.id, text="First version")
    editor = NoteEditor(ctx, event_id=event_id, note=note)
    qtbot.addWidget(editor)
    editor.show()
    editor.text_edit.selectAll()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Delete)
    editor.close()
    assert editor.isVisible()
    assert editor.text_error.isVisible() and "needs some text" in editor.text_error.text()
    qtbot.keyClicks(editor.text_edit, "Second version")
    editor.close()
    assert not editor.isVisible()
    assert ctx.services.notes.get(note.id).text == "Second version"


def test_recommendation_fields_show_only_for_recommendations(qtbot: QtBot,
                                                             ctx: AppContext) -> None:
    event_id, running, _ = running_session(ctx)
    editor = NoteEditor(ctx, event_id=event_id, session_id=running.id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.level_combo.isVisible()
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("recommendation"))
    assert editor.level_combo.isVisible() and editor.addressee_edit.isVisible()
    editor.level_combo.setCurrentIndex(editor.level_combo.findData("national"))
    qtbot.keyClicks(editor.addressee_edit, "Ministries")
    qtbot.keyClicks(editor.text_edit, "Fund interpretation")
    editor.priority_boxes[next(iter(editor.priority_boxes))].setChecked(True)
    editor.close()
    saved = ctx.services.notes.list()[0]
    assert (saved.kind, saved.level, saved.addressee, saved.priorities) == (
        "recommendation", "national", "Ministries", "euroscepticism")


def test_filters_by_kind_priority_and_session_then_delete_and_undo(
        qtbot: QtBot, ctx: AppContext, qtmodeltester: object) -> None:
    event_id, running, earlier = running_session(ctx)
    notes = ctx.services.notes
    quote = notes.create(session_id=running.id, kind="quote", text="We are Europe",
                         priorities="solidarity")
    minutes = notes.create(session_id=earlier.id, kind="minutes", text="Minutes")
    view = NotesView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.set_current_event(event_id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.proxy)  # type: ignore[attr-defined]
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("quote"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.record(0).note.id == quote.id
    view.kind_combo.setCurrentIndex(0)
    view.priority_combo.setCurrentIndex(view.priority_combo.findData("solidarity"))
    qtbot.waitUntil(lambda: [e.note.id for e in view.model.records()] == [quote.id])
    view.priority_combo.setCurrentIndex(0)
    view.session_combo.setCurrentIndex(view.session_combo.findData(earlier.id))
    qtbot.waitUntil(lambda: [e.note.id for e in view.model.records()] == [minutes.id])
    assert view.select(minutes.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    ctx.undo_stack.undo()
    assert [n.id for n in notes.list(session_id=earlier.id)] == [minutes.id]


@pytest.mark.parametrize("tab", [1, 2])
def test_section_tabs_are_recommendations_and_toolkit(qtbot: QtBot, ctx: AppContext,
                                                      tab: int) -> None:
    section = NotesSection(ctx)
    qtbot.addWidget(section)
    section.show()
    section.tabs.setCurrentIndex(tab)
    assert section.tabs.tabText(tab) in ("&Recommendations", "&Toolkit")
    assert section.quick_capture_action.shortcut().toString() == "Ctrl+Shift+N"
    assert section.quick_capture_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
