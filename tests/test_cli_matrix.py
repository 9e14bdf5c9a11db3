"""Every command against every bad input a user can hand it: a missing,
damaged, locked, read-only or directory database, an output folder that is
not there, hostile files to import. None may print a traceback (cli.main is
the one boundary), none may exit 70 (a bug) and none may succeed where it
must fail.

The commands come from the argument parser itself, so a new command is
covered the day it is added. Most runs call cli.main in this process; the
locked file and a few others run as real subprocesses (another process
holding the lock, the installed entry point's behaviour).
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from faults import kill_mid_save

from dctracker import cli
from dctracker.bootstrap import create_database
from dctracker.commands.base import EXIT_BUG, EXIT_OK

# Commands naming their databases as positionals (SRC DEST), not with --db.
NAMED_DATABASES = {"copy"}
POSITIONAL_DATABASES = {"source", "destination"}
OUT_NAME = "out.pdf"  # a suffix the report and the timeline (export's first kind) both take
PROJECTS_CSV = "사업명,지역,시군구\n광양 오라클 클라우드 데이터센터,전남,광양시\n"


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(commands.choices)


COMMANDS = subcommands()


def takes_out(name: str) -> bool:
    return any("--out" in action.option_strings for action in COMMANDS[name]._actions)


def argv(name: str, db: Path, folder: Path, import_file: Path, out: Path | None = None) -> list[str]:
    """`name` with what it requires: each positional's first choice (the
    import's FILE: `import_file`; the copy's SRC: `db`, its DEST a new file in
    `folder`), each required option a file in `folder`."""
    args = [name] if name in NAMED_DATABASES else [name, "--db", str(db)]
    for action in COMMANDS[name]._actions:
        if action.option_strings:
            if action.required or (out is not None and "--out" in action.option_strings):
                args += [action.option_strings[0], str(out or folder / OUT_NAME)]
        elif action.dest in POSITIONAL_DATABASES:
            args.append(str(db if action.dest == "source" else folder / "copy.db"))
        elif action.dest != "help":
            args.append(str(next(iter(action.choices))) if action.choices else str(import_file))
    return args


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_in_process(args: list[str], capsys: pytest.CaptureFixture[str]) -> Run:
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse refusing the arguments
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def run_subprocess(args: list[str]) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_said_clearly(run: Run, error_expected: bool) -> None:
    text = run.out + run.err
    assert "Traceback" not in text, text
    assert run.code != EXIT_BUG, f"a bug, not a clear error: {run.err}"
    if error_expected:
        assert run.code != EXIT_OK, f"exit 0 where an error was expected: {text}"
        assert run.err.strip(), "an error without a line saying why"
    else:
        assert run.code == EXIT_OK, text


# The databases: each a function making the bad file at a path.


def _demo(path: Path, *, journal: str = "wal") -> None:
    create_database(path, demo=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()


def _damaged(change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        _demo(path, journal="delete")
        path.write_bytes(change(path.read_bytes()))

    return make


def _demo_then(path: Path, sql: str) -> None:
    """Schema damage another program could do, the file otherwise whole."""
    _demo(path, journal="delete")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript(sql)
    conn.close()


DATABASES: dict[str, Callable[[Path], None]] = {
    "healthy": _demo,
    "missing": lambda path: None,
    "directory": lambda path: path.mkdir(),
    "random bytes": lambda path: path.write_bytes(bytes(range(256)) * 64),
    "zeroed header": _damaged(lambda data: b"\x00" * 100 + data[100:]),
    "truncated": _damaged(lambda data: data[: len(data) // 2]),
    "empty": lambda path: path.write_bytes(b""),
    "a table missing": lambda path: _demo_then(path, "DROP TABLE indicators"),
}


SCHEMA_DAMAGE = {"a table missing"}
# Commands for a server database (postgresql:// URL): any file is refused in one line.
SERVER_ONLY = {"server"}


def error_expected(database: str, command: str) -> bool:
    if command in SERVER_ONLY:
        return True
    if command == "init":  # creates a missing file; refuses any path that exists
        return database != "missing"
    if command == "backup" and database in SCHEMA_DAMAGE:  # a copy of what is there is still a copy
        return False
    return database != "healthy"


@pytest.fixture
def import_file(tmp_path: Path) -> Path:
    path = tmp_path / "projects.csv"
    path.write_text(PROJECTS_CSV, encoding="utf-8")
    return path


@pytest.mark.usefixtures("qapp")  # report and timeline draw with Qt: one application for all tests
@pytest.mark.parametrize(
    ("database", "command"), [pytest.param(d, c, id=f"{d}-{c}") for d in DATABASES for c in COMMANDS]
)
def test_every_command_on_every_bad_database(
    database: str, command: str, tmp_path: Path, import_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.db"
    DATABASES[database](db)
    before = db.read_bytes() if db.is_file() else None
    run = run_in_process(argv(command, db, tmp_path, import_file), capsys)
    assert_said_clearly(run, error_expected(database, command))
    if database not in ("healthy", "missing") and before is not None:
        assert db.read_bytes() == before, "a refused file was written"


@pytest.mark.usefixtures("qapp")
@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word for a PDF it cannot start
@pytest.mark.parametrize("command", [c for c in COMMANDS if takes_out(c)])
def test_an_output_folder_that_is_not_there(
    command: str, tmp_path: Path, import_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.db"
    _demo(db)
    out = tmp_path / "not-there" / OUT_NAME
    run = run_in_process(argv(command, db, tmp_path, import_file, out=out), capsys)
    assert_said_clearly(run, error_expected=True)
    assert not out.parent.exists()


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_read_only_database(
    command: str,
    tmp_path: Path,
    import_file: Path,
    make_read_only: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Reading commands work on a file one may not write; writing ones say why."""
    db = tmp_path / "office.db"
    _demo(db, journal="delete")  # no -wal/-shm beside it
    make_read_only(db)
    run = run_in_process(argv(command, db, tmp_path, import_file), capsys)
    assert_said_clearly(run, error_expected=command in ("init", "import", *SERVER_ONLY))


