"""The command line: `dctracker [--db PATH] [COMMAND ...]`.

Without a command it opens the window. Failures print one line on stderr and
exit non-zero; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from dctracker import paths
from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import parse_region
from dctracker.store import Store, open_store
from dctracker.store.errors import StoreError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A failure to report as one line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS,
        help="database file (default: in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="dctracker", parents=[common],
        description="광주·전남 데이터센터·AI 투자사업 추적 (track data-center investment projects)",
    )
    parser.add_argument("--lang", choices=["ko", "en"], help="UI language")
    commands = parser.add_subparsers(dest="command")

    init = commands.add_parser("init", parents=[common], help="create a database")
    content = init.add_mutually_exclusive_group()
    content.add_argument("--demo", action="store_true", help="with the demo data (default)")
    content.add_argument("--empty", action="store_true", help="without any records")
    init.set_defaults(run=run_init)

    listing = commands.add_parser("list", parents=[common], help="list records")
    listing.add_argument("kind", choices=["projects", "mous", "milestones"])
    listing.add_argument("--overdue", action="store_true", help="milestones past due only")
    listing.add_argument("--region", help="광주 or 전남")
    listing.add_argument("--search", default="", help="Korean substring search")
    listing.add_argument("--json", action="store_true", help="JSON array output")
    listing.set_defaults(run=run_list)

    check = commands.add_parser("check", parents=[common], help="check the database")
    check.set_defaults(run=run_check)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    # --db may come before or after the command; SUPPRESS keeps either from
    # overwriting the other with a default.
    return getattr(args, "db", None) or paths.default_db_path()


def existing_store(args: argparse.Namespace) -> Store:
    path = db_path(args)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    return open_store(path)


def run_init(args: argparse.Namespace) -> int:
    from dctracker.bootstrap import create_database

    path = db_path(args)
    try:
        store = create_database(path, demo=not args.empty)
    except FileExistsError as exc:
        raise CliError(str(exc)) from exc
    store.close()
    print(f"created {path}")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from dctracker.io.listing import list_records

    region = parse_region(args.region) if args.region else None
    record_filter = RecordFilter(region=region, search=args.search)
    store = existing_store(args)
    try:
        rows = list_records(store, args.kind, record_filter,
                            overdue_as_of=date.today() if args.overdue else None)
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows.as_json, ensure_ascii=False, indent=2))
    else:
        print(rows.as_text)
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from dctracker.store.check import check_database

    store = existing_store(args)
    try:
        problems = check_database(store.db)
    finally:
        store.close()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {db_path(args)}")
    return EXIT_OK


def run_window(args: argparse.Namespace) -> int:
    from dctracker.app import run

    return run(db_path(args), args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = getattr(args, "run", run_window)
    try:
        return command(args)
    except CliError as exc:
        print(f"dctracker: {exc}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"dctracker: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except (ValueError, OSError) as exc:  # bad input values, unreadable files
        print(f"dctracker: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
