"""The first-start dialog: name this laptop, then open the demo or start empty."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def suggested_device_name() -> str:
    host = socket.gethostname().split(".")[0]
    return host or "Laptop 1"


class FirstRunDialog(QDialog):
    """Asks once; ``choice`` is "demo" or "empty" after accept()."""

    def __init__(self, parent: QWidget | None = None, device_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to EC-NET Desktop"))
        self.choice = "empty"
        intro = QLabel(
            self.tr(
                "EC-NET Desktop works offline. Give this laptop a name that colleagues will "
                "recognise in exchanged workbooks, for example “Laptop Bari 2”."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(device_name or suggested_device_name())
        self.name_edit.setObjectName("deviceName")
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("Name of this &laptop:"), self.name_edit)
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.demo_button.setToolTip(
            self.tr("A realistic example: the six international events of EC-NET, about "
                    "600 people from more than nine countries.")
        )
        self.empty_button = QPushButton(self.tr("Start &empty"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.empty_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def device_name(self) -> str:
        return " ".join(self.name_edit.text().split()) or suggested_device_name()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
