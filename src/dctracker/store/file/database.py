"""Opening, checking and migrating a dctracker SQLite file."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cache, partial
from itertools import count
from pathlib import Path

from dctracker.paths import migrations_dir
from dctracker.store.errors import (
    CannotOpenError,
    DamagedDatabaseError,
    HotJournalError,
    NetworkWalError,
    NewerSchemaError,
    NotADctrackerDatabaseError,
    OldSchemaReadOnlyError,
    OrphanJournalError,
    StoreError,
)
from dctracker.store.file.connection import Database
from dctracker.store.file.failures import (
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_LOCKED,
    SQLITE_READONLY_CANTINIT,
    SQLITE_READONLY_DIRECTORY,
    SQLITE_READONLY_ROLLBACK,
    translate,
)
from dctracker.store.file.file_check import BackgroundCheck
from dctracker.store.file.network import is_network_path
from dctracker.store.file.presence import announce
from dctracker.store.file.schema import Schema, missing, read_schema

APPLICATION_ID = 0x44435452  # 'DCTR', set by 0001_initial.sql
SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_S = 5.0
SCHEMA_LINES = 10  # enough to judge the damage; the check lists it all
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
    read_only: bool = False,
) -> OpenedDatabase:
    """Open (creating if absent) and migrate a dctracker database.

    A file that is not ours, damaged, or from a newer program is refused
    before anything is written to it: checks run on a read-only connection
    first, and the schema is compared with the one the migrations build. A
    file we may not write opens read-only, unmigrated. On a network share the
    rollback journal replaces WAL (see network.py).
    `before_migrating(path)` runs before an existing file's schema is upgraded.
    `background_check`: the whole-file check runs in a thread (file_check.py)
    unless the opening must write (an upgrade, a new journal mode); every
    write and `Database.confirm_whole()` wait for its verdict.
    `read_only`: for tasks that only read (list, export, report): nothing is
    written, not even the rollback of an interrupted save (HotJournalError
    instead); an older schema is upgraded on a private copy in memory.
    """
    network = is_network_path(path) if network is None else network
    version = 0
    check = None
    private = False
    if path.exists():
        version = inspect_file(
            path, busy_timeout=busy_timeout, quick_check=not background_check, recover=not read_only
        )
        if background_check:
            check = BackgroundCheck(partial(_check_whole, path, busy_timeout))
        if not read_only and not is_writable(path):
            read_only = True
            if version < latest_version():
                raise OldSchemaReadOnlyError(str(path), version, latest_version())
        private = read_only and version < latest_version()
    else:
        _refuse_orphan_journal(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    presence = None if read_only else announce(path)  # before connecting: a restore may be under way
    try:
        conn = (
            _private_copy(path, busy_timeout)
            if private
            else connect(path, read_only=read_only, timeout=busy_timeout)
        )
    except sqlite3.Error as exc:
        if presence is not None:
            presence.close()
        raise_user_error(exc, path)
        raise
    db = Database(conn, check, presence)
    try:
        if (
            check is not None
            and not read_only
            and (version < latest_version() or not _keeps_journal_mode(db, network))
        ):
            db.confirm_whole()
        _prepare(
            db, path, network=network, read_only=read_only, private=private, before_migrating=before_migrating
        )
    except sqlite3.Error as exc:
        db.close()
        raise_user_error(exc, path)
        raise
    except StoreError:
        db.close()
        raise
    return OpenedDatabase(db, read_only, network)


def _prepare(
    db: Database,
    path: Path,
    *,
    network: bool,
    read_only: bool,
    private: bool,
    before_migrating: Callable[[Path], object] | None,
) -> None:
    """Configure and migrate an opened file (a private copy: migrate, then
    read only). Its schema is compared with the one its version should have
    before anything is written (configure may switch the journal mode, which
    rewrites the header), and once more after the migrations ran."""
    verify_schema(db, path, schema_version(db))
    if private:
        _session_pragmas(db)
        migrate(db)
        db.conn.execute("PRAGMA query_only = ON")
    else:
        configure(db, network=network, read_only=read_only)
        if not read_only:
            version = schema_version(db)
            if before_migrating is not None and 0 < version < latest_version():
                before_migrating(path)
            migrate(db)
    verify_schema(db, path)


def connect_again(db: Database, path: Path, *, read_only: bool, timeout: float = BUSY_TIMEOUT_S) -> Database:
    """Another connection to the file `db` holds open (checked, migrated and
    configured by open_database), for another thread: a connection serves one
    thread at a time. A private copy (an older schema read in memory) is
    copied again, as it was opened."""
    in_memory = not db.conn.execute("PRAGMA database_list").fetchone()[2]
    conn = _private_copy(path, timeout) if in_memory else connect(path, read_only=read_only, timeout=timeout)
    again = Database(conn)
    _session_pragmas(again)
    if in_memory:
        migrate(again)
    if read_only:
        again.conn.execute("PRAGMA query_only = ON")
    return again


def _private_copy(path: Path, timeout: float) -> sqlite3.Connection:
    """The file's pages in memory, for reading an older schema without upgrading the file."""
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    with closing(reader(path, timeout=timeout)) as source:
        source.backup(copy)
    return copy


