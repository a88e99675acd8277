"""`ecnet-desktop research`: the pseudonymised interview export as an xlsx (DESIGN.md section 8)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from .domain.errors import Cancelled, UserError
from .domain.i18n import QT_TRANSLATE_NOOP, Source, msg

EXIT_OK = 0
EXIT_USER_ERROR = 1


def add_research_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `research` (the caller adds --db / --database-url)."""
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx",
                        help="the workbook to write (replaced if it exists)")


def research_command(args: argparse.Namespace, out: TextIO) -> int:
    """Write the research workbook; one line on stdout, or one line on stderr and exit 1."""
    from .exchange.research_xlsx import export_research
    from .services.container import Services

    try:
        services = Services.open(args.db, url=getattr(args, "database_url", None),
                                 create=False)
    except UserError as exc:
        return _fail(str(exc.message))
    try:
        result = export_research(services, args.out)
    except UserError as exc:
        return _fail(str(exc.message))
    except (Cancelled, KeyboardInterrupt):
        return _fail(_line(QT_TRANSLATE_NOOP("cli", "Interrupted; no file was written.")))
    finally:
        services.close()
    print(_line(QT_TRANSLATE_NOOP("cli", "Wrote {path}: {n} interviews from {guides} guides, "
                                  "pseudonymised."), path=result.path, n=result.interviews,
                guides=result.sheets), file=out)
    return EXIT_OK


def _line(text: Source, **params: object) -> str:
    """A message in English: the command line is not translated."""
    return str(msg(text, **params))


def _fail(text: str) -> int:
    print(f"ecnet-desktop: {text}", file=sys.stderr)
    return EXIT_USER_ERROR
