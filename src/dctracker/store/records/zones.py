"""Zones (권역): user-defined groups of 시군 within a region.

Records like any other (versions, history); their members live in the link
table zone_members, where a 시군 belongs to one zone at most.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace

from dctracker.domain.regions import DEFAULT_ZONES, Zone
from dctracker.domain.validation import errors, validate_zone, validate_zones
from dctracker.store.errors import ValidationError
from dctracker.store.file.connection import Database
from dctracker.store.file.database import transaction
from dctracker.store.records.history import now
from dctracker.store.records.repository import Repository


class ZoneRepository(Repository[Zone]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, "zones", Zone, validate_zone)

    def all(self) -> list[Zone]:
        """By region, then name: the order the region tree and the editor show."""
        return self.where(order_by="region, name")

    def _load_relations(self, records: list[Zone]) -> None:
        if not records:
            return
        members: dict[int, list[str]] = defaultdict(list)
        for zone_id, sigungu in self.db.conn.execute(
            "SELECT zone_id, sigungu FROM zone_members"
            " WHERE zone_id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
            (json.dumps([z.id for z in records]),),
        ):
            members[zone_id].append(sigungu)
        for zone in records:
            zone.members = members[zone.id or 0]

    def _save_relations(self, record_id: int, record: Zone) -> None:
        conn = self.db.conn
        conn.execute("DELETE FROM zone_members WHERE zone_id = ?", (record_id,))
        conn.executemany(
            "INSERT INTO zone_members (sigungu, zone_id) VALUES (?, ?)",
            [(sigungu, record_id) for sigungu in record.members],
        )

    def _relation_snapshot(self, record: Zone) -> dict[str, str]:
        return {"members": ", ".join(record.members)}

    def save_all(self, read: list[Zone], wanted: list[Zone]) -> list[Zone]:
        """The zone editor's save: the arrangement was `read`, it should become
        `wanted`, in one transaction. Each zone changed or deleted names the
        version it was read at (ConflictError otherwise); a zone of `wanted`
        without an id is new, one with an id not in `read` comes back under it
        (undo of a delete). Returns every zone as stored.
        """
        problems = errors(validate_zones(wanted))
        if problems:
            raise ValidationError(problems)
        kept_ids = {z.id for z in wanted}
        read_by_id = {z.id: z for z in read}
        with transaction(self.db):
            for zone in read:
                if zone.id not in kept_ids:
                    assert zone.id is not None
                    self.delete(zone.id, version=zone.version)
            # First the 시군 moving to another zone leave their old one, so none
            # is in two zones when the other takes it (a swap included).
            taken = {name: z.id for z in wanted for name in z.members}
            versions = {
                old.id: self._give_up(old, [n for n in old.members if taken.get(n, old.id) != old.id])
                for old in read
                if old.id in kept_ids
            }
            for zone in wanted:
                if zone.id in read_by_id:
                    self.update(replace(zone, version=versions[zone.id]))
                else:
                    self.create(zone)
            return self.all()

    def _give_up(self, zone: Zone, moving: list[str]) -> int:
        """Store `zone` without the `moving` members; the version it is at then."""
        if not moving:
            return zone.version
        return self.update(replace(zone, members=[n for n in zone.members if n not in moving])).version


def install_default_zones(db: Database) -> None:
    """The zones a new database starts with. Part of creating it, like the
    schema: no history rows (a user's first change to them has its own)."""
    repo, stamp = ZoneRepository(db), now()
    with transaction(db):
        for zone in DEFAULT_ZONES:
            cursor = db.conn.execute(
                "INSERT INTO zones (name, region, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                (zone.name, zone.region.value, stamp, stamp),
            )
            repo._save_relations(int(cursor.lastrowid or 0), zone)
