"""The store as the rest of the program sees it: one object per open database."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dctracker.domain.dashboard import DashboardFigures
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import (
    FieldChange,
    Indicator,
    Milestone,
    MilestoneUpdate,
    Mou,
    Organization,
    Project,
)
from dctracker.domain.regions import Region
from dctracker.store.file import repair
from dctracker.store.file.backup import make_backup
from dctracker.store.file.connection import Database
from dctracker.store.file.database import (
    BUSY_TIMEOUT_S,
    connect_again,
    journal_mode,
    open_database,
    transaction,
)
from dctracker.store.reads import as_of, browse, dashboard_queries, queries
from dctracker.store.records import restore
from dctracker.store.records.history import changes_for, next_batch
from dctracker.store.records.rows import RecordRows
from dctracker.store.records.tables import Tables

if TYPE_CHECKING:
    from dctracker.domain.timeline.columns import MilestoneColumns


class Store(Tables):
    """One open database, the only way into it from outside store/: records
    through the repositories (store.projects...), lists and figures through
    the methods below. `read_only` stores refuse every write with a
    ReadOnlyDatabaseError; editors check it to disable editing."""

    def __init__(self, db: Database, path: Path, *, read_only: bool = False, network: bool = False) -> None:
        super().__init__(db)
        self.path = path
        self.read_only = read_only
        self.network = network

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

    def restore_project(
        self,
        project: Project,
        milestones: list[Milestone],
        indicators: list[Indicator],
        mou_ids: list[int],
        *,
        who: str | None = None,
        comment: str = "",
    ) -> Project:
        """Undo of delete_project: the project and what it took, under their old ids."""
        return restore.restore_project(
            self, project, milestones, indicators, mou_ids, who=who, comment=comment
        )

    def project_dependents(self, project_id: int) -> tuple[list[Milestone], list[Indicator], list[int]]:
        """What delete_project takes with it: milestones, indicators, linked MOU ids."""
        return restore.project_dependents(self, project_id)

    def repair_spans(self) -> int:
        """Recompute stale milestone date intervals after a backup (file/repair.py)."""
        return repair.repair_spans(self, self.path)

    # Lists under a RecordFilter, read in SQL (store/reads): the window's
    # tables, the CLI's lists and exports, the reports.

    def projects_in(self, f: RecordFilter) -> RecordRows[Project]:
        return queries.projects(self, f)

    def mous_in(self, f: RecordFilter) -> list[Mou]:
        return queries.mous(self, f)

    def milestones_in(
        self, f: RecordFilter, *, overdue_as_of: date | None = None, only: Collection[int] | None = None
    ) -> RecordRows[Milestone]:
        """`only`: of these ids alone (a change set's milestones, re-read)."""
        return queries.milestones(self, f, overdue_as_of=overdue_as_of, only=only)

    def organizations_in(self, f: RecordFilter) -> list[Organization]:
        return browse.organizations(self, f)

    def indicators_in(self, f: RecordFilter) -> list[Indicator]:
        return browse.indicators(self, f)

    def labels(self, table: str) -> dict[int, str]:
        """Every record's name (an MOU's title) by id, without building records."""
        return queries.labels(self, table)

    def project_names(self) -> dict[int, str]:
        return queries.project_names(self)

    def project_places(self) -> dict[int, tuple[Region, str]]:
        return queries.project_places(self)

    def dashboard_figures(
        self, f: RecordFilter, day: date, projects: RecordRows[Project]
    ) -> DashboardFigures:
        """The dashboard's figures on `day`; `projects` = projects_in(f)."""
        return dashboard_queries.figures(self, f, day, projects)

    def milestone_columns(self, f: RecordFilter) -> MilestoneColumns:
        """The columns of milestones_in(f) the timeline lays out."""
        # Imported here: the columns are numpy arrays, and numpy costs start-up
        # a quarter of a second (tests/test_startup_imports.py).
        from dctracker.store.reads import timeline_rows

        return timeline_rows.milestone_columns(self, f)

    def records_as_of(self, when: date | datetime) -> as_of.RecordsAsOf:
        """The records as they stood at `when`, rebuilt from the history."""
        return as_of.records_as_of(self, when)

    def first_entry_day(self) -> date | None:
        """The local day the first record was entered; None when none ever was."""
        return as_of.first_entry_day(self)

    def narrowed(self, past: as_of.RecordsAsOf, f: RecordFilter) -> as_of.RecordsAsOf:
        """`past` (records_as_of) narrowed by `f` as projects_in... narrow today's."""
        return queries.narrowed(self, past, f)

    def next_batch(self) -> int:
        """A new batch number for the history rows of one import (history.batch)."""
        return next_batch(self.db)


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
