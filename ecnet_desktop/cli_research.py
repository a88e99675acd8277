"""`ecnet-desktop research`: the pseudonymised interview export as an xlsx (DESIGN.md section 8)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .cli_common import EXIT_OK, line, on_database
from .domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .services.container import Services


def add_research_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `research` (the caller adds --db / --database-url)."""
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx",
                        help="the workbook to write (replaced if it exists)")


def research_command(args: argparse.Namespace, out: TextIO) -> int:
    """Write the research workbook; one line on stdout, or one line on stderr and exit 1."""
    from .exchange.research_xlsx import export_research

    def work(services: Services) -> int:
        result = export_research(services, args.out)
        print(line(QT_TRANSLATE_NOOP("cli", "Wrote {path}: {n} interviews from {guides} guides, "
                                     "pseudonymised."), path=result.path, n=result.interviews,
                   guides=result.sheets), file=out)
        return EXIT_OK

    return on_database(args, work)
