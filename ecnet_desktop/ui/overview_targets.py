"""The dialog that edits the project's targets (international events, participants,
countries) shown as progress bars in the Overview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services.project_settings import ProjectTargets
from .tones import text_style

MAX_TARGET = 1_000_000


class TargetsDialog(QDialog):
    """Three spin boxes; Enter accepts, Escape cancels; ``targets()`` reads them back."""

    def __init__(self, targets: ProjectTargets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project targets"))
        self.events_spin = QSpinBox()
        self.events_spin.setObjectName("targetEvents")
        self.participants_spin = QSpinBox()
        self.participants_spin.setObjectName("targetParticipants")
        self.countries_spin = QSpinBox()
        self.countries_spin.setObjectName("targetCountries")
        for spin, value in ((self.events_spin, targets.international_events),
                            (self.participants_spin, targets.participants),
                            (self.countries_spin, targets.countries)):
            spin.setRange(0, MAX_TARGET)
            spin.setValue(value)
            spin.setGroupSeparatorShown(True)
        form = QFormLayout()
        for text, spin in ((self.tr("International &events:"), self.events_spin),
                           (self.tr("Direct &participants:"), self.participants_spin),
                           (self.tr("&Countries:"), self.countries_spin)):
            label = QLabel(text)
            label.setBuddy(spin)
            form.addRow(label, spin)
        hint = QLabel(self.tr("What the grant agreement promised. Participants count each "
                              "person once, across every event."))
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style("secondary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.events_spin.setFocus()
        self.events_spin.selectAll()

    def targets(self) -> ProjectTargets:
        return ProjectTargets(international_events=self.events_spin.value(),
                              participants=self.participants_spin.value(),
                              countries=self.countries_spin.value())
