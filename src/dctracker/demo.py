"""Demo data: the facts of the seed article (한국은행 광주전남본부 지역경제포럼
on data centers in Gwangju and Jeonnam, reported by AI타임스).

The article gives few dates. Where it gives none, the record has none; where
it gives a month relative to the forum ("지난해 11월"), the date keeps month
precision and the source note says how it was read. Nothing here is invented.
"""

from __future__ import annotations

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import EOK
from dctracker.domain.records import (
    Indicator,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    Mou,
    MouParty,
    MouStatus,
    Organization,
    OrgKind,
    PartyRole,
    Project,
    ProjectStatus,
)
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.file.database import transaction

SOURCE = "AI타임스, 한국은행 광주전남본부 지역경제포럼 '광주·전남 데이터센터 현황과 향후 과제' 보도"
# The article dates the Oracle MOU "last November" relative to the forum, and
# cites 2020 statistics as current; the forum itself is read as 2022.
FORUM_YEAR_NOTE = "포럼 연도는 기사에 없음: 2020년 통계를 '현재'로 인용한 점 등으로 2022년으로 읽음"

ORGANIZATIONS = [
    ("광주광역시", OrgKind.LOCAL_GOVERNMENT, ""),
    ("전라남도", OrgKind.LOCAL_GOVERNMENT, "데이터산업 팀: 글로벌 데이터 클러스터 추진"),
    ("광양시", OrgKind.LOCAL_GOVERNMENT, ""),
    ("순천시", OrgKind.LOCAL_GOVERNMENT, ""),
    ("한국오라클", OrgKind.COMPANY, ""),
    ("마스턴투자운용", OrgKind.INVESTOR, ""),
    ("NHN엔터프라이즈", OrgKind.COMPANY, ""),
    ("광주인공지능산업융합사업단", OrgKind.PUBLIC_AGENCY, "국가 AI 데이터센터 구축·운영"),
    ("써니팩토리", OrgKind.COMPANY, "지원 기업: 비전기반 데이터증강 및 결함탐지 시스템 개발"),
    ("누비랩", OrgKind.COMPANY, "지원 기업: 신규음식 식별가능 모델 개발"),
]


def _date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _projects() -> list[Project]:
    return [
        Project(
            name="국가 AI 데이터센터",
            region=Region.GWANGJU,
            category="AI 데이터센터",
            site="광주 연구개발특구 (실증·창업동, 데이터센터동)",
            lead_agency="광주인공지능산업융합사업단",
            area_m2=47256.0,
            status=ProjectStatus.OPERATING,
            description="AI·데이터 원스톱 서비스를 위한 국가 AI 데이터센터 구축·운영. "
            "기업 대상 AI 컴퓨팅·실증 인프라 제공.",
            source=SOURCE,
            tags=["AI", "데이터센터", "국가균형발전"],
            notes="기사의 '47.256m²'는 47,256㎡로 읽음 (소수점 표기 오류로 판단). 기사에 시군구 표기 없음.",
        ),
        Project(
            name="AI형 자율주행 대형 드라이빙 시뮬레이터",
            region=Region.GWANGJU,
            category="AI 실증 인프라",
            site="광주 AI 집적단지",
            lead_agency="광주인공지능산업융합사업단",
            status=ProjectStatus.PLANNED,
            description="승용·상용·특수 목적 3대 이상의 교환형 캐빈으로 자율주행 차량의 "
            "성능·안전성을 가상 주행 환경에서 평가·검증.",
            source=SOURCE,
            tags=["자율주행", "실증"],
        ),
        Project(
            name="광양 오라클 클라우드 데이터센터",
            region=Region.JEONNAM,
            sigungu="광양시",
            category="데이터센터",
            site="광양 황금산단",
            lead_agency="광양시",
            partners="한국오라클, 마스턴투자운용",
            investment=7000 * EOK,
            area_m2=105000.0,
            planned_jobs=200,
            status=ProjectStatus.PLANNED,
            planned_start=_date("2021-11"),
            planned_finish=_date("2030년까지"),
            description="4세대 클라우드 데이터센터를 2030년까지 단계별로 구축.",
            source=SOURCE,
            tags=["클라우드", "데이터센터", "동부권"],
            notes=FORUM_YEAR_NOTE,
        ),
        Project(
            name="순천 NHN 공공 클라우드 데이터센터·IT 밸리",
            region=Region.JEONNAM,
            sigungu="순천시",
            category="데이터센터",
            lead_agency="순천시",
            partners="NHN엔터프라이즈",
            investment=3000 * EOK,
            status=ProjectStatus.PLANNED,
            planned_finish=_date("2025년까지"),
            description="공공 클라우드 데이터센터와 IT 밸리 조성, 인재 양성, 공공부문 "
            "클라우드 전환. 전라남도·산하기관·22개 시군 공공데이터 이전, 지자체 빅데이터 관리.",
            source=SOURCE,
            tags=["공공 클라우드", "데이터센터", "동부권"],
        ),
        Project(
            name="전남 글로벌 데이터 클러스터",
            region=Region.JEONNAM,
            category="데이터 클러스터",
            lead_agency="전라남도",
            status=ProjectStatus.PLANNED,
            description="동부권 3곳(여수·순천·광양)과 서부권(해남 구성지구)을 축으로 한 "
            "데이터 집적단지 조성, 데이터 공공기관·전문기업 유치, 산학연 R&D·전문인력 양성.",
            source=SOURCE,
            tags=["데이터 클러스터"],
        ),
        Project(
            name="서부권 데이터 집적단지 (해남 구성지구)",
            region=Region.JEONNAM,
            sigungu="해남군",
            category="데이터 클러스터",
            site="해남 구성지구",
            lead_agency="전라남도",
            status=ProjectStatus.IDEA,
            source=SOURCE,
            tags=["데이터 클러스터", "서부권"],
        ),
        Project(
            name="블루 이코노미 6대 분야 데이터 댐",
            region=Region.JEONNAM,
            category="데이터 댐",
            lead_agency="전라남도",
            status=ProjectStatus.IN_PROGRESS,
            source=SOURCE,
            tags=["데이터 댐"],
        ),
        Project(
            name="광주 AI 반도체 특화단지",
            region=Region.GWANGJU,
            category="AI 반도체",
            lead_agency="광주광역시",
            status=ProjectStatus.IDEA,
            source="AI타임스 관련 기사: 광주시, 'AI 반도체 특화단지' 구축 첫걸음",
            tags=["AI 반도체"],
        ),
    ]


