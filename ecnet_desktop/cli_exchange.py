"""The `export`, `import` and `list conflicts` sub-commands (DESIGN.md section 8); no Qt here."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .services.container import Services


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    parser.add_argument("--event", metavar="ID", help="only this event and what it needs")
    parser.add_argument("--password", metavar="P", help="encrypt the workbook with a password")


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    parser.add_argument("--dry-run", action="store_true", help="print the preview, change nothing")
    parser.add_argument("--password", metavar="P", help="password of encrypted workbooks")


def export_command(args: argparse.Namespace, out: TextIO) -> int:
    from .exchange.workbook_write import export_workbook
    from .services.container import Services

    services = Services.open(args.db, url=args.database_url, create=False)
    try:
        result = export_workbook(services, args.out, event_id=args.event,
                                 password=args.password)
    finally:
        services.close()
    rows = sum(result.counts.values())
    print(f"exported {rows} rows -> {result.path}", file=out)
    return 0


def import_command(args: argparse.Namespace, out: TextIO) -> int:
    from .services.container import Services

    if args.dry_run and args.database_url is None and not Path(args.db).exists():
        _preview_without_database(Path(args.db), args, out)
        return 0
    # A laptop seeded from the coordinator's file: the database is created when missing.
    services = Services.open(args.db, url=args.database_url, create=True)
    try:
        _import_files(services, args, out)
    finally:
        services.close()
    return 0


def _preview_without_database(db: Path, args: argparse.Namespace, out: TextIO) -> None:
    """A dry run creates nothing, not even the database: preview against a throw-away one."""
    from .domain.errors import UserError
    from .domain.i18n import QT_TRANSLATE_NOOP, msg
    from .services.container import Services

    folder = db.expanduser().resolve().parent
    if not folder.is_dir():
        raise UserError(msg(QT_TRANSLATE_NOOP("cli", "The folder {folder} does not exist."),
                            folder=str(folder)))
    print(msg(QT_TRANSLATE_NOOP("cli", "{path} does not exist yet: the preview shows what "
                                "importing into a new, empty database would do; nothing "
                                "was created."), path=str(db)), file=out)
    with tempfile.TemporaryDirectory(prefix="ecnet-preview-") as scratch:
        services = Services.open(Path(scratch) / "preview.sqlite", create=True)
        try:
            _import_files(services, args, out)
        finally:
            services.close()


def _import_files(services: Services, args: argparse.Namespace, out: TextIO) -> None:
    from .exchange.importer import import_file, preview_file

    for path in args.files:
        if args.dry_run:
            preview = preview_file(services, path, args.password)
        else:
            preview = import_file(services, path, args.password)
        print(f"{'preview' if args.dry_run else 'imported'}: {path}", file=out)
        for line in preview.table():
            out.write("\t".join(line) + "\n")
        print(f"conflicts\t{len(preview.report.conflicts)}", file=out)
        print(f"hand-edited rows\t{preview.hand_edited}", file=out)
        for problem in preview.problems:
            print(str(problem.message()), file=out)


def conflicts_table(services: Services) -> tuple[list[str], list[list[str]]]:
    """`list conflicts`: header, then one row per open conflict, in a stable order."""
    from .exchange.importer import sync_service

    header = ["id", "entity", "record", "field", "losing value", "losing clock",
              "winning clock", "source"]
    rows = [[str(c.id), c.entity, c.row_id, c.field, _text(c.value), c.clock, c.winning_clock,
             c.source] for c in sync_service(services).conflicts()]
    return header, rows


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str)
