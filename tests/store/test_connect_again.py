"""Store.connect_again: the same file on a connection of its own, for a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dctracker.bootstrap import create_database
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.errors import ReadOnlyDatabaseError


def test_a_write_on_the_second_connection_is_read_on_the_first(store: Store) -> None:
    made: list[int] = []

    def work() -> None:
        again = store.connect_again()
        try:
            project = again.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM))
            made.append(project.stored_id)
        finally:
            again.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert [p.name for p in store.projects.all()] == ["광양 데이터센터"] and made == [1]


def test_a_read_only_store_connects_again_read_only(tmp_path: Path) -> None:
    create_database(tmp_path / "office.db", demo=False).close()
    reader = open_store(tmp_path / "office.db", read_only=True)
    again = reader.connect_again()
    try:
        assert again.read_only
        with pytest.raises(ReadOnlyDatabaseError):
            again.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM))
    finally:
        again.close()
        reader.close()
    assert open_store(tmp_path / "office.db").projects.count() == 0
