"""What the timeline draws, computed without drawing anything.

The chart and the printed export both read a `TimelineLayout`: swimlanes
grouped region → zone (권역) → 시군 → project, one bar per project, and
milestone/MOU marks placed on a day axis. Keeping it free of Qt lets the
tests check positions exactly and lets two renderers share one rule set.

x is days since 1970-01-01 (a float); a day d covers [x(d), x(d) + 1).
A date known only to the month, quarter, half or year is a *span* over its
whole interval — never a made-up day — and a slip is measured, like
`slippage()`, at the end of each interval.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, MilestoneStatus, Mou, Project, ProjectStatus
from dctracker.domain.regions import SIGUNGU, Region, Zone, sigungu_label
from dctracker.domain.slippage import milestone_slippage

EPOCH = date(1970, 1, 1)
DONE_PROJECT = (ProjectStatus.OPERATING, ProjectStatus.COMPLETED)


def x_of(d: date) -> float:
    return float((d - EPOCH).days)


def date_of(x: float) -> date:
    return EPOCH + timedelta(days=int(x // 1))


@lru_cache(maxsize=4096)  # a timeline repeats the same few hundred dates
def interval(pd: PartialDate) -> tuple[float, float]:
    """The x extent a date covers: one day, or its whole month/quarter/half/year."""
    return x_of(pd.start()), x_of(pd.end()) + 1.0


@lru_cache(maxsize=4096)
def anchor(pd: PartialDate) -> float:
    """Where a slip line meets a date: the day itself, or the end of its interval."""
    return x_of(pd.start()) if pd.precision is Precision.DAY else interval(pd)[1]


class LaneKind(StrEnum):
    REGION = "region"
    ZONE = "zone"
    SIGUNGU = "sigungu"
    PROJECT = "project"


class Style(StrEnum):
    """How a mark looks; the renderers keep one batch (one item) per style."""

    ACTUAL = "actual"  # solid diamond: it happened
    FORECAST = "forecast"  # hollow diamond: the current forecast
    PLANNED = "planned"  # hollow grey diamond: only the first plan is known
    GHOST = "ghost"  # faint: where the first plan put a date that has moved
    MOU = "mou"  # MOU signing


@dataclass(frozen=True)
class Lane:
    row: int
    kind: LaneKind
    label: str
    depth: int
    key: str  # stable id for collapsing ("jeonnam", "jeonnam/동부권", ...)
    project_id: int | None = None
    collapsed: bool = False


@dataclass(frozen=True)
class Bar:
    project_id: int
    row: int
    x0: float
    x1: float
    progress: float  # 0..1, see project_progress()


@dataclass(frozen=True)
class Mark:
    """A milestone or MOU date: a point (day precision) or a span (x0 < x1)."""

    kind: str  # "milestones" | "mous"
    record_id: int
    row: int
    x0: float
    x1: float
    style: Style
    is_span: bool
    until: bool = False  # "2030년까지": an open bracket that ends at x1


@dataclass(frozen=True)
class Slip:
    milestone_id: int
    row: int
    x0: float  # baseline anchor
    x1: float  # current anchor
    days: int


@dataclass
class TimelineLayout:
    lanes: list[Lane] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    slips: list[Slip] = field(default_factory=list)
    projects: dict[int, Project] = field(default_factory=dict)
    milestones: dict[int, Milestone] = field(default_factory=dict)
    mous: dict[int, Mou] = field(default_factory=dict)
    _by_row: dict[int, list[Mark]] | None = field(default=None, repr=False, compare=False)

    def x_extent(self) -> tuple[float, float] | None:
        xs = [x for b in self.bars for x in (b.x0, b.x1)]
        xs += [x for m in self.marks for x in (m.x0, m.x1)]
        return (min(xs), max(xs)) if xs else None

    def hit(self, x: float, row: int, tolerance: float) -> tuple[str, int] | None:
        """The record under (x, row): a mark within `tolerance` days (points
        before spans), else the project bar, else None."""
        if self._by_row is None:  # hover asks often; index once per layout
            self._by_row = defaultdict(list)
            for m in self.marks:
                self._by_row[m.row].append(m)
        near = [m for m in self._by_row.get(row, ()) if m.x0 - tolerance <= x <= m.x1 + tolerance]
        if near:
            best = min(near, key=lambda m: (m.is_span, m.style is Style.GHOST, abs(x - (m.x0 + m.x1) / 2)))
            return best.kind, best.record_id
        bar = next((b for b in self.bars if b.row == row and b.x0 <= x <= b.x1), None)
        return ("projects", bar.project_id) if bar else None

    def row_of(self, kind: str, record_id: int) -> int | None:
        if kind == "projects":
            return next(
                (b.row for b in self.bars if b.project_id == record_id),
                next((ln.row for ln in self.lanes if ln.project_id == record_id), None),
            )
        return next((m.row for m in self.marks if m.kind == kind and m.record_id == record_id), None)


def project_progress(project: Project, milestones: Iterable[Milestone]) -> float:
    """The fill of a project bar, 0..1.

    Rule: the mean progress of its milestones that are not cancelled, a done
    (or actually dated) milestone counting 100 %; a project without such
    milestones is full when it is operating or completed, else empty.
    """
    values = [
        100 if m.status is MilestoneStatus.DONE or m.actual else m.progress
        for m in milestones
        if m.status is not MilestoneStatus.CANCELLED
    ]
    if values:
        return min(1.0, max(0.0, sum(values) / len(values) / 100))
    return 1.0 if project.status in DONE_PROJECT else 0.0


def build_layout(
    projects: Iterable[Project],
    milestones: Iterable[Milestone],
    mous: Iterable[Mou],
    zones: Iterable[Zone] = (),
    *,
    lang: str = "ko",
    collapsed: frozenset[str] = frozenset(),
    window: tuple[date, date] | None = None,
) -> TimelineLayout:
    """Lanes and marks for the given (already filtered) records.

    `window` keeps only projects with something drawn inside [from, to].
    """
    by_project: dict[int, list[Milestone]] = defaultdict(list)
    for m in milestones:
        by_project[m.project_id].append(m)
    mous_of: dict[int, list[Mou]] = defaultdict(list)
    for mou in mous:
        for pid in mou.project_ids:
            mous_of[pid].append(mou)
    kept = {
        p.id or 0: p
        for p in projects
        if window is None
        or _touches(
            window,
            _bar(p, by_project[p.id or 0], 0),
            _project_marks(p, by_project[p.id or 0], mous_of[p.id or 0], 0)[0],
        )
    }
    layout = TimelineLayout()
    for lane in _lanes(list(kept.values()), list(zones), lang, collapsed):
        layout.lanes.append(lane)
        if lane.project_id is not None:
            _place_project(layout, kept[lane.project_id], lane.row, by_project, mous_of)
    return layout


def _place_project(
    layout: TimelineLayout,
    p: Project,
    row: int,
    by_project: dict[int, list[Milestone]],
    mous_of: dict[int, list[Mou]],
) -> None:
    pid = p.id or 0
    layout.projects[pid] = p
    if (bar := _bar(p, by_project[pid], row)) is not None:
        layout.bars.append(bar)
    marks, slips = _project_marks(p, by_project[pid], mous_of[pid], row)
    layout.marks += marks
    layout.slips += slips
    layout.milestones.update((m.id or 0, m) for m in by_project[pid])
    layout.mous.update((m.id or 0, m) for m in mous_of[pid])


def _touches(window: tuple[date, date], bar: Bar | None, marks: list[Mark]) -> bool:
    lo, hi = x_of(window[0]), x_of(window[1]) + 1.0
    spans = [(m.x0, m.x1) for m in marks] + ([(bar.x0, bar.x1)] if bar else [])
    return any(x0 <= hi and x1 >= lo for x0, x1 in spans)


def _bar(p: Project, milestones: list[Milestone], row: int) -> Bar | None:
    """Planned start to planned finish; a missing end is taken from the
    project's milestones so a project with only milestone dates still shows."""
    dates = [d for m in milestones if (d := m.current) is not None]
    start = p.planned_start.start() if p.planned_start else min((d.start() for d in dates), default=None)
    finish = p.planned_finish.end() if p.planned_finish else max((d.end() for d in dates), default=None)
    if start is None or finish is None or finish < start:
        return None
    return Bar(p.id or 0, row, x_of(start), x_of(finish) + 1.0, project_progress(p, milestones))


