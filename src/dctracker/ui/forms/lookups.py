"""Names of the records a form can point to (projects, MOUs, organizations)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dctracker.services import listings
from dctracker.store import Store


@dataclass
class Lookups:
    projects: list[tuple[str, int]] = field(default_factory=list)  # (name, id)
    mous: list[tuple[str, int]] = field(default_factory=list)
    organizations: dict[str, int] = field(default_factory=dict)  # name -> id

    @classmethod
    def of(cls, store: Store) -> Lookups:
        return cls(
            projects=[(name, i) for i, name in listings.labels(store, "projects").items()],
            mous=[(title, i) for i, title in listings.labels(store, "mous").items()],
            organizations={name: i for i, name in listings.labels(store, "organizations").items()},
        )

    def project_name(self, project_id: int) -> str:
        return next((name for name, i in self.projects if i == project_id), "")
