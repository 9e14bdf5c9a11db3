"""MOU ledger: what each MOU pledged against what has been realized so far."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from dctracker.domain.records import Mou
from dctracker.domain.regions import Region, Zone


@dataclass(frozen=True)
class LedgerRow:
    mou: Mou
    days_since_signing: int | None  # from the end of the signing date's interval

    @property
    def investment_ratio(self) -> float | None:
        return _ratio(self.mou.realized_investment, self.mou.pledged_investment)

    @property
    def jobs_ratio(self) -> float | None:
        return _ratio(self.mou.realized_jobs, self.mou.pledged_jobs)


@dataclass(frozen=True)
class LedgerTotal:
    """Sums over a group of MOUs (a region or a zone); a realized sum counts
    the MOUs whose 실적 was entered, and is unknown when none was."""

    pledged_investment: int
    realized_investment: int
    pledged_jobs: int
    realized_jobs: int
    investment_known: bool = True  # some MOU of the group has its realized investment entered
    jobs_known: bool = True

    @property
    def investment_ratio(self) -> float | None:
        return _ratio(self.realized_investment if self.investment_known else None, self.pledged_investment)

    @property
    def jobs_ratio(self) -> float | None:
        return _ratio(self.realized_jobs if self.jobs_known else None, self.pledged_jobs)


def _ratio(realized: int | None, pledged: int | None) -> float | None:
    """Share realized, 0..1+; None when nothing measurable was pledged or the
    실적 was never entered (unknown is not zero)."""
    if not pledged or realized is None:
        return None
    return realized / pledged


def ledger_row(mou: Mou, as_of: date) -> LedgerRow:
    days = (as_of - mou.signed_on.end()).days if mou.signed_on else None
    return LedgerRow(mou, days if days is None or days >= 0 else None)


def total(mous: Iterable[Mou]) -> LedgerTotal:
    mous = list(mous)
    return LedgerTotal(
        pledged_investment=sum(m.pledged_investment or 0 for m in mous),
        realized_investment=sum(m.realized_investment or 0 for m in mous),
        pledged_jobs=sum(m.pledged_jobs or 0 for m in mous),
        realized_jobs=sum(m.realized_jobs or 0 for m in mous),
        investment_known=any(m.realized_investment is not None for m in mous),
        jobs_known=any(m.realized_jobs is not None for m in mous),
    )


Place = tuple[Region | None, str]  # (region, 시군구)


def mou_places(mou: Mou, project_places: Mapping[int, Place]) -> list[Place]:
    """Where a MOU is: its own 시군구 if it names a region, else its projects'."""
    if mou.region is not None:
        return [(mou.region, mou.sigungu)]
    return [project_places[i] for i in mou.project_ids if i in project_places]


def totals_by_region(mous: Iterable[Mou], project_places: Mapping[int, Place]) -> dict[Region, LedgerTotal]:
    """Totals per region; a MOU spanning both regions counts in each of them."""
    mous = list(mous)
    return {region: total(m for m in mous if region in _regions(m, project_places)) for region in Region}


def totals_by_zone(
    mous: Iterable[Mou], project_places: Mapping[int, Place], zones: Iterable[Zone]
) -> list[tuple[Zone, LedgerTotal]]:
    """Totals per zone (권역), in the given order; a MOU counts in every zone it touches."""
    mous = list(mous)
    result = []
    for zone in zones:
        inside = [
            m
            for m in mous
            if any(r == zone.region and s in zone.members for r, s in mou_places(m, project_places))
        ]
        result.append((zone, total(inside)))
    return result


def _regions(mou: Mou, project_places: Mapping[int, Place]) -> set[Region | None]:
    return {region for region, _ in mou_places(mou, project_places)}
