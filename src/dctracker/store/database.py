"""Opening, checking and migrating a dctracker SQLite file."""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dctracker.paths import migrations_dir
from dctracker.store.connection import Database
from dctracker.store.errors import NewerSchemaError, NotADctrackerDatabaseError

APPLICATION_ID = 0x44435452  # 'DCTR', set by 0001_initial.sql
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


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


def open_database(path: Path) -> Database:
    """Open (creating if absent) and migrate a dctracker database.

    A file that is not ours, or is from a newer program, is refused before
    anything is written to it: checks run on a read-only connection first.
    """
    if path.exists():
        inspect_file(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    configure(db)
    migrate(db)
    return db


def inspect_file(path: Path) -> None:
    """Raise a clear error if `path` is not a dctracker database this program can open."""
    name = str(path)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise NotADctrackerDatabaseError(name, "빈 파일", "the file is empty")
    if header != SQLITE_HEADER:
        raise NotADctrackerDatabaseError(name, "SQLite 파일이 아님", "not an SQLite file")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        app_id, version, tables = _read_identity(conn)
    except sqlite3.DatabaseError as exc:
        raise NotADctrackerDatabaseError(name, f"손상됨: {exc}", f"damaged: {exc}") from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID and tables:
        raise NotADctrackerDatabaseError(name, "다른 프로그램의 데이터", "another program's data")
    if version > latest_version():
        raise NewerSchemaError(name, version, latest_version())


def _read_identity(conn: sqlite3.Connection) -> tuple[int, int, int]:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return app_id, version, tables


def configure(db: Database) -> None:
    # On the plain connection, so that opening needs no sqlite-utils (see
    # connection.py). PRAGMAs open no implicit transaction, so journal_mode
    # can change here. recursive_triggers is what sqlite-utils would set.
    for pragma in (
        "foreign_keys = ON", f"busy_timeout = {BUSY_TIMEOUT_MS}", "recursive_triggers = ON",
        "journal_mode = WAL",
    ):
        db.conn.execute(f"PRAGMA {pragma}")


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
    # its own BEGIN/COMMIT; PRAGMA user_version is transactional with it.
    try:
        db.conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One all-or-nothing write; nested calls become savepoints.

    The outermost level takes the write lock at once (BEGIN IMMEDIATE), so two
    processes never both read and then fail to upgrade to writing. It runs on
    the plain connection, so the first save does not wait for sqlite-utils to
    load (see connection.py).
    """
    conn = db.conn
    if conn.in_transaction:
        with _savepoint(conn):
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"nested_{next(_SAVEPOINT_NUMBERS)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # An error such as a RAISE(ROLLBACK) trigger can end the whole
        # transaction; then there is no savepoint left to roll back to.
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    conn.execute(f"RELEASE SAVEPOINT {name}")


_SAVEPOINT_NUMBERS = itertools.count(1)
