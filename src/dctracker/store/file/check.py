"""Is the file whole, consistent and of a schema we know? Answered in plain words.

The check reads only (a read-only connection, no migration), so it can be
run on a file that will not open, on a backup, or while another window works.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dctracker.domain.messages import Message, Pair, say
from dctracker.store.file.connection import Database
from dctracker.store.file.database import (
    expected_schema,
    inspect_file,
    latest_version,
    reader,
    schema_version,
)
from dctracker.store.file.schema import missing, read_schema
from dctracker.store.records.spans import STALE

INTEGRITY_LINES = 20  # enough to judge the damage; the rest says the same
RECORD_TABLES = {
    "projects": ("사업", "projects"),
    "mous": ("협약", "MOUs"),
    "milestones": ("마일스톤", "milestones"),
    "organizations": ("기관", "organizations"),
}


@dataclass(frozen=True)
class Finding:
    said: Message | Pair

    def text(self, lang: str = "ko") -> str:
        return say(self.said, lang)


@dataclass
class CheckReport:
    path: Path
    problems: list[Finding] = field(default_factory=list)
    # Derived data another program left behind: recomputed by --repair, no restore needed.
    repairable: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.repairable

    def summary(self, lang: str = "ko") -> str:
        if self.ok:
            head = Finding(Message("check.ok", {"name": self.path.name}))
        elif self.problems:
            head = Finding(Message("check.problems", {"name": self.path.name, "count": len(self.problems)}))
        else:
            stale = {"name": self.path.name, "count": len(self.repairable)}
            head = Finding(Message("check.repairable", stale))
        findings = [head, *self.problems, *self.repairable, *self.notes]
        return "\n".join(f.text(lang) for f in findings)


def check_file(path: Path) -> CheckReport:
    """Check `path`; a file that is not ours or is locked raises a StoreError instead.

    Never writes: a hot journal beside the file stops the check (HotJournalError).
    """
    inspect_file(path, quick_check=False)
    report = CheckReport(path)
    db = Database(reader(path))
    try:
        report.problems += integrity_problems(db)
        if report.ok:
            report.problems += reference_problems(db) + schema_problems(db)
            if report.ok:
                report.repairable += stale_spans(db)
            report.notes += record_counts(db)
    except sqlite3.DatabaseError as exc:
        report.problems.append(Finding(Message("check.too_damaged", {"detail": str(exc)})))
    finally:
        db.close()
    return report


def integrity_problems(db: Database) -> list[Finding]:
    lines = [row[0] for row in db.conn.execute(f"PRAGMA integrity_check({INTEGRITY_LINES})")]
    if lines == ["ok"]:
        return []
    return [Finding(Message("check.damaged_part", {"line": line})) for line in lines]


def reference_problems(db: Database) -> list[Finding]:
    return [
        Finding(Message("check.broken_reference", {"table": table, "id": rowid, "parent": parent}))
        for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check").fetchall()
    ]


def schema_problems(db: Database) -> list[Finding]:
    """Compare with the schema this program's migrations build."""
    if schema_version(db) < latest_version():
        return []  # an older file: opening it upgrades it (see record_counts's note)
    return [Finding(lack) for lack in missing(read_schema(db.conn), expected_schema())]


def stale_spans(db: Database) -> list[Finding]:
    """Milestones whose interval columns (spans.py) disagree with their dates,
    as when another program edited a date alone: the dashboard would misjudge
    them. Not damage: `dctracker check --repair` recomputes them."""
    if schema_version(db) < latest_version():
        return []  # opening the file fills the columns
    ids = [row[0] for row in db.conn.execute(f"SELECT id FROM milestones WHERE {STALE} ORDER BY id")]
    return [
        Finding(Message("check.stale_spans", {"id": milestone_id})) for milestone_id in ids[:INTEGRITY_LINES]
    ]


def record_counts(db: Database) -> list[Finding]:
    present = set(_table_names(db))
    counts = {
        t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in RECORD_TABLES if t in present
    }
    notes = [
        Finding(
            Pair(
                "기록: " + ", ".join(f"{RECORD_TABLES[t][0]} {n:,}건" for t, n in counts.items()),
                "Records: " + ", ".join(f"{n:,} {RECORD_TABLES[t][1]}" for t, n in counts.items()),
            )
        )
    ]
    version = schema_version(db)
    if version < latest_version():
        notes.append(Finding(Message("check.older_schema", {"version": version, "latest": latest_version()})))
    return notes


def _table_names(db: Database) -> list[str]:
    rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return [name for (name,) in rows]
