"""Carry out an import plan: one transaction, so all of it or nothing."""

from __future__ import annotations

import logging
from dataclasses import replace

from dctracker.domain.records import Milestone, Mou, Organization
from dctracker.io.cells import normalize_key
from dctracker.io.plan import NEW_ORG, Action, ImportPlan, RowPlan
from dctracker.io.table import PROGRESS_EVERY, Cancelled, ImportCancelled, Progress
from dctracker.store import Store, bulk, history
from dctracker.store.database import transaction

log = logging.getLogger(__name__)


class RowsRejected(Exception):
    """The plan has rejected rows and the user did not choose to skip them."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(plan.summary("en"))
        self.plan = plan


def apply_plan(
    store: Store, plan: ImportPlan, *, skip_invalid: bool = False, who: str | None = None,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> int:
    """Store the plan's creations and updates; returns how many records changed.

    With rejected rows nothing is stored unless `skip_invalid`. A cancel
    raises ImportCancelled inside the transaction, which rolls it all back.
    """
    if plan.rejected and not skip_invalid:
        raise RowsRejected(plan)
    comment = f"import: {plan.source}"
    who = who or history.current_user()  # once, not once per record
    rows = [r for r in plan.rows if r.action in (Action.CREATE, Action.UPDATE)]
    with transaction(store.db):
        project_ids = _create_projects(store, plan, who, comment)
        org_ids = _create_organizations(store, rows, who, comment)
        repository = {"projects": store.projects, "mous": store.mous,
                      "milestones": store.milestones}[plan.kind]
        # In chunks through store.bulk (one statement per chunk instead of a
        # re-read and a history batch per record), checking for a cancel between.
        for start in range(0, len(rows), PROGRESS_EVERY):
            if start and cancelled is not None and cancelled():
                raise ImportCancelled
            chunk = rows[start:start + PROGRESS_EVERY]
            records = [_resolved(row, project_ids, org_ids) for row in chunk]
            bulk.create_many(repository, [r for r, row in zip(records, chunk, strict=True)
                                          if row.action is Action.CREATE], who=who, comment=comment)
            bulk.update_many(repository, [r for r, row in zip(records, chunk, strict=True)
                                          if row.action is Action.UPDATE], who=who, comment=comment)
            if progress is not None and start + len(chunk) < len(rows):
                progress(start + len(chunk))
    changed = len(rows) + len(project_ids) + len(org_ids)
    log.info("import %s: %s", plan.source, plan.summary("en"))
    return changed


def _create_projects(store, plan, who, comment) -> dict:
    return {key: store.projects.create(project, who=who, comment=comment).id
            for key, project in plan.projects_to_create().items()}


def _create_organizations(store, rows, who, comment) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row in rows:
        for name in row.new_orgs:
            if normalize_key(name) not in ids:
                org = store.organizations.create(Organization(name=name), who=who, comment=comment)
                ids[normalize_key(name)] = org.id
    return ids


def _resolved(row: RowPlan, project_ids: dict, org_ids: dict[str, int]):
    record = row.record
    if isinstance(record, Milestone) and row.new_project is not None:
        return replace(record, project_id=project_ids[row.new_project])
    if isinstance(record, Mou) and row.new_orgs:
        parties = [replace(p, organization_id=org_ids[normalize_key(p.name)])
                   if p.organization_id == NEW_ORG else p for p in record.parties]
        return replace(record, parties=parties)
    return record
