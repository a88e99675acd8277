"""Editing an interview guide: title, languages, description and its ordered questions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import QuestionType
from ..domain.errors import UserError, ValidationError
from ..domain.records import GuideRecord, QuestionRecord
from .event_form import ErrorLabel, buttons
from .hints import set_hint
from .i18n import enum_label, render
from .record_model import RecordTableModel
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext


def choices_text(question: QuestionRecord | None, language: str = "en") -> str:
    """Choices as lines a person edits: "value = label"."""
    if question is None:
        return ""
    return "\n".join(f"{o.value} = {o.label(language)}" for o in question.options)


def parse_choices(text: str, language: str = "en") -> list[dict[str, Any]]:
    items = []
    for line in text.splitlines():
        if not line.strip():
            continue
        value, _sep, label = line.partition("=")
        value = value.strip()
        items.append({"value": value, "label": {language: label.strip() or value}})
    return items


class QuestionDialog(QDialog):
    """One question: type, variable name, section, required, text per language, choices."""

    def __init__(self, ctx: AppContext, guide: GuideRecord,
                 question: QuestionRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.guide = guide
        self.question = question
        self.saved: QuestionRecord | None = None
        self.setWindowTitle(self.tr("Question") if question else self.tr("New question"))
        self.setMinimumWidth(620)
        self.type = QComboBox()
        for member in QuestionType:
            self.type.addItem(enum_label(member), member.value)
        self.name = QLineEdit(question.name if question else "")
        self.section = QLineEdit(question.section if question else "")
        self.required = QCheckBox(self.tr("&Required"))
        self.required.setChecked(bool(question and question.required))
        self.texts: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Section:"), self.section)
        form.addRow("", self.required)
        languages = guide.language_list or ["en"]
        for code in languages:
            edit = QLineEdit(question.texts.get(code, "") if question else "")
            self.texts[code] = edit
            form.addRow(self.tr("Text ({language}):").format(language=code), edit)
        self.choices = QPlainTextEdit(choices_text(question, languages[0]))
        self.choices.setTabChangesFocus(True)
        self.choices.setPlaceholderText(self.tr("one choice a line: value = label"))
        form.addRow(self.tr("&Choices:"), self.choices)
        if question:
            self.type.setCurrentIndex(max(0, self.type.findData(question.type)))
        self.type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons(self))

    def _type_changed(self) -> None:
        kind = str(self.type.currentData())
        self.choices.setEnabled(kind in (QuestionType.SINGLE_CHOICE,
                                         QuestionType.MULTIPLE_CHOICE))

    def values(self) -> dict[str, Any]:
        kind = str(self.type.currentData())
        languages = list(self.texts)
        values: dict[str, Any] = {
            "type": kind, "name": self.name.text(), "section": self.section.text(),
            "required": self.required.isChecked(),
            "text": {code: edit.text() for code, edit in self.texts.items()},
        }
        if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
            # The box edits the main language's labels; the other languages' labels of the
            # values that stay are kept.
            known = {o.value: dict(o.labels) for o in self.question.options} \
                if self.question else {}
            values["choices"] = [
                {"value": c["value"], "label": known.get(c["value"], {}) | c["label"]}
                for c in parse_choices(self.choices.toPlainText(), languages[0])]
        else:
            values["choices"] = json.loads(self.question.choices) if self.question and \
                self.question.type == kind else []
        return values

    def accept(self) -> None:
        service = self.ctx.services.interviews
        values = self.values()
        try:
            if self.question is None:
                self.saved = push(self.ctx.undo_stack, self.tr("Add question"),
                                  lambda: service.add_question(self.guide.id, **values),
                                  lambda q: service.delete_question(q.id))
            else:
                old = self.question
                old_values = {"type": old.type, "name": old.name, "section": old.section,
                              "required": old.required, "text": old.texts,
                              "choices": json.loads(old.choices)}

                def undo(_result: object) -> None:
                    service.update_question(old.id, **old_values)

                self.saved = push(self.ctx.undo_stack, self.tr("Edit question"),
                                  lambda: service.update_question(old.id, **values), undo)
        except ValidationError as exc:
            self.error.show_text(render(exc.message))
            return
        super().accept()


class GuideEditor(QDialog):
    """A new guide (guide_id None) is created when the person first saves its title."""

    def __init__(self, ctx: AppContext, guide_id: str | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        from .interviews_view import question_columns, table

        self.ctx = ctx
        self.guide: GuideRecord | None = ctx.services.interviews.guide(guide_id) \
            if guide_id else None
        self.setWindowTitle(self.tr("Interview guide"))
        self.resize(900, 600)
        self.title = QLineEdit(self.guide.title if self.guide else "")
        self.languages = QLineEdit(self.guide.languages if self.guide else "en")
        self.languages.setToolTip(self.tr("Language codes, comma-separated; the first is the "
                                          "main one, e.g. en,it,hr"))
        self.description = QPlainTextEdit(self.guide.description if self.guide else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.save_button = QPushButton(self.tr("&Save guide"))
        set_hint(self.save_button, self.tr("Save the guide's title, languages and questions"))
        self.save_button.clicked.connect(self.save_guide)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Languages:"), self.languages)
        form.addRow(self.tr("&Description:"), self.description)
        self.model = RecordTableModel(question_columns(), self)
        self.view, self.proxy = table(self.model)
        self.view.setSortingEnabled(False)
        self.proxy.sort(-1)  # the guide's order
        self.view.activated.connect(lambda _i: self.edit_question())
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add question…"))
        set_hint(self.add_button, self.tr("Add a question at the end of the guide"))
        self.edit_button = QPushButton(self.tr("&Edit question…"))
        set_hint(self.edit_button, self.tr(
            "Change the selected question's text, type and choices"))
        self.delete_button = QPushButton(self.tr("De&lete question"))
        set_hint(self.delete_button, self.tr("Remove the selected question from the guide"))
        self.up_button = QPushButton(self.tr("Move &up"))
        set_hint(self.up_button, self.tr("Ask the selected question one place earlier"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        set_hint(self.down_button, self.tr("Ask the selected question one place later"))
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.delete_button.clicked.connect(self.delete_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        for button in (self.save_button, self.add_button, self.edit_button,
                       self.delete_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._reload()

    def _reload(self, select: str = "") -> None:
        has_guide = self.guide is not None
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                       self.down_button):
            button.setEnabled(has_guide)
        self.model.set_records(self.ctx.services.interviews.questions(self.guide.id)
                               if self.guide else [])
        self.view.resizeColumnsToContents()
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def save_guide(self) -> bool:
        service = self.ctx.services.interviews
        title, languages = self.title.text(), self.languages.text()
        description = self.description.toPlainText()
        try:
            if self.guide is None:
                self.guide = push(self.ctx.undo_stack, self.tr("New guide"),
                                  lambda: service.create_guide(title, description, languages),
                                  lambda g: service.delete_guide(g.id))
            else:
                old = self.guide

                def undo(_result: object) -> None:
                    service.update_guide(old.id, title=old.title, languages=old.languages,
                                         description=old.description)

                self.guide = push(self.ctx.undo_stack, self.tr("Edit guide"),
                                  lambda: service.update_guide(old.id, title=title,
                                                               languages=languages,
                                                               description=description),
                                  undo)
        except UserError as exc:
            self.error.show_text(render(exc.message))
            return False
        self.error.show_text("")
        self._reload()
        return True

    def current(self) -> QuestionRecord | None:
        index = self.view.currentIndex()
        return self.model.record(self.proxy.mapToSource(index).row()) if index.isValid() \
            else None

    def add_question(self) -> None:
        if self.guide is None:
            return
        dialog = QuestionDialog(self.ctx, self.guide, None, self)
        if dialog.exec() and dialog.saved:
            self._reload(dialog.saved.id)

    def edit_question(self) -> None:
        question = self.current()
        if self.guide is None or question is None:
            return
        dialog = QuestionDialog(self.ctx, self.guide, question, self)
        if dialog.exec() and dialog.saved:
            self._reload(dialog.saved.id)

    def delete_question(self) -> None:
        question = self.current()
        if question is None:
            return
        service = self.ctx.services.interviews
        def undo(_result: object) -> None:
            service.restore_question(question.id)

        push(self.ctx.undo_stack, self.tr("Delete question"),
             lambda: service.delete_question(question.id), undo)
        self._reload()

    def move_question(self, step: int) -> None:
        question = self.current()
        if question is None:
            return
        service = self.ctx.services.interviews
        def undo(_result: object) -> None:
            service.move_question(question.id, -step)

        push(self.ctx.undo_stack, self.tr("Move question"),
             lambda: service.move_question(question.id, step), undo)
        self._reload(question.id)

    def accept(self) -> None:
        if self.guide is None and self.title.text().strip() and not self.save_guide():
            return
        super().accept()
