"""The welcome shown once: name this laptop, pick a language, then demo, empty or a workbook."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .icons import app_icon
from .preferences_dialog import language_combo

DEMO, EMPTY, IMPORT = "demo", "empty", "import"


def suggested_device_name() -> str:
    host = socket.gethostname().split(".")[0]
    return host or "Laptop 1"


class FirstRunDialog(QDialog):
    """Asks once; after accept() ``choice`` is "demo", "empty" or "import" (with ``workbook``).

    ``on_language(code)`` is called as soon as a language is picked, so the welcome itself
    switches language (it retranslates on the LanguageChange event).
    """

    def __init__(self, parent: QWidget | None = None, device_name: str = "",
                 language: str = "", on_language: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.choice = EMPTY
        self.workbook: Path | None = None
        self._on_language = on_language
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(device_name or suggested_device_name(), self)
        self.name_edit.setObjectName("deviceName")
        self.name_edit.setMaxLength(80)
        self.name_edit.selectAll()
        self.language_combo = language_combo(self, language)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.language_label, self.language_combo)
        self.start_label = QLabel(self)
        self.demo_button = QCommandLinkButton(self)
        self.demo_button.setObjectName("openDemo")
        self.empty_button = QCommandLinkButton(self)
        self.empty_button.setObjectName("startEmpty")
        self.import_button = QCommandLinkButton(self)
        self.import_button.setObjectName("importWorkbook")
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        self.import_button.clicked.connect(self._choose_workbook)
        self.empty_button.setDefault(True)
        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(header, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.start_label)
        for button in (self.demo_button, self.empty_button, self.import_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.setTabOrder(self.name_edit, self.language_combo)
        self.setTabOrder(self.language_combo, self.demo_button)
        self.setTabOrder(self.demo_button, self.empty_button)
        self.setTabOrder(self.empty_button, self.import_button)
        self.retranslate()
        self.setMinimumWidth(560)
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to EC-NET Desktop"))
        self.title.setText(self.tr("Welcome to EC-NET Desktop"))
        self.intro.setText(self.tr(
            "EC-NET Desktop works offline. Give this laptop a name that colleagues will "
            "recognise in exchanged workbooks, for example “Laptop Bari 2”."))
        self.name_label.setText(self.tr("Name of this &laptop:"))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.start_label.setText(self.tr("How would you like to start?"))
        self.demo_button.setText(self.tr("Open the &demo"))
        self.demo_button.setDescription(self.tr(
            "A realistic example to try things out: the six international events of EC-NET, "
            "about 600 people from more than nine countries. Kept apart from your own data."))
        self.empty_button.setText(self.tr("Start &empty"))
        self.empty_button.setDescription(self.tr(
            "Create your events and register people yourself."))
        self.import_button.setText(self.tr("&Import the coordinator's workbook…"))
        self.import_button.setDescription(self.tr(
            "Start from the exchange workbook (.xlsx) the coordinator gave you; it is "
            "checked and previewed before anything is imported."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def device_name(self) -> str:
        return " ".join(self.name_edit.text().split()) or suggested_device_name()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _language_chosen(self, _index: int) -> None:
        if self._on_language is not None:
            self._on_language(self.language())

    def ask_workbook(self) -> str:
        """The file dialog (a separate method so tests can answer it)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The coordinator's workbook"), str(Path.home()),
            self.tr("Excel workbooks (*.xlsx)"))
        return name

    def _choose_workbook(self) -> None:
        name = self.ask_workbook()
        if not name:
            return  # cancelled: the welcome stays open for another choice
        self.workbook = Path(name)
        self._choose(IMPORT)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
