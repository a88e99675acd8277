"""`python -m ecnet_desktop.tools.translations check|todo|fill|pseudo`: work on translations/*.ts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .ts_files import fill, problems, pseudo_mapping, untranslated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="list unfinished entries and placeholder mismatches")
    check.add_argument("ts", nargs="+", type=Path)
    todo = sub.add_parser("todo", help="write what still needs translating as JSON")
    todo.add_argument("ts", type=Path)
    filling = sub.add_parser("fill", help="write translations from a JSON file into a .ts file")
    filling.add_argument("ts", type=Path)
    filling.add_argument("json", type=Path)
    filling.add_argument("--any-context", action="store_true",
                         help="also take a translation of the same text from another context")
    fake = sub.add_parser("pseudo", help="fill a .ts file with stretched, accented pseudo text")
    fake.add_argument("ts", type=Path)
    args = parser.parse_args(argv)
    if args.command == "check":
        found = [line for ts in args.ts for line in problems(ts)]
        print("\n".join(found) if found else "all translations complete")
        return 1 if found else 0
    if args.command == "todo":
        json.dump(untranslated(args.ts), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    if args.command == "fill":
        count = fill(args.ts, json.loads(args.json.read_text(encoding="utf-8")),
                     any_context=args.any_context)
        print(f"{count} entries filled in {args.ts}")
        return 0
    count = fill(args.ts, pseudo_mapping(args.ts))
    print(f"{count} pseudo entries in {args.ts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
