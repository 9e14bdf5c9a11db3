"""Fault injection on the database FILE (issue 12): each test reproduces one
numbered defect — a check that wrote, a restore beside another user, a share
taken for a local disk, unusable paths, schema damage, an unprivileged reader
of a read-only folder, a retry after a full disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

import pytest
from faults import kill_mid_save

from dctracker.bootstrap import create_database, open_or_create
from dctracker.cli import main as cli_main
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import open_store
from dctracker.store.errors import (
    CannotOpenError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    HotJournalError,
    NetworkWalError,
    OrphanJournalError,
    ReadOnlyDatabaseError,
)
from dctracker.store.file.backup import make_backup, restore
from dctracker.store.file.check import check_file
from dctracker.store.file.database import expected_schema, migrations
from dctracker.store.file.network import is_network_path, mount_fstype, mount_output_fstype


def _demo(path: Path, *, network: bool = False) -> Path:
    create_database(path, demo=True).close()
    if network:  # left in rollback-journal mode, as a file on a share is
        open_store(path, network=True).close()
    return path


def _hot_journal_of_another_database(folder: Path) -> bytes:
    """The journal a save on another file left when its process was killed."""
    other = _demo(folder / "other.db", network=True)
    return kill_mid_save(other)


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *args], capture_output=True, text=True, check=False
    )


# 1 ------------------------------------------------------------------------


def test_1_check_never_rolls_back_a_foreign_hot_journal(tmp_path: Path) -> None:
    path = _demo(tmp_path / "dctracker.db", network=True)
    journal = Path(f"{path}-journal")
    journal.write_bytes(_hot_journal_of_another_database(tmp_path / "elsewhere"))
    before = path.read_bytes(), journal.read_bytes()

    with pytest.raises(HotJournalError) as caught:
        check_file(path)
    assert "journal" in caught.value.message("en") and "저널" in caught.value.message("ko")
    assert (path.read_bytes(), journal.read_bytes()) == before

    result = _run_cli("--db", str(path), "check")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert path.name + "-journal" in result.stderr and "nothing was changed" in result.stderr
    assert (path.read_bytes(), journal.read_bytes()) == before


def test_1_commands_that_only_read_open_the_file_read_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _demo(tmp_path / "dctracker.db", network=True)
    journal = Path(f"{path}-journal")
    journal.write_bytes(_hot_journal_of_another_database(tmp_path / "elsewhere"))
    before = path.read_bytes(), journal.read_bytes()
    assert cli_main(["--db", str(path), "list", "projects"]) != 0
    assert "-journal" in capsys.readouterr().err
    assert (path.read_bytes(), journal.read_bytes()) == before


def test_1_listing_an_older_file_does_not_upgrade_it(tmp_path: Path) -> None:
    path = tmp_path / "dctracker.db"
    first = migrations()[0][1].read_text(encoding="utf-8")
    conn = sqlite3.connect(path)  # a file from before migration 0002
    conn.executescript(f"{first}\nPRAGMA user_version = 1;")
    conn.close()
    before = path.read_bytes()
    store = open_store(path, read_only=True)
    try:
        assert store.read_only and store.projects.all() == []
    finally:
        store.close()
    assert path.read_bytes() == before


# 5 ------------------------------------------------------------------------


def test_5_restore_refuses_while_another_user_has_the_file_open_in_rollback_mode(tmp_path: Path) -> None:
    path = _demo(tmp_path / "dctracker.db", network=True)
    backup = make_backup(path, "manual")
    other_user = open_store(path, network=True)  # idle: SQLite itself holds no lock
    try:
        before = path.read_bytes()
        with pytest.raises(DatabaseLockedError) as caught:
            restore(path, backup)
        assert path.read_bytes() == before
        assert "잠그고 있습니다" in caught.value.message("ko")
        other_user.projects.create(Project(name="순천 공공 클라우드", region=Region.JEONNAM))
    finally:
        other_user.close()
    assert restore(path, backup) is not None  # once they close it, restore goes ahead


# 6 ------------------------------------------------------------------------

STACKED = """\
/dev/vda1 / ext4 rw 0 0
auto.share /srv/share autofs rw,fd=7 0 0
fileserver:/export/share /srv/share nfs4 rw,vers=4.2 0 0
"""


def test_6_the_innermost_of_stacked_mounts_decides() -> None:
    assert mount_fstype(PurePosixPath("/srv/share/dctracker.db"), STACKED) == "nfs4"
    assert is_network_path(Path("/srv/share/dctracker.db"), read_mounts=lambda: STACKED)


@pytest.mark.parametrize(
    "fstype", ["fuse.gvfsd-fuse", "fuse.kio-fuse", "vboxsf", "virtiofs", "9p", "smb3", "fuse.sshfs"]
)
def test_6_shared_folder_types_are_network(fstype: str) -> None:
    mounts = f"/dev/vda1 / ext4 rw 0 0\nshare /mnt/shared {fstype} rw 0 0\n"
    assert is_network_path(Path("/mnt/shared/dctracker.db"), read_mounts=lambda: mounts)
    assert not is_network_path(Path("/home/dctracker.db"), read_mounts=lambda: mounts)


MACOS_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//kim@fileserver/share on /Volumes/share (smbfs, nodev, nosuid, mounted by kim)
fileserver:/export on /Volumes/share/nfs (nfs, nodev, nosuid)
map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)
"""


