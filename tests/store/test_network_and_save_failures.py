"""Network shares get the rollback journal; a failed save leaves nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.errors import DiskFullError, StorageIOError
from dctracker.store.file.database import transaction
from dctracker.store.file.failures import translate
from dctracker.store.file.network import DRIVE_REMOTE, mount_fstype, windows_is_network

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//fileserver/office /mnt/office cifs rw,vers=3.0 0 0
nas:/export/data /srv/data nfs4 rw,relatime 0 0
/dev/sdb1 /srv/data/local ext4 rw 0 0
//fs/투자\\040유치 /mnt/투자\\040유치 smb3 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/home/kim/dctracker.db", "ext4"),
        ("/mnt/office/dctracker.db", "cifs"),
        ("/srv/data/2025/dctracker.db", "nfs4"),
        ("/srv/data/local/dctracker.db", "ext4"),  # innermost mount wins
        ("/mnt/투자 유치/dctracker.db", "smb3"),  # escaped space in the mount point
        ("/mnt/officeX/dctracker.db", "ext4"),  # a prefix of the name is not a parent
    ],
)
def test_mount_type_of_a_path(path: str, fstype: str) -> None:
    assert mount_fstype(PurePosixPath(path), MOUNTS) == fstype


def _drive_types(drive: str) -> int:
    return {"Z:\\": DRIVE_REMOTE, "C:\\": 3}[drive]


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\server\share\dctracker.db", True),
        (r"\\?\UNC\server\share\dctracker.db", True),
        (r"Z:\투자유치\dctracker.db", True),
        (r"C:\Users\kim\dctracker.db", False),
        (r"\\?\C:\Users\kim\dctracker.db", False),
    ],
)
def test_windows_network_paths(path: str, network: bool) -> None:
    assert windows_is_network(PureWindowsPath(path), _drive_types) is network


def test_network_file_uses_the_rollback_journal(db_path: Path) -> None:
    open_store(db_path).close()  # first made on a local disk, in WAL
    store = open_store(db_path, network=True)
    assert store.journal_mode == "delete" and store.network
    store.projects.create(Project(name="순천 공공 클라우드", region=Region.JEONNAM))
    store.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    local = open_store(db_path, network=False)
    assert local.journal_mode == "wal" and local.projects.count() == 1
    local.close()


def test_disk_full_during_a_save_keeps_everything_as_it_was(store: Store) -> None:
    store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(DiskFullError) as caught, transaction(store.db):
        for n in range(20):
            store.projects.create(Project(name=f"사업 {n}", region=Region.GWANGJU, description="설명 " * 500))
    assert "disk is full" in caught.value.message("en") and "디스크 공간" in caught.value.message("ko")
    assert [p.name for p in store.projects.all()] == ["광양 데이터센터"]
    assert store.db.execute("SELECT count(*) FROM history").fetchone()[0] == 1
    assert not store.db.conn.in_transaction
    store.db.execute(f"PRAGMA max_page_count = {pages * 100}")  # space freed: saving works again
    store.projects.create(Project(name="사업 0", region=Region.GWANGJU))
    assert store.projects.count() == 2


def _sqlite_error(code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_io_error_is_a_clear_message() -> None:
    error = translate(_sqlite_error(10 | (4 << 8)), "Z:\\dctracker.db")  # SQLITE_IOERR_READ
    assert isinstance(error, StorageIOError)
    assert "Z:\\dctracker.db" in error.message("en") and "네트워크 연결" in error.message("ko")


def test_an_unexpected_sqlite_error_stays_a_bug() -> None:
    assert translate(sqlite3.OperationalError("no such table: x"), "db") is None
