from __future__ import annotations

from dctracker.domain.dates import Precision
from dctracker.domain.money import EOK
from dctracker.domain.records import PartyRole
from dctracker.store import Store


def test_demo_holds_the_seed_facts(demo_store: Store) -> None:
    projects = {p.name: p for p in demo_store.projects.all()}
    oracle = projects["광양 오라클 클라우드 데이터센터"]
    assert (oracle.investment, oracle.area_m2, oracle.planned_jobs, oracle.sigungu, oracle.site) == (
        7000 * EOK,
        105000.0,
        200,
        "광양시",
        "광양 황금산단",
    )
    assert oracle.planned_finish.to_text("ko") == "2030년까지"  # type: ignore[union-attr]
    assert projects["순천 NHN 공공 클라우드 데이터센터·IT 밸리"].investment == 3000 * EOK
    assert projects["국가 AI 데이터센터"].area_m2 == 47256.0
    assert "AI형 자율주행 대형 드라이빙 시뮬레이터" in projects


def test_demo_mou_parties_and_pledges(demo_store: Store) -> None:
    mou = next(m for m in demo_store.mous.all() if "오라클" in m.title)
    assert {(p.name, p.role) for p in mou.parties} == {
        ("광양시", PartyRole.LOCAL_GOVERNMENT),
        ("한국오라클", PartyRole.COMPANY),
        ("마스턴투자운용", PartyRole.INVESTOR),
    }
    assert (mou.pledged_investment, mou.pledged_jobs) == (7000 * EOK, 200)
    assert mou.signed_on.precision is Precision.MONTH  # type: ignore[union-attr]
    assert "지난해 11월" in mou.notes


def test_demo_invents_no_days(demo_store: Store) -> None:
    """The seed gives no exact day anywhere: no stored date may have one."""
    dates = [
        value
        for m in demo_store.milestones.all()
        for value in (m.baseline, m.forecast, m.actual)
        if value is not None
    ] + [m.signed_on for m in demo_store.mous.all() if m.signed_on is not None]
    assert dates and all(value.precision is not Precision.DAY for value in dates)


def test_demo_program_indicators(demo_store: Store) -> None:
    figures = {(i.name, i.actual, i.unit) for i in demo_store.indicators.all()}
    assert {
        ("선정 과제", 125.0, "건"),
        ("AI 학습모델 지원", 580.0, "건"),
        ("상용화 모델 개발 지원", 28.0, "건"),
        ("기업 매출", 240.0, "억원"),
        ("신규 고용", 300.0, "명"),
    } <= figures
