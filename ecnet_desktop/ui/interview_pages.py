"""One page per interview question, with the editor its type needs and keys that answer it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import QuestionType
from ..domain.records import QuestionRecord
from .event_form import ErrorLabel
from .i18n import enum_label
from .tones import text_style


class QuestionPage(QWidget):
    """Shows the question in the chosen language and holds the answer being given."""

    def __init__(self, question: QuestionRecord, number: int, count: int,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.kind = QuestionType(question.type)
        layout = QVBoxLayout(self)
        self.section = QLabel()
        self.section.setStyleSheet(text_style("secondary"))
        self.counter = QLabel(self.tr("Question {number} of {count}").format(
            number=number, count=count))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.hint = QLabel()
        self.hint.setStyleSheet(text_style("secondary"))
        self.hint.setWordWrap(True)
        self.error = ErrorLabel()
        layout.addWidget(self.counter)
        layout.addWidget(self.section)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.line: QLineEdit | None = None
        self.plain: QPlainTextEdit | None = None
        self.options = list(question.options)
        if self.kind == QuestionType.YES_NO and not self.options:
            from ..domain.records import ChoiceOption

            self.options = [ChoiceOption("yes", (("en", "yes"),)),
                            ChoiceOption("no", (("en", "no"),))]
        if self.kind == QuestionType.TEXT:
            self.plain = QPlainTextEdit()
            self.plain.setTabChangesFocus(True)
            layout.addWidget(self.plain, 1)
        elif self.kind == QuestionType.NUMBER:
            self.line = QLineEdit()
            self.line.setMaximumWidth(200)
            layout.addWidget(self.line)
        else:
            multiple = self.kind == QuestionType.MULTIPLE_CHOICE
            self.group = QButtonGroup(self)
            self.group.setExclusive(not multiple)
            for index, _option in enumerate(self.options):
                button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
                self.group.addButton(button, index)
                self.buttons.append(button)
                layout.addWidget(button)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        q = self.question
        self.section.setText(q.section)
        self.section.setVisible(bool(q.section))
        self.text.setText(q.text_in(language) + (" *" if q.required else ""))
        for index, (button, option) in enumerate(zip(self.buttons, self.options, strict=True)):
            label = option.label(language)
            if self.kind == QuestionType.YES_NO and label == "yes":
                label = self.tr("yes")
            elif self.kind == QuestionType.YES_NO and label == "no":
                label = self.tr("no")
            button.setText(f"{index + 1}  {label}" if index < 9 else label)
        self.hint.setText(self._hint())

    def _hint(self) -> str:
        keys = {
            QuestionType.TEXT: self.tr("Type the answer; Ctrl+Enter: next question."),
            QuestionType.NUMBER: self.tr("Type a number; Enter: next question."),
            QuestionType.LIKERT: self.tr("Press 1 to 5 (or arrows and Space); Enter: next."),
            QuestionType.SINGLE_CHOICE: self.tr("Press the number of the answer; Enter: next."),
            QuestionType.MULTIPLE_CHOICE: self.tr("Press numbers to tick or untick answers; "
                                                  "Enter: next."),
            QuestionType.YES_NO: self.tr("Press 1 or Y for yes, 2 or N for no; Enter: next."),
        }[self.kind]
        required = self.tr("Required.") if self.question.required else self.tr("Optional.")
        return f"{enum_label(self.kind)} · {required} {keys}"

    # -- the answer ----------------------------------------------------------------------------

    def value(self) -> object:
        if self.plain is not None:
            return self.plain.toPlainText()
        if self.line is not None:
            return self.line.text()
        picked = [o.value for o, b in zip(self.options, self.buttons, strict=True)
                  if b.isChecked()]
        if self.kind == QuestionType.MULTIPLE_CHOICE:
            return picked
        return picked[0] if picked else ""

    def set_value(self, stored: str) -> None:
        if self.plain is not None:
            self.plain.setPlainText(stored)
        elif self.line is not None:
            self.line.setText(stored)
        else:
            wanted = set(json.loads(stored)) if self.kind == QuestionType.MULTIPLE_CHOICE \
                and stored.startswith("[") else {stored}
            for option, button in zip(self.options, self.buttons, strict=True):
                button.setChecked(option.value in wanted)

    def focus_editor(self) -> None:
        target: QWidget | None = self.plain or self.line
        if target is None and self.buttons:
            checked = [b for b in self.buttons if b.isChecked()]
            target = checked[0] if checked else self.buttons[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def takes_text(self) -> bool:
        return self.plain is not None

    def press(self, key: int) -> bool:
        """Digits pick (or tick) a numbered answer; Y and N answer yes/no. True if used."""
        if not self.buttons:
            return False
        index = -1
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
        elif self.kind == QuestionType.YES_NO and key in (Qt.Key.Key_Y, Qt.Key.Key_N):
            value = "yes" if key == Qt.Key.Key_Y else "no"
            index = next((i for i, o in enumerate(self.options) if o.value == value), -1)
        if not 0 <= index < len(self.buttons):
            return False
        button = self.buttons[index]
        if self.kind == QuestionType.MULTIPLE_CHOICE:
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