HOSTILE_IMPORTS: dict[str, Callable[[Path], None]] = {
    "binary garbage": lambda path: path.write_bytes(bytes(range(256)) * 512),
    "empty file": lambda path: path.write_bytes(b""),
    "huge header": lambda path: path.write_text(
        ",".join(f"열{n}" for n in range(20_000)) + "\n1\n", encoding="utf-8"
    ),
}


@pytest.mark.parametrize("hostile", list(HOSTILE_IMPORTS))
def test_hostile_files_to_import(hostile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.db"
    _demo(db)
    before = sqlite3.connect(db).execute("SELECT count(*) FROM history").fetchone()[0]
    bad = tmp_path / "받은파일.csv"
    HOSTILE_IMPORTS[hostile](bad)
    run = run_in_process(argv("import", db, tmp_path, bad), capsys)
    assert_said_clearly(run, error_expected=True)
    assert sqlite3.connect(db).execute("SELECT count(*) FROM history").fetchone()[0] == before


# Real processes: another process holds the lock, and the entry point itself.


@pytest.fixture(scope="module")
def locked_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    """Every command on a rollback-journal file another connection holds an
    exclusive lock on, run in parallel (each waits out the busy timeout)."""
    folder = tmp_path_factory.mktemp("locked")
    db = folder / "office.db"
    _demo(db, journal="delete")
    import_file = folder / "projects.csv"
    import_file.write_text(PROJECTS_CSV, encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with ThreadPoolExecutor(max_workers=len(COMMANDS)) as pool:
            runs = pool.map(lambda c: run_subprocess(argv(c, db, folder, import_file)), COMMANDS)
            yield dict(zip(COMMANDS, runs, strict=True))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_locked_database(command: str, locked_runs: dict[str, Run]) -> None:
    assert_said_clearly(locked_runs[command], error_expected=True)


@pytest.mark.parametrize(("database", "command"), [("random bytes", "list"), ("missing", "backup")])
def test_the_entry_point_says_it_in_one_line(
    database: str, command: str, tmp_path: Path, import_file: Path
) -> None:
    db = tmp_path / "office.db"
    DATABASES[database](db)
    run = run_subprocess(argv(command, db, tmp_path, import_file))
    assert_said_clearly(run, error_expected=True)
    assert len(run.err.strip().splitlines()) == 1, run.err


@pytest.fixture(scope="module")
def beside_a_foreign_hot_journal(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A rollback-journal database and the hot journal a killed save on
    ANOTHER file left (a copy gone wrong on a shared folder): its bytes."""
    folder = tmp_path_factory.mktemp("hot")
    ours, other = folder / "office.db", folder / "other.db"
    _demo(ours, journal="delete")
    _demo(other, journal="delete")
    return ours.read_bytes(), kill_mid_save(other)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("init", "import", *SERVER_ONLY)])
def test_commands_that_only_read_never_roll_back_a_hot_journal(
    command: str,
    beside_a_foreign_hot_journal: tuple[bytes, bytes],
    tmp_path: Path,
    import_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "office.db"
    data, journal = beside_a_foreign_hot_journal
    db.write_bytes(data)
    Path(f"{db}-journal").write_bytes(journal)
    run = run_in_process(argv(command, db, tmp_path, import_file), capsys)
    assert_said_clearly(run, error_expected=True)
    assert "-journal" in run.err
    assert (db.read_bytes(), Path(f"{db}-journal").read_bytes()) == (data, journal)
