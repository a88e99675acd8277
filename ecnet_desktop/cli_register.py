"""`ecnet-desktop register`: add people and registrations for an event from a CSV or XLSX list."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from .cli_common import EXIT_OK, NOTHING_CHANGED, fail, line, on_database
from .domain.i18n import QT_TRANSLATE_NOOP
from .domain.progress import Progress

if TYPE_CHECKING:
    from .services.container import Services
    from .services.registration_import import ImportPlan


def add_register_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `register` (the caller adds --db / --database-url)."""
    parser.add_argument("--event", required=True, metavar="ID",
                        help="the event's id, as `list events` prints it")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX file to read")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the file and print what would happen; change nothing")
    parser.add_argument("file", metavar="FILE", help="a .csv or .xlsx list of registrations")


def register_command(args: argparse.Namespace, out: TextIO) -> int:
    """Read the list, print a summary, and store it unless --dry-run; exit 0 or 1."""
    from .services.registration_import import apply_import, plan_import

    def work(services: Services) -> int:
        plan = plan_import(services, args.file, event_id=args.event,
                           sheet=getattr(args, "sheet", None), progress=_progress())
        _print_plan(plan, out)
        if not plan.rows:
            return fail(line(QT_TRANSLATE_NOOP(
                "cli", "No valid row to import in {file}; nothing was changed."),
                file=plan.file_name))
        if args.dry_run:
            print(line(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was changed.")), file=out)
            return EXIT_OK
        result = apply_import(services, plan, _progress())
        print(line(QT_TRANSLATE_NOOP(
            "cli", "Imported. People created: {created}; people already in the database now "
            "registered: {existing}; already registered for this event: {already}; "
            "organisations created: {orgs}."), created=result.created_people,
            existing=result.registered_existing, already=result.already_registered,
            orgs=result.organisations_created), file=out)
        if result.backup:
            print(line(QT_TRANSLATE_NOOP("cli", "Backup taken before the import: {path}"),
                       path=result.backup), file=out)
        return EXIT_OK

    return on_database(args, work, interrupted=NOTHING_CHANGED)


def _print_plan(plan: ImportPlan, out: TextIO) -> None:
    if plan.sheet:
        head = line(QT_TRANSLATE_NOOP(
            "cli", "{file}, sheet “{sheet}”, header on row {row}, for the event “{event}”:"),
            file=plan.file_name, sheet=plan.sheet, row=plan.header_row,
            event=plan.event_title)
    else:
        head = line(QT_TRANSLATE_NOOP(
            "cli", "{file} ({encoding}, separated by {delimiter}), header on row {row}, "
            "for the event “{event}”:"), file=plan.file_name, encoding=plan.encoding,
            delimiter=_delimiter_name(plan.delimiter), row=plan.header_row,
            event=plan.event_title)
    print(head, file=out)
    print(line(QT_TRANSLATE_NOOP(
        "cli", "  New people: {new}; people already in the database: {existing}; rows "
        "repeated in the file: {repeated}; rows rejected: {rejected}."),
        new=len(plan.new_rows), existing=len(plan.existing_rows),
        repeated=len(plan.repeated), rejected=len(plan.rejected_rows)), file=out)
    for note in plan.notes:
        print(f"  {note}", file=out)
    for row in plan.possible_duplicates:
        assert row.match is not None
        if row.already_registered:
            text = QT_TRANSLATE_NOOP(
                "cli", "  Row {row}: {name} matches {existing} in the database ({reason}), "
                "already registered for this event.")
        elif row.use_existing:
            text = QT_TRANSLATE_NOOP(
                "cli", "  Row {row}: {name} matches {existing} in the database ({reason}): "
                "that person is registered.")
        else:
            text = QT_TRANSLATE_NOOP(
                "cli", "  Row {row}: {name} looks like {existing} ({reason}), but their names "
                "or e-mails differ: a new person is created.")
        print(line(text, row=row.row, name=row.full_name, existing=row.match.name,
                    reason=row.match.reason), file=out)
    for repeat in plan.repeated:
        print(line(QT_TRANSLATE_NOOP(
            "cli", "  Row {row} repeats row {first} ({name}): skipped."),
            row=repeat.row, first=repeat.first_row, name=repeat.name), file=out)
    for problem in plan.rejected:
        print(f"  {problem.message}", file=out)
    if plan.unknown_headers:
        print(line(QT_TRANSLATE_NOOP("cli", "  Unknown columns, not imported: {headers}."),
                    headers=", ".join(f"“{h}”" for h in plan.unknown_headers)), file=out)


def _delimiter_name(delimiter: str) -> str:
    return {"\t": "tabs", ",": "commas", ";": "semicolons"}.get(delimiter, repr(delimiter))


def _progress() -> Progress:
    def report(done: int, total: int, label: str) -> None:
        if total > 500 and sys.stderr.isatty():
            end = "\n" if done >= total else ""
            print(f"\r{done}/{total}", end=end, file=sys.stderr, flush=True)

    return Progress(report)
