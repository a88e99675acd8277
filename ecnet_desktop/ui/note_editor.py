"""The note editor: Markdown text with a live preview, kind, priorities, recommendation fields;
saves itself ~800 ms after the last keystroke and on close (no Save button to forget)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import NoteKind, Priority, RecommendationLevel, decode_priorities
from ..domain.errors import UserError, ValidationError
from ..domain.records import NoteRecord, SessionRecord
from .i18n import enum_label, format_date, format_time, render
from .tones import text_style
from .undo import push

AUTOSAVE_MS = 800


def session_text(session: SessionRecord) -> str:
    day, start = format_date(session.start.date()), format_time(session.start.time())
    return f"{session.title} — {day} {start}"


class NoteEditor(QDialog):
    """Edits one note (or a new one for an event or session) and saves it by itself."""

    saved = Signal(object)  # the NoteRecord as stored

    def __init__(self, ctx: Any, *, event_id: str, session_id: str | None = None,
                 note: NoteRecord | None = None, kind: str = NoteKind.MINUTES.value,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("noteEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.event_id = note.event_id or event_id if note else event_id
        self.note = note
        self._loading = True
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)

        self.session_combo = QComboBox()
        self.session_combo.setObjectName("noteSession")
        self.session_combo.addItem(self.tr("(the whole event)"), "")
        for session in ctx.services.events.sessions_of(self.event_id):
            self.session_combo.addItem(session_text(session), session.id)
        wanted = note.session_id if note else session_id
        self.session_combo.setCurrentIndex(max(self.session_combo.findData(wanted or ""), 0))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("noteKind")
        for member in NoteKind:
            self.kind_combo.addItem(enum_label(member), member.value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(
            note.kind if note else kind), 0))
        self.title_edit = QLineEdit(note.title if note else "")
        self.title_edit.setObjectName("noteTitle")
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("noteLevel")
        self.level_combo.addItem(self.tr("(not set)"), "")
        for level in RecommendationLevel:
            self.level_combo.addItem(enum_label(level), level.value)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(
            (note.level or "") if note else ""), 0))
        self.addressee_edit = QLineEdit(note.addressee if note else "")
        self.addressee_edit.setObjectName("noteAddressee")
        self.text_edit = QPlainTextEdit(note.text if note else "")
        self.text_edit.setObjectName("noteText")
        self.text_edit.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.text_error = QLabel()
        self.text_error.setObjectName("noteTextError")
        self.text_error.setStyleSheet(text_style("error"))
        self.text_error.setWordWrap(True)
        self.text_error.hide()
        chosen = set(decode_priorities(note.priorities)) if note else set()
        self.priority_boxes: dict[Priority, QCheckBox] = {}
        priorities = QHBoxLayout()
        for priority in Priority:
            box = QCheckBox(enum_label(priority))
            box.setChecked(priority in chosen)
            self.priority_boxes[priority] = box
            priorities.addWidget(box)
        priorities.addStretch(1)
        self.language_edit = QLineEdit(note.language if note else self._language())
        self.language_edit.setMaxLength(8)
        self.language_edit.setMaximumWidth(70)
        self.author_edit = QLineEdit(note.author if note else "")
        self.author_edit.setObjectName("noteAuthor")
        self.publishable_box = QCheckBox()
        self.publishable_box.setChecked(note.publishable if note else False)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        self.error = QLabel()
        self.error.setObjectName("noteError")
        self.error.setStyleSheet(text_style("error"))
        self.error.setWordWrap(True)
        self.error.hide()

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("session", self.session_combo), ("kind", self.kind_combo),
                            ("title", self.title_edit), ("level", self.level_combo),
                            ("addressee", self.addressee_edit)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(widget)
            self.form.addRow(self.labels[key], widget)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text_edit)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 380])
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text_edit)
        self.priorities_label = QLabel()
        bottom = QFormLayout()
        self.language_label, self.author_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language_edit)
        self.author_label.setBuddy(self.author_edit)
        bottom.addRow(self.priorities_label, priorities)
        bottom.addRow(self.language_label, self.language_edit)
        bottom.addRow(self.author_label, self.author_edit)
        bottom.addRow("", self.publishable_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.text_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.text_error)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.setTabOrder(self.session_combo, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.title_edit)
        self.setTabOrder(self.title_edit, self.level_combo)
        self.setTabOrder(self.level_combo, self.addressee_edit)
        self.setTabOrder(self.addressee_edit, self.text_edit)
        # Ctrl+Enter closes (saving) from inside the text, where Enter is a new line.
        close = QShortcut(QKeySequence("Ctrl+Return"), self)
        close.activated.connect(self.close)

        for signal in (self.title_edit.textEdited, self.addressee_edit.textEdited,
                       self.language_edit.textEdited, self.author_edit.textEdited,
                       self.text_edit.textChanged):
            signal.connect(self._changed)
        for combo in (self.session_combo, self.kind_combo, self.level_combo):
            combo.currentIndexChanged.connect(self._changed)
        for box in [*self.priority_boxes.values(), self.publishable_box]:
            box.toggled.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._show_recommendation_fields)
        self.resize(900, 600)
        self.retranslate()
        self._show_recommendation_fields()
        self._render_preview()
        self._loading = False
        self.text_edit.setFocus()

    # -- reading the form -------------------------------------------------------------------

    def _language(self) -> str:
        return str(self.ctx.settings.language or "en")[:8] or "en"

    def values(self) -> dict[str, Any]:
        recommendation = self.kind_combo.currentData() == NoteKind.RECOMMENDATION.value
        return {
            "event_id": self.event_id,
            "session_id": self.session_combo.currentData() or None,
            "kind": self.kind_combo.currentData(),
            "text": self.text_edit.toPlainText(),
            "title": self.title_edit.text(),
            "level": (self.level_combo.currentData() or None) if recommendation else None,
            "addressee": self.addressee_edit.text() if recommendation else "",
            "priorities": [p.value for p, box in self.priority_boxes.items() if box.isChecked()],
            "language": self.language_edit.text() or "en",
            "author": self.author_edit.text(),
            "publishable": self.publishable_box.isChecked(),
        }

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- saving -----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self.timer.start()
        if self.sender() is self.text_edit:
            self._render_preview()

    def save(self) -> bool:
        """Store what the form holds now; True when stored (or nothing to store)."""
        self.timer.stop()
        if not self._dirty:
            return True
        values = self.values()
        if self.note is None and not values["text"].strip():
            return True  # nothing typed yet: no empty note is created
        try:
            if self.note is None:
                self.note = self._create(values)
            else:
                self.note = self.ctx.services.notes.update(self.note.id, **values)
        except ValidationError as exc:
            self._show_error(render(exc.message), exc.field)
            return False
        except UserError as exc:
            self._show_error(render(exc.message), "")
            return False
        self._dirty = False
        self.text_error.hide()
        self.error.hide()
        self.status.setText(self.tr("Saved at {time}.").format(
            time=format_time(dt.datetime.now().time())))
        self.setWindowTitle(self._title())
        self.saved.emit(self.note)
        return True

    def _create(self, values: dict[str, Any]) -> NoteRecord:
        """Create the note as one undoable step: undo deletes it, redo brings it back."""
        notes = self.ctx.services.notes
        created: list[NoteRecord] = []

        def do() -> NoteRecord:
            if created:
                return notes.restore(created[0].id)  # type: ignore[no-any-return]
            created.append(notes.create(**values))
            return created[0]

        return push(self.ctx.undo_stack, self.tr("Add note"), do,  # type: ignore[no-any-return]
                    lambda record: notes.delete(record.id))

    def _show_error(self, text: str, field: str) -> None:
        label = self.text_error if field == "text" else self.error
        label.setText(text)
        label.show()
        self.status.setText(self.tr("Not saved."))

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save():
            event.ignore()  # keep what was typed and the message beside it
            return
        # Not QDialog.closeEvent: it would call reject(), which closes again (see below).
        event.accept()

    def reject(self) -> None:
        # Escape closes like the window's close button: saving first, never discarding.
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.text_edit.hasFocus():
            self.close()
            return
        super().keyPressEvent(event)

    # -- looks ------------------------------------------------------------------------------

    def _render_preview(self) -> None:
        self.preview.setMarkdown(self.text_edit.toPlainText())

    def _show_recommendation_fields(self, *_args: object) -> None:
        shown = self.kind_combo.currentData() == NoteKind.RECOMMENDATION.value
        for key, widget in (("level", self.level_combo), ("addressee", self.addressee_edit)):
            widget.setVisible(shown)
            self.labels[key].setVisible(shown)

    def _title(self) -> str:
        return self.tr("Note") if self.note is None else self.tr("Note — {heading}").format(
            heading=self.note.heading)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.labels["session"].setText(self.tr("&Session:"))
        self.labels["kind"].setText(self.tr("&Kind:"))
        self.labels["title"].setText(self.tr("T&itle:"))
        self.labels["level"].setText(self.tr("&Level:"))
        self.labels["addressee"].setText(self.tr("&Addressed to:"))
        self.text_label.setText(self.tr(
            "&Text (Markdown: **bold**, *italic*, - lists; saved as you type):"))
        self.priorities_label.setText(self.tr("Priorities:"))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.author_label.setText(self.tr("Author's &role:"))
        self.author_edit.setPlaceholderText(self.tr("e.g. facilitator, rapporteur — no names"))
        self.publishable_box.setText(self.tr("&Publishable (may appear in the compendia)"))
        self.preview.setPlaceholderText(self.tr("Preview"))
        if not self.status.text():
            self.status.setText(self.tr("Saved automatically as you type."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and shiboken6.isValid(self):
            self.retranslate()
        super().changeEvent(event)
