"""The event report's options in the Reports section: the PDF needs none, and two buttons save
the event report workbook and the project summary workbook, written in the background."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.progress import Progress
from ..exchange.event_report_xlsx import export_event_report
from ..exchange.project_summary_xlsx import export_project_summary
from .event_form import ErrorLabel
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext

Wording = Callable[[], dict[str, Callable[..., str]]]


def _slug(text: str) -> str:
    return re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "event"


class ReportWorkbooks(QWidget):
    """Buttons for the two workbooks; ``event_id()`` and ``wording()`` come from the section
    (the chosen event, and the chosen language fixed on the GUI thread)."""

    def __init__(self, ctx: AppContext, event_id: Callable[[], str | None],
                 event_title: Callable[[], str], wording: Wording, folder: Callable[[], Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id, self.event_title, self.wording = event_id, event_title, wording
        self.folder = folder
        self.busy = False
        self.event_button = QPushButton()
        self.event_button.setObjectName("eventReportWorkbook")
        self.event_button.clicked.connect(self.save_event_workbook)
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("projectSummaryWorkbook")
        self.summary_button.clicked.connect(self.save_summary_workbook)
        self.status = QLabel()
        self.status.setObjectName("workbookStatus")
        self.status.setWordWrap(True)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.event_button)
        layout.addWidget(self.summary_button)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_button.setText(self.tr("Save the event report as a &workbook (.xlsx)…"))
        self.summary_button.setText(self.tr("Save the project &summary workbook (.xlsx)…"))
        self.event_button.setToolTip(self.tr(
            "Asks where to save, then writes the chosen event's report (figures per country, "
            "category and session) as an Excel workbook."))
        self.summary_button.setToolTip(self.tr(
            "Asks where to save, then writes the figures of every event of the project, and "
            "their totals, as an Excel workbook."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving ----------------------------------------------------------------------------

    def _ask(self, default_name: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save workbook"), str(self.folder() / default_name),
            self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def save_event_workbook(self) -> None:
        event_id = self.event_id()
        if not event_id:
            self.error_label.show_text(self.tr("Choose an event first."))
            return
        path = self._ask(f"event-report-{_slug(self.event_title())}.xlsx")
        if path is not None:
            self.write_event_workbook(event_id, path)

    def save_summary_workbook(self) -> None:
        stamp = dt.date.today().isoformat()
        path = self._ask(f"ec-net-summary-{stamp}.xlsx")
        if path is not None:
            self.write_summary_workbook(path)

    def write_event_workbook(self, event_id: str, path: Path) -> None:
        services, words = self.ctx.services, self.wording()

        def work(progress: Progress) -> Path:
            return export_event_report(services, event_id, path, progress, **words)

        self._run(work, self.tr("Writing the event report workbook…"))

    def write_summary_workbook(self, path: Path) -> None:
        services, words = self.ctx.services, self.wording()
        translate, country_name = words["translate"], words["country_name"]

        def work(progress: Progress) -> Path:
            return export_project_summary(services, path, progress, translate=translate,
                                          country_name=country_name)

        self._run(work, self.tr("Writing the project summary workbook…"))

    def _run(self, work: Callable[[Progress], Path], title: str) -> None:
        if self.busy:
            return
        self.busy = True
        self.error_label.show_text("")
        self.status.setText(title)
        runner = ProgressRunner(self.ctx.runner, self, title)
        runner.start(work, on_success=if_alive(self, self._done),
                     on_error=if_alive(self, self._failed),
                     on_cancel=if_alive(self, self._cancelled))

    def _done(self, path: Any) -> None:
        self.busy = False
        self.status.setText(self.tr("Saved {path}.").format(path=str(path)))

    def _failed(self, message: str, _details: str) -> None:
        self.busy = False
        self.status.setText("")
        self.error_label.show_text(message)

    def _cancelled(self) -> None:
        self.busy = False
        self.status.setText(self.tr("Cancelled; no workbook was written."))
