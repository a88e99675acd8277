"""`ecnet-desktop print report` (the event report PDF) and `ecnet-desktop summary` (the project
summary workbook, or with --event the event report workbook), in English, without Qt."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .cli_common import EXIT_OK, fail, line, on_database
from .domain.enums import EventKind
from .domain.errors import UserError
from .domain.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from .printing.common import PrintResult
    from .services.container import Services

KINDS = {"international": EventKind.INTERNATIONAL.value, "local": EventKind.LOCAL_GROUP.value,
         "other": EventKind.OTHER.value}
NOT_PDF = QT_TRANSLATE_NOOP(
    "cli", "The event report is printed as PDF: give --out a name ending in .pdf (the workbook "
           "comes from `ecnet-desktop summary --event ID --out FILE.xlsx`).")
NOT_XLSX = QT_TRANSLATE_NOOP("cli", "The summary is a workbook: give --out a name ending "
                                    "in .xlsx.")


def build_report(services: Services, args: argparse.Namespace) -> PrintResult:
    """The event report PDF of ``args.event`` at ``args.out`` on ``args.paper`` (English,
    ISO country names)."""
    from .printing.common import english_date
    from .printing.event_report import EventReportOptions, build_event_report

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError(msg(NOT_PDF))
    options = EventReportOptions(paper=args.paper)
    return build_event_report(services, args.event, out, options, format_date=english_date)


def add_summary_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `summary` (the caller adds --db / --database-url)."""
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx",
                        help="the workbook to write (replaced if it exists)")
    parser.add_argument("--event", metavar="ID",
                        help="the event report workbook of this event (as `list events` "
                             "prints); without it, the project summary")
    parser.add_argument("--kind", choices=sorted(KINDS),
                        help="project summary: count only events of this kind")


def summary_command(args: argparse.Namespace, out: TextIO) -> int:
    """Write the workbook; one line on stdout, or one line on stderr and exit 1."""
    path = Path(args.out)
    if path.suffix.lower() != ".xlsx":
        return fail(str(msg(NOT_XLSX)))

    def work(services: Services) -> int:
        _write_summary(services, args, path)
        print(line(QT_TRANSLATE_NOOP("cli", "Wrote {path}."), path=path), file=out)
        return EXIT_OK

    return on_database(args, work)


def _write_summary(services: Services, args: argparse.Namespace, path: Path) -> None:
    from .exchange.event_report_xlsx import export_event_report
    from .exchange.project_summary_xlsx import export_project_summary
    from .printing.common import english_date

    if args.event:
        export_event_report(services, args.event, path, format_date=english_date)
    else:
        export_project_summary(services, path, kind=KINDS[args.kind] if args.kind else None)
