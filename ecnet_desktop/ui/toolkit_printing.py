"""Writing the Toolkit or Recommendations compendium (PDF or xlsx) as a background task."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from .i18n import format_date


def start_compendium(ctx: Any, document: str, path: str, status: QLabel) -> None:
    """Write ``document`` ("toolkit" or "recommendations") to ``path``; report in ``status``.

    A PDF is printed on the paper chosen in Preferences, read now so a change applies at once.
    """
    services = ctx.services
    target = Path(path)
    paper = str(ctx.settings.paper_size)

    def work(progress: Any) -> Path:
        if target.suffix.lower() == ".xlsx":
            from ..exchange.compendium_xlsx import write_recommendations_xlsx, write_toolkit_xlsx

            writer = write_toolkit_xlsx if document == "toolkit" else write_recommendations_xlsx
            writer(services, target, progress, translate=QCoreApplication.translate)
        else:
            from ..printing.compendium import build_recommendations_pdf, build_toolkit_pdf

            build = build_toolkit_pdf if document == "toolkit" else build_recommendations_pdf
            build(services, target, progress, translate=QCoreApplication.translate,
                  format_date=format_date, paper=paper)
        return target

    def done(written: Path) -> None:
        if shiboken6.isValid(status):
            status.setText(QCoreApplication.translate("Compendium", "Saved {path}.").format(
                path=written))

    def failed(message: str, _details: str) -> None:
        if shiboken6.isValid(status):
            status.setText(message)

    status.setText(QCoreApplication.translate("Compendium", "Writing {path}…").format(path=target))
    ctx.runner.start(work, on_success=done, on_error=failed)
