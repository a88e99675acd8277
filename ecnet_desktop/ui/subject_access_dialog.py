"""Answering a subject access request: everything held about one person, as an xlsx (with an
optional password) or a PDF, written in the background; the file is said to hold personal data."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import PersonRecord
from ..exchange.subject_access_xlsx import export_subject_access
from ..printing.subject_access_pdf import print_subject_access
from .event_form import ErrorLabel
from .tasks import if_alive
from .tones import warning_style

if TYPE_CHECKING:
    from ..app import AppContext


class SubjectAccessDialog(QDialog):
    """Format, file and (for xlsx) a password; Enter writes the file."""

    def __init__(self, ctx: AppContext, person: PersonRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Everything about {name}").format(name=person.full_name))
        intro = QLabel(self.tr(
            "Write everything this database holds about {name} — personal data, consents, "
            "registrations, attendance, notes, interviews and audit entries — to answer a "
            "subject access request.").format(name=person.full_name))
        intro.setWordWrap(True)
        self.warning = QLabel(self.tr(
            "⚠ The file contains personal data: give it only to the person it is about, "
            "protect it with a password when it travels, and delete your copy afterwards."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(warning_style())
        self.as_xlsx = QRadioButton(self.tr("E&xcel workbook (.xlsx)"))
        self.as_pdf = QRadioButton(self.tr("P&DF document"))
        self.as_xlsx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_xlsx)
        group.addButton(self.as_pdf)
        self.path_edit = QLineEdit(self.default_path("xlsx"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: encrypts the workbook"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.as_xlsx.toggled.connect(self._format_changed)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        formats = QHBoxLayout()
        formats.addWidget(self.as_xlsx)
        formats.addWidget(self.as_pdf)
        formats.addStretch(1)
        form.addRow(self.tr("Format:"), formats)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Write file"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        # Set once the button is inside the dialog: a parentless button cannot be its default.
        self.save_button.setDefault(True)
        self.resize(600, self.sizeHint().height())

    def default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        # The file name carries the id, not the name: a folder listing shows no personal data.
        return str(Path(folder) / f"subject-access-{self.person.id[:8]}-"
                                  f"{dt.date.today().isoformat()}.{suffix}")

    def _format_changed(self, xlsx: bool) -> None:
        for widget in (self.password, self.repeat):
            widget.setEnabled(xlsx)
        suffix = "xlsx" if xlsx else "pdf"
        self.path_edit.setText(re.sub(r"\.(xlsx|pdf)$", f".{suffix}", self.path_edit.text())
                               or self.default_path(suffix))

    def browse(self) -> None:
        xlsx = self.as_xlsx.isChecked()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(),
            self.tr("Excel workbooks (*.xlsx)") if xlsx else self.tr("PDF documents (*.pdf)"))
        if path:
            self.path_edit.setText(path)

    def target(self) -> Path:
        suffix = ".xlsx" if self.as_xlsx.isChecked() else ".pdf"
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(suffix) else text + suffix)

    def write(self) -> None:
        self.error.show_text("")
        if not self.path_edit.text().strip():
            self.error.show_text(self.tr("Choose where to write the file."))
            self.path_edit.setFocus()
            return
        xlsx = self.as_xlsx.isChecked()
        password = self.password.text() if xlsx else ""
        if xlsx and password != self.repeat.text():
            self.error.show_text(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        services, person_id, target = self.ctx.services, self.person.id, self.target()
        translate = QCoreApplication.translate
        paper = str(self.ctx.settings.paper_size)  # read now: a change in Preferences applies

        def work(_progress: Any) -> Path:
            if xlsx:
                return export_subject_access(services, person_id, target,
                                             password=password or None, translate=translate)
            return print_subject_access(services, person_id, target, translate=translate,
                                        paper=paper).path

        self.save_button.setEnabled(False)
        self.result_label.setText(self.tr("Writing…"))
        self.ctx.runner.start(work, on_success=if_alive(self, self._written),
                              on_error=if_alive(self, self._failed))

    def _written(self, path: Path) -> None:
        self.written = path
        self.password.clear()
        self.repeat.clear()
        self.result_label.setText(self.tr("Written to {file}.").format(file=str(path)))
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, message: str, _details: str) -> None:
        self.save_button.setEnabled(True)
        self.result_label.setText("")
        self.error.show_text(message)

