from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.ledger import (
    ledger_row,
    mou_places,
    total,
    totals_by_region,
    totals_by_zone,
)
from dctracker.domain.money import EOK
from dctracker.domain.records import Mou
from dctracker.domain.regions import Region, Zone

d = PartialDate.parse


def mou(id_: int, **fields: object) -> Mou:
    return Mou(id=id_, title=f"협약 {id_}", **fields)  # type: ignore[arg-type]


def test_percent_realized_of_investment_and_jobs() -> None:
    m = mou(
        1, pledged_investment=7000 * EOK, realized_investment=1750 * EOK, pledged_jobs=200, realized_jobs=30
    )
    row = ledger_row(m, date(2025, 1, 1))
    assert row.investment_ratio == pytest.approx(0.25)
    assert row.jobs_ratio == pytest.approx(0.15)


def test_realized_not_entered_is_unknown_and_nothing_pledged_is_unknown() -> None:
    row = ledger_row(mou(1, pledged_investment=3000 * EOK), date(2025, 1, 1))
    assert row.investment_ratio is None  # no 실적 entered: unknown, not 0 %
    assert row.jobs_ratio is None
    zero = ledger_row(mou(1, pledged_investment=3000 * EOK, realized_investment=0), date(2025, 1, 1))
    assert zero.investment_ratio == 0.0  # 0 entered: nothing realized yet


def test_total_of_mous_without_any_realized_figure_is_unknown() -> None:
    t = total([mou(1, pledged_investment=7000 * EOK, pledged_jobs=10), mou(2, pledged_investment=EOK)])
    assert t.investment_ratio is None and t.jobs_ratio is None
    assert not t.investment_known and not t.jobs_known


def test_days_since_signing_count_from_the_end_of_a_coarse_signing_date() -> None:
    # Signed "2021-11": counted from 2021-11-30 (we do not invent the day).
    row = ledger_row(mou(1, signed_on=d("2021-11")), date(2022, 1, 1))
    assert row.days_since_signing == 32
    exact = ledger_row(mou(1, signed_on=d("2024-02-28")), date(2024, 3, 1))
    assert exact.days_since_signing == 2  # leap year: 29 Feb lies between


def test_days_since_signing_unknown_before_signing_or_without_a_date() -> None:
    assert ledger_row(mou(1, signed_on=d("2026-03-01")), date(2025, 1, 1)).days_since_signing is None
    assert ledger_row(mou(1), date(2025, 1, 1)).days_since_signing is None


def test_total_sums_and_ratio() -> None:
    t = total(
        [
            mou(1, pledged_investment=7000 * EOK, realized_investment=700 * EOK, pledged_jobs=200),
            mou(2, pledged_investment=3000 * EOK, realized_jobs=12),
        ]
    )
    assert (t.pledged_investment, t.realized_investment) == (10000 * EOK, 700 * EOK)
    assert (t.pledged_jobs, t.realized_jobs) == (200, 12)
    assert t.investment_ratio == pytest.approx(0.07)
    assert t.jobs_ratio == pytest.approx(0.06)


PLACES = {10: (Region.JEONNAM, "광양시"), 11: (Region.JEONNAM, "해남군"), 12: (Region.GWANGJU, "광산구")}


def test_mou_place_is_its_own_or_its_projects() -> None:
    own = mou(1, region=Region.JEONNAM, sigungu="순천시", project_ids=[10])
    assert mou_places(own, PLACES) == [(Region.JEONNAM, "순천시")]
    linked = mou(2, project_ids=[10, 12])
    assert mou_places(linked, PLACES) == [(Region.JEONNAM, "광양시"), (Region.GWANGJU, "광산구")]


def test_totals_per_region_and_zone() -> None:
    mous = [
        mou(
            1,
            region=Region.JEONNAM,
            sigungu="광양시",
            pledged_investment=7000 * EOK,
            realized_investment=350 * EOK,
            pledged_jobs=200,
        ),
        mou(2, region=Region.JEONNAM, sigungu="순천시", pledged_investment=3000 * EOK),
        mou(3, project_ids=[11], pledged_investment=500 * EOK, realized_investment=500 * EOK),
        mou(
            4,
            region=Region.GWANGJU,
            sigungu="",
            pledged_investment=100 * EOK,
            pledged_jobs=50,
            realized_jobs=25,
        ),
        mou(5, pledged_investment=1 * EOK),  # placed nowhere: in no region total
    ]
    regions = totals_by_region(mous, PLACES)
    assert regions[Region.JEONNAM].pledged_investment == 10500 * EOK
    assert regions[Region.JEONNAM].realized_investment == 850 * EOK
    assert regions[Region.JEONNAM].investment_ratio == pytest.approx(850 / 10500)
    assert regions[Region.GWANGJU].pledged_jobs == 50
    assert regions[Region.GWANGJU].jobs_ratio == pytest.approx(0.5)
    zones = [
        Zone("동부권", Region.JEONNAM, ["여수시", "순천시", "광양시"]),
        Zone("서부권", Region.JEONNAM, ["해남군"]),
    ]
    by_zone = totals_by_zone(mous, PLACES, zones)
    assert [(z.name, t.pledged_investment) for z, t in by_zone] == [
        ("동부권", 10000 * EOK),
        ("서부권", 500 * EOK),
    ]
    assert by_zone[1][1].investment_ratio == pytest.approx(1.0)
