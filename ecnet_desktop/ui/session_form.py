"""The session form: title, day and times, room, kind, facilitator, methodology, priorities;
saved through the service as one undoable edit, messages shown next to their fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import SessionKind
from ..domain.errors import UserError
from ..domain.records import EventRecord, MethodologyRecord, PersonRecord, SessionRecord
from ..domain.text import fold
from .event_form import ErrorLabel, FieldErrors, PriorityBoxes, buttons
from .i18n import enum_label, format_date
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

PersonIdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
DEFAULT_START = dt.time(9, 0)
DEFAULT_LENGTH = dt.timedelta(minutes=90)


class _NameCompleter(QCompleter):
    """Offers "name — organisation, town" but puts only the name into the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(NameRole) or "")


class PersonPicker(QLineEdit):
    """Type part of a name: the first matches are looked up as you type, off the GUI thread."""

    LIMIT = 20
    DELAY_MS = 150  # one query per pause in typing, not one per key

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._person_id: str | None = None
        self._person_name = ""
        self._generation = 0
        self.matches = QStandardItemModel(self)
        self._completer = _NameCompleter(self.matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self._completer.setWidget(self)  # not setCompleter(): results arrive asynchronously
        self._completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)

    def person_id(self) -> str | None:
        """The chosen person; typing a name that exactly one match carries also counts."""
        if self._person_id and self.text() == self._person_name:
            return self._person_id
        typed = fold(self.text())
        found = [self.matches.item(r).data(PersonIdRole) for r in range(self.matches.rowCount())
                 if fold(self.matches.item(r).data(NameRole)) == typed]
        return str(found[0]) if typed and len(found) == 1 else None

    def set_person(self, person_id: str | None, name: str) -> None:
        self._person_id = person_id
        self._person_name = name if person_id else ""
        self.setText(self._person_name)

    def _typed(self, text: str) -> None:
        if text != self._person_name:
            self._person_id = None
        self._timer.start()

    def _search(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.text().strip()
        if not text:
            self.matches.clear()
            return
        people = self.ctx.services.people
        self.ctx.runner.start(lambda _p: people.list(text, limit=self.LIMIT),
                              on_success=lambda found: self._found(generation, found))

    def _found(self, generation: int, people: list[PersonRecord]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the dialog closed, or the person kept typing: this answer is stale
        self.matches.clear()
        for person in people:
            where = ", ".join(x for x in (person.organisation_name, person.town) if x)
            item = QStandardItem(f"{person.full_name} — {where}" if where
                                 else person.full_name)
            item.setData(person.id, PersonIdRole)
            item.setData(person.full_name, NameRole)
            self.matches.appendRow(item)
        if people and self.hasFocus():
            self._completer.setCompletionPrefix("")
            self._completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        self.set_person(str(index.data(PersonIdRole)), str(index.data(NameRole)))


def _time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")  # partners all read the 24-hour clock
    return edit


def _to_time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class SessionDialog(QDialog):
    """New session on ``day`` (``session`` None) or edit of one; ``saved`` once accepted."""

    def __init__(self, ctx: AppContext, event: EventRecord, session: SessionRecord | None = None,
                 parent: QWidget | None = None, *, day: dt.date | None = None,
                 sessions: Sequence[SessionRecord] = (),
                 methodologies: Sequence[MethodologyRecord] = (),
                 facilitator_name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_record = event
        self.session = session
        self.saved: SessionRecord | None = None
        self.setWindowTitle(self.tr("New session") if session is None
                            else self.tr("Edit session"))
        self.title_edit = QLineEdit()
        self.day_combo = QComboBox()
        for each in event.days:
            self.day_combo.addItem(format_date(each, long=True), each.isoformat())
        start, end = self._default_times(day or event.start_date, sessions)
        if session is not None:
            day, start, end = session.start.date(), session.start.time(), session.end.time()
            if self.day_combo.findData(day.isoformat()) < 0:  # the event was shortened after
                self.day_combo.addItem(self.tr("{day} (outside the event)").format(
                    day=format_date(day, long=True)), day.isoformat())
        self.day_combo.setCurrentIndex(max(self.day_combo.findData(
            (day or event.start_date).isoformat()), 0))
        self.start_edit = _time_edit(start)
        self.end_edit = _time_edit(end)
        self._last_start = self.start_edit.time()
        self.start_edit.timeChanged.connect(self._start_moved)
        self.room_combo = QComboBox()
        self.room_combo.setEditable(True)
        self.room_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.room_combo.addItems(sorted({s.room for s in sessions if s.room}, key=fold))
        self.room_combo.setEditText(session.room if session else "")
        self.kind_combo = QComboBox()
        for kind in SessionKind:
            self.kind_combo.addItem(enum_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(
            session.kind if session else SessionKind.WORKSHOP.value))
        self.facilitator = PersonPicker(ctx)
        self.facilitator.setPlaceholderText(self.tr("Type part of a name"))
        self.methodology_combo = QComboBox()
        self.methodology_combo.addItem(self.tr("(none)"), "")
        for method in methodologies:
            self.methodology_combo.addItem(method.name, method.id)
        self.priorities = PriorityBoxes()
        if session is not None:
            self.title_edit.setText(session.title)
            self.facilitator.set_person(session.facilitator_id, facilitator_name)
            self.methodology_combo.setCurrentIndex(
                max(self.methodology_combo.findData(session.methodology_id or ""), 0))
            self.priorities.set_value(session.priorities)
        self._build_layout()
        self.setMinimumWidth(560)
        self.title_edit.setCursorPosition(0)
        self.title_edit.setFocus()

    def _build_layout(self) -> None:
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        until = QLabel(self.tr("&until"))
        until.setBuddy(self.end_edit)
        row.addWidget(self.start_edit)
        row.addWidget(until)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout()
        for text, fields, widget in (
            (self.tr("&Title:"), ("title",), self.title_edit),
            (self.tr("&Day:"), ("start",), self.day_combo),
            (self.tr("Ti&me:"), ("end",), times),
            (self.tr("&Room:"), ("room",), self.room_combo),
            (self.tr("&Kind:"), ("kind",), self.kind_combo),
            (self.tr("&Facilitator:"), ("facilitator_id",), self.facilitator),
            (self.tr("Met&hodology:"), ("methodology_id",), self.methodology_combo),
            (self.tr("&Priorities:"), ("priorities",), self.priorities),
        ):
            label = QLabel(text)
            label.setBuddy(self.start_edit if widget is times else widget)
            form.addRow(label, self.errors.row(fields, widget))
        self.errors.widgets["end"] = self.end_edit
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons(self))

    @staticmethod
    def _default_times(day: dt.date, sessions: Sequence[SessionRecord]) -> tuple[dt.time,
                                                                                 dt.time]:
        """A new session starts when the day's last one ends (09:00 on an empty day)."""
        ends = [s.end for s in sessions if s.start.date() == day]
        start = max(ends) if ends else dt.datetime.combine(day, DEFAULT_START)
        end = min(start + DEFAULT_LENGTH, dt.datetime.combine(day, dt.time(23, 59)))
        return start.time(), end.time()

    def _start_moved(self, start: QTime) -> None:
        # Moving the start keeps the session's length, as in a calendar.
        seconds = self._last_start.secsTo(start)
        self._last_start = start
        end = self.end_edit.time().addSecs(seconds)
        if end > start:  # not past midnight
            self.end_edit.setTime(end)

    def values(self) -> dict[str, Any]:
        day = dt.date.fromisoformat(str(self.day_combo.currentData()))
        return {
            "title": self.title_edit.text(),
            "start": dt.datetime.combine(day, _to_time(self.start_edit.time())),
            "end": dt.datetime.combine(day, _to_time(self.end_edit.time())),
            "room": self.room_combo.currentText(),
            "kind": self.kind_combo.currentData(),
            "facilitator_id": self.facilitator.person_id(),
            "methodology_id": self.methodology_combo.currentData() or None,
            "priorities": self.priorities.value(),
        }

    def accept(self) -> None:
        self.errors.clear()
        values = self.values()
        if self.facilitator.text().strip() and values["facilitator_id"] is None:
            self.errors.labels["facilitator_id"].show_text(self.tr(
                "Choose the facilitator from the list that opens as you type, "
                "or leave the field empty."))
            self.facilitator.setFocus()
            return
        title = " ".join(values["title"].split())
        try:
            if self.session is None:
                self.saved = create_session(
                    self.ctx, self.event_record.id, values,
                    self.tr("Add session “{title}”").format(title=title))
            else:
                self.saved = update_session(
                    self.ctx, self.session, values,
                    self.tr("Edit session “{title}”").format(title=title))
        except UserError as exc:
            self.errors.show(exc)  # the dialog stays open with what was typed
            return
        super().accept()


def create_session(ctx: AppContext, event_id: str, values: dict[str, Any],
                   text: str) -> SessionRecord:
    """Add as an undoable edit; redo revives the same session, so later edits still apply."""
    created: list[SessionRecord] = []

    def do() -> SessionRecord:
        events = ctx.services.events
        if created:
            return events.restore_session(created[0].id)
        created.append(events.add_session(event_id, **values))
        return created[0]

    def undo(session: SessionRecord) -> None:
        ctx.services.events.delete_session(session.id)

    session: SessionRecord = push(ctx.undo_stack, text, do, undo)
    return session


def update_session(ctx: AppContext, session: SessionRecord, values: dict[str, Any],
                   text: str) -> SessionRecord:
    before = {k: v for k, v in session.__dict__.items() if k not in ("id", "event_id")}

    def undo(_saved: SessionRecord) -> None:
        ctx.services.events.update_session(session.id, **before)

    saved: SessionRecord = push(
        ctx.undo_stack, text, lambda: ctx.services.events.update_session(session.id, **values),
        undo)
    return saved


def delete_session(ctx: AppContext, session: SessionRecord, text: str) -> None:
    def undo(_result: None) -> None:
        ctx.services.events.restore_session(session.id)

    push(ctx.undo_stack, text, lambda: ctx.services.events.delete_session(session.id), undo)
