"""Opening, checking and migrating a dctracker SQLite file."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import count
from pathlib import Path

from dctracker.paths import migrations_dir
from dctracker.store.connection import Database
from dctracker.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NotADctrackerDatabaseError,
    OldSchemaReadOnlyError,
    StoreError,
)
from dctracker.store.failures import SQLITE_CANTOPEN, SQLITE_READONLY, translate
from dctracker.store.file_check import BackgroundCheck
from dctracker.store.network import is_network_path

APPLICATION_ID = 0x44435452  # 'DCTR', set by 0001_initial.sql
SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_S = 5.0
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")
_savepoints = count(1)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    """A connection and how it was opened, for the status bar and the editors."""

    db: Database
    read_only: bool
    network: bool


def migrations() -> list[tuple[int, Path]]:
    """The numbered schema migrations, in the order they apply."""
    found = []
    for path in migrations_dir().glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def open_database(
    path: Path,
    *,
    busy_timeout: float = BUSY_TIMEOUT_S,
    network: bool | None = None,
    before_migrating: Callable[[Path], object] | None = None,
    background_check: bool = False,
) -> OpenedDatabase:
    """Open (creating if absent) and migrate a dctracker database.

    A file that is not ours, damaged, or from a newer program is refused
    before anything is written to it: checks run on a read-only connection
    first. A file we may not write opens read-only, unmigrated. On a network
    share the rollback journal replaces WAL (see network.py).
    `before_migrating(path)` runs before an existing file's schema is upgraded.
    `background_check`: the whole-file check runs in a thread (file_check.py)
    unless the opening must write (an upgrade, a new journal mode); every
    write and `Database.confirm_whole()` wait for its verdict.
    """
    network = is_network_path(path) if network is None else network
    read_only = False
    version = 0
    check = None
    if path.exists():
        version = inspect_file(path, busy_timeout=busy_timeout, quick_check=not background_check)
        if background_check:
            check = BackgroundCheck(partial(_check_whole, path, busy_timeout))
        read_only = not is_writable(path)
        if read_only and version < latest_version():
            raise OldSchemaReadOnlyError(str(path), version, latest_version())
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(connect(path, read_only=read_only, timeout=busy_timeout), check)
        if check is not None and (version < latest_version() or not _keeps_journal_mode(db, network)):
            db.confirm_whole()
        configure(db, network=network, read_only=read_only)
        if not read_only:
            if before_migrating is not None and 0 < version < latest_version():
                before_migrating(path)
            migrate(db)
    except sqlite3.Error as exc:
        raise_user_error(exc, path)
        raise
    except StoreError:
        db.close()
        raise
    return OpenedDatabase(db, read_only, network)


def _keeps_journal_mode(db: Database, network: bool) -> bool:
    """Whether configure() leaves the journal mode as it is (changing it writes the header)."""
    return journal_mode(db) == ("delete" if network else "wal")


def is_writable(path: Path) -> bool:
    """Both the file and its folder: SQLite writes its journal beside the file."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect(path: Path, *, read_only: bool, timeout: float) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    conn = _connect_uri(path, "mode=ro", timeout)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != SQLITE_CANTOPEN:
            raise
        # A WAL file in a folder we may not write (a copy on a read-only share):
        # SQLite cannot create its shared-memory file there, so read it as unchangeable.
        conn.close()
        log.info("%s: read-only folder, reading the file as immutable", path)
        conn = _connect_uri(path, "mode=ro&immutable=1", timeout)
    return conn


