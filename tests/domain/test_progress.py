from __future__ import annotations

from datetime import date

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import EOK
from dctracker.domain.progress import indicator_series, ledger_bars, mta_series
from dctracker.domain.records import FieldChange, Indicator, Mou
from dctracker.domain.regions import Region

d = PartialDate.parse


def test_ledger_bars_per_mou_then_totals_per_region() -> None:
    mous = [
        Mou(
            id=1,
            title="광양 협약",
            region=Region.JEONNAM,
            signed_on=d("2021-11"),
            pledged_investment=7000 * EOK,
            realized_investment=1000 * EOK,
            pledged_jobs=200,
            realized_jobs=20,
        ),
        Mou(id=2, title="순천 협약", signed_on=d("2021-05"), pledged_investment=3000 * EOK, project_ids=[9]),
        Mou(id=3, title="광주 협약", region=Region.GWANGJU, pledged_jobs=50, realized_jobs=60),
    ]
    bars = ledger_bars(mous, {9: Region.JEONNAM})
    assert [b.label for b in bars] == [
        "순천 협약",
        "광양 협약",
        "광주 협약",
        "광주광역시 합계",
        "전라남도 합계",
    ]
    jeonnam = bars[-1]
    assert (jeonnam.pledged_eok, jeonnam.realized_eok, jeonnam.pledged_jobs) == (10000, 1000, 200)
    assert bars[1].mou_id == 1 and bars[2].realized_jobs == 60


def _change(field: str, new: str | None, at: str, batch: int) -> FieldChange:
    return FieldChange("milestones", 1, field, None, new, at, "kim", "", batch)


def test_mta_series_follows_forecast_updates() -> None:
    changes = [  # newest first, as the store returns them
        _change("forecast", None, "2025-09-01T10:00:00+09:00", 4),
        _change("forecast", "2026-H2", "2025-06-01T10:00:00+09:00", 3),
        _change("progress", "30", "2025-03-01T10:00:00+09:00", 2),
        _change("forecast", "2026-03-31", "2025-03-01T10:00:00+09:00", 2),
        _change(
            "*",
            '{"baseline": "2025-12-31", "forecast": null, "title": "착공"}',
            "2024-12-01T09:00:00+09:00",
            1,
        ),
    ]
    points = mta_series(changes)
    assert [(p.reported, p.forecast.to_value()) for p in points] == [
        (date(2024, 12, 1), "2025-12-31"),
        (date(2025, 3, 1), "2026-03-31"),
        (date(2025, 6, 1), "2026-H2"),
        (date(2025, 9, 1), "2025-12-31"),  # forecast cleared: back to the plan
    ]


def test_indicator_series_groups_by_name_over_time() -> None:
    inds = [
        Indicator(name="신규 고용", unit="명", target=300, actual=120, as_of=d("2023")),
        Indicator(name="신규 고용", unit="명", target=300, actual=80, as_of=d("2022")),
        Indicator(name="매출", unit="억원", actual=240),
        Indicator(name="선정 과제", unit="건", actual=125, as_of=d("2022")),
    ]
    series = indicator_series(inds)
    assert [s.name for s in series] == ["선정 과제", "신규 고용"]
    assert [(p[0].year, p[2]) for p in series[1].points] == [(2022, 80), (2023, 120)]
