"""`ecnet-desktop print attendance|badges|certificates|report|toolkit|recommendations`: PDF documents."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .cli_common import EXIT_OK, fail, line, on_database
from .cli_compendium import COMPENDIA, compendium_command
from .domain.errors import UserError
from .domain.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from .printing.common import PrintResult
    from .services.container import Services

DOCUMENTS = ("attendance", "badges", "certificates", "report", "toolkit",
             "recommendations")
# As printing.common.PAPERS, named here so that `--help` needs no reportlab import.
PAPERS = ("A4", "Letter")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return value


def add_print_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `print` (the caller adds --db / --database-url)."""
    parser.add_argument("document", choices=DOCUMENTS, help="which document to print")
    parser.add_argument("--event", metavar="ID",
                        help="the event's id, as `list events` prints it (not for toolkit "
                             "and recommendations, which cover every event)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help="the PDF file to write (replaced if it exists)")
    parser.add_argument("--per", choices=["event", "day", "session"], default="event",
                        help="attendance: one list for the event, per day or per session")
    parser.add_argument("--blank-rows", type=_positive, default=10, metavar="N",
                        help="attendance: empty rows for walk-ins at the end of each list")
    parser.add_argument("--by-town", action="store_true",
                        help="attendance: one list per invited town")
    parser.add_argument("--split-international", action="store_true",
                        help="attendance: local and international participants on separate lists")
    parser.add_argument("--layout", choices=["2x4", "2x5", "3x3"], default="2x4",
                        help="badges: badges per sheet (columns x rows)")
    parser.add_argument("--paper", choices=PAPERS, default="A4",
                        help="paper size of every document (default A4; Letter is wider and "
                             "shorter)")
    parser.add_argument("--person", metavar="ID",
                        help="badges, certificates: only this person (as `list people` prints)")


def print_command(args: argparse.Namespace, out: TextIO) -> int:
    """Write the chosen document; one line on stdout, or one line on stderr and exit 1."""

    def work(services: Services) -> int:
        if args.document in COMPENDIA:
            return compendium_command(services, args, out)
        try:
            result = _build(services, args)
        except OSError as exc:
            return fail(line(QT_TRANSLATE_NOOP("cli", "Cannot write {path}: {reason}"),
                             path=args.out, reason=exc.strerror or exc))
        done = QT_TRANSLATE_NOOP("cli", "Wrote {path} (1 page).") if result.pages == 1 else \
            QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages).")
        print(line(done, path=result.path, pages=result.pages), file=out)
        return EXIT_OK

    return on_database(args, work)


def _build(services: Services, args: argparse.Namespace) -> PrintResult:
    from .printing.attendance_sheet import AttendanceSheetOptions, build_attendance_sheet
    from .printing.badges import BadgeOptions, build_badges
    from .printing.certificates import CertificateOptions, build_certificates

    if not args.event:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "cli", "--event is required for attendance, badges, certificates and report.")))
    if args.person and args.document == "attendance":
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "cli", "--person works with badges and certificates; an attendance sheet lists "
                   "everyone registered.")))
    if args.document == "attendance":
        return build_attendance_sheet(services, args.event, args.out, AttendanceSheetOptions(
            per=args.per, blank_rows=args.blank_rows, by_town=args.by_town,
            split_international=args.split_international, paper=args.paper))
    if args.document == "report":
        from .cli_report import build_report

        return build_report(services, args)
    if args.document == "badges":
        return build_badges(services, args.event, args.out,
                            BadgeOptions(layout=args.layout, person_id=args.person,
                                         paper=args.paper))
    return build_certificates(services, args.event, args.out,
                              CertificateOptions(person_id=args.person, paper=args.paper))
