"""What the `ecnet-desktop` sub-commands share: the named database opened and closed, lines
in English, and a person's mistake as one line on stderr with exit status 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from .domain.errors import Cancelled, UserError
from .domain.i18n import QT_TRANSLATE_NOOP, Source, msg

if TYPE_CHECKING:
    from .services.container import Services

EXIT_OK = 0
EXIT_USER_ERROR = 1
NO_FILE_WRITTEN = QT_TRANSLATE_NOOP("cli", "Interrupted; no file was written.")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("cli", "Interrupted; nothing was changed.")


def line(text: Source, **params: object) -> str:
    """A message in English: the command line is not translated."""
    return str(msg(text, **params))


def fail(text: str) -> int:
    print(f"ecnet-desktop: {text}", file=sys.stderr)
    return EXIT_USER_ERROR


def on_database(args: argparse.Namespace, work: Callable[[Services], int], *,
                interrupted: Source = NO_FILE_WRITTEN) -> int:
    """Open the database of --db / --database-url (never creating one), run ``work`` on it and
    close it. A UserError, from opening or from the work, and Ctrl+C end as one line on stderr
    and exit 1; the work's own exit status otherwise."""
    from .services.container import Services

    try:
        services = Services.open(args.db, url=getattr(args, "database_url", None), create=False)
    except UserError as exc:
        return fail(str(exc.message))
    try:
        return work(services)
    except UserError as exc:
        return fail(str(exc.message))
    except (Cancelled, KeyboardInterrupt):
        return fail(line(interrupted))
    finally:
        services.close()
