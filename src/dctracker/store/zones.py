"""Zones (권역): user-defined groups of 시군 within a region."""

from __future__ import annotations

from collections import defaultdict

from dctracker.domain.regions import DEFAULT_ZONES, Region, Zone
from dctracker.store.connection import Database
from dctracker.store.database import transaction
from dctracker.store.history import now


def list_zones(db: Database) -> list[Zone]:
    members: dict[int, list[str]] = defaultdict(list)
    for sigungu, zone_id in db.conn.execute("SELECT sigungu, zone_id FROM zone_members"):
        members[zone_id].append(sigungu)
    return [
        Zone(name=name, region=Region(region), members=members[zone_id], id=zone_id)
        for zone_id, name, region in db.conn.execute(
            "SELECT id, name, region FROM zones ORDER BY region, name"
        )
    ]


def save_zones(db: Database, zones: list[Zone]) -> None:
    """Replace all zones at once: the zone editor saves the whole arrangement."""
    with transaction(db):
        db.conn.execute("DELETE FROM zone_members")
        db.conn.execute("DELETE FROM zones")
        for zone in zones:
            stamp = now()
            cursor = db.conn.execute(
                "INSERT INTO zones (name, region, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (zone.name, zone.region.value, stamp, stamp),
            )
            db.conn.executemany(
                "INSERT INTO zone_members (sigungu, zone_id) VALUES (?, ?)",
                [(sigungu, cursor.lastrowid) for sigungu in zone.members],
            )


def install_default_zones(db: Database) -> None:
    save_zones(db, [Zone(z.name, z.region, list(z.members)) for z in DEFAULT_ZONES])
