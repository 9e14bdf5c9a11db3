"""Carry out an import plan: one transaction, so all of it or nothing.

The dry run and the import are the same code: a dry run writes everything in
the transaction and then rolls it back, so a row the store would refuse fails
the dry run exactly as it would fail the import.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, TypedDict

from dctracker.domain.records import Milestone, Mou, Organization, Project, Record
from dctracker.io.cells import normalize_key
from dctracker.io.collector import without_cycle_collection
from dctracker.io.plan import NEW_ORG, Action, ImportPlan, ProjectKey, RowPlan
from dctracker.io.table import PROGRESS_EVERY, Cancelled, ImportCancelled, Progress
from dctracker.store import Store
from dctracker.store.file.backup import backup_before
from dctracker.store.file.database import transaction
from dctracker.store.records import bulk, history
from dctracker.store.records.repository import Repository

log = logging.getLogger(__name__)


class _DryRunDone(Exception):
    """Raised at the end of a dry run's writes to roll them back."""

    def __init__(self, changed: int) -> None:
        super().__init__(changed)
        self.changed = changed


class RowsRejected(Exception):
    """The plan has rejected rows and the user did not choose to skip them."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(plan.summary("en"))
        self.plan = plan


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
    (or, with `dry_run`, would change: the valid rows are written and rolled back).

    With rejected rows nothing is stored unless `skip_invalid`. A real import
    takes a backup first (the README promises one before every import). The
    records are written in lots of PROGRESS_EVERY through the store's bulk
    writes, all in one transaction and one history batch: an import is one
    change. A cancel raises ImportCancelled inside the transaction, which
    rolls it all back.
    """
    if plan.rejected and not (skip_invalid or dry_run):
        raise RowsRejected(plan)
    if not dry_run:
        backup_before(store, "import")
    rows = [r for r in plan.rows if r.action in (Action.CREATE, Action.UPDATE)]
    try:
        changed = _write(store, plan, rows, who, progress, cancelled, dry_run)
    except _DryRunDone as done:
        return done.changed
    log.info("import %s: %s", plan.source, plan.summary("en"))
    return changed


def _write(
    store: Store,
    plan: ImportPlan,
    rows: list[RowPlan],
    who: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    dry_run: bool,
) -> int:
    with transaction(store.db):
        write = _Writer(store, f"import: {plan.source}", who or history.current_user())
        project_ids = write.projects(plan.projects_to_create())
        org_ids = write.organizations(rows)
        repositories: dict[str, Repository[Any]] = {
            "projects": store.projects,
            "mous": store.mous,
            "milestones": store.milestones,
        }
        repository = repositories[plan.kind]
        for start in range(0, len(rows), PROGRESS_EVERY):
            if start:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                if progress is not None:
                    progress(start)
            write.records(repository, rows[start : start + PROGRESS_EVERY], project_ids, org_ids)
        changed = len(rows) + len(project_ids) + len(org_ids)
        if dry_run:
            raise _DryRunDone(changed)  # rolls the transaction back
    return changed


class _WriteOptions(TypedDict):
    who: str
    comment: str
    at: str
    batch: int


class _Writer:
    """Bulk writes sharing one history batch, stamp, user and comment."""

    def __init__(self, store: Store, comment: str, who: str) -> None:
        self.store = store
        self.options: _WriteOptions = {
            "who": who,
            "comment": comment,
            "at": history.now(),
            "batch": history.next_batch(store.db),
        }

    def projects(self, projects: dict[ProjectKey, Project]) -> dict[ProjectKey, int]:
        created = bulk.create_many(self.store.projects, list(projects.values()), **self.options)
        return {key: project.stored_id for key, project in zip(projects, created, strict=True)}

    def organizations(self, rows: list[RowPlan]) -> dict[str, int]:
        names = {normalize_key(name): name for row in rows for name in row.new_orgs}
        created = bulk.create_many(
            self.store.organizations, [Organization(name=name) for name in names.values()], **self.options
        )
        return {key: org.stored_id for key, org in zip(names, created, strict=True)}

    def records(
        self,
        repository: Repository[Any],
        rows: list[RowPlan],
        project_ids: dict[ProjectKey, int],
        org_ids: dict[str, int],
    ) -> None:
        creates = [_resolved(r, project_ids, org_ids) for r in rows if r.action is Action.CREATE]
        updates = [_resolved(r, project_ids, org_ids) for r in rows if r.action is Action.UPDATE]
        bulk.create_many(repository, creates, **self.options)
        bulk.update_many(repository, updates, **self.options)


def _resolved(row: RowPlan, project_ids: dict[ProjectKey, int], org_ids: dict[str, int]) -> Record | None:
    record = row.record
    if isinstance(record, Milestone) and row.new_project is not None:
        # The plan's own new record, shared with nothing: filled in rather than
        # copied (100,000 copies are dear), and filled in again if re-applied.
        record.project_id = project_ids[row.new_project]
        return record
    if isinstance(record, Mou) and row.new_orgs:
        parties = [
            replace(p, organization_id=org_ids[normalize_key(p.name)]) if p.organization_id == NEW_ORG else p
            for p in record.parties
        ]
        return replace(record, parties=parties)
    return record
