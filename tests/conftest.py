"""Fixtures shared by all tests: an isolated data folder and fresh databases."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Tests never need a real screen: without a display (a terminal, CI) Qt would
# abort creating the QApplication, so headless runs use the offscreen platform.
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_cluster import pg_cluster, pg_url  # noqa: F401  (fixtures for the server-mode tests)

from dctracker.bootstrap import create_database
from dctracker.commands import catalog
from dctracker.domain import messages
from dctracker.store import Store


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder: the real profile is never touched."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("DCTRACKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def messages_from_the_catalog() -> None:
    """Errors say their Korean from the compiled catalog, as the command line
    has them say it (cli.main); a window's test installs its own lookup."""
    messages.use_translation(catalog.translate)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty database with the default zones."""
    opened = create_database(db_path, demo=False)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(db_path: Path) -> Iterator[Store]:
    opened = create_database(db_path, demo=True)
    yield opened
    opened.close()


class HistoryClock:
    """Dates the history rows a test writes, so no test sleeps or waits for a day.

    `stamp(store, at)` gives every history row written since the previous
    stamp the ISO time `at` (with its offset).
    """

    def __init__(self) -> None:
        self._last_id = 0

    def stamp(self, store: Store, at: str) -> None:
        conn = store.db.conn
        conn.execute("UPDATE history SET at = ? WHERE id > ?", (at, self._last_id))
        conn.commit()
        self._last_id = conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]


@pytest.fixture
def history_clock() -> HistoryClock:
    return HistoryClock()


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make files or folders read-only; as root (CI) permissions do not bind, so the
    immutable attribute does it. Skips where neither works."""
    changed: list[tuple[Path, bool]] = []

    def make(path: Path) -> None:
        path.chmod(stat.S_IREAD | (stat.S_IEXEC if path.is_dir() else 0))
        immutable = False
        if os.access(path, os.W_OK):
            immutable = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
        changed.append((path, immutable))
        if os.access(path, os.W_OK):
            pytest.skip("cannot make a file read-only here (root without chattr)")

    yield make
    for path, immutable in changed:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(stat.S_IRWXU if path.is_dir() else stat.S_IREAD | stat.S_IWRITE)


@pytest.fixture(params=["read-only", "a file in its place"])
def block_folder(
    request: pytest.FixtureRequest, make_read_only: Callable[[Path], None]
) -> Callable[[Path], Path]:
    """Make a folder take no new file: read-only, or a plain file where it should be."""

    def block(folder: Path) -> Path:
        if request.param == "read-only":
            folder.mkdir(exist_ok=True)
            make_read_only(folder)
        else:
            if folder.is_dir():
                shutil.rmtree(folder)
            folder.write_text("not a folder", encoding="utf-8")
        return folder

    return block


def _damage_page(path: Path, name: str, fill: bytes = b"\xa5") -> bytes:
    """Overwrite the header and cell pointers of the b-tree page of the table
    or index `name` in the closed file `path`; returns the file's new bytes."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = fill * 64
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def damage_page() -> Callable[..., bytes]:
    return _damage_page
