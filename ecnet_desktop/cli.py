"""Command line for coordinators' batch work and for tests (DESIGN.md section 8); no Qt here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from . import __version__
from .cli_common import EXIT_OK, NOTHING_CHANGED, fail, line
from .domain.errors import UserError
from .domain.progress import Progress

EXIT_USAGE = 2


class UsageError(Exception):
    """A bad option or a missing argument: reported in one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _add_database_options(parser: argparse.ArgumentParser, required: bool = True) -> None:
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--db", type=Path, metavar="PATH", help="SQLite database file")
    group.add_argument("--database-url", metavar="URL",
                       help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/ecnet")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ecnet-desktop",
                     description="EC-NET Desktop: events, check-in and research for EC-NET.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_database_options(parser, required=False)
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, open a temporary database, exit 0")
    parser.add_argument("--lang", metavar="CODE", help="user-interface language, e.g. it")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="create a realistic demo database")
    _add_database_options(demo)
    demo.add_argument("--size", choices=["S", "M", "L"], default="M")
    demo.add_argument("--seed", type=int, default=1)

    listing = sub.add_parser("list", help="print records, tab-separated, header first")
    listing.add_argument("what", choices=["events", "sessions", "people", "conflicts"])
    _add_database_options(listing)
    listing.add_argument("--event", metavar="ID", help="only this event (as `list events` prints)")

    from .cli_exchange import add_export_arguments, add_import_arguments
    from .cli_print import add_print_arguments
    from .cli_register import add_register_arguments

    printing = sub.add_parser("print", help="write a PDF: attendance sheet, badges, certificates, "
                                            "event report, toolkit or recommendations")
    _add_database_options(printing)
    add_print_arguments(printing)
    from .cli_report import add_summary_arguments

    summary = sub.add_parser("summary", help="write the project summary workbook, or with "
                                             "--event the event report workbook")
    _add_database_options(summary)
    add_summary_arguments(summary)

    export = sub.add_parser("export", help="write an exchange workbook")
    _add_database_options(export)
    add_export_arguments(export)
    importing = sub.add_parser("import", help="import exchange workbooks (creates the database if missing)")
    _add_database_options(importing)
    add_import_arguments(importing)

    register = sub.add_parser("register", help="add people and registrations from a CSV/XLSX list")
    _add_database_options(register)
    add_register_arguments(register)

    from .cli_research import add_research_arguments

    research = sub.add_parser("research", help="write the pseudonymised interview export")
    _add_database_options(research)
    add_research_arguments(research)

    from .cli_erase import add_erase_arguments

    erase = sub.add_parser("erase", help="GDPR erasure of one person")
    _add_database_options(erase)
    add_erase_arguments(erase)
    return parser


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .services.container import Services
    from .services.demo import generate_demo

    services = Services.open(args.db, url=args.database_url, create=True)
    try:
        def report(done: int, total: int, label: str) -> None:
            if sys.stderr.isatty():
                print(f"\r{label} {done}/{total}", end="", file=sys.stderr, flush=True)

        result = generate_demo(services.database, size=args.size, seed=args.seed,
                               progress=Progress(report))
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        services.close()
    print(
        f"demo {args.size} (seed {args.seed}): {result.events} events, {result.sessions} "
        f"sessions, {result.people} people from {result.countries} countries, "
        f"{result.attendance} attendance rows -> {services.database.label()}",
        file=out,
    )
    return EXIT_OK


def _clean_cell(value: str) -> str:
    # Tabs or line breaks inside a value would shift every later column of the row.
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from .services import listing
    from .services.container import Services

    services = Services.open(args.db, url=args.database_url, create=False)
    try:
        if args.event:
            services.events.get(args.event)  # an unknown id is a user's mistake: say so
        if args.what == "events":
            header, rows = listing.events_table(services)
        elif args.what == "conflicts":
            from .cli_exchange import conflicts_table

            header, rows = conflicts_table(services)
        elif args.what == "sessions":
            header, rows = listing.sessions_table(services, args.event)
        else:
            header, rows = listing.people_table(services, args.event)
    finally:
        services.close()
    for row in [header, *rows]:
        out.write("\t".join(_clean_cell(c) for c in row) + "\n")
    return EXIT_OK


def _cmd_register(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_register import register_command

    return register_command(args, out)


def _cmd_print(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_print import print_command

    return print_command(args, out)


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_exchange import export_command

    return export_command(args, out)


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_exchange import import_command

    return import_command(args, out)


def _cmd_summary(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_report import summary_command

    return summary_command(args, out)


def _cmd_erase(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_erase import erase_command

    return erase_command(args, out)


def _cmd_research(args: argparse.Namespace, out: TextIO) -> int:
    from .cli_research import research_command

    return research_command(args, out)


COMMANDS = {
    "demo": _cmd_demo,
    "list": _cmd_list,
    "register": _cmd_register,
    "export": _cmd_export,
    "import": _cmd_import,
    "print": _cmd_print,
    "research": _cmd_research,
    "erase": _cmd_erase,
    "summary": _cmd_summary,
}


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a sub-command; a person's mistake becomes one line on stderr and a non-zero exit."""
    try:
        return COMMANDS[args.command](args, out or sys.stdout)
    except UserError as exc:  # NotFoundError too
        return fail(str(exc.message))
    except KeyboardInterrupt:
        fail(line(NOTHING_CHANGED))
        return 130


def parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """Parsed arguments, or an exit code after a one-line usage error."""
    try:
        return build_parser().parse_args(argv)
    except UsageError as exc:
        fail(f"{exc} (see ecnet-desktop --help)")
        return EXIT_USAGE
