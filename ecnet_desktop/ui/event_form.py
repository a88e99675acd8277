"""The event form (kind, title, place, dates, host organisation, priorities), saved through the
service as one undoable edit, with each validation message shown next to its field."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import validation
from ..domain.enums import EventKind, OrganisationType, Priority, decode_priorities
from ..domain.errors import UserError, ValidationError
from ..domain.records import EventRecord, OrganisationRecord
from .country_combo import CountryCombo
from .i18n import enum_label, render
from .tones import text_style
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

NEW_ORGANISATION = "\x00new"  # the combo entry that opens the organisation dialog


class ErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(text_style("error"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldErrors:
    """Field name (as the services name it) -> the label under that field's widget."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def row(self, fields: tuple[str, ...], widget: QWidget) -> QWidget:
        """The widget with one error label below it, shared by the given fields."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = ErrorLabel()
        layout.addWidget(label)
        for field in fields:
            self.labels[field] = label
            self.widgets[field] = widget
        return box

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.show_text("")

    def show(self, exc: UserError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else ""
        self.labels.get(field, self.general).show_text(render(exc.message))
        widget = self.widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self, field: str) -> str:
        """The message shown for a field ("" when none), as a person reads it."""
        label = self.labels.get(field, self.general)
        return "" if label.isHidden() else label.text()


class PriorityBoxes(QWidget):
    """The four programme priorities as check boxes (two by two)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Priority, QCheckBox] = {}
        for i, priority in enumerate(Priority):
            box = QCheckBox(enum_label(priority))
            box.setObjectName(f"priority_{priority.value}")
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[priority] = box

    def value(self) -> list[str]:
        return [p.value for p, box in self.boxes.items() if box.isChecked()]

    def set_value(self, text: str) -> None:
        chosen = set(decode_priorities(text))
        for priority, box in self.boxes.items():
            box.setChecked(priority in chosen)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit() -> QDateEdit:
    """A date field with a calendar popup, in the locale's order but with a 4-digit year."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    edit.setDisplayFormat(pattern)
    return edit


def buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class OrganisationDialog(QDialog):
    """Just enough to create a host organisation without leaving the event form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, town: str = "",
                 country: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: OrganisationRecord | None = None
        self.setWindowTitle(self.tr("New organisation"))
        self.name_edit = QLineEdit()
        self.town_edit = QLineEdit(town)
        self.country_combo = CountryCombo(self)
        self.country_combo.set_code(country)
        self.type_combo = QComboBox()
        for kind in OrganisationType:
            self.type_combo.addItem(enum_label(kind), kind.value)
        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout()
        for text, fields, widget in (
            (self.tr("&Name:"), ("name",), self.name_edit),
            (self.tr("&Town:"), ("town",), self.town_edit),
            (self.tr("&Country:"), ("country",), self.country_combo),
            (self.tr("T&ype:"), ("type",), self.type_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.errors.row(fields, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons(self))

    def accept(self) -> None:
        values = {"name": self.name_edit.text(), "town": self.town_edit.text(),
                  "country": self.country_combo.code(), "type": self.type_combo.currentData()}
        self.errors.clear()
        orgs = self.ctx.services.organisations
        try:
            self.saved = push(
                self.ctx.undo_stack, self.tr("Create organisation “{name}”").format(
                    name=values["name"].strip()),
                lambda: orgs.create(**values), lambda org: orgs.delete(org.id))
        except UserError as exc:
            self.errors.show(exc)
            return
        super().accept()


class EventDialog(QDialog):
    """New event (``event`` None) or edit of one; ``saved`` holds the result once accepted."""

    def __init__(self, ctx: AppContext, event: EventRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = event
        self.saved: EventRecord | None = None
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(enum_label(kind), kind.value)
        self.title_edit = QLineEdit()
        self.town_edit = QLineEdit()
        self.country_combo = CountryCombo(self)
        self.venue_edit = QLineEdit()
        self.start_edit = date_edit()
        self.end_edit = date_edit()
        self.organisation_combo = QComboBox()
        self.organisation_combo.activated.connect(self._organisation_chosen)
        self.priorities = PriorityBoxes()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout()
        for text, fields, widget in (
            (self.tr("&Kind:"), ("kind",), self.kind_combo),
            (self.tr("&Title:"), ("title",), self.title_edit),
            (self.tr("Host to&wn:"), ("host_town",), self.town_edit),
            (self.tr("&Country:"), ("country",), self.country_combo),
            (self.tr("&Venue:"), ("venue",), self.venue_edit),
            (self.tr("&Starts on:"), ("start_date",), self.start_edit),
            (self.tr("E&nds on:"), ("end_date",), self.end_edit),
            (self.tr("Host &organisation:"), ("host_organisation_id",),
             self.organisation_combo),
            (self.tr("&Priorities:"), ("priorities",), self.priorities),
            (self.tr("&Description:"), ("description",), self.description_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.errors.row(fields, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons(self))
        self.setMinimumWidth(600)
        self._fill(event)
        self._last_start = self.start_edit.date()
        self.start_edit.dateChanged.connect(self._start_moved)
        self.end_edit.dateChanged.connect(self._check_dates)
        self.title_edit.setFocus()
        self._load_organisations()

    def _fill(self, event: EventRecord | None) -> None:
        today = dt.date.today()
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(event.kind if event else EventKind.INTERNATIONAL.value))
        self.start_edit.setDate(to_qdate(event.start_date if event else today))
        self.end_edit.setDate(to_qdate(event.end_date if event else today))
        self._set_organisations([], event.host_organisation_id if event else None)
        if event is None:
            return
        self.title_edit.setText(event.title)
        self.title_edit.setCursorPosition(0)  # long titles show their beginning
        self.town_edit.setText(event.host_town)
        self.country_combo.set_code(event.country)
        self.venue_edit.setText(event.venue)
        self.priorities.set_value(event.priorities)
        self.description_edit.setPlainText(event.description)

    # -- host organisation -----------------------------------------------------------------

    def _load_organisations(self) -> None:
        # A big database has thousands of organisations: read them off the GUI thread.
        organisations = self.ctx.services.organisations
        self.ctx.runner.start(lambda _p: organisations.list(),
                              on_success=self._organisations_loaded)

    def _organisations_loaded(self, orgs: list[OrganisationRecord]) -> None:
        if not shiboken6.isValid(self):
            return  # the form was closed before the list arrived
        self._set_organisations(orgs, self.organisation_id())

    def _set_organisations(self, orgs: list[OrganisationRecord], chosen: str | None) -> None:
        combo = self.organisation_combo
        combo.clear()
        combo.addItem(self.tr("(none)"), "")
        for org in orgs:
            place = ", ".join(x for x in (org.town, org.country) if x)
            combo.addItem(f"{org.name} ({place})" if place else org.name, org.id)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(self._organisation_name(chosen), chosen)
        combo.addItem(self.tr("Add new organisation…"), NEW_ORGANISATION)
        combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
        self._previous_organisation = combo.currentIndex()

    def _organisation_name(self, org_id: str) -> str:
        try:
            return self.ctx.services.organisations.get(org_id).name
        except UserError:
            return org_id  # deleted elsewhere; the service will say so on save

    def _organisation_chosen(self, index: int) -> None:
        combo = self.organisation_combo
        if combo.itemData(index) != NEW_ORGANISATION:
            self._previous_organisation = index
            return
        dialog = OrganisationDialog(self.ctx, self, town=self.town_edit.text(),
                                    country=self.country_combo.code())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            org = dialog.saved
            combo.insertItem(combo.count() - 1, org.name, org.id)
            combo.setCurrentIndex(combo.findData(org.id))
            self._previous_organisation = combo.currentIndex()
        else:
            combo.setCurrentIndex(self._previous_organisation)

    def organisation_id(self) -> str | None:
        data = self.organisation_combo.currentData()
        return str(data) if data and data != NEW_ORGANISATION else None

    # -- dates -----------------------------------------------------------------------------

    def _start_moved(self, start: QDate) -> None:
        # Moving the start keeps the event's length, as people expect from calendars.
        days = self._last_start.daysTo(start)
        self._last_start = start
        if self.end_edit.date() >= start.addDays(-days):
            self.end_edit.setDate(self.end_edit.date().addDays(days))
        self._check_dates()

    def _check_dates(self) -> None:
        label = self.errors.labels["end_date"]
        try:
            validation.date_range(from_qdate(self.start_edit.date()),
                                  from_qdate(self.end_edit.date()))
        except ValidationError as exc:
            label.show_text(render(exc.message))
        else:
            label.show_text("")

    # -- saving ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text(),
            "host_town": self.town_edit.text(),
            "country": self.country_combo.code(),
            "venue": self.venue_edit.text(),
            "start_date": from_qdate(self.start_edit.date()),
            "end_date": from_qdate(self.end_edit.date()),
            "host_organisation_id": self.organisation_id(),
            "priorities": self.priorities.value(),
            "description": self.description_edit.toPlainText(),
        }

    def accept(self) -> None:
        self.errors.clear()
        values = self.values()
        title = " ".join(values["title"].split())
        try:
            if self.editing is None:
                self.saved = create_event(
                    self.ctx, values, self.tr("Create event “{title}”").format(title=title))
            else:
                self.saved = update_event(
                    self.ctx, self.editing, values,
                    self.tr("Edit event “{title}”").format(title=title))
        except UserError as exc:
            self.errors.show(exc)  # the dialog stays open with what was typed
            return
        super().accept()


def create_event(ctx: AppContext, values: dict[str, Any], text: str) -> EventRecord:
    """Create as an undoable edit; redo revives the same event, so later edits still apply."""
    created: list[EventRecord] = []

    def do() -> EventRecord:
        events = ctx.services.events
        if created:
            return events.restore(created[0].id)
        created.append(events.create(**values))
        return created[0]

    def undo(event: EventRecord) -> None:
        ctx.services.events.delete(event.id)

    event: EventRecord = push(ctx.undo_stack, text, do, undo)
    return event


def update_event(ctx: AppContext, event: EventRecord, values: dict[str, Any],
                 text: str) -> EventRecord:
    """Update as an undoable edit; undo writes the old values back (a new, stamped edit)."""
    before = {k: v for k, v in event.__dict__.items() if k != "id"}

    def undo(_saved: EventRecord) -> None:
        ctx.services.events.update(event.id, **before)

    saved: EventRecord = push(
        ctx.undo_stack, text, lambda: ctx.services.events.update(event.id, **values), undo)
    return saved
