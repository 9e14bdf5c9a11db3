from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from dctracker.io.collector import without_cycle_collection


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@without_cycle_collection
def _seen() -> bool:
    return gc.isenabled()


@without_cycle_collection
def _fails() -> None:
    raise ValueError("bad row")


def test_the_collector_is_paused_during_the_call_and_resumed_after(collector_on: None) -> None:
    assert _seen() is False
    assert gc.isenabled()


def test_the_collector_is_resumed_when_the_call_fails(collector_on: None) -> None:
    with pytest.raises(ValueError):
        _fails()
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused(collector_on: None) -> None:
    gc.disable()
    assert _seen() is False
    assert not gc.isenabled()
    gc.enable()


def test_an_import_leaves_the_collector_running(collector_on: None, store, tmp_path) -> None:
    from dctracker.io.importer import mapping_for, read_table
    from dctracker.io.plan import plan_import
    from dctracker.services.imports import apply_plan

    path = tmp_path / "projects.csv"
    path.write_text("사업명,지역,시군구\n광양 데이터센터,전남,광양시\n", encoding="utf-8")
    table = read_table(path)
    assert gc.isenabled()
    apply_plan(store, plan_import(store, table, mapping_for(table)))
    assert gc.isenabled() and store.projects.count() == 1
