"""Korean substring search over every record kind (FTS5, trigram tokenizer)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dctracker.store.connection import Database

# rowid = id * 4 + kind code; see db/0001_initial.sql
KIND_CODES = {"projects": 0, "mous": 1, "milestones": 2, "organizations": 3}
_KIND_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
TRIGRAM = 3


@dataclass
class SearchHits:
    """Ids of the records whose text contains every term of the query."""

    projects: set[int] = field(default_factory=set)
    mous: set[int] = field(default_factory=set)
    milestones: set[int] = field(default_factory=set)
    organizations: set[int] = field(default_factory=set)

    def ids(self, kind: str) -> set[int]:
        return getattr(self, kind)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _condition(term: str) -> str:
    # The trigram index answers LIKE only for terms of three or more characters;
    # two-syllable names (광양, 순천, 해남) are common, so shorter terms scan the
    # index's text instead: `body || ''` is not the indexed column any more.
    column = "body" if len(term) >= TRIGRAM else "(body || '')"
    return f"{column} LIKE ? ESCAPE '\\'"


def search(db: Database, query: str) -> SearchHits:
    """Records matching all whitespace-separated terms of `query`, case-insensitively."""
    hits = SearchHits()
    terms = query.split()
    if not terms:
        return hits
    where = " AND ".join(_condition(t) for t in terms)
    rows = db.conn.execute(
        f"SELECT rowid FROM search_index WHERE {where}", [_like_pattern(t) for t in terms]
    )
    for (rowid,) in rows:
        hits.ids(_KIND_BY_CODE[rowid % 4]).add(rowid // 4)
    return hits
