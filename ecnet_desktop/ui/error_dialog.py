"""The unexpected-error dialog: what happened, where the log is, "Copy details"; the app goes on."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..logging_setup import ErrorReport, ExceptionHooks, current_log_path

log = logging.getLogger(__name__)
qt_log = logging.getLogger("ecnet_desktop.qt")


class ErrorDialog(QDialog):
    """Non-modal on purpose: every window stays usable and keeps what was typed into it."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reports: list[ErrorReport] = []
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setText(self.tr(
            "<b>EC-NET Desktop met an unexpected error.</b><br>Your work is still open and "
            "nothing you typed has been lost. Save or finish what you were doing; if the "
            "error comes back, restart the app and send the details below to whoever "
            "supports you."))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("errorSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label = QLabel(self)
        self.log_label.setObjectName("errorLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        self.details_button = QPushButton(self.tr("Show &details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setToolTip(self.tr("Copy the error and the versions to the clipboard"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("Open &log folder"), self)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copied_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.summary_label)
        text.addWidget(self.log_label)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        self.resize(560, 220)
        self.add_report(report)

    def add_report(self, report: ErrorReport) -> None:
        """A further error while the dialog is open joins it instead of stacking dialogs."""
        self.reports.append(report)
        if len(self.reports) == 1:
            self.summary_label.setText(self.tr("What happened: {summary}").format(
                summary=report.summary))
        else:
            self.summary_label.setText(self.tr("What happened: {summary} (and {more} more)").format(
                summary=self.reports[0].summary, more=len(self.reports) - 1))
        if report.log_path is not None:
            self.log_label.setText(self.tr("The log is in {path}").format(path=report.log_path))
        else:
            self.log_label.setText(self.tr("No log file is being written."))
        self.folder_button.setEnabled(report.log_path is not None)
        self.details.setPlainText(self.details_text())

    def details_text(self) -> str:
        parts = [r.details for r in self.reports]
        log_path = self.reports[-1].log_path
        if log_path is not None:
            parts.append(f"Log: {log_path}")
        return "\n\n".join(parts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copied_label.setText(self.tr("The details are on the clipboard."))

    def open_log_folder(self) -> None:
        path = self.reports[-1].log_path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 460))


class ErrorReporter(QObject):
    """Receives reports from any thread and shows them on the GUI thread, one dialog at a time."""

    reported = Signal(object)  # ErrorReport; queued, so worker threads never touch widgets

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.hooks = ExceptionHooks(self.reported.emit)
        self.reported.connect(self.show_report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorReporter:
        """Hook sys/threading exceptions and Qt's own messages into the log and this reporter."""
        self.hooks.install()
        install_qt_message_handler(self)
        return self

    def uninstall(self) -> None:
        self.hooks.uninstall()
        qInstallMessageHandler(None)

    def show_report(self, report: ErrorReport) -> None:
        if self.dialog is not None:
            self.dialog.add_report(report)
            self.dialog.raise_()
            return
        parent = QApplication.activeWindow()
        dialog = ErrorDialog(report, parent)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.show()

    def _dialog_gone(self) -> None:
        self.dialog = None


_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_message_handler(reporter: ErrorReporter | None = None) -> None:
    """Qt's warnings go to the log; a critical or fatal Qt message also shows the dialog."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _LEVELS.get(kind, logging.WARNING)
        qt_log.log(level, "%s (%s)", message, context.category or "qt")
        if reporter is not None and level >= logging.ERROR:
            reporter.reported.emit(ErrorReport(
                summary=f"Qt: {message}", details=f"Qt {context.category or ''}: {message}",
                log_path=current_log_path()))

    qInstallMessageHandler(handler)

