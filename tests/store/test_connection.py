from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dctracker.store import Store
from dctracker.store.records.history import next_batch


def test_opening_reading_and_saving_do_not_import_sqlite_utils(db_path: Path) -> None:
    # sqlite-utils costs more to import than Qt (see connection.py): neither
    # start-up nor the first save should wait for it.
    script = (
        "import sys; from pathlib import Path; from dctracker.store import open_store;"
        "from dctracker.store.reads import queries;"
        "from dctracker.domain.filters import RecordFilter;"
        f"s = open_store(Path({str(db_path)!r})); queries.projects(s, RecordFilter());"
        "from dctracker.domain.records import Project; from dctracker.domain.regions import Region;"
        "p = s.projects.create(Project(name='광양 데이터센터', region=Region.JEONNAM));"
        "p.notes = '부지 협의'; s.projects.update(p);"
        "print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sqlite_utils_answers_through_the_same_connection(store: Store) -> None:
    store.db["notes_for_test"].insert({"id": 1, "text": "광양"})
    assert store.db.conn.execute("SELECT text FROM notes_for_test").fetchall() == [("광양",)]
    assert "notes_for_test" in store.db.table_names()
    assert store.db.execute("SELECT count(*) FROM notes_for_test").fetchone()[0] == 1
    assert next_batch(store.db) == 1


def test_recursive_triggers_are_on_from_the_start(store: Store) -> None:
    # sqlite-utils turns them on when it wraps a connection; the plain
    # connection must behave the same before sqlite-utils is first used.
    assert store.db.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
