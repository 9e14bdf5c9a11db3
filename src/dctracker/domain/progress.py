"""Figures for the progress charts: MOU pledged vs realized, milestone trend
analysis (MTA) from the update history, indicator target vs actual."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from dctracker.domain.dates import DateParseError, PartialDate
from dctracker.domain.ledger import total
from dctracker.domain.money import EOK
from dctracker.domain.records import FieldChange, Indicator, Mou
from dctracker.domain.regions import Region


@dataclass(frozen=True)
class LedgerBar:
    label: str
    pledged_eok: float
    realized_eok: float
    pledged_jobs: int
    realized_jobs: int
    is_total: bool = False
    mou_id: int | None = None


def mou_region(mou: Mou, project_regions: dict[int, Region]) -> Region | None:
    """A MOU's own region, else that of its first linked project."""
    if mou.region is not None:
        return mou.region
    return next((project_regions[p] for p in mou.project_ids if p in project_regions), None)


def ledger_bars(mous: Iterable[Mou], project_regions: dict[int, Region], lang: str = "ko") -> list[LedgerBar]:
    """One bar pair per MOU (in signing order), then one total per region."""
    mous = sorted(mous, key=lambda m: (m.signed_on is None, m.signed_on or date.min, m.title))
    bars = [
        LedgerBar(
            m.title,
            (m.pledged_investment or 0) / EOK,
            (m.realized_investment or 0) / EOK,
            m.pledged_jobs or 0,
            m.realized_jobs or 0,
            mou_id=m.id,
        )
        for m in mous
    ]
    by_region: dict[Region, list[Mou]] = defaultdict(list)
    for m in mous:
        if (region := mou_region(m, project_regions)) is not None:
            by_region[region].append(m)
    for region in Region:
        if by_region[region]:
            t = total(by_region[region])
            label = f"{region.label(lang)} " + ("합계" if lang == "ko" else "total")
            bars.append(
                LedgerBar(
                    label,
                    t.pledged_investment / EOK,
                    t.realized_investment / EOK,
                    t.pledged_jobs,
                    t.realized_jobs,
                    is_total=True,
                )
            )
    return bars


@dataclass(frozen=True)
class TrendPoint:
    reported: date  # when the forecast was entered
    forecast: PartialDate


def mta_series(changes: Iterable[FieldChange]) -> list[TrendPoint]:
    """The forecast (or, before any forecast, the plan) as reported over time.

    Reads the creation snapshot and each later change of 'forecast'; a
    cleared forecast falls back to the baseline, as Milestone.current does.
    """
    points: list[TrendPoint] = []
    baseline: str | None = None
    for change in sorted(changes, key=lambda c: (c.at, c.batch or 0)):
        reported = datetime.fromisoformat(change.at).date()
        if change.field == "*" and change.new is not None:
            snapshot = json.loads(change.new)
            baseline = snapshot.get("baseline")
            value = snapshot.get("forecast") or baseline
        elif change.field == "baseline":
            baseline = change.new
            continue
        elif change.field == "forecast":
            value = change.new or baseline
        else:
            continue
        if (forecast := _stored_date(value)) is not None:
            points.append(TrendPoint(reported, forecast))
    return points


def _stored_date(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.from_value(value) if value else None
    except DateParseError:
        return None  # history from an older format: skip the point, keep the chart


@dataclass(frozen=True)
class IndicatorSeries:
    name: str
    unit: str
    points: list[tuple[PartialDate, float | None, float | None]]  # as of, target, actual


def indicator_series(indicators: Iterable[Indicator]) -> list[IndicatorSeries]:
    """Measurements grouped by indicator name, oldest first; undated ones are
    left out (a chart over time cannot place them)."""
    groups: dict[tuple[str, str], list[tuple[PartialDate, Indicator]]] = defaultdict(list)
    for ind in indicators:
        if ind.as_of is not None:
            groups[(ind.name, ind.unit)].append((ind.as_of, ind))
    return [
        IndicatorSeries(
            name, unit, [(as_of, i.target, i.actual) for as_of, i in sorted(items, key=lambda item: item[0])]
        )
        for (name, unit), items in sorted(groups.items())
    ]
