"""A database with known dates for the dashboard and report tests.

Seen on 2025-11-26 (AS_OF), the hand-computed figures are:
- overdue: 부지 매입 ("2025년 상반기", ended 06-30: 149 days late) and 건축 인허가
  (forecast 2025-10-31: 26 days late);
- due in 30 days: 설계 완료 (2025-12-15, 19 days); due in 90 days also
  환경영향평가 ("2025년 하반기", ends 12-31: 35 days) and 착공 (2026-02-10, 76 days);
- completed this quarter: 전력 인입 (2025-11-03);
- most slipped: 건축 인허가 214 days, 착공 133, 전력 인입 126;
- MOU 광양: 7,000억 pledged, 1,750억 realized = 25.0%; jobs 30/200 = 15.0%;
  signed 2024-11-26, so 365 days since signing;
- MOU 광주: 800억 / 600억 = 75.0%; jobs 45/60 = 75.0%; signed "2025-03"
  (counted from 03-31): 240 days.
History: everything is entered on 2025-01-10; 건축 인허가 gets its forecast on
2025-06-01 and the 광양 MOU its realized figures on 2025-10-01.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import EOK
from dctracker.domain.records import (
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    Mou,
    MouStatus,
    Project,
    ProjectStatus,
)
from dctracker.domain.regions import Region
from dctracker.store import Store

if TYPE_CHECKING:
    from conftest import HistoryClock

AS_OF = date(2025, 11, 26)
d = PartialDate.parse


def build(store: Store, clock: HistoryClock) -> None:
    gwangyang = store.projects.create(
        Project(
            name="광양 데이터센터", region=Region.JEONNAM, sigungu="광양시", status=ProjectStatus.IN_PROGRESS
        )
    )
    gwangju = store.projects.create(Project(name="광주 AI 센터", region=Region.GWANGJU, sigungu="광산구"))
    haenam = store.projects.create(
        Project(name="해남 데이터단지", region=Region.JEONNAM, sigungu="해남군", status=ProjectStatus.IDEA)
    )

    def milestone(project: Project, title: str, **fields: object) -> Milestone:
        return store.milestones.create(
            Milestone(project_id=project.id, title=title, kind=MilestoneKind.OTHER, **fields)
        )  # type: ignore[arg-type]

    permit = milestone(gwangyang, "건축 인허가", baseline=d("2025-03-31"), owner="광양시")
    milestone(haenam, "부지 매입", baseline=d("2025년 상반기"))
    milestone(gwangju, "설계 완료", baseline=d("2025-12-15"))
    milestone(gwangyang, "착공", baseline=d("2025-09-30"), forecast=d("2026-02-10"))
    milestone(
        gwangju,
        "전력 인입",
        baseline=d("2025-06-30"),
        actual=d("2025-11-03"),
        status=MilestoneStatus.DONE,
        progress=100,
    )
    milestone(haenam, "환경영향평가", baseline=d("2025년 하반기"))
    oracle = store.mous.create(
        Mou(
            title="광양 데이터센터 투자협약",
            region=Region.JEONNAM,
            sigungu="광양시",
            signed_on=d("2024-11-26"),
            status=MouStatus.IN_PROGRESS,
            pledged_investment=7000 * EOK,
            pledged_jobs=200,
            project_ids=[gwangyang.id],
        )
    )  # type: ignore[list-item]
    store.mous.create(
        Mou(
            title="광주 AI 센터 협약",
            region=Region.GWANGJU,
            sigungu="광산구",
            signed_on=d("2025-03"),
            pledged_investment=800 * EOK,
            realized_investment=600 * EOK,
            pledged_jobs=60,
            realized_jobs=45,
            realized_as_of=d("2025-10"),
        )
    )
    clock.stamp(store, "2025-01-10T09:00:00+09:00")
    store.milestones.update(replace(permit, forecast=d("2025-10-31")), comment="인허가 지연")
    clock.stamp(store, "2025-06-01T10:00:00+09:00")
    store.mous.update(
        replace(oracle, realized_investment=1750 * EOK, realized_jobs=30, realized_as_of=d("2025-09"))
    )
    clock.stamp(store, "2025-10-01T10:00:00+09:00")
