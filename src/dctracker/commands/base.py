"""What every command shares: the database argument and one-line failures."""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker import paths
from dctracker.boundary import OneLineError
from dctracker.store import Store, open_store
from dctracker.store.server.address import ServerAddress, is_server_url

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # sysexits' EX_SOFTWARE: a bug, logged with its traceback (cli.main)
EXIT_INTERRUPTED = 130  # the shell's code for Ctrl+C


class CliError(OneLineError):
    """A failure to report as one line (in both languages), with its exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.exit_code = code


def database_location(text: str) -> Path | ServerAddress:
    """--db's value: a file, or a server database's postgresql:// URL (which
    Path would mangle: it folds the '//')."""
    return ServerAddress(text) if is_server_url(text) else Path(text)


def db_location(args: argparse.Namespace) -> Path | ServerAddress:
    # --db may come before or after the command; SUPPRESS (see cli.py) keeps
    # either position from overwriting the other with a default.
    return getattr(args, "db", None) or paths.default_db_path()


def db_path(args: argparse.Namespace) -> Path:
    """The database file of a command that works on files only (so far)."""
    location = db_location(args)
    if isinstance(location, ServerAddress):
        raise CliError(
            f"이 명령은 아직 데이터베이스 파일에서만 씁니다: {location} (this command works on a database"
            " file only so far; an offline copy of the server: dctracker backup --db URL --out FILE.db)",
            EXIT_USAGE,
        )
    return location


def server_address(args: argparse.Namespace) -> ServerAddress:
    """The server database of a command that works on servers only."""
    location = db_location(args)
    if not isinstance(location, ServerAddress):
        raise CliError(
            f"서버 데이터베이스의 주소가 필요합니다: {location} (a server database is needed:"
            " --db postgresql://USER@HOST/DBNAME)",
            EXIT_USAGE,
        )
    return location


def existing_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The database to work on; `read_only` for commands that only read it:
    nothing at all is written to the file then (see open_database)."""
    path = db_path(args)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    return open_store(path, read_only=read_only)
