"""`ecnet-desktop print toolkit|recommendations`: the compendia as PDF, or xlsx by the suffix."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .domain.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from .services.container import Services

COMPENDIA = ("toolkit", "recommendations")


def write_compendium(services: Services, document: str, out: Path, paper: str = "A4") -> str:
    """Write the compendium (a PDF on ``paper``, "A4" or "Letter"); returns the line that
    tells the person what was written."""
    if Path(out).suffix.lower() == ".xlsx":
        from .exchange.compendium_xlsx import write_recommendations_xlsx, write_toolkit_xlsx

        writer = write_toolkit_xlsx if document == "toolkit" else write_recommendations_xlsx
        rows = writer(services, out)
        return str(msg(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({rows} rows)."),
                       path=out, rows=rows))
    from .printing.compendium import build_recommendations_pdf, build_toolkit_pdf

    build = build_toolkit_pdf if document == "toolkit" else build_recommendations_pdf
    result = build(services, out, paper=paper)
    done = QT_TRANSLATE_NOOP("cli", "Wrote {path} (1 page).") if result.pages == 1 else \
        QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages).")
    return str(msg(done, path=result.path, pages=result.pages))


def compendium_command(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    """The `print` sub-command for the two compendia (they need no --event)."""
    print(write_compendium(services, args.document, args.out, args.paper), file=out)
    return 0