def _mark(kind: str, record_id: int, row: int, pd: PartialDate, style: Style) -> Mark:
    x0, x1 = interval(pd)
    is_span = pd.precision is not Precision.DAY
    return Mark(kind, record_id, row, x0, x1 if is_span else x0, style, is_span, pd.until)


def _project_marks(
    p: Project, milestones: list[Milestone], mous: list[Mou], row: int
) -> tuple[list[Mark], list[Slip]]:
    marks: list[Mark] = []
    slips: list[Slip] = []
    for m in milestones:
        current = m.current
        if current is None:
            continue
        style = Style.ACTUAL if m.actual else Style.FORECAST if m.forecast else Style.PLANNED
        marks.append(_mark("milestones", m.id or 0, row, current, style))
        slip = milestone_slippage(m)
        if m.baseline is not None and slip is not None and slip.days != 0:
            marks.append(_mark("milestones", m.id or 0, row, m.baseline, Style.GHOST))
            slips.append(Slip(m.id or 0, row, anchor(m.baseline), anchor(current), slip.days))
    for mou in mous:
        if mou.signed_on is not None:
            marks.append(_mark("mous", mou.id or 0, row, mou.signed_on, Style.MOU))
    return marks, slips


def _lanes(projects: list[Project], zones: list[Zone], lang: str, collapsed: frozenset[str]) -> list[Lane]:
    """Header lanes for region, zone and 시군 (skipping levels a project lacks),
    then its project lanes; a collapsed header hides everything below it."""
    zone_of = {s: z for z in zones for s in z.members}
    groups: dict[tuple, list[Project]] = defaultdict(list)
    for p in projects:
        zone = zone_of.get(p.sigungu)
        groups[(p.region, zone.name if zone and zone.region == p.region else "", p.sigungu)].append(p)
    lanes: list[Lane] = []
    seen: set[str] = set()
    for key in sorted(groups, key=_group_order):
        region, zone, sigungu = key
        path = [(LaneKind.REGION, region.value, region.label(lang))]
        if zone:
            path.append((LaneKind.ZONE, f"{region.value}/{zone}", zone))
        if sigungu:
            path.append((LaneKind.SIGUNGU, f"{region.value}/{zone}/{sigungu}", sigungu_label(sigungu, lang)))
        hidden = False
        for depth, (kind, lane_key, label) in enumerate(path):
            if lane_key not in seen and not hidden:
                seen.add(lane_key)
                lanes.append(Lane(len(lanes), kind, label, depth, lane_key, collapsed=lane_key in collapsed))
            hidden = hidden or lane_key in collapsed
        if hidden:
            continue
        for p in sorted(groups[key], key=_project_order):
            lanes.append(Lane(len(lanes), LaneKind.PROJECT, p.name, len(path), f"project/{p.id}", p.id))
    return lanes


def _group_order(key: tuple) -> tuple:
    region, zone, sigungu = key
    order = list(SIGUNGU[region])
    # Within a region: zones by name, then 시군 in official order; a project
    # with no 시군 (a region-wide programme) comes first.
    return (
        list(Region).index(region),
        zone != "",
        zone,
        sigungu != "",
        order.index(sigungu) if sigungu in order else len(order),
        sigungu,
    )


def _project_order(p: Project) -> tuple:
    start = p.planned_start.start() if p.planned_start else date.max
    return (start, p.name)
