"""Is the file whole, consistent and of a schema we know? Answered in plain words.

The check reads only (a read-only connection, no migration), so it can be
run on a file that will not open, on a backup, or while another window works.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

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
    ko: str
    en: str

    def text(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


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
            head = Finding(
                f"이상 없음: {self.path.name}의 무결성, 참조 관계, 스키마가 모두 정상입니다.",
                f"No problems: integrity, references and schema of {self.path.name} are all fine.",
            )
        elif self.problems:
            head = Finding(
                f"{self.path.name}에서 문제 {len(self.problems)}건을 찾았습니다. "
                "백업에서 복원하는 것을 권합니다 (파일 → 백업에서 복원).",
                f"Found {len(self.problems)} problem(s) in {self.path.name}; restoring a "
                "backup is advised (File → Restore from Backup).",
            )
        else:
            head = Finding(
                f"{self.path.name}의 기록은 온전하지만 계산해 둔 값 {len(self.repairable)}건이 "
                "맞지 않습니다. 'dctracker check --repair'로 다시 계산하세요 (기록은 바뀌지 않습니다).",
                f"The records in {self.path.name} are whole, but {len(self.repairable)} stored "
                "value(s) derived from them are stale; 'dctracker check --repair' recomputes them "
                "(no record changes).",
            )
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
        report.problems.append(
            Finding(
                f"파일이 손상되어 검사를 끝낼 수 없습니다: {exc}",
                f"the file is too damaged to finish the check: {exc}",
            )
        )
    finally:
        db.close()
    return report


def integrity_problems(db: Database) -> list[Finding]:
    lines = [row[0] for row in db.conn.execute(f"PRAGMA integrity_check({INTEGRITY_LINES})")]
    if lines == ["ok"]:
        return []
    return [Finding(f"손상된 부분: {line}", f"damaged part: {line}") for line in lines]


def reference_problems(db: Database) -> list[Finding]:
    return [
        Finding(
            f"{table} #{rowid}이(가) 없는 {parent} 기록을 가리킵니다.",
            f"{table} #{rowid} refers to a {parent} row that does not exist.",
        )
        for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check").fetchall()
    ]


def schema_problems(db: Database) -> list[Finding]:
    """Compare with the schema this program's migrations build."""
    if schema_version(db) < latest_version():
        return []  # an older file: opening it upgrades it (see record_counts's note)
    return [Finding(f"{ko}.", f"{en}.") for ko, en in missing(read_schema(db.conn), expected_schema())]


def stale_spans(db: Database) -> list[Finding]:
    """Milestones whose interval columns (spans.py) disagree with their dates,
    as when another program edited a date alone: the dashboard would misjudge
    them. Not damage: `dctracker check --repair` recomputes them."""
    if schema_version(db) < latest_version():
        return []  # opening the file fills the columns
    ids = [row[0] for row in db.conn.execute(f"SELECT id FROM milestones WHERE {STALE} ORDER BY id")]
    return [
        Finding(
            f"마일스톤 #{milestone_id}의 저장된 기간이 날짜와 맞지 않습니다 "
            "(다른 프로그램으로 날짜를 고친 경우).",
            f"milestone #{milestone_id}: the stored intervals do not match its dates "
            "(a date edited by another program).",
        )
        for milestone_id in ids[:INTEGRITY_LINES]
    ]


def record_counts(db: Database) -> list[Finding]:
    present = set(_table_names(db))
    counts = {
        t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in RECORD_TABLES if t in present
    }
    notes = [
        Finding(
            "기록: " + ", ".join(f"{RECORD_TABLES[t][0]} {n:,}건" for t, n in counts.items()),
            "Records: " + ", ".join(f"{n:,} {RECORD_TABLES[t][1]}" for t, n in counts.items()),
        )
    ]
    version = schema_version(db)
    if version < latest_version():
        notes.append(
            Finding(
                f"이전 버전 형식(스키마 {version})입니다. "
                f"프로그램으로 열면 최신 형식({latest_version()})으로 바뀝니다.",
                f"An older format (schema {version}); "
                f"opening it in the program upgrades it to {latest_version()}.",
            )
        )
    return notes


def _table_names(db: Database) -> list[str]:
    rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return [name for (name,) in rows]