def test_6_macos_mount_output_names_the_file_system() -> None:
    assert mount_output_fstype(PurePosixPath("/Volumes/share/a.db"), MACOS_MOUNT) == "smbfs"
    assert mount_output_fstype(PurePosixPath("/Volumes/share/nfs/a.db"), MACOS_MOUNT) == "nfs"
    assert mount_output_fstype(PurePosixPath("/Users/kim/a.db"), MACOS_MOUNT) == "apfs"


def test_6_a_file_kept_in_wal_by_another_client_is_refused_on_a_share(tmp_path: Path) -> None:
    path = _demo(tmp_path / "dctracker.db")
    local_client = open_store(path, network=False)  # a client that took the share for a local disk
    try:
        with pytest.raises(NetworkWalError) as caught:
            open_store(path, network=True, busy_timeout=0.1)
        assert "WAL" in caught.value.message("en") and "WAL" in caught.value.message("ko")
    finally:
        local_client.close()
    store = open_store(path, network=True)  # alone, the file is switched to the rollback journal
    assert store.journal_mode == "delete"
    store.close()


# 15 -----------------------------------------------------------------------


def test_15_a_folder_as_database_is_one_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "dctracker.db"
    folder.mkdir()
    with pytest.raises(CannotOpenError) as caught:
        open_or_create(folder)
    assert "folder" in caught.value.message("en") and "폴더" in caught.value.message("ko")
    assert cli_main(["--db", str(folder), "list", "projects"]) != 0
    err = capsys.readouterr().err
    assert "폴더" in err and "folder" in err and len(err.strip().splitlines()) == 1


def test_15_an_orphan_wal_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "dctracker.db"
    _demo(tmp_path / "elsewhere.db")
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + os.urandom(5000))  # the WAL of a file moved away
    before = wal.read_bytes()
    with pytest.raises(OrphanJournalError) as caught:
        open_or_create(path)
    assert "-wal" in caught.value.message("en") and "-wal" in caught.value.message("ko")
    assert wal.read_bytes() == before and not path.exists()


def test_15_a_zeroed_header_offers_the_backups(tmp_path: Path) -> None:
    from dctracker.ui.recovery.open_failure import newest_usable_backup

    path = _demo(tmp_path / "dctracker.db")
    backup = make_backup(path, "daily")
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(path)
    info = newest_usable_backup(path, caught.value)
    assert info is not None and info.path == backup


# 16 -----------------------------------------------------------------------


def _damage_schema(path: Path, sql: str) -> bytes:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("ALTER TABLE projects DROP COLUMN capacity_mw;", "capacity_mw"),
        ("DROP TABLE indicators;", "indicators"),
        ("DROP INDEX history_batch;", "history_batch"),
    ],
)
def test_16_opening_finds_schema_damage(tmp_path: Path, sql: str, named: str) -> None:
    path = _demo(tmp_path / "dctracker.db")
    before = _damage_schema(path, sql)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(path)
    assert named in caught.value.message("en") and named in caught.value.message("ko")
    assert path.read_bytes() == before


