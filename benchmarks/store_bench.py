"""The store at a province's size: the milestone list, sorting, filtering, search.

Each case compares the call the window makes with the plain sqlite3 query
that fetches the same rows: the cost of our Python layer over the database.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from benchmarks.harness import Result, p95, paired_medians, sample_times
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import Milestone, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.reads import queries
from dctracker.store.records.codec import columns

SCREENFUL = 60  # rows a table shows (and so builds) at once
SEARCHES = ("광양", "순천", "해남", "착공", "순천시", "광양시", "데이터센터", "인허가", "클라우드 센터",
            "나주 착공", "투자협약", "에너지산업과")  # fmt: skip
CURRENT = ("actual", "forecast", "baseline")  # Milestone.current, first set wins


def run(db_path: Path, repeat: int) -> list[Result]:
    store = open_store(db_path)
    raw = sqlite3.connect(db_path)
    try:
        return [
            milestone_list(store, raw, repeat),
            sort_and_filter(store, raw, repeat),
            search(store, raw, max(3, repeat)),
            search_list(store, raw, repeat),
            overdue(store, raw, repeat),
            status_and_period(store, raw, repeat),
        ]
    finally:
        raw.close()
        store.close()


def _select(store: Store) -> str:
    return f"SELECT {', '.join(columns(Milestone))} FROM milestones"


def milestone_list(store: Store, raw: sqlite3.Connection, repeat: int) -> Result:
    """Everything the milestone table needs to show its first screen of 100k rows."""
    sql = _select(store) + " ORDER BY id"
    ours, base = paired_medians(
        lambda: queries.milestones(store, RecordFilter())[:SCREENFUL],
        lambda: raw.execute(sql).fetchall(),
        repeat,
    )
    count = len(queries.milestones(store, RecordFilter()))
    return Result(
        "milestone list ready (100k rows)",
        ours,
        base,
        max_ratio=2.0,
        note=f"{count:,} rows; baseline: sqlite3 fetchall of the same columns",
    )


def sort_and_filter(store: Store, raw: sqlite3.Connection, repeat: int) -> Result:
    """전남 only, sorted by the current date (actual, else forecast, else plan)."""
    sql = (
        _select(store) + " WHERE project_id IN (SELECT id FROM projects WHERE region = ?)"
        " ORDER BY coalesce(actual, forecast, baseline)"
    )
    only = RecordFilter(region=Region.JEONNAM)
    ours, base = paired_medians(
        lambda: queries.milestones(store, only).sorted_by_columns(*CURRENT)[:SCREENFUL],
        lambda: raw.execute(sql, (Region.JEONNAM.value,)).fetchall(),
        repeat,
    )
    return Result(
        "sort by date + filter by region",
        ours,
        base,
        max_ratio=3.0,
        note="baseline: the same rows by SQL WHERE + ORDER BY coalesce(...)",
    )


def search(store: Store, raw: sqlite3.Connection, repeat: int) -> Result:
    """store.search p95 over 2- and 3+-syllable Korean queries.

    The first search after opening builds a per-connection cache (see
    store/reads/search.py); it is timed apart and named in the note.
    """
    first = sample_times(lambda: store.search(SEARCHES[0]), 1)[0]
    ours, base = [], []
    for query in SEARCHES:
        terms = query.split()
        like = " AND ".join("body LIKE ?" for _ in terms)
        sql = f"SELECT rowid FROM search_index WHERE {like}"
        patterns = [f"%{t}%" for t in terms]
        for _ in range(repeat):
            base += sample_times(lambda s=sql, p=patterns: raw.execute(s, p).fetchall(), 1)
            ours += sample_times(lambda q=query: store.search(q), 1)
    return Result(
        "Korean search p95 (store.search)",
        p95(ours),
        p95(base),
        max_ours=0.050,
        note=f"{len(SEARCHES)} queries x {repeat}; first search after opening "
        f"{first * 1000:.0f} ms; baseline: LIKE '%term%' on the index",
    )


def search_list(store: Store, raw: sqlite3.Connection, repeat: int) -> Result:
    """The milestone table after typing a search: matching milestones and their projects'."""
    sql = (
        _select(store) + " WHERE id IN (SELECT rowid / 4 FROM search_index"
        " WHERE search_index MATCH ? AND rowid % 4 = 2) OR project_id IN (SELECT rowid / 4"
        " FROM search_index WHERE search_index MATCH ? AND rowid % 4 = 0) ORDER BY id"
    )
    query = "데이터센터"
    ours, base = paired_medians(
        lambda: queries.milestones(store, RecordFilter(search=query))[:SCREENFUL],
        lambda: raw.execute(sql, (f'"{query}"', f'"{query}"')).fetchall(),
        repeat,
    )
    return Result(
        f"milestone list searched ('{query}')",
        ours,
        base,
        max_ratio=3.0,
        note="baseline: one SQL query joining the FTS matches",
    )


def overdue(store: Store, raw: sqlite3.Connection, repeat: int) -> Result:
    """The dashboard's overdue list: the one path that builds every milestone record."""
    sql = _select(store) + " ORDER BY id"
    as_of = date(2027, 1, 1)
    ours, base = paired_medians(
        lambda: queries.milestones(store, RecordFilter(), overdue_as_of=as_of),
        lambda: raw.execute(sql).fetchall(),
        repeat,
    )
    count = len(queries.milestones(store, RecordFilter(), overdue_as_of=as_of))
    return Result(
        "overdue milestones (list --overdue)",
        ours,
        base,
        note=f"{count:,} overdue on {as_of}, selected in SQL on the stored intervals;"
        " baseline: sqlite3 fetch",
    )


def status_and_period(store: Store, raw: sqlite3.Connection, repeat: int) -> Result:
    """The toolbar's status and period filters: projects planned or in progress,
    milestones dated in the next three years, sorted by date."""
    this_year = date.today().year
    f = RecordFilter(
        statuses=frozenset({ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS}),
        period=Period(date(this_year, 1, 1), date(this_year + 2, 12, 31)),
    )
    sql = (
        _select(store) + " WHERE project_id IN (SELECT id FROM projects WHERE status IN (?, ?))"
        " ORDER BY coalesce(actual, forecast, baseline)"
    )
    ours, base = paired_medians(
        lambda: queries.milestones(store, f).sorted_by_columns(*CURRENT)[:SCREENFUL],
        lambda: raw.execute(sql, ("planned", "in_progress")).fetchall(),
        repeat,
    )
    count = len(queries.milestones(store, f))
    return Result(
        "status + period filter, sorted by date",
        ours,
        base,
        max_ratio=3.0,
        note=f"{count:,} rows; baseline: SQL of the status part alone (more rows), ORDER BY coalesce(...)",
    )
