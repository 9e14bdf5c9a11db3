"""What every command shares: the database argument and one-line failures."""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker import paths
from dctracker.boundary import OneLineError
from dctracker.store import Store, open_store

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # sysexits' EX_SOFTWARE: a bug, logged with its traceback (cli.main)
EXIT_INTERRUPTED = 130  # the shell's code for Ctrl+C


class CliError(OneLineError):
    """A failure to report as one line (in both languages), with its exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def db_path(args: argparse.Namespace) -> Path:
    # --db may come before or after the command; SUPPRESS (see cli.py) keeps
    # either position from overwriting the other with a default.
    return getattr(args, "db", None) or paths.default_db_path()


def existing_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The database to work on; `read_only` for commands that only read it:
    nothing at all is written to the file then (see open_database)."""
    path = db_path(args)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    return open_store(path, read_only=read_only)