def test_16_a_missing_trigger_is_refused(tmp_path: Path) -> None:
    path = _demo(tmp_path / "dctracker.db")
    conn = sqlite3.connect(path)
    trigger = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1").fetchone()[0]
    conn.close()
    _damage_schema(path, f"DROP TRIGGER [{trigger}];")
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(path)
    assert trigger in caught.value.message("en")


def test_16_the_expected_schema_follows_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    for _, script in migrations():
        shutil.copy(script, folder)
    number = migrations()[-1][0] + 1
    (folder / f"{number:04d}_probe.sql").write_text("CREATE TABLE probe (id INTEGER PRIMARY KEY, x TEXT);")
    monkeypatch.setattr("dctracker.store.file.database.migrations_dir", lambda: folder)
    schema = expected_schema()
    assert ("table", "probe") in schema.objects and schema.columns["probe"] == frozenset({"id", "x"})


# 17 -----------------------------------------------------------------------


@contextmanager
def _as_nobody() -> Iterator[None]:
    """Run the block as an unprivileged user: as root, switch to `nobody`
    (real and effective ids, so os.access agrees) and back."""
    if os.name != "posix":
        pytest.skip("user ids are a POSIX matter")
    if os.geteuid() != 0:
        yield  # already unprivileged
        return
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no 'nobody' user to drop to")
    os.setresgid(nobody.pw_gid, nobody.pw_gid, 0)
    os.setresuid(nobody.pw_uid, nobody.pw_uid, 0)
    try:
        yield
    finally:
        os.setresuid(0, 0, 0)
        os.setresgid(0, 0, 0)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every user may enter (pytest's own are the owner's only)."""
    folder = Path(tempfile.mkdtemp(prefix="dctracker-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(stat.S_IRWXU)
    shutil.rmtree(folder)


def test_17_an_unprivileged_user_reads_a_wal_file_in_a_read_only_folder(shared_folder: Path) -> None:
    share = shared_folder / "share"
    share.mkdir()
    path = share / "dctracker.db"
    create_database(path, demo=True).close()  # left in WAL mode, as a local copy is
    path.chmod(0o644)
    share.chmod(0o555)
    before = path.read_bytes()
    with _as_nobody():
        store = open_store(path)
        try:
            assert store.read_only and store.projects.count() == 8
            with pytest.raises(ReadOnlyDatabaseError):
                store.projects.create(Project(name="새 사업", region=Region.GWANGJU))
        finally:
            store.close()
    assert path.read_bytes() == before and sorted(p.name for p in share.iterdir()) == [path.name]


def test_17_an_unreadable_file_is_one_clear_message(shared_folder: Path) -> None:
    path = _demo(shared_folder / "dctracker.db")
    path.chmod(0)
    with _as_nobody(), pytest.raises(CannotOpenError) as caught:
        open_store(path)
    assert "permission" in caught.value.message("en") and "권한" in caught.value.message("ko")


# 18 -----------------------------------------------------------------------


def test_18_a_disk_full_save_leaves_the_wal_checkpointed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "dctracker.db")
    try:
        for n in range(30):
            store.projects.create(Project(name=f"사업 {n}", region=Region.GWANGJU, description="설명 " * 300))
        wal = Path(f"{store.path}-wal")
        assert wal.stat().st_size > 0
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
        with pytest.raises(DiskFullError):
            store.projects.create(Project(name="큰 사업", region=Region.GWANGJU, description="설명 " * 3000))
        assert wal.stat().st_size == 0  # the space the WAL held is given back
        store.db.conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        store.projects.create(Project(name="큰 사업", region=Region.GWANGJU, description="설명 " * 3000))
        assert store.projects.count() == 31
    finally:
        store.close()


def test_5_no_one_opens_the_file_while_a_restore_replaces_it(tmp_path: Path) -> None:
    from dctracker.store.file.presence import sole_user, users_file

    path = _demo(tmp_path / "dctracker.db", network=True)
    with sole_user(path), pytest.raises(DatabaseLockedError):
        open_store(path, network=True)
    open_store(path, network=True).close()
    assert not users_file(path).exists()  # the last user out removes it
