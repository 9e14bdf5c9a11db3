"""The store as the rest of the program sees it: one object per open database."""

from __future__ import annotations

from pathlib import Path

from dctracker.domain.records import (
    Indicator,
    Milestone,
    MilestoneUpdate,
    Organization,
    Project,
    FieldChange,
)
from dctracker.domain.regions import Zone
from dctracker.domain.validation import (
    validate_indicator,
    validate_milestone,
    validate_organization,
    validate_project,
)
from dctracker.store import zones
from dctracker.store.connection import Database
from dctracker.store.database import open_database, transaction
from dctracker.store.history import changes_for
from dctracker.store.mous import MouRepository
from dctracker.store.repository import Repository
from dctracker.store.search import SearchHits, search


class Store:
    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.organizations = Repository(db, "organizations", Organization, validate_organization)
        self.projects = Repository(db, "projects", Project, validate_project)
        self.mous = MouRepository(db)
        self.milestones = Repository(db, "milestones", Milestone, validate_milestone)
        self.indicators = Repository(db, "indicators", Indicator, validate_indicator)

    def close(self) -> None:
        self.db.close()

    def is_empty(self) -> bool:
        return self.projects.count() == 0 and self.mous.count() == 0

    def data_version(self) -> int:
        """Changes whenever another connection commits; cheap to poll."""
        return self.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def delete_project(
        self, project_id: int, *, version: int | None = None, who: str | None = None,
        comment: str = "",
    ) -> Project:
        """Delete a project with its milestones and indicators, each logged so
        that the history holds everything needed to bring them back."""
        with transaction(self.db):
            for milestone in self.milestones.where("project_id = ?", (project_id,)):
                self.milestones.delete(milestone.id, who=who, comment=comment)
            for indicator in self.indicators.where("project_id = ?", (project_id,)):
                self.indicators.delete(indicator.id, who=who, comment=comment)
            for mou in self.mous.for_project(project_id):
                mou.project_ids = [i for i in mou.project_ids if i != project_id]
                self.mous.update(mou, who=who, comment=comment)
            return self.projects.delete(project_id, version=version, who=who, comment=comment)

    def record_milestone_update(
        self, update: MilestoneUpdate, *, read_version: int, who: str | None = None
    ) -> Milestone:
        """진행 현황 입력: apply an update entered against the version the user saw."""
        milestone = self.milestones.get(update.milestone_id)
        milestone.version = read_version
        return self.milestones.update(update.apply(milestone), who=who, comment=update.comment)

    def milestone_history(self, milestone_id: int) -> list[FieldChange]:
        return changes_for(self.db, "milestones", milestone_id)

    def search(self, query: str) -> SearchHits:
        return search(self.db, query)

    def zones(self) -> list[Zone]:
        return zones.list_zones(self.db)

    def save_zones(self, new_zones: list[Zone]) -> None:
        zones.save_zones(self.db, new_zones)


def open_store(path: Path) -> Store:
    return Store(open_database(path), path)
