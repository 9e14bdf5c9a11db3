"""The store as the rest of the program sees it: one object per open database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dctracker.domain.records import (
    FieldChange,
    Indicator,
    Milestone,
    MilestoneUpdate,
    Organization,
    Project,
)
from dctracker.domain.validation import (
    validate_indicator,
    validate_milestone,
    validate_organization,
    validate_project,
)
from dctracker.store.file.backup import make_backup
from dctracker.store.file.connection import Database
from dctracker.store.file.database import (
    BUSY_TIMEOUT_S,
    connect_again,
    journal_mode,
    open_database,
    transaction,
)
from dctracker.store.reads.search import SearchHits, search
from dctracker.store.records.history import changes_for
from dctracker.store.records.mous import MouRepository
from dctracker.store.records.repository import Repository
from dctracker.store.records.spans import span_columns
from dctracker.store.records.zones import ZoneRepository


class Store:
    """One open database. `read_only` stores refuse every write with a
    ReadOnlyDatabaseError; editors check it to disable editing."""

    def __init__(self, db: Database, path: Path, *, read_only: bool = False, network: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.network = network
        self.organizations = Repository(db, "organizations", Organization, validate_organization)
        self.projects = Repository(db, "projects", Project, validate_project)
        self.mous = MouRepository(db)
        self.milestones = Repository(db, "milestones", Milestone, validate_milestone, span_columns)
        self.indicators = Repository(db, "indicators", Indicator, validate_indicator)
        self.zones = ZoneRepository(db)

    def close(self) -> None:
        self.db.close()

    def connect_again(self) -> Store:
        """This store on a connection of its own, for a worker thread (a
        SQLite connection serves one thread at a time); close it when done."""
        db = connect_again(self.db, self.path, read_only=self.read_only)
        return Store(db, self.path, read_only=self.read_only, network=self.network)

    def confirm_whole(self) -> None:
        """DamagedDatabaseError if the whole-file check of open_store(...,
        background_check=True) finds damage; waits for it if still running."""
        self.db.confirm_whole()

    @property
    def journal_mode(self) -> str:
        """'wal' on a local disk, 'delete' (rollback journal) on a network share."""
        return journal_mode(self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing write for a use case (services/): the writes
        inside, each a transaction of its own, become its savepoints."""
        with transaction(self.db):
            yield

    def is_empty(self) -> bool:
        return self.projects.count() == 0 and self.mous.count() == 0

    def data_version(self) -> int:
        """Changes whenever another connection commits; cheap to poll."""
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def delete_project(
        self,
        project_id: int,
        *,
        version: int | None = None,
        who: str | None = None,
        comment: str = "",
    ) -> Project:
        """Delete a project with its milestones and indicators, each logged so
        that the history holds everything needed to bring them back."""
        with transaction(self.db):
            for milestone in self.milestones.where("project_id = ?", (project_id,)):
                self.milestones.delete(milestone.stored_id, who=who, comment=comment)
            for indicator in self.indicators.where("project_id = ?", (project_id,)):
                self.indicators.delete(indicator.stored_id, who=who, comment=comment)
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


def open_store(
    path: Path,
    *,
    busy_timeout: float = BUSY_TIMEOUT_S,
    network: bool | None = None,
    background_check: bool = False,
    read_only: bool = False,
) -> Store:
    """Open `path`; `network` None detects whether it lies on a network share.
    `read_only`: only to read, writing nothing to the file (see open_database).

    A file about to be upgraded to a newer schema is backed up first. With
    `background_check` the whole-file check goes on while the caller reads
    (see file_check.py); call `store.confirm_whole()` before trusting it.
    """
    opened = open_database(
        path,
        busy_timeout=busy_timeout,
        network=network,
        before_migrating=lambda p: make_backup(p, "premigrate"),
        background_check=background_check,
        read_only=read_only,
    )
    return Store(opened.db, path, read_only=opened.read_only, network=opened.network)
