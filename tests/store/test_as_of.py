"""records_as_of() rebuilds the past from the history: edit, then look back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import EOK
from dctracker.domain.records import (
    Milestone,
    MilestoneStatus,
    MilestoneUpdate,
    Mou,
    MouParty,
    MouStatus,
    Organization,
    PartyRole,
    Project,
    ProjectStatus,
    Record,
)
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.reads.as_of import records_as_of

if TYPE_CHECKING:
    from conftest import HistoryClock

d = PartialDate.parse
KST = timezone(timedelta(hours=9))
BEFORE = "2025-01-10T09:00:00+09:00"
EDITS = "2025-03-05T10:00:00+09:00"


def ident(record: Record) -> int:
    assert record.id is not None, "a stored record has an id"
    return record.id


def comparable(records: list[Any]) -> list[dict[str, Any]]:
    """What a user sees of a record: every field but the bookkeeping ones."""
    return [
        {k: v for k, v in vars(r).items() if k not in ("version", "created_at", "updated_at")}
        for r in records
    ]


def build_then_edit(store: Store, clock: HistoryClock) -> dict[str, list[Any]]:
    """Records written on 2025-01-10, edited (and some created, some deleted) on 2025-03-05."""
    org = store.organizations.create(Organization(name="한국오라클"))
    gov = store.organizations.create(Organization(name="광양시"))
    project = store.projects.create(
        Project(
            name="광양 데이터센터",
            region=Region.JEONNAM,
            sigungu="광양시",
            investment=7000 * EOK,
            tags=["클라우드"],
            area_m2=105000.0,
        )
    )
    mou = store.mous.create(
        Mou(
            title="광양 투자협약",
            region=Region.JEONNAM,
            sigungu="광양시",
            signed_on=d("2021-11"),
            pledged_investment=7000 * EOK,
            pledged_jobs=200,
            binding=False,
            parties=[MouParty(organization_id=ident(gov), role=PartyRole.LOCAL_GOVERNMENT)],
            project_ids=[ident(project)],
        )
    )
    permit = store.milestones.create(
        Milestone(
            project_id=ident(project),
            title="인허가",
            baseline=d("2025년 상반기"),
            progress=10,
        )
    )
    doomed = store.milestones.create(
        Milestone(project_id=ident(project), title="설계", baseline=d("2025-02"))
    )
    clock.stamp(store, BEFORE)
    before = {
        "projects": store.projects.all(),
        "mous": store.mous.all(),
        "milestones": store.milestones.all(),
    }
    # The edits of 2025-03-05.
    store.record_milestone_update(
        MilestoneUpdate(
            milestone_id=ident(permit),
            forecast=d("2025년 하반기"),
            progress=40,
            status=MilestoneStatus.DELAYED,
            comment="인허가 지연",
        ),
        read_version=permit.version,
    )
    store.mous.update(
        replace(
            mou,
            realized_investment=350 * EOK,
            realized_as_of=d("2025-03"),
            binding=True,
            status=MouStatus.IN_PROGRESS,
            parties=[*mou.parties, MouParty(organization_id=ident(org), role=PartyRole.COMPANY)],
        )
    )
    store.projects.update(
        replace(project, status=ProjectStatus.IN_PROGRESS, tags=["클라우드", "동부권"], area_m2=110000.5)
    )
    store.milestones.delete(ident(doomed))
    store.projects.create(Project(name="새 사업", region=Region.GWANGJU))
    clock.stamp(store, EDITS)
    return before


def test_as_of_a_day_before_the_edits_equals_the_earlier_records(
    store: Store, history_clock: HistoryClock
) -> None:
    before = build_then_edit(store, history_clock)
    past = records_as_of(store, date(2025, 2, 1))
    assert comparable(past.projects) == comparable(before["projects"])
    assert comparable(past.mous) == comparable(before["mous"])
    assert comparable(past.milestones) == comparable(before["milestones"])
    permit = next(m for m in past.milestones if m.title == "인허가")
    assert (permit.forecast, permit.progress, permit.status) == (None, 10, MilestoneStatus.PLANNED)
    assert past.mous[0].parties[0].name == "광양시" and len(past.mous[0].parties) == 1


def test_as_of_the_day_of_the_edits_includes_them(store: Store, history_clock: HistoryClock) -> None:
    build_then_edit(store, history_clock)
    now = records_as_of(store, date(2025, 3, 5))
    assert comparable(now.projects) == comparable(store.projects.all())
    assert comparable(now.mous) == comparable(store.mous.all())
    assert comparable(now.milestones) == comparable(store.milestones.all())


def test_before_anything_was_entered_there_is_nothing(store: Store, history_clock: HistoryClock) -> None:
    build_then_edit(store, history_clock)
    empty = records_as_of(store, date(2025, 1, 9))
    assert (empty.projects, empty.mous, empty.milestones) == ([], [], [])


def test_moment_with_offsets_compares_instants_not_text(store: Store, history_clock: HistoryClock) -> None:
    store.projects.create(Project(name="광주 사업", region=Region.GWANGJU))
    # 00:30 in Korea on 3 March is still 2 March in UTC.
    history_clock.stamp(store, "2025-03-03T00:30:00+09:00")
    assert records_as_of(store, datetime(2025, 3, 2, 15, 29, tzinfo=UTC)).projects == []
    late = records_as_of(store, datetime(2025, 3, 3, 0, 31, tzinfo=KST))
    assert [p.name for p in late.projects] == ["광주 사업"]


def test_store_is_not_written_by_looking_back(store: Store, history_clock: HistoryClock) -> None:
    build_then_edit(store, history_clock)
    rows = store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    records_as_of(store, date(2025, 2, 1))
    assert store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0] == rows
    assert len(store.milestones.all()) == 1
