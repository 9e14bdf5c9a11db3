"""A second dctracker process for the crash and concurrency tests (not a test itself).

    python writer_process.py DB batches N      write batches, after a line on stdin, until killed
    python writer_process.py DB forks N MODE   for each line on stdin, fork a batch writer
                                               (MODE wal, or network: rollback journal)
    python writer_process.py DB edit ID NOTES  save one project's notes, report the outcome

`forks` pays Python's start-up once: each writer is a forked child (its own
process and SQLite connection, opened after the fork) that the test kills;
the parent reports how it died.

A batch is one transaction, like an import: N new projects sharing a batch
tag (their category) and the ledger project's planned_jobs raised by N, so
after any crash each tag has 0 or N rows and the ledger equals the row count.
Every third batch is preceded by a backup, as an import is.
"""

from __future__ import annotations

import os
import sys
import traceback
import uuid
from pathlib import Path

from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.errors import ConflictError
from dctracker.store.file.backup import backup_before
from dctracker.store.file.database import transaction

LEDGER = "ledger"


def write_batches(store: Store, size: int) -> None:
    for n in range(10**9):
        if n % 3 == 2:
            backup_before(store, "import")
        tag = uuid.uuid4().hex
        with transaction(store.db):
            for i in range(size):
                store.projects.create(Project(name=f"{tag}-{i}", region=Region.JEONNAM, category=tag))
            ledger = store.projects.where("name = ?", (LEDGER,))[0]
            ledger.planned_jobs = (ledger.planned_jobs or 0) + size
            store.projects.update(ledger)
        print("committed", tag, flush=True)


def edit(store: Store, project_id: int, notes: str) -> None:
    project = store.projects.get(project_id)
    project.notes = notes
    try:
        store.projects.update(project, who="second")
    except ConflictError:
        print("conflict", flush=True)
    else:
        print("saved", flush=True)


def fork_writers(db: Path, size: int, network: bool) -> None:
    for _ in sys.stdin:
        pid = os.fork()
        print("forked", pid, file=sys.stderr, flush=True)  # a trace for a failing test's message
        if pid == 0:  # the child: a writer of its own until it is killed
            try:
                store = open_store(db, network=network)
                print("ready", os.getpid(), flush=True)
                write_batches(store, size)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)  # never back into the parent's loop
        _, status = os.waitpid(pid, 0)
        print("reaped", pid, status, file=sys.stderr, flush=True)
        print("died", os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1, flush=True)


def main(db: str, mode: str, *args: str) -> None:
    if mode == "forks":
        fork_writers(Path(db), int(args[0]), network=args[1] == "network")
        return
    store = open_store(Path(db))
    try:
        if mode == "batches":
            print("ready", flush=True)
            sys.stdin.readline()  # the test says when to begin
            write_batches(store, int(args[0]))
        else:
            edit(store, int(args[0]), args[1])
    finally:
        store.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
