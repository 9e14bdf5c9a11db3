"""Faults the tests inflict on database files, written once for every test module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_KILLED_MID_SAVE = (
    "import os, sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('PRAGMA cache_size = 2')\n"  # spill pages into the file before commit
    "conn.execute('BEGIN IMMEDIATE')\n"
    'conn.execute("UPDATE history SET comment = hex(randomblob(400))")\n'
    "os.kill(os.getpid(), 9)\n"
)


def kill_mid_save(path: Path) -> bytes:
    """Kill a process in the middle of a save to the rollback-journal file
    `path`, as a power cut would; returns the hot journal it leaves."""
    subprocess.run([sys.executable, "-c", _KILLED_MID_SAVE, str(path)], check=False)
    journal = Path(f"{path}-journal").read_bytes()
    assert journal and journal[0] != 0, "no hot journal was left"
    return journal
