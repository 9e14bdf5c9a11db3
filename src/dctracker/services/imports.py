"""Importing a file: read -> map its headers -> plan -> apply.

The CLI and the window both import through here; the window adds a mapping
preview and progress between the steps. Reading, mapping and planning are
io/'s (file formats and the pure planning); applying the plan is one
transaction opened here, after a backup, so an import is all or nothing.
"""

from __future__ import annotations

import logging

from dctracker.io.apply import write_plan
from dctracker.io.collector import without_cycle_collection
from dctracker.io.importer import SUFFIXES, mapping_for, read_table
from dctracker.io.plan import ImportPlan, plan_import
from dctracker.io.table import Cancelled, Progress
from dctracker.store import Store
from dctracker.store.file.backup import backup_before
from dctracker.store.file.database import transaction

__all__ = ["SUFFIXES", "RowsRejected", "apply_plan", "mapping_for", "plan_import", "read_table"]

log = logging.getLogger(__name__)


class RowsRejected(Exception):
    """The plan has rejected rows and the user did not choose to skip them."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(plan.summary("en"))
        self.plan = plan


class _DryRunDone(Exception):
    """Raised at the end of a dry run's writes to roll them back."""

    def __init__(self, changed: int) -> None:
        super().__init__(changed)
        self.changed = changed


@without_cycle_collection
def apply_plan(
    store: Store,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    who: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Store the plan's creations and updates; returns how many records changed
    (or, with `dry_run`, would change).

    The dry run and the import are the same code: a dry run writes everything
    in the transaction and then rolls it back, so a row the store would refuse
    fails the dry run exactly as it would fail the import. With rejected rows
    nothing is stored unless `skip_invalid`. A real import takes a backup
    first (the README promises one before every import). A cancel raises
    ImportCancelled inside the transaction, which rolls it all back.
    """
    if plan.rejected and not (skip_invalid or dry_run):
        raise RowsRejected(plan)
    if not dry_run:
        backup_before(store, "import")
    try:
        with transaction(store.db):
            changed = write_plan(store, plan, who=who, progress=progress, cancelled=cancelled)
            if dry_run:
                raise _DryRunDone(changed)  # rolls the transaction back
    except _DryRunDone as done:
        return done.changed
    log.info("import %s: %s", plan.source, plan.summary("en"))
    return changed
