from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import Region, Zone
from dctracker.store import Store, open_store
from dctracker.store.reads import queries


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("광양", {"광양 오라클 클라우드 데이터센터", "전남 글로벌 데이터 클러스터"}),  # 2 syllables
        ("오라클", {"광양 오라클 클라우드 데이터센터"}),
        ("황금산단", {"광양 오라클 클라우드 데이터센터"}),  # the site
        ("nhn", {"순천 NHN 공공 클라우드 데이터센터·IT 밸리"}),  # case-insensitive
        ("클라우드 순천", {"순천 NHN 공공 클라우드 데이터센터·IT 밸리"}),  # all terms
        ("해남", {"서부권 데이터 집적단지 (해남 구성지구)", "전남 글로벌 데이터 클러스터"}),
        ("100%", set()),
    ],
)
def test_korean_substring_search_over_projects(demo_store: Store, query: str, expected: set) -> None:
    found = queries.projects(demo_store, RecordFilter(search=query))
    assert {p.name for p in found} == expected


def test_search_finds_mous_by_party_name_and_follows_renames(demo_store: Store) -> None:
    assert {m.title for m in queries.mous(demo_store, RecordFilter(search="마스턴"))} == {
        "광양 황금산단 오라클 클라우드 데이터센터 투자협약"
    }
    org = demo_store.organizations.where("name = ?", ("마스턴투자운용",))[0]
    org.name = "마스턴자산운용"
    demo_store.organizations.update(org)
    assert len(queries.mous(demo_store, RecordFilter(search="자산운용"))) == 1


def test_milestones_match_through_their_project(demo_store: Store) -> None:
    titles = {m.title for m in queries.milestones(demo_store, RecordFilter(search="오라클"))}
    assert titles == {"투자협약 체결", "4세대 클라우드 데이터센터 단계별 구축 완료"}
    own = {m.title for m in queries.milestones(demo_store, RecordFilter(search="조례"))}
    assert own == {"전라남도 데이터산업 진흥 조례 제정"}


def test_region_and_district_filters(demo_store: Store) -> None:
    gwangju = queries.projects(demo_store, RecordFilter(region=Region.GWANGJU))
    assert len(gwangju) == 3 and all(p.region is Region.GWANGJU for p in gwangju)
    east = RecordFilter(region=Region.JEONNAM, sigungu=frozenset({"여수시", "순천시", "광양시"}))
    assert {p.sigungu for p in queries.projects(demo_store, east)} == {"순천시", "광양시"}
    assert len(queries.mous(demo_store, east)) == 2
    assert queries.mous(demo_store, RecordFilter(region=Region.GWANGJU)) == []


def test_overdue_milestones(demo_store: Store) -> None:
    overdue = queries.milestones(demo_store, RecordFilter(), overdue_as_of=date(2026, 1, 1))
    assert [m.title for m in overdue] == ["전남·산하기관·22개 시군 공공데이터 이전"]
    assert queries.milestones(demo_store, RecordFilter(), overdue_as_of=date(2025, 12, 31)) == []


def test_zones_are_editable(store: Store) -> None:
    read = store.zones.all()
    assert {z.name: z.members for z in read}["동부권"] == ["여수시", "순천시", "광양시"]
    store.zones.save_all(read, [Zone("중부권", Region.JEONNAM, ["나주시", "화순군"])])
    assert [(z.name, sorted(z.members)) for z in store.zones.all()] == [("중부권", ["나주시", "화순군"])]


def _texts_containing(store: Store, table: str, column: str, text: str) -> set[int]:
    rows = store.db.conn.execute(f"SELECT id, {column} FROM {table}")
    return {i for i, value in rows if text.lower() in value.lower()}


@pytest.mark.parametrize("term", ["광양", "해남", "데이터", "클라우드", "오라클", "Q", "IT", "시"])
def test_search_finds_exactly_the_records_whose_text_contains_the_term(demo_store: Store, term: str) -> None:
    view_ids = _texts_containing(demo_store, "project_search_text", "body", term)
    assert demo_store.search(term).projects == view_ids
    milestone_ids = _texts_containing(demo_store, "milestone_search_text", "body", term)
    assert demo_store.search(term).milestones == milestone_ids


def test_two_syllable_search_finds_a_term_at_the_very_end_of_a_text(demo_store: Store) -> None:
    project = demo_store.projects.all()[0]
    assert demo_store.search("끝말").projects == set()  # also warms the per-connection cache
    project.source = "보도자료 끝말"  # the last field of a project's search text
    demo_store.projects.update(project)
    assert demo_store.search("끝말").projects == {project.id}
    assert demo_store.search("보도 끝말").projects == {project.id}  # with another term
    assert demo_store.search("끝말 없는말").projects == set()
    project = demo_store.projects.get(project.id)
    project.source = ""
    demo_store.projects.update(project)
    assert demo_store.search("끝말").projects == set()


def test_search_sees_writes_of_another_connection(demo_store: Store) -> None:
    other = open_store(demo_store.path)
    assert other.search("끝말").projects == set()
    project = demo_store.projects.all()[0]
    project.source = "끝말"
    demo_store.projects.update(project)
    assert other.search("끝말").projects == {project.id}
    other.close()


@pytest.mark.parametrize(
    "record_filter",
    [
        RecordFilter(),
        RecordFilter(region=Region.GWANGJU),
        RecordFilter(region=Region.JEONNAM),
        RecordFilter(sigungu=frozenset({"광양시", "해남군"})),
        RecordFilter(region=Region.JEONNAM, sigungu=frozenset({"순천시", ""})),
        RecordFilter(region=Region.JEONNAM, search="데이터"),
        RecordFilter(search="광양 착공"),
    ],
)
def test_milestone_filter_in_sql_agrees_with_the_domain_rule(
    demo_store: Store, record_filter: RecordFilter
) -> None:
    places = {p.id: p for p in demo_store.projects.all()}
    hits = demo_store.search(record_filter.search) if record_filter.search else None
    expected = [
        m.id
        for m in demo_store.milestones.all()
        if record_filter.matches_place(places[m.project_id].region, places[m.project_id].sigungu)
        and (hits is None or m.id in hits.milestones or m.project_id in hits.projects)
    ]
    assert queries.milestones(demo_store, record_filter).ids() == expected
    assert expected or record_filter.search  # the demo data has milestones in each place


def test_milestones_of_some_ids_under_a_filter(demo_store: Store) -> None:
    """Which of some changed milestones a filtered table still lists."""
    jeonnam = RecordFilter(region=Region.JEONNAM)
    listed = queries.milestones(demo_store, jeonnam).ids()
    elsewhere = queries.milestones(demo_store, RecordFilter(region=Region.GWANGJU)).ids()
    assert listed and elsewhere
    some = [listed[0], listed[-1], elsewhere[0], 10**6]
    assert queries.milestones(demo_store, jeonnam, only=some).ids() == [listed[0], listed[-1]]
    assert queries.milestones(demo_store, RecordFilter(), only=some).ids() == sorted(some[:3])
