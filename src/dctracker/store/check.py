"""`dctracker check`: is the file whole, consistent and of a schema we know?"""

from __future__ import annotations

from dctracker.store.connection import Database
from dctracker.store.database import latest_version, schema_version

EXPECTED_TABLES = (
    "organizations", "projects", "mous", "mou_parties", "mou_projects", "milestones",
    "indicators", "zones", "zone_members", "history", "search_index",
)


def check_database(db: Database) -> list[str]:
    """Every problem found, as plain sentences; an empty list means healthy."""
    problems = []
    integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        problems += [f"무결성 오류 (integrity): {line}" for line in integrity]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(
            f"{table} #{rowid}: 없는 {parent} 기록을 가리킵니다 (refers to a missing {parent} row)"
        )
    version = schema_version(db)
    if version != latest_version():
        problems.append(f"스키마 버전 {version}, 기대 {latest_version()} (schema version mismatch)")
    existing = set(db.table_names())
    problems += [
        f"테이블 없음: {name} (missing table)" for name in EXPECTED_TABLES if name not in existing
    ]
    return problems
