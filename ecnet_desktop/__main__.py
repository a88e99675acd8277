"""Entry point: sub-commands run headless; otherwise the window opens (DESIGN.md section 8).

Absolute imports: PyInstaller runs this file as a script, where relative imports fail.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ecnet_desktop.cli import parse, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if isinstance(args, int):
        return args
    if args.command:
        return run_command(args)
    # Qt is imported only here, so batch commands work on machines without a display.
    from ecnet_desktop.app import run_gui, smoke_test

    if args.smoke_test:
        return smoke_test(args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
