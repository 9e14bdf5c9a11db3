"""Zones (권역) are stored like every record: versions, conflicts, history
(issue 12 #2: two users re-arranging zones, the last save silently won)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dctracker.domain.regions import Region, Zone
from dctracker.store import Store, open_store
from dctracker.store.errors import ConflictError, ValidationError
from dctracker.store.records.history import WHOLE_RECORD, changes_for


def _by_name(zones: list[Zone]) -> dict[str, Zone]:
    return {z.name: z for z in zones}


def _renamed(zones: list[Zone], old: str, new: str) -> list[Zone]:
    return [replace(z, name=new) if z.name == old else z for z in zones]


def test_a_second_users_zone_save_is_a_conflict_not_an_overwrite(store: Store, db_path: Path) -> None:
    other = open_store(db_path)
    try:
        mine, theirs = store.zones.all(), other.zones.all()
        other.zones.save_all(theirs, _renamed(theirs, "동부권", "동부 해안권"))
        with pytest.raises(ConflictError) as caught:
            store.zones.save_all(mine, _renamed(mine, "동부권", "동부 산업권"))
    finally:
        other.close()
    assert caught.value.theirs.name == "동부 해안권" and caught.value.mine.version == 1
    assert caught.value.theirs.version == 2
    assert "동부 해안권" in _by_name(store.zones.all())


def test_each_changed_field_of_a_zone_is_in_its_history(store: Store) -> None:
    read = store.zones.all()
    east = _by_name(read)["동부권"]
    wanted = [replace(east, name="동부권역", members=["여수시", "순천시"]), _by_name(read)["서부권"]]
    saved = _by_name(store.zones.save_all(read, wanted))["동부권역"]
    assert saved.version == east.version + 1 and saved.members == ["여수시", "순천시"]
    changes = {c.field: (c.old, c.new) for c in changes_for(store.db, "zones", east.id or 0)}
    assert changes["name"] == ("동부권", "동부권역")
    assert changes["members"] == ("여수시, 순천시, 광양시", "여수시, 순천시")
    assert WHOLE_RECORD not in changes  # a default zone came with the database, not by an edit


def test_two_zones_swap_members_in_one_save(store: Store) -> None:
    read = store.zones.all()
    east, west = _by_name(read)["동부권"], _by_name(read)["서부권"]
    wanted = [replace(east, members=["여수시", "순천시", "해남군"]), replace(west, members=["광양시"])]
    stored = _by_name(store.zones.save_all(read, wanted))
    assert stored["동부권"].members == ["여수시", "순천시", "해남군"] and stored["서부권"].members == [
        "광양시"
    ]


def test_a_county_in_two_zones_is_refused_and_nothing_is_saved(store: Store) -> None:
    read = store.zones.all()
    wanted = [*read, Zone("중부권", Region.JEONNAM, ["광양시"])]
    with pytest.raises(ValidationError, match="광양시"):
        store.zones.save_all(read, wanted)
    assert store.zones.all() == read


def test_a_deleted_zone_comes_back_under_its_id(store: Store) -> None:
    read = store.zones.all()
    west = _by_name(read)["서부권"]
    after = store.zones.save_all(read, [z for z in read if z.id != west.id])
    back = _by_name(store.zones.save_all(after, [*after, west]))["서부권"]
    assert back.id == west.id and back.members == ["해남군"]
    assert store.zones.create(Zone("중부권", Region.JEONNAM)).id not in {z.id for z in read}
