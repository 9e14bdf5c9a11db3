"""`dctracker copy SRC DEST`: a whole database between a file and a server, either way.

The 도 moves its file to the server; an official takes an offline copy on a
laptop. Each side is a file or a postgresql:// URL; the copy is checked
(content checksums of every table and the history) before it is committed.
"""

from __future__ import annotations

import argparse

from dctracker.commands.base import EXIT_OK, database_location


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "copy", help="copy a whole database between a file and a server (postgresql://…), either way"
    )
    parser.add_argument("source", metavar="SRC", type=database_location, help="the database to copy")
    parser.add_argument(
        "destination",
        metavar="DEST",
        type=database_location,
        help="a new file, or an empty server database (set up if it is not yet)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.services.server import copy

    snapshot = copy(args.source, args.destination)
    records = sum(len(rows) for name, rows in snapshot.rows.items() if name != "history")
    print(
        f"copied {args.source} → {args.destination}: {records} records, "
        f"{len(snapshot.rows['history'])} history rows; checksums match"
    )
    return EXIT_OK
