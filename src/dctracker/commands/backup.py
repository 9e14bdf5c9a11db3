"""`dctracker backup [--out FILE]`: a consistent copy, also while the window is open.

Of a server database (--db postgresql://…) the backup is an ordinary
dctracker file that opens offline, taken in one REPEATABLE READ snapshot.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, db_location
from dctracker.store.server.address import ServerAddress


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

    path = db_location(args)
    if isinstance(path, ServerAddress):
        return _server_backup(path, args.out)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    inspect_file(path)  # ours and whole, or one clear line
    if args.out is not None and args.out.exists():
        raise CliError(f"이미 있는 파일입니다: {args.out} (file already exists)")
    written = back_up(path, args.out)
    print(f"backup: {written}")
    return EXIT_OK


def _server_backup(address: ServerAddress, out: Path | None) -> int:
    from dctracker.services.server import back_up

    if out is None:
        raise CliError(
            "서버 데이터베이스의 백업에는 --out FILE.db가 필요합니다 (a server backup needs --out FILE.db)",
            EXIT_USAGE,
        )
    back_up(address, out)  # refuses a file that exists
    print(f"backup: {out}")
    return EXIT_OK
