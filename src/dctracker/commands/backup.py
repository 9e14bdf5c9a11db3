"""`dctracker backup [--out FILE]`: a consistent copy, also while the window is open."""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker.commands.base import EXIT_OK, CliError, db_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "backup",
        parents=[common],
        help="back up the database (default: into the backups folder beside it)",
    )
    parser.add_argument("--out", type=Path, help="write the backup to this file instead")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.services.files import back_up, inspect_file

    path = db_path(args)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    inspect_file(path)  # ours and whole, or one clear line
    if args.out is not None and args.out.exists():
        raise CliError(f"이미 있는 파일입니다: {args.out} (file already exists)")
    written = back_up(path, args.out)
    print(f"backup: {written}")
    return EXIT_OK
