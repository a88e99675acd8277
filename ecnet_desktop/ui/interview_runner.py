"""Conducting an interview with the keyboard alone: consent first, one question per page.

Keys: Space/Enter answer and go on, digits 1–5 (1–9) pick an answer, Ctrl+Enter next,
PageUp back, Ctrl+S save the draft, Escape close (what was answered is kept as a draft).
Every answer is saved when its page is left, so a laptop that dies loses at most one answer.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import InterviewStatus, PersonCategory
from ..domain.errors import UserError, ValidationError
from ..domain.records import InterviewRecord, QuestionRecord
from ..services.interviews import normalise_answer
from .country_combo import localised_name
from .event_form import ErrorLabel
from .hints import set_hint
from .i18n import enum_label, format_time, render
from .interview_pages import QuestionPage
from .tones import text_style

if TYPE_CHECKING:
    from ..app import AppContext

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class InterviewRunner(QDialog):
    """Runs one interview (new or a draft being resumed); ``changed`` fires on every save."""

    changed = Signal()

    def __init__(self, ctx: AppContext, interview_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        service = ctx.services.interviews
        self.interview: InterviewRecord = service.interview(interview_id)
        self.guide = service.guide(self.interview.guide_id)
        self.questions: list[QuestionRecord] = service.questions(self.guide.id)
        self.saved_values = {qid: a.value for qid, a in service.answers(interview_id).items()}
        self.setWindowTitle(self.tr("Interview: {guide}").format(guide=self.guide.title))
        self.resize(820, 560)

        self.language = QComboBox()
        for code in self.guide.language_list or ["en"]:
            self.language.addItem(code, code)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.respondent = QLabel(self._respondent_text())
        self.status = QLabel()
        self.status.setStyleSheet(text_style("success"))
        top = QHBoxLayout()
        top.addWidget(self.respondent, 1)
        top.addWidget(language_label)
        top.addWidget(self.language)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._consent_page())
        self.question_pages: list[QuestionPage] = []
        for number, question in enumerate(self.questions, start=1):
            page = QuestionPage(question, number, len(self.questions), self._lang())
            if question.id in self.saved_values:
                page.set_value(self.saved_values[question.id])
            self.question_pages.append(page)
            self.pages.addWidget(page)
        self.pages.addWidget(self._finish_page())

        self.back_button = QPushButton(self.tr("&Back (PageUp)"))
        set_hint(self.back_button, self.tr(
            "Go back to the previous question; what you typed is kept (PageUp)"))
        self.back_button.clicked.connect(self.back)
        self.save_button = QPushButton(self.tr("&Save draft (Ctrl+S)"))
        set_hint(self.save_button, self.tr(
            "Save the answers so far as a draft to resume later (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_draft)
        self.next_button = QPushButton(self.tr("&Next (Ctrl+Enter)"))
        set_hint(self.next_button, self.tr("Go to the next question (Ctrl+Enter)"))
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.save_button, self.next_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._watch(self)
        self._go(self._first_page())

    # -- building -----------------------------------------------------------------------------

    def _consent_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Consent"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Before any question: explain the purpose of the research, that answers are "
            "analysed without names, that taking part is voluntary and can be stopped at any "
            "time. Ask whether the respondent agrees to be interviewed.\n\nNo consent, no "
            "answers."))
        text.setWordWrap(True)
        self.consent_box = QCheckBox(self.tr("The respondent &consents to this interview "
                                             "(Space)"))
        self.consent_box.setChecked(self.interview.consent)
        self.consent_error = ErrorLabel()
        hint = QLabel(self.tr("Space ticks the box; Enter or Ctrl+Enter starts the questions."))
        hint.setStyleSheet(text_style("secondary"))
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.consent_error)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _finish_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("End of the interview"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.complete_button = QPushButton(self.tr("&Complete the interview (Ctrl+Enter)"))
        set_hint(self.complete_button, self.tr(
            "Mark the interview as completed and save it (Ctrl+Enter)"))
        self.complete_button.setAutoDefault(False)
        self.complete_button.clicked.connect(self.complete)
        self.finish_error = ErrorLabel()
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.finish_error)
        layout.addStretch(1)
        return page

    def _respondent_text(self) -> str:
        i = self.interview
        try:
            category = enum_label(PersonCategory(i.respondent_category))
        except ValueError:
            category = i.respondent_category
        who = self.tr("registered person") if i.person_id else (
            i.respondent_code or self.tr("anonymous respondent"))
        parts = [who, category, localised_name(i.respondent_country)
                 if i.respondent_country else "", i.respondent_age_band]
        return " · ".join(p for p in parts if p)

    def _watch(self, widget: QObject) -> None:
        """Every key goes through eventFilter first, whichever child has the focus."""
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def _lang(self) -> str:
        return str(self.language.currentData() or "en")

    def _language_changed(self) -> None:
        for page in self.question_pages:
            page.set_language(self._lang())

    def _first_page(self) -> int:
        if not self.interview.consent:
            return 0
        for index, q in enumerate(self.questions, start=1):
            if q.id not in self.saved_values:
                return index
        return len(self.questions) + 1

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        page = self._current_question()
        if ctrl and key in _ENTER:
            self.next()
            return True
        if ctrl and key == Qt.Key.Key_S:
            self.save_draft()
            return True
        if key == Qt.Key.Key_PageUp and not mods:
            self.back()
            return True
        if mods == Qt.KeyboardModifier.NoModifier and page is not None and page.press(key):
            return True
        on_consent = self.pages.currentIndex() == 0
        if key in _ENTER and not mods and (on_consent or (page is not None
                                                          and not page.takes_text)):
            self.next()
            return True
        return False

    # -- navigation ---------------------------------------------------------------------------

    def _current_question(self) -> QuestionPage | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, QuestionPage) else None

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = self.pages.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < last)
        page = self._current_question()
        if page is not None:
            page.focus_editor()
        elif index == 0:
            self.consent_box.setFocus()
        else:
            self._update_summary()
            self.complete_button.setFocus()

    def _update_summary(self) -> None:
        answered = sum(1 for q in self.questions if self.saved_values.get(q.id))
        missing = [str(q.position) for q in self.questions
                   if q.required and not self.saved_values.get(q.id)]
        text = self.tr("{answered} of {count} questions answered.").format(
            answered=answered, count=len(self.questions))
        if missing:
            text += " " + self.tr("Required questions still open: {numbers}.").format(
                numbers=", ".join(missing))
        self.summary.setText(text)

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            if not self._consent():
                return
        elif index == self.pages.count() - 1:
            self.complete()
            return
        elif not self._save_current():
            return
        self._go(index + 1)

    def back(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            return
        page = self._current_question()
        if page is not None and not self._save_current():
            return
        self._go(index - 1)

    def _consent(self) -> bool:
        given = self.consent_box.isChecked()
        if not given:
            self.consent_error.show_text(self.tr(
                "No consent, no answers: tick the box only if the respondent agrees. Escape "
                "closes without an interview."))
            return False
        self.consent_error.show_text("")
        if not self.interview.consent:
            try:
                self.interview = self.ctx.services.interviews.record_consent(self.interview.id,
                                                                              True)
            except UserError as exc:
                self.consent_error.show_text(render(exc.message))
                return False
            self.changed.emit()
        return True

    def _save_current(self) -> bool:
        """Validate and save the answer on the current page; False keeps the page open."""
        page = self._current_question()
        if page is None:
            return True
        try:
            value = normalise_answer(page.question, page.value())
        except ValidationError as exc:
            page.error.show_text(render(exc.message))
            page.focus_editor()
            return False
        page.error.show_text("")
        if value == self.saved_values.get(page.question.id, ""):
            return True
        try:
            self.interview = self.ctx.services.interviews.save_answers(
                self.interview.id, {page.question.id: value})
        except UserError as exc:
            page.error.show_text(render(exc.message))
            return False
        if value:
            self.saved_values[page.question.id] = value
        else:
            self.saved_values.pop(page.question.id, None)
        self.changed.emit()
        return True

    def save_draft(self) -> None:
        if self.pages.currentIndex() == 0:
            if not self._consent():
                return
        elif not self._save_current():
            return
        self.status.setText(self.tr("Draft saved at {time}.").format(
            time=format_time(dt.datetime.now().time())))

    def complete(self) -> None:
        if not self._save_current():
            return
        try:
            self.interview = self.ctx.services.interviews.complete(self.interview.id)
        except ValidationError as exc:
            missing = next((i for i, q in enumerate(self.questions, start=1)
                            if q.id == exc.field), None)
            if missing is not None:
                self._go(missing)
                self.question_pages[missing - 1].error.show_text(render(exc.message))
            else:
                self.finish_error.show_text(render(exc.message))
            return
        except UserError as exc:
            self.finish_error.show_text(render(exc.message))
            return
        self.changed.emit()
        self.accept()

    def reject(self) -> None:
        """Escape or closing keeps the answer on the open page too, when it is valid."""
        if self._current_question() is not None:
            self._save_current()
        super().reject()

    @property
    def completed(self) -> bool:
        return self.interview.status == InterviewStatus.COMPLETED
