"""Write an import plan's records: the lots, new projects and organizations.

The caller (services/imports.py) owns the transaction these writes go into,
the backup before them and the dry run's rollback; this module only turns
the plan's rows into the store's bulk writes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypedDict

from dctracker.domain.records import Milestone, Mou, Organization, Project, Record
from dctracker.io.cells import normalize_key
from dctracker.io.plan import NEW_ORG, Action, ImportPlan, ProjectKey, RowPlan
from dctracker.io.table import PROGRESS_EVERY, Cancelled, ImportCancelled, Progress
from dctracker.store import Store
from dctracker.store.records import history
from dctracker.store.records.repository import Repository


def write_plan(
    store: Store,
    plan: ImportPlan,
    *,
    who: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Store the plan's creations and updates in the caller's transaction;
    returns how many records changed.

    The records are written in lots of PROGRESS_EVERY, all in one history
    batch: an import is one change. A cancel raises ImportCancelled between
    lots, for the caller to roll back.
    """
    rows = plan.to_write()
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
    return len(rows) + len(project_ids) + len(org_ids)


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
            "batch": store.next_batch(),
        }

    def projects(self, projects: dict[ProjectKey, Project]) -> dict[ProjectKey, int]:
        created = self.store.projects.create_many(list(projects.values()), **self.options)
        return {key: project.stored_id for key, project in zip(projects, created, strict=True)}

    def organizations(self, rows: list[RowPlan]) -> dict[str, int]:
        names = {normalize_key(name): name for row in rows for name in row.new_orgs}
        created = self.store.organizations.create_many(
            [Organization(name=name) for name in names.values()], **self.options
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
        repository.create_many(creates, **self.options)
        repository.update_many(updates, **self.options)


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
