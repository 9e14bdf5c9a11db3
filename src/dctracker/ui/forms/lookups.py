"""Names of the records a form can point to (projects, MOUs, organizations)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dctracker.store import Store


@dataclass
class Lookups:
    projects: list[tuple[str, int]] = field(default_factory=list)  # (name, id)
    mous: list[tuple[str, int]] = field(default_factory=list)
    organizations: dict[str, int] = field(default_factory=dict)  # name -> id

    @classmethod
    def of(cls, store: Store) -> Lookups:
        return cls(
            projects=[(p.name, p.id) for p in store.projects.all() if p.id is not None],
            mous=[(m.title, m.id) for m in store.mous.all() if m.id is not None],
            organizations={o.name: o.id for o in store.organizations.all() if o.id is not None},
        )

    def project_name(self, project_id: int) -> str:
        return next((name for name, i in self.projects if i == project_id), "")