def _refuse_orphan_journal(path: Path) -> None:
    """A journal left without its file (the file moved or deleted): a new file
    created here would take it for its own and overwrite or replay it."""
    for suffix in ("-wal", "-journal"):
        if _has_content(Path(f"{path}{suffix}")):
            raise OrphanJournalError(str(path), f"{path.name}{suffix}")


def expected_schema(version: int | None = None) -> Schema:
    """The schema the migrations in db/ build up to `version` (all of them
    when None), worked out once per process on an empty database in memory."""
    return _schema_of(tuple(m for m in migrations() if version is None or m[0] <= version))


@cache
def _schema_of(steps: tuple[tuple[int, Path], ...]) -> Schema:
    db = Database(sqlite3.connect(":memory:"))
    try:
        for number, script in steps:
            _apply(db, number, script.read_text(encoding="utf-8"))
        return read_schema(db.conn)
    finally:
        db.close()


def verify_schema(db: Database, path: Path, version: int | None = None) -> None:
    """DamagedDatabaseError naming what the file lacks of the schema of its
    `version` (the latest when None)."""
    lacks = missing(read_schema(db.conn), expected_schema(version))
    if lacks:
        shown = lacks[:SCHEMA_LINES]
        raise DamagedDatabaseError(
            str(path),
            "스키마 손상: " + "; ".join(ko for ko, _ in shown),
            "schema damaged: " + "; ".join(en for _, en in shown),
        )


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
        code = _error_code(exc)
        if code & 0xFF != SQLITE_CANTOPEN and code not in (
            SQLITE_READONLY_DIRECTORY,
            SQLITE_READONLY_CANTINIT,
        ):
            raise
        # A WAL file in a folder we may not write (a copy on a read-only share):
        # SQLite cannot create its shared-memory file there (root is told
        # CANTOPEN, other users READONLY_DIRECTORY), so read it as unchangeable.
        conn.close()
        log.info("%s: read-only folder, reading the file as immutable", path)
        conn = _connect_uri(path, "mode=ro&immutable=1", timeout)
    return conn


def reader(path: Path, *, timeout: float = BUSY_TIMEOUT_S, recover: bool = False) -> sqlite3.Connection:
    """A read-only connection to `path`.

    A crash in the middle of a save in rollback-journal mode leaves a hot
    journal, which SQLite must replay before anyone reads: a write. Only
    `recover` (the opening of the file to work on it) lets it do that; any
    other reader stops with HotJournalError, since a journal copied beside the
    file from another one would ruin it when replayed.
    """
    try:
        return connect(path, read_only=True, timeout=timeout)
    except sqlite3.OperationalError as exc:
        if _error_code(exc) != SQLITE_READONLY_ROLLBACK:
            raise
        if not recover:
            raise HotJournalError(str(path)) from exc
        if not is_writable(path):
            raise
    log.info("%s: finishing the recovery of an interrupted write", path)
    conn = connect(path, read_only=False, timeout=timeout)
    conn.execute("PRAGMA schema_version").fetchone()  # SQLite rolls back the hot journal here
    return conn


