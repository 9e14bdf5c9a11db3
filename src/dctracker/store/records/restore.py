"""Bringing deleted records back with their old ids (undo of a delete)."""

from __future__ import annotations

from dataclasses import replace

from dctracker.domain.records import Indicator, Milestone, Project
from dctracker.store.facade import Store
from dctracker.store.file.database import transaction


def project_dependents(store: Store, project_id: int) -> tuple[list[Milestone], list[Indicator], list[int]]:
    """What delete_project takes with it: milestones, indicators, linked MOU ids."""
    return (
        store.milestones.where("project_id = ?", (project_id,)),
        store.indicators.where("project_id = ?", (project_id,)),
        [m.id for m in store.mous.for_project(project_id) if m.id is not None],
    )


def restore_project(
    store: Store,
    project: Project,
    milestones: list[Milestone],
    indicators: list[Indicator],
    mou_ids: list[int],
    *,
    who: str | None = None,
    comment: str = "",
) -> Project:
    """Re-create a deleted project, its milestones and indicators under their
    old ids and re-link it to its MOUs, all in one transaction."""
    with transaction(store.db):
        restored = store.projects.create(replace(project), who=who, comment=comment)
        for milestone in milestones:
            store.milestones.create(replace(milestone), who=who, comment=comment)
        for indicator in indicators:
            store.indicators.create(replace(indicator), who=who, comment=comment)
        for mou_id in mou_ids:
            mou = store.mous.get(mou_id)
            if project.id not in mou.project_ids:
                mou.project_ids = [*mou.project_ids, project.id]  # type: ignore[list-item]
                store.mous.update(mou, who=who, comment=comment)
    return restored
