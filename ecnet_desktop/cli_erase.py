"""The `erase` sub-command: GDPR erasure of one person (DESIGN.md section 8); no Qt here."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .domain.errors import NotFoundError, UserError
from .domain.i18n import QT_TRANSLATE_NOOP, msg


def add_erase_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", required=True, metavar="ID",
                        help="the person's id, as `list people` prints it")
    parser.add_argument("--yes", action="store_true",
                        help="do not ask for confirmation (erasure cannot be undone)")


def erase_command(args: argparse.Namespace, out: TextIO, answer: TextIO | None = None) -> int:
    """Erase the person after a confirmation (or --yes); prints what was done, by id only."""
    from .services.container import Services

    services = Services.open(args.db, url=args.database_url, create=False)
    try:
        try:
            person = services.people.get(args.person)
        except NotFoundError:
            person = None  # deleted (erased all the same) or unknown (fails just below)
        if person is not None and not person.erased and not args.yes:
            _confirm(person.full_name, person.id, out, answer)
        result = services.erasure.erase(args.person)
    finally:
        services.close()
    print(f"erased {', '.join(result.person_ids)}: {result.notes_cleared} note authors and "
          f"{result.interviews_cleared} interviewer names cleared, "
          f"{result.backups_scrubbed} backups scrubbed, {result.backups_removed} deleted",
          file=out)
    return 0


def _confirm(name: str, person_id: str, out: TextIO, answer: TextIO | None) -> None:
    source = answer or sys.stdin
    if answer is None and not source.isatty():
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "cli", "Erasure cannot be undone: add --yes to erase without a question.")))
    print(msg(QT_TRANSLATE_NOOP(
        "cli", "Erase every personal detail of {name} ({id})? This cannot be undone. [y/N] "),
        name=name, id=person_id), end="", file=out, flush=True)
    if source.readline().strip().casefold() not in ("y", "yes"):
        raise UserError(msg(QT_TRANSLATE_NOOP("cli", "Nothing was erased.")))
