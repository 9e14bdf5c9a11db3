from __future__ import annotations

from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.reads.browse import indicators, organizations
from dctracker.store.records.restore import project_dependents, restore_project


def test_organizations_narrowed_by_search_only(demo_store: Store) -> None:
    everyone = organizations(demo_store, RecordFilter(region=Region.GWANGJU))
    assert len(everyone) == demo_store.organizations.count()
    found = organizations(demo_store, RecordFilter(search="오라클"))
    assert [o.name for o in found] == ["한국오라클"]


def test_program_indicators_hidden_under_a_place_filter(demo_store: Store) -> None:
    all_of_them = indicators(demo_store, RecordFilter())
    assert len(all_of_them) == demo_store.indicators.count()
    placed = indicators(demo_store, RecordFilter(region=Region.JEONNAM))
    assert all(i.project_id is not None for i in placed)
    assert len(placed) < len(all_of_them)


def test_deleted_project_comes_back_with_ids_milestones_and_mou_links(demo_store: Store) -> None:
    project = next(p for p in demo_store.projects.all() if "오라클" in p.name)
    milestones, inds, mou_ids = project_dependents(demo_store, project.id)
    assert milestones and mou_ids
    demo_store.delete_project(project.id)
    assert demo_store.milestones.where("project_id = ?", (project.id,)) == []
    restore_project(demo_store, project, milestones, inds, mou_ids)
    assert demo_store.projects.get(project.id).name == project.name
    back = demo_store.milestones.where("project_id = ?", (project.id,))
    assert [m.id for m in back] == [m.id for m in milestones]
    assert all(project.id in demo_store.mous.get(i).project_ids for i in mou_ids)
