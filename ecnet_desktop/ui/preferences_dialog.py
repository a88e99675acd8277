"""Preferences (Edit → Preferences…): language, device name, printing, backups, retention."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..domain.progress import Progress
from .event_form import ErrorLabel
from .i18n import follow_count, render
from .settings import LANGUAGES, MAX_BACKUPS_KEPT, MAX_BLANK_ROWS, PAPER_SIZES
from .tasks import if_alive

if TYPE_CHECKING:
    from ..app import AppContext

log = logging.getLogger(__name__)
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 50  # as services.project_settings accepts


def current_language(chosen: str) -> str:
    """The language code the combo should show: the chosen one, else the system's if offered."""
    codes = [code for code, _name in LANGUAGES]
    if chosen in codes:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in codes else "en"


def language_combo(parent: QWidget, chosen: str) -> QComboBox:
    """English and the partner languages, each by its own name (shared with the welcome)."""
    combo = QComboBox(parent)
    combo.setObjectName("language")
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(combo.findData(current_language(chosen)))
    return combo


@dataclass(frozen=True)
class DatabaseChoices:
    """What the dialog changes in the open database (written on a worker thread)."""

    device_name: str
    retention_years: int


class PreferencesDialog(QDialog):
    """Settings apply on OK; the language also applies at once, without a restart."""

    applied = Signal()  # after everything was saved (the window refreshes its status bar)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("preferencesDialog")
        self._original_language = ctx.settings.language
        self._saving = False
        settings = ctx.settings
        self.language_combo = language_combo(self, settings.language)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.device_edit = QLineEdit(self)
        self.device_edit.setObjectName("deviceName")
        self.device_edit.setMaxLength(80)
        self.device_edit.setEnabled(False)  # until the name was read from the database
        self.device_error = ErrorLabel(self)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperSize")
        for size in PAPER_SIZES:
            self.paper_combo.addItem(size, size)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(settings.paper_size))
        self.blank_spin = QSpinBox(self)
        self.blank_spin.setObjectName("blankRows")
        self.blank_spin.setRange(0, MAX_BLANK_ROWS)
        self.blank_spin.setValue(settings.attendance_blank_rows)
        self.backups_spin = QSpinBox(self)
        self.backups_spin.setObjectName("backupsKept")
        self.backups_spin.setRange(1, MAX_BACKUPS_KEPT)
        self.backups_spin.setValue(settings.backups_kept)
        self.retention_spin = QSpinBox(self)
        self.retention_spin.setObjectName("retentionYears")
        self.retention_spin.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.retention_spin.setEnabled(False)  # until read from the database
        self.retention_error = ErrorLabel(self)
        self.error_label = ErrorLabel(self)

        self.general_box = QGroupBox(self)
        self.general_form = QFormLayout(self.general_box)
        self.language_label = QLabel(self)
        self.device_label = QLabel(self)
        self.general_form.addRow(self.language_label, self.language_combo)
        self.general_form.addRow(self.device_label, self.device_edit)
        self.general_form.addRow("", self.device_error)
        self.printing_box = QGroupBox(self)
        self.printing_form = QFormLayout(self.printing_box)
        self.paper_label = QLabel(self)
        self.blank_label = QLabel(self)
        self.printing_form.addRow(self.paper_label, self.paper_combo)
        self.printing_form.addRow(self.blank_label, self.blank_spin)
        self.data_box = QGroupBox(self)
        self.data_form = QFormLayout(self.data_box)
        self.backups_label = QLabel(self)
        self.retention_label = QLabel(self)
        self.data_form.addRow(self.backups_label, self.backups_spin)
        self.data_form.addRow(self.retention_label, self.retention_spin)
        self.data_form.addRow("", self.retention_error)
        for label, field in ((self.language_label, self.language_combo),
                             (self.device_label, self.device_edit),
                             (self.paper_label, self.paper_combo),
                             (self.blank_label, self.blank_spin),
                             (self.backups_label, self.backups_spin),
                             (self.retention_label, self.retention_spin)):
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_box)
        layout.addWidget(self.printing_box)
        layout.addWidget(self.data_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.general_box.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language:"))
        self.device_label.setText(self.tr("&Name of this laptop:"))
        self.device_edit.setToolTip(self.tr(
            "Shown in exchanged workbooks, so colleagues know which laptop an edit came from"))
        self.printing_box.setTitle(self.tr("Printing"))
        self.paper_label.setText(self.tr("&Paper size:"))
        self.blank_label.setText(self.tr("&Blank rows on attendance sheets:"))
        self.blank_spin.setToolTip(self.tr("Empty numbered rows for walk-ins who sign on paper"))
        self.data_box.setTitle(self.tr("Data"))
        self.backups_label.setText(self.tr("Backups &kept per database:"))
        self.backups_spin.setToolTip(self.tr(
            "A backup is made before every import and upgrade; older ones are deleted, so "
            "erased personal data does not linger"))
        self.retention_label.setText(self.tr("Keep personal data after the project &ends:"))
        follow_count(self.retention_spin, lambda n: self.tr("%Ln years", "", n))
        self.retention_spin.setToolTip(self.tr(
            "After this many years past the project's end, personal data is due for erasure"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading -------------------------------------------------------------------------------

    def _load(self) -> None:
        services = self.ctx.services

        def work(_progress: Progress) -> DatabaseChoices:
            return DatabaseChoices(services.replica.device_name(),
                                   services.project.retention_years())

        self.ctx.runner.start(work, on_success=if_alive(self, self._loaded),
                              on_error=if_alive(self, self._failed))

    def _loaded(self, choices: DatabaseChoices) -> None:
        self.loaded_choices = choices
        self.device_edit.setText(choices.device_name)
        self.device_edit.setEnabled(True)
        self.retention_spin.setValue(choices.retention_years)
        self.retention_spin.setEnabled(True)

    @property
    def ready(self) -> bool:
        return self.device_edit.isEnabled()

    # -- language: applied at once -----------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        self.ctx.translators.apply(self.language_code())

    def language_code(self) -> str:
        return str(self.language_combo.currentData())

    def reject(self) -> None:
        # Cancel puts the language back as it was.
        if self.language_code() != current_language(self._original_language):
            self.ctx.translators.apply(self._original_language or None)
        super().reject()

    # -- saving --------------------------------------------------------------------------------

    def choices(self) -> DatabaseChoices:
        name = " ".join(self.device_edit.text().split())
        return DatabaseChoices(name, self.retention_spin.value())

    def save(self) -> None:
        """Keep what was typed on error; close only once the database accepted the changes."""
        if self._saving or not self.ready:
            return
        self.device_error.show_text("")
        self.retention_error.show_text("")
        self.error_label.show_text("")
        choices = self.choices()
        if not choices.device_name:
            self.device_error.show_text(self.tr("Give this laptop a name."))
            self.device_edit.setFocus()
            return
        settings = self.ctx.settings
        settings.language = self.language_code()
        settings.paper_size = str(self.paper_combo.currentData())
        settings.attendance_blank_rows = self.blank_spin.value()
        settings.backups_kept = self.backups_spin.value()
        settings.device_name = choices.device_name
        settings.sync()
        services = self.ctx.services
        before = getattr(self, "loaded_choices", None)

        def work(_progress: Progress) -> ValidationError | None:
            try:
                if before is None or before.device_name != choices.device_name:
                    services.replica.rename(choices.device_name)
                if before is None or before.retention_years != choices.retention_years:
                    services.project.set_retention_years(choices.retention_years)
            except ValidationError as exc:
                return exc  # shown next to its field, on the GUI thread
            return None

        self._saving = True
        self.buttons.setEnabled(False)
        self.ctx.runner.start(work, on_success=if_alive(self, self._saved),
                              on_error=if_alive(self, self._failed))

    def _saved(self, refused: ValidationError | None) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if refused is not None:
            label = self.retention_error if refused.field == "retention_years" else self.error_label
            label.show_text(render(refused.message))
            return
        self.applied.emit()
        self.accept()

    def _failed(self, message: str, _details: str) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.error_label.show_text(message)
