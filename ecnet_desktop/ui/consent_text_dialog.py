"""Adding or editing the wording of a consent (kind, version, language, text); undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import ConsentKind
from ..domain.errors import UserError
from ..services.consent import ConsentTextRecord
from .event_form import ErrorLabel, FieldErrors
from .i18n import enum_label
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext


def _discard(_value: object) -> None:
    """An undo step returns nothing; the record a service returns is not needed there."""


class ConsentTextDialog(QDialog):
    """``saved`` holds the stored text after Save; errors show next to their field."""

    def __init__(self, ctx: AppContext, record: ConsentTextRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved: ConsentTextRecord | None = None
        self.setWindowTitle(self.tr("Consent text") if record is None
                            else self.tr("Edit consent text"))
        self.kind_combo = QComboBox()
        for kind in ConsentKind:
            self.kind_combo.addItem(enum_label(kind), kind.value)
        self.version_edit = QLineEdit()
        self.version_edit.setPlaceholderText(self.tr("e.g. 2021-1"))
        self.language_edit = QLineEdit("en")
        self.language_edit.setMaximumWidth(80)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("The wording people read before they agree"))
        if record is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind))
            self.version_edit.setText(record.version)
            self.language_edit.setText(record.language)
            self.text_edit.setPlainText(record.text)
        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout()
        for text, field, widget in (
            (self.tr("&Consent to:"), "kind", self.kind_combo),
            (self.tr("&Version:"), "version", self.version_edit),
            (self.tr("&Language:"), "language", self.language_edit),
            (self.tr("&Text:"), "text", self.text_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.errors.row((field,), widget))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.resize(560, 360)
        (self.version_edit if record is None else self.text_edit).setFocus()

    def values(self) -> dict[str, str]:
        return {"kind": str(self.kind_combo.currentData()), "version": self.version_edit.text(),
                "language": self.language_edit.text(), "text": self.text_edit.toPlainText()}

    def accept(self) -> None:
        self.errors.clear()
        consents = self.ctx.services.consents
        values = self.values()
        try:
            if self.record is None:
                self.saved = push(
                    self.ctx.undo_stack, self.tr("New consent text {version}").format(
                        version=values["version"].strip()),
                    lambda: consents.add_text(**values),
                    lambda saved: consents.delete_text(saved.id))
            else:
                old = self.record
                before = {"kind": old.kind, "version": old.version, "language": old.language,
                          "text": old.text}
                self.saved = push(
                    self.ctx.undo_stack, self.tr("Edit consent text {version}").format(
                        version=old.version),
                    lambda: consents.update_text(old.id, **values),
                    lambda _saved: _discard(consents.update_text(old.id, **before)))
        except UserError as exc:
            self.errors.show(exc)  # the dialog stays open with everything typed
            return
        super().accept()
