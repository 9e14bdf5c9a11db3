"""The command line: `dctracker [--db PATH] [COMMAND ...]`.

Without a command it opens the window. Failures print one line on stderr and
exit non-zero; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from dctracker.commands import backup, check, export, init, report, self_test, version
from dctracker.commands import import_ as import_command
from dctracker.commands import list as list_command
from dctracker.commands.base import EXIT_PROBLEMS, EXIT_USAGE, CliError, db_path
from dctracker.store.errors import StoreError

COMMANDS = [init, list_command, check, export, import_command, backup, report, self_test]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file (default: in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="dctracker",
        parents=[common],
        description="광주·전남 데이터센터·AI 투자사업 추적 (track data-center investment projects)",
    )
    parser.add_argument("--lang", choices=["ko", "en"], help="UI language")
    version.add_flag(parser)
    # Starts the window and quits once it has painted: checks and start-up
    # measurements of a build (tools/smoke.py, benchmarks/bundle.py).
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command")
    for command in COMMANDS:
        command.register(subparsers, common)
    return parser


def run_window(args: argparse.Namespace) -> int:
    from dctracker.app import run

    return run(db_path(args), args.lang, quit_when_shown=args.quit_when_shown)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = getattr(args, "run", run_window)
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
