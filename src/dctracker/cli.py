"""The command line: `dctracker [--db PATH] [COMMAND ...]`.

Without a command it opens the window. main() is the command line's one error
boundary (the rule is in boundary.py): what a user can cause prints one line
on stderr and exits 1 or 2; a bug exits 70 and names the log file holding
its traceback. No traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from dctracker.boundary import as_user_error, one_line
from dctracker.commands import backup, catalog, check, copy, export, init, report, self_test, server, version
from dctracker.commands import import_ as import_command
from dctracker.commands import list as list_command
from dctracker.commands.base import (
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    database_location,
    db_location,
    db_path,
)
from dctracker.domain import messages
from dctracker.domain.errors import UserError
from dctracker.logfile import log_path, setup_logging

COMMANDS = [init, list_command, check, export, import_command, backup, copy, report, self_test, server]
log = logging.getLogger("dctracker.cli")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=database_location,
        default=argparse.SUPPRESS,
        help="database file (default: in the user data folder), or a server's postgresql:// URL",
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
    # Errors are said from the translations catalog, loaded when first needed.
    messages.use_translation(catalog.translate)
    args = build_parser().parse_args(argv)
    command = getattr(args, "run", run_window)
    log_file, handler = _start_logging()
    try:
        return command(args)
    except KeyboardInterrupt:
        log.warning("interrupted")
        print("dctracker: 중단했습니다 (interrupted)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the one boundary: nothing below prints a traceback
        location = db_location(args)
        return _report(exc, location if isinstance(location, Path) else None, log_file)
    finally:
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _start_logging() -> tuple[str, logging.Handler | None]:
    """The log file's name (or why there is none) and its handler."""
    try:
        handler = setup_logging()
    except OSError as exc:
        return f"- (no log: {exc.strerror or exc})", None
    return str(log_path()), handler


def _report(exc: Exception, database: Path | None, log_file: str) -> int:
    """One line on stderr for what a user can cause; for a bug, where its traceback is."""
    said = as_user_error(exc, database)
    if said is None:
        log.critical("bug in dctracker (please report it)", exc_info=exc)
        print(
            f"dctracker: 예기치 못한 오류입니다 (프로그램 결함). 자세한 내용은 로그에 있습니다: {log_file} "
            f"(unexpected error, a bug in dctracker: {type(exc).__name__}; details in the log {log_file})",
            file=sys.stderr,
        )
        return EXIT_BUG
    # A UserError says all; for a bare OSError or SQLite error the traceback
    # shows where it happened.
    log.warning("%s", said, exc_info=None if isinstance(exc, UserError) else exc)
    print(f"dctracker: {one_line(said)}", file=sys.stderr)
    return _exit_code(exc)


def _exit_code(exc: Exception) -> int:
    if isinstance(exc, CliError):
        return exc.exit_code
    if isinstance(exc, (ValueError, OSError)):  # a bad value or an unreadable input file
        return EXIT_USAGE
    return EXIT_PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
