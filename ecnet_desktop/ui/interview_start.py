"""Starting an interview: the guide, the event, and the respondent (a registered person found
by name, or an anonymous respondent described by category, country and age band)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import PersonCategory
from ..domain.errors import UserError, ValidationError
from ..domain.records import InterviewRecord
from ..services.interviews import AGE_BANDS
from .country_combo import CountryCombo
from .event_form import ErrorLabel, buttons, date_edit, from_qdate, to_qdate
from .i18n import enum_label, render

if TYPE_CHECKING:
    from ..app import AppContext

PEOPLE_SHOWN = 30


class StartInterviewDialog(QDialog):
    """On OK the draft interview exists (``started``); the runner then asks for consent."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 guide_id: str = "", event_id: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.started: InterviewRecord | None = None
        self.setWindowTitle(self.tr("New interview"))
        self.setMinimumWidth(560)
        self.guide = QComboBox()
        for guide in ctx.services.interviews.guides():
            self.guide.addItem(guide.title, guide.id)
        if guide_id:
            self.guide.setCurrentIndex(max(0, self.guide.findData(guide_id)))
        self.event_combo = QComboBox()
        self.event_combo.addItem(self.tr("(no event)"), "")
        for event in reversed(ctx.services.events.list()):
            self.event_combo.addItem(event.title, event.id)
        # The event chosen in the main window is the usual one at a venue.
        event_id = event_id or ctx.settings.current_event(ctx.services.database.label())
        if event_id:
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(event_id)))
        self.registered = QRadioButton(self.tr("&Registered person"))
        self.anonymous = QRadioButton(self.tr("&Anonymous respondent"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.registered)
        self.kind.addButton(self.anonymous)
        self.anonymous.setChecked(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name to find the person"))
        self.people = QListWidget()
        self.people.setMaximumHeight(130)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self._find_people)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.textChanged.connect(lambda _t: self.registered.setChecked(True))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("optional, e.g. the number on a paper form"))
        self.category = QComboBox()
        self.category.addItem("", "")
        for member in PersonCategory:
            self.category.addItem(enum_label(member), member.value)
        self.country = CountryCombo()
        self.age = QComboBox()
        self.age.addItem("", "")
        for band in AGE_BANDS:
            self.age.addItem(band, band)
        self.interviewer = QLineEdit(ctx.settings.device_name or "")
        self.date = date_edit()
        self.date.setDate(to_qdate(dt.date.today()))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Guide:"), self.guide)
        form.addRow(self.tr("&Event:"), self.event_combo)
        form.addRow(self.registered)
        form.addRow(self.tr("&Find:"), self.search)
        form.addRow("", self.people)
        form.addRow(self.anonymous)
        form.addRow(self.tr("C&ode:"), self.code)
        form.addRow(self.tr("Ca&tegory:"), self.category)
        form.addRow(self.tr("Co&untry:"), self.country)
        form.addRow(self.tr("A&ge band:"), self.age)
        form.addRow(self.tr("&Interviewer:"), self.interviewer)
        form.addRow(self.tr("&Date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons(self))

    def _find_people(self) -> None:
        text = self.search.text().strip()
        self.people.clear()
        if len(text) < 2:
            return
        for person in self.ctx.services.people.list(text, limit=PEOPLE_SHOWN):
            item = QListWidgetItem(" · ".join(x for x in (
                person.full_name, person.organisation_name, person.town) if x))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        if self.people.count():
            self.people.setCurrentRow(0)

    def accept(self) -> None:
        service = self.ctx.services.interviews
        guide_id = str(self.guide.currentData() or "")
        if not guide_id:
            self.error.show_text(self.tr("Create or import an interview guide first."))
            return
        event_id = str(self.event_combo.currentData() or "") or None
        interviewer = self.interviewer.text()
        day = from_qdate(self.date.date())
        try:
            if self.registered.isChecked():
                self.search_timer.stop()
                if not self.people.count():
                    self._find_people()
                item = self.people.currentItem()
                if item is None:
                    self.error.show_text(self.tr("Find the person by name and choose them in "
                                                 "the list."))
                    self.search.setFocus()
                    return
                self.started = service.start(
                    guide_id, person_id=str(item.data(Qt.ItemDataRole.UserRole)), event_id=event_id,
                    interviewer=interviewer, date=day)
            else:
                self.started = service.start(
                    guide_id, respondent_code=self.code.text(),
                    category=str(self.category.currentData() or ""),
                    country=self.country.code(), age_band_=str(self.age.currentData() or ""),
                    event_id=event_id, interviewer=interviewer, date=day)
        except ValidationError as exc:
            self.error.show_text(render(exc.message))
            return
        except UserError as exc:
            self.error.show_text(render(exc.message))
            return
        super().accept()
