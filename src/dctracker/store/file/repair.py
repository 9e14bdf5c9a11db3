"""Recomputing what the store derives from the records, when another program
changed a record and left the derived columns behind.

Only derived data is rewritten (the milestones' date intervals, spans.py):
no record changes, no version moves and no history is written, because
nothing a user entered changes. A backup is taken first all the same.
"""

from __future__ import annotations

import logging

from dctracker.store.facade import Store
from dctracker.store.file.backup import make_backup
from dctracker.store.file.database import transaction
from dctracker.store.records.spans import SPANNED, STALE

log = logging.getLogger(__name__)


def repair_spans(store: Store) -> int:
    """Recompute the interval columns of the milestones whose dates moved
    without them; how many were stale (0: nothing written, no backup)."""
    stale = int(store.db.conn.execute(f"SELECT count(*) FROM milestones WHERE {STALE}").fetchone()[0])
    if not stale:
        return 0
    make_backup(store.path, "repair")
    assignments = ", ".join(
        f"{name}_{side} = dct_{side}({name})" for name in SPANNED for side in ("start", "end")
    )
    with transaction(store.db):
        store.db.conn.execute(f"UPDATE milestones SET {assignments} WHERE {STALE}")
    log.info("%s: recomputed the date intervals of %d milestone(s)", store.path, stale)
    return stale