def _mous(org: dict[str, int], project: dict[str, int]) -> list[Mou]:
    return [
        Mou(
            title="광양 황금산단 오라클 클라우드 데이터센터 투자협약",
            region=Region.JEONNAM,
            sigungu="광양시",
            signed_on=_date("2021-11"),
            status=MouStatus.SIGNED,
            pledged_investment=7000 * EOK,
            pledged_jobs=200,
            site="광양 황금산단",
            area_m2=105000.0,
            deadline=_date("2030년까지"),
            phases="4세대 클라우드 데이터센터를 2030년까지 단계별로 구축",
            parties=[
                MouParty(organization_id=org["광양시"], role=PartyRole.LOCAL_GOVERNMENT),
                MouParty(organization_id=org["한국오라클"], role=PartyRole.COMPANY),
                MouParty(organization_id=org["마스턴투자운용"], role=PartyRole.INVESTOR),
            ],
            project_ids=[project["광양 오라클 클라우드 데이터센터"]],
            source=SOURCE,
            notes="기사: '지난해 11월' 체결. " + FORUM_YEAR_NOTE,
        ),
        Mou(
            title="순천 NHN 공공 클라우드 데이터센터 협약",
            region=Region.JEONNAM,
            sigungu="순천시",
            status=MouStatus.SIGNED,
            pledged_investment=3000 * EOK,
            deadline=_date("2025년까지"),
            phases="2025년까지 전라남도·산하기관·22개 시군 공공데이터 이전",
            parties=[
                MouParty(organization_id=org["순천시"], role=PartyRole.LOCAL_GOVERNMENT),
                MouParty(organization_id=org["NHN엔터프라이즈"], role=PartyRole.COMPANY),
            ],
            project_ids=[project["순천 NHN 공공 클라우드 데이터센터·IT 밸리"]],
            source=SOURCE,
            notes="체결일은 기사에 없음.",
        ),
    ]