def reader(path: Path, *, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A connection for reading `path`: read-only, unless a crash interrupted a
    write in rollback-journal mode. SQLite must then roll that write back from
    the journal before anyone reads, which a read-only connection cannot do."""
    try:
        return connect(path, read_only=True, timeout=timeout)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != SQLITE_READONLY or not is_writable(path):
            raise
    log.info("%s: finishing the recovery of an interrupted write", path)
    conn = connect(path, read_only=False, timeout=timeout)
    conn.execute("PRAGMA schema_version").fetchone()  # SQLite rolls back the hot journal here
    return conn


def _connect_uri(path: Path, query: str, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{query}", uri=True, timeout=timeout, check_same_thread=False
    )


def inspect_file(path: Path, *, busy_timeout: float = BUSY_TIMEOUT_S, quick_check: bool = True) -> int:
    """The schema version of `path`, or a clear error if this program cannot open it.

    Reads only: the header first, then a read-only connection (see reader()).
    """
    name = str(path)
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if not header:
        raise DamagedDatabaseError(name, "빈 파일 (0바이트)", "the file is empty (0 bytes)")
    if not header.startswith(SQLITE_HEADER):
        raise NotADctrackerDatabaseError(name, "SQLite 파일이 아님", "not an SQLite file")
    _check_length(path, header)
    try:
        conn = reader(path, timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise_user_error(exc, path)
        raise
    try:
        app_id, version, tables = _read_identity(conn)
        if quick_check and tables:
            _quick_check(conn, name)
    except sqlite3.Error as exc:
        raise_user_error(exc, path)
        raise
    finally:
        conn.close()
    if app_id != APPLICATION_ID and tables:
        raise NotADctrackerDatabaseError(name, "다른 프로그램의 데이터", "another program's data")
    if version > latest_version():
        raise NewerSchemaError(name, version, latest_version())
    return version


def _check_length(path: Path, header: bytes) -> None:
    """A file shorter than its header says was cut short (an interrupted copy).

    Not while a journal holds writes: a crash in the middle of a checkpoint can
    leave the header ahead of the file until SQLite replays the WAL.
    """
    size = path.stat().st_size
    if any(_has_content(Path(f"{path}{suffix}")) for suffix in ("-wal", "-journal")):
        return
    if len(header) < HEADER_SIZE:
        raise DamagedDatabaseError(
            str(path), f"잘린 파일 ({size}바이트)", f"the file is truncated ({size} bytes)"
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # the header's page count is only maintained when these two agree
    expected = page_size * page_count
    if change_counter == valid_for and page_count and size < expected:
        raise DamagedDatabaseError(
            str(path),
            f"잘린 파일 ({size:,} / {expected:,}바이트)",
            f"the file is truncated ({size:,} of {expected:,} bytes)",
        )


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _check_whole(path: Path, busy_timeout: float) -> None:
    """The quick check of inspect_file(), on a connection of its own (for a thread)."""
    conn = reader(path, timeout=busy_timeout)
    try:
        _quick_check(conn, str(path))
    except sqlite3.Error as exc:
        raise_user_error(exc, path)
        raise
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection, name: str) -> None:
    result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if result != "ok":
        raise DamagedDatabaseError(name, f"손상됨: {result}", f"damaged: {result}")


def _read_identity(conn: sqlite3.Connection) -> tuple[int, int, int]:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return app_id, version, tables


def raise_user_error(exc: sqlite3.Error, path: Path) -> None:
    """Raise the StoreError `exc` means to a user; return if it is a bug to re-raise."""
    error = translate(exc, str(path))
    if error is not None:
        raise error from exc


def configure(db: Database, *, network: bool = False, read_only: bool = False) -> None:
    # On the plain connection, so that opening needs no sqlite-utils (see
    # connection.py). PRAGMAs open no implicit transaction, so journal_mode
    # can change here. recursive_triggers is what sqlite-utils would set.
    for pragma in (
        "foreign_keys = ON",
        f"busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}",
        "recursive_triggers = ON",
    ):
        db.conn.execute(f"PRAGMA {pragma}")
    if read_only:
        db.conn.execute("PRAGMA query_only = ON")
        return
    wanted = "delete" if network else "wal"
    got = db.conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0].lower()
    if got != wanted:  # another connection keeps the file in its mode; the status bar shows it
        log.warning("journal mode stays %s (wanted %s): the file is open elsewhere", got, wanted)


def journal_mode(db: Database) -> str:
    return db.conn.execute("PRAGMA journal_mode").fetchone()[0].lower()


def schema_version(db: Database) -> int:
    return db.conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> None:
    """Apply each pending migration in its own transaction with its version number."""
    current = schema_version(db)
    for number, path in migrations():
        if number > current:
            _apply(db, number, path.read_text(encoding="utf-8"))


def _apply(db: Database, number: int, script: str) -> None:
    # executescript() commits any open transaction first, so the script carries
    # its own BEGIN; PRAGMA user_version is transactional with it. Foreign keys
    # are off meanwhile, as SQLite's procedure for rebuilding a table asks
    # (lang_altertable.html): dropping the old table would otherwise cascade
    # its deletes into the tables that refer to it. The switch only works
    # outside a transaction; no reference may break before COMMIT.
    conn = db.conn
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        broken_before = _broken_references(conn)
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};")
        broken = _broken_references(conn) - broken_before
        if broken:
            raise sqlite3.IntegrityError(f"migration {number} broke references: {sorted(broken)[:5]}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(enforced)}")


def _broken_references(conn: sqlite3.Connection) -> set[tuple[object, ...]]:
    return set(conn.execute("PRAGMA foreign_key_check").fetchall())


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One all-or-nothing write; nested calls become savepoints.

    The outermost level takes the write lock at once (BEGIN IMMEDIATE), so two
    processes never both read and then fail to upgrade to writing. A full
    disk, an I/O error, a lock or a read-only file becomes a StoreError after
    the whole transaction is rolled back: nothing is half-written. It runs on
    the plain connection, so the first save does not wait for sqlite-utils to
    load (see connection.py).
    """
    conn = db.conn
    db.confirm_whole()  # a file still being checked is not written to before it passes
    if conn.in_transaction:
        with _savepoint(conn):
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise_user_error(exc, _db_file(db))
        raise


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"dctracker_{next(_savepoints)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # after a full disk, an I/O error or a RAISE(ROLLBACK) trigger SQLite may
        # have ended the whole transaction already; the outermost level reports it
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


def _db_file(db: Database) -> Path:
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:  # the connection itself failed; the message still says what happened
        return Path("")
    return Path(row[2]) if row and row[2] else Path(":memory:")