def _error_code(exc: sqlite3.Error) -> int:
    return getattr(exc, "sqlite_errorcode", 0)


def _connect_uri(path: Path, query: str, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{query}", uri=True, timeout=timeout, check_same_thread=False
    )


def inspect_file(
    path: Path, *, busy_timeout: float = BUSY_TIMEOUT_S, quick_check: bool = True, recover: bool = False
) -> int:
    """The schema version of `path`, or a clear error if this program cannot open it.

    Reads only: the header first, then a read-only connection (see reader();
    `recover` lets it roll back an interrupted save).
    """
    name = str(path)
    header = _read_header(path)
    if not header:
        raise DamagedDatabaseError(name, "빈 파일 (0바이트)", "the file is empty (0 bytes)")
    if not header[: len(SQLITE_HEADER)].strip(b"\x00"):
        # SQLite's own files never start with zeros: the start of ours was wiped
        raise DamagedDatabaseError(name, "파일 머리가 0으로 지워짐", "its header is wiped with zeros")
    if not header.startswith(SQLITE_HEADER):
        raise NotADctrackerDatabaseError(name, "SQLite 파일이 아님", "not an SQLite file")
    _check_length(path, header)
    try:
        conn = reader(path, timeout=busy_timeout, recover=recover)
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


def _read_header(path: Path) -> bytes:
    if path.is_dir():
        raise CannotOpenError(str(path), "파일이 아니라 폴더입니다", "it is a folder, not a file")
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_SIZE)
    except PermissionError as exc:
        raise CannotOpenError(str(path), "읽을 권한이 없습니다", "no permission to read it") from exc
    except OSError as exc:
        raise CannotOpenError(str(path), exc.strerror or str(exc), exc.strerror or str(exc)) from exc


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
    """Session settings and the journal mode: WAL on a local disk, the
    rollback journal on a share. A share's file another client holds in WAL
    (it took the share for a local disk) is refused: WAL is unsafe there."""
    _session_pragmas(db)
    if read_only:
        db.conn.execute("PRAGMA query_only = ON")
        return
    wanted = "delete" if network else "wal"
    try:
        got = db.conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0].lower()
    except sqlite3.OperationalError as exc:  # leaving WAL waits for every other user to close
        if network and _error_code(exc) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED) and journal_mode(db) == "wal":
            raise NetworkWalError(str(_db_file(db))) from exc
        raise
    if got == wanted:
        return
    if got == "wal":
        raise NetworkWalError(str(_db_file(db)))
    # rollback journal kept by another connection: safe anywhere; the status bar shows it
    log.warning("journal mode stays %s (wanted %s): the file is open elsewhere", got, wanted)


def _session_pragmas(db: Database) -> None:
    # On the plain connection, so that opening needs no sqlite-utils (see
    # connection.py). PRAGMAs open no implicit transaction, so journal_mode
    # can change here. recursive_triggers is what sqlite-utils would set.
    for pragma in (
        "foreign_keys = ON",  # the busy timeout is connect()'s
        "recursive_triggers = ON",
    ):
        db.conn.execute(f"PRAGMA {pragma}")


def journal_mode(db: Database) -> str:
    return str(db.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def schema_version(db: Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


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
        if _error_code(exc) & 0xFF == SQLITE_FULL:
            _give_back_wal(conn)
        raise_user_error(exc, _db_file(db))
        raise


def _give_back_wal(conn: sqlite3.Connection) -> None:
    """After a save failed for space, fold the WAL into the file and empty it:
    the space the WAL held is given back, and the retry after the user frees
    some starts on an empty WAL instead of growing it further."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:  # the disk may be too full even for that; the retry tries again
        log.warning("checkpoint after a full disk failed: %s", exc)


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
