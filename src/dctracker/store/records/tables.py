"""The record tables of one open database, each behind its repository.

What the reads (store/reads) and restores build on. facade.Store adds to it
the file (path, read-only, backups) and the use cases; keeping this below the
facade lets the reads be Store's methods without importing the facade back.
"""

from __future__ import annotations

from dctracker.domain.records import Indicator, Milestone, Organization, Project
from dctracker.domain.validation import (
    validate_indicator,
    validate_milestone,
    validate_organization,
    validate_project,
)
from dctracker.store.file.connection import Database
from dctracker.store.reads.search import SearchHits, search
from dctracker.store.records.mous import MouRepository
from dctracker.store.records.repository import Repository
from dctracker.store.records.spans import span_columns
from dctracker.store.records.zones import ZoneRepository


class Tables:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.organizations = Repository(db, "organizations", Organization, validate_organization)
        self.projects = Repository(db, "projects", Project, validate_project)
        self.mous = MouRepository(db)
        self.milestones = Repository(db, "milestones", Milestone, validate_milestone, span_columns)
        self.indicators = Repository(db, "indicators", Indicator, validate_indicator)
        self.zones = ZoneRepository(db)

    def search(self, query: str) -> SearchHits:
        return search(self.db, query)
