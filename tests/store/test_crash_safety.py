"""Crashes and a second process: nothing half-written, nothing overwritten."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.errors import ConflictError
from dctracker.store.file.backup import list_backups
from dctracker.store.file.database import reader

WRITER = Path(__file__).with_name("writer_process.py")
BATCH = 25
KILLS = 20


def start_writer(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_whole_batches(path: Path) -> int:
    """Integrity ok, every batch wholly there or wholly absent; returns the rows in batches."""
    conn = reader(path, recover=True)  # as the program opens it: rolls back a write a crash interrupted
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
        sizes = conn.execute(
            "SELECT count(*) FROM projects WHERE category <> '' GROUP BY category"
        ).fetchall()
        assert {size for (size,) in sizes} <= {BATCH}, path
        rows = sum(size for (size,) in sizes)
        (ledger,) = conn.execute("SELECT planned_jobs FROM projects WHERE name = 'ledger'").fetchone()
        assert ledger == rows, "the ledger update is part of the same transaction"
        created = conn.execute(
            "SELECT count(*) FROM history WHERE table_name = 'projects' AND field = '*'"
        ).fetchone()[0]
        assert created == rows + 1, "each row's history was saved with it"
        return rows
    finally:
        conn.close()


@pytest.fixture(params=["wal", "network"])
def ledger_db(request: pytest.FixtureRequest, store: Store) -> Iterator[tuple[Path, str]]:
    """A database with the ledger project, in WAL or (as on a share) rollback-journal mode."""
    store.projects.create(Project(name="ledger", region=Region.GWANGJU, planned_jobs=0))
    store.close()
    opened = open_store(store.path, network=request.param == "network")
    assert opened.journal_mode == ("delete" if request.param == "network" else "wal")
    yield store.path, request.param
    opened.close()


class Lines:
    """The writer's output line by line, with a time limit: a test must fail, never hang."""

    def __init__(self, writer: subprocess.Popen[str]) -> None:
        assert writer.stdout is not None
        self.writer, self.fd, self.pending = writer, writer.stdout.fileno(), b""

    def until(self, prefix: str, timeout: float = 30.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self.pending:
                raw, self.pending = self.pending.split(b"\n", 1)
                line = raw.decode()
                if line.startswith(prefix):
                    return line.split()
                if line.startswith("died"):
                    self.fail(f"the writer died early: {line}")
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(self.fd, 65536) if ready else b""
            if not chunk:
                self.fail(f"no {prefix!r} from the writer" if not ready else "the writer ended")
            self.pending += chunk

    def fail(self, message: str) -> None:
        self.writer.kill()
        raise AssertionError(f"{message}\n{self.writer.communicate()[1]}")


def test_kill_9_at_random_moments_leaves_whole_changes(ledger_db: tuple[Path, str]) -> None:
    path, mode = ledger_db
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    rows = 0
    forks = start_writer(path, "forks", str(BATCH), mode)
    assert forks.stdin is not None
    lines = Lines(forks)
    try:
        for kill in range(KILLS):
            forks.stdin.write("fork\n")
            forks.stdin.flush()
            pid = int(lines.until("ready")[1])
            time.sleep(rng.uniform(0.0, 0.3))  # the random moment to crash at
            os.kill(pid, signal.SIGKILL)
            died = lines.until("died")
            assert died == ["died", str(int(signal.SIGKILL))], f"seed {seed}, kill {kill}"
            now = assert_whole_batches(path)
            assert now >= rows, f"seed {seed}: committed batches never disappear"
            rows = now
    finally:
        _, err = forks.communicate(timeout=10)  # closes stdin: the parent ends
    assert forks.returncode == 0, err
    assert rows > 0, f"seed {seed}: no batch ever committed"
    for backup in list_backups(path):  # kills during backups left no half backups
        assert_whole_batches(backup.path)


def test_second_process_saving_the_same_record_causes_a_conflict_not_a_lost_update(
    store: Store,
) -> None:
    project = store.projects.create(Project(name="순천 공공 클라우드", region=Region.JEONNAM))
    mine = store.projects.get(project.id)  # this window reads it...
    other = start_writer(store.path, "edit", str(project.id), "다른 창에서 저장")
    out, err = other.communicate(timeout=30)
    assert out.strip() == "saved", err  # ...another process saves first
    mine.notes = "이 창에서 저장"
    with pytest.raises(ConflictError) as caught:
        store.projects.update(mine)
    assert caught.value.theirs.notes == "다른 창에서 저장"
    assert store.projects.get(project.id).notes == "다른 창에서 저장"
    # and the other way round: this window saves, the other process's stale read conflicts
    fresh = store.projects.get(project.id)
    fresh.notes = "합친 내용"
    store.projects.update(fresh)
    reopened = open_store(store.path)
    stale = reopened.projects.get(project.id)
    stale.version -= 1
    with pytest.raises(ConflictError):
        reopened.projects.update(stale)
    assert reopened.projects.get(project.id).notes == "합친 내용"
    reopened.close()
