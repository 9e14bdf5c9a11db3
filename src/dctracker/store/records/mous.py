"""MOUs keep their parties and linked projects in link tables."""

from __future__ import annotations

import json
from collections import defaultdict

from dctracker.domain.records import Mou, MouParty, PartyRole
from dctracker.domain.validation import validate_mou
from dctracker.store.file.connection import Database
from dctracker.store.records.repository import Repository


class MouRepository(Repository[Mou]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, "mous", Mou, validate_mou)

    def _load_relations(self, records: list[Mou]) -> None:
        if not records:
            return
        ids = json.dumps([m.id for m in records])
        parties: dict[int, list[MouParty]] = defaultdict(list)
        for mou_id, org_id, role, name in self.db.conn.execute(
            "SELECT p.mou_id, p.organization_id, p.role, o.name FROM mou_parties p"
            " JOIN organizations o ON o.id = p.organization_id"
            " WHERE p.mou_id IN (SELECT value FROM json_each(?)) ORDER BY p.mou_id, p.position",
            (ids,),
        ):
            parties[mou_id].append(MouParty(organization_id=org_id, role=PartyRole(role), name=name))
        projects: dict[int, list[int]] = defaultdict(list)
        for mou_id, project_id in self.db.conn.execute(
            "SELECT mou_id, project_id FROM mou_projects"
            " WHERE mou_id IN (SELECT value FROM json_each(?)) ORDER BY mou_id, project_id",
            (ids,),
        ):
            projects[mou_id].append(project_id)
        for mou in records:
            mou.parties = parties[mou.stored_id]
            mou.project_ids = projects[mou.stored_id]

    def _save_relations(self, record_id: int, record: Mou) -> None:
        conn = self.db.conn
        conn.execute("DELETE FROM mou_parties WHERE mou_id = ?", (record_id,))
        conn.executemany(
            "INSERT INTO mou_parties (mou_id, organization_id, role, position) VALUES (?, ?, ?, ?)",
            [(record_id, p.organization_id, p.role.value, i) for i, p in enumerate(record.parties)],
        )
        conn.execute("DELETE FROM mou_projects WHERE mou_id = ?", (record_id,))
        conn.executemany(
            "INSERT INTO mou_projects (mou_id, project_id) VALUES (?, ?)",
            [(record_id, project_id) for project_id in sorted(set(record.project_ids))],
        )

    def _relation_snapshot(self, record: Mou) -> dict[str, str]:
        # History keeps relations as text: "3:company, 5:investor" and "1, 2".
        return {
            "parties": ", ".join(f"{p.organization_id}:{p.role.value}" for p in record.parties),
            "project_ids": ", ".join(str(i) for i in sorted(set(record.project_ids))),
        }

    def for_project(self, project_id: int) -> list[Mou]:
        return self.where("id IN (SELECT mou_id FROM mou_projects WHERE project_id = ?)", (project_id,))