def _milestones(project: dict[str, int], mou: dict[str, int]) -> list[Milestone]:
    oracle = project["광양 오라클 클라우드 데이터센터"]
    nhn = project["순천 NHN 공공 클라우드 데이터센터·IT 밸리"]
    national = project["국가 AI 데이터센터"]
    cluster = project["전남 글로벌 데이터 클러스터"]
    return [
        Milestone(
            project_id=oracle,
            mou_id=mou["oracle"],
            title="투자협약 체결",
            kind=MilestoneKind.MOU_SIGNING,
            baseline=_date("2021-11"),
            actual=_date("2021-11"),
            status=MilestoneStatus.DONE,
            progress=100,
            owner="광양시",
            source=SOURCE,
            notes=FORUM_YEAR_NOTE,
        ),
        Milestone(
            project_id=oracle,
            mou_id=mou["oracle"],
            title="4세대 클라우드 데이터센터 단계별 구축 완료",
            kind=MilestoneKind.COMPLETION,
            baseline=_date("2030년까지"),
            owner="광양시",
            source=SOURCE,
        ),
        Milestone(
            project_id=nhn,
            mou_id=mou["nhn"],
            title="투자협약 체결",
            kind=MilestoneKind.MOU_SIGNING,
            status=MilestoneStatus.DONE,
            progress=100,
            owner="순천시",
            source=SOURCE,
            notes="체결일은 기사에 없음.",
        ),
        Milestone(
            project_id=nhn,
            mou_id=mou["nhn"],
            title="전남·산하기관·22개 시군 공공데이터 이전",
            kind=MilestoneKind.DATA_MIGRATION,
            baseline=_date("2025년까지"),
            owner="NHN엔터프라이즈",
            source=SOURCE,
        ),
        Milestone(
            project_id=national,
            title="실증·창업동 및 데이터센터동 구축",
            kind=MilestoneKind.COMPLETION,
            status=MilestoneStatus.IN_PROGRESS,
            owner="광주인공지능산업융합사업단",
            source=SOURCE,
        ),
        Milestone(
            project_id=national,
            title="기업 대상 AI 데이터센터 서비스 개시",
            kind=MilestoneKind.OPERATION_START,
            status=MilestoneStatus.DONE,
            progress=100,
            owner="광주인공지능산업융합사업단",
            source=SOURCE,
            notes="기사 시점에 서비스 제공 중. 개시일은 기사에 없음.",
        ),
        Milestone(
            project_id=cluster,
            title="전라남도 데이터산업 진흥 조례 제정",
            kind=MilestoneKind.OTHER,
            owner="전라남도",
            source=SOURCE,
        ),
        Milestone(
            project_id=cluster,
            title="동부권(여수·순천·광양) 데이터 집적단지 조성",
            kind=MilestoneKind.OTHER,
            owner="전라남도",
            source=SOURCE,
        ),
    ]


def _indicators(project: dict[str, int]) -> list[Indicator]:
    national = project["국가 AI 데이터센터"]
    program = "광주 AI 데이터센터 서비스 성과"
    as_of = _date("2022")
    note = "기사 시점 누적 실적. " + FORUM_YEAR_NOTE
    figures = [
        ("선정 과제", "건", 125.0),
        ("AI 학습모델 지원", "건", 580.0),
        ("상용화 모델 개발 지원", "건", 28.0),
        ("기업 매출", "억원", 240.0),
        ("신규 고용", "명", 300.0),
    ]
    result = [
        Indicator(
            name=name,
            unit=unit,
            program=program,
            project_id=national,
            actual=value,
            as_of=as_of,
            source=SOURCE,
            notes=note,
        )
        for name, unit, value in figures
    ]
    context = "국내 데이터센터 분포 (2020)"
    shares = [
        ("국내 데이터센터 수", "개", 156.0),
        ("경기 비중", "%", 39.9),
        ("서울 비중", "%", 37.5),
        ("광주 비중", "%", 1.6),
        ("전남 비중", "%", 1.8),
    ]
    result += [
        Indicator(
            name=name,
            unit=unit,
            program=context,
            actual=value,
            as_of=_date("2020"),
            source=SOURCE,
            notes="공공+민간 합계 기준",
        )
        for name, unit, value in shares
    ]
    return result


def load_demo(store: Store, who: str = "demo") -> None:
    """Fill an empty database with the seed's facts, in one transaction."""
    comment = "데모 데이터"
    with transaction(store.db):
        org = {
            name: store.organizations.create(
                Organization(name=name, kind=kind, notes=notes), who=who, comment=comment
            ).stored_id
            for name, kind, notes in ORGANIZATIONS
        }
        project = {p.name: store.projects.create(p, who=who, comment=comment).stored_id for p in _projects()}
        oracle, nhn = (store.mous.create(m, who=who, comment=comment) for m in _mous(org, project))
        mou = {"oracle": oracle.stored_id, "nhn": nhn.stored_id}
        for milestone in _milestones(project, mou):
            store.milestones.create(milestone, who=who, comment=comment)
        for indicator in _indicators(project):
            store.indicators.create(indicator, who=who, comment=comment)
