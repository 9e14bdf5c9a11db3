"""The shape of a database: its tables, columns, foreign keys, indexes,
triggers and views, and what a file lacks of the shape this program expects.

Read from sqlite_master and one PRAGMA per table: a few milliseconds, so
every opening can afford it (a missing search trigger would otherwise leave
new records unsearchable, a missing table crash a tab).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# (column, referenced table, referenced column) of one foreign key
ForeignKey = tuple[str, str, str]


@dataclass(frozen=True)
class Schema:
    objects: frozenset[tuple[str, str]]  # (type, name), SQLite's own objects left out
    columns: dict[str, frozenset[str]]
    foreign_keys: dict[str, frozenset[ForeignKey]]


def read_schema(conn: sqlite3.Connection) -> Schema:
    objects = frozenset(
        conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    )
    tables = [name for kind, name in objects if kind == "table"]
    return Schema(
        objects,
        {t: frozenset(row[1] for row in conn.execute(f"PRAGMA table_info([{t}])")) for t in tables},
        {
            t: frozenset(
                (row[3], row[2], row[4] or "") for row in conn.execute(f"PRAGMA foreign_key_list([{t}])")
            )
            for t in tables
        },
    )


def missing(found: Schema, expected: Schema) -> list[tuple[str, str]]:
    """What `found` lacks of `expected`, each in Korean and English."""
    lacks = [
        (f"{kind} '{name}'이(가) 없습니다", f"the {kind} '{name}' is missing")
        for kind, name in sorted(expected.objects - found.objects)
    ]
    for table in sorted(expected.columns.keys() & found.columns.keys()):
        lacks += [
            (f"테이블 '{table}'에 '{column}' 열이 없습니다", f"the table '{table}' has no column '{column}'")
            for column in sorted(expected.columns[table] - found.columns[table])
        ]
        lacks += [
            (
                f"테이블 '{table}'의 '{column}' → '{parent}' 참조 제약이 없습니다",
                f"the table '{table}' lacks its reference '{column}' → '{parent}'",
            )
            for column, parent, _ in sorted(expected.foreign_keys[table] - found.foreign_keys[table])
        ]
    return lacks
