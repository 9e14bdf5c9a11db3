"""What the timeline draws, computed without drawing anything.

The chart and the printed export both read a `TimelineLayout`: swimlanes
grouped region → zone (권역) → 시군 → project, one bar per project, and
milestone/MOU marks placed on a day axis (see shapes.py). Keeping it
free of Qt lets the tests check positions exactly and lets two renderers
share one rule set. The milestones' marks are computed over columns
(placement.py): a province has 100,000 of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, Mou, Project, ProjectStatus
from dctracker.domain.regions import SIGUNGU, Region, Zone, sigungu_label
from dctracker.domain.timeline.columns import Marks, MilestoneColumns, Slips
from dctracker.domain.timeline.placement import (
    MilestoneShapes,
    MouMark,
    milestone_shapes,
    place,
    touched_projects,
)
from dctracker.domain.timeline.shapes import Bar, Lane, LaneKind, Mark, Style, interval, x_of

DONE_PROJECT = (ProjectStatus.OPERATING, ProjectStatus.COMPLETED)
R = TypeVar("R")


class LookedUp(Mapping[int, R], Generic[R]):
    """Records by id, each looked up when first read: the timeline of a
    province names 100,000 milestones and a hover reads one."""

    def __init__(self, ids: Collection[int], lookup: Callable[[int], R]) -> None:
        self._ids = ids
        self._lookup = lookup
        self._found: dict[int, R] = {}

    def __getitem__(self, record_id: int) -> R:
        if record_id not in self._ids:
            raise KeyError(record_id)
        if record_id not in self._found:
            self._found[record_id] = self._lookup(record_id)
        return self._found[record_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@dataclass
class TimelineLayout:
    lanes: list[Lane] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    marks: Marks = field(default_factory=Marks.empty)
    slips: Slips = field(default_factory=Slips.empty)
    projects: dict[int, Project] = field(default_factory=dict)
    milestones: Mapping[int, Milestone] = field(default_factory=dict)
    mous: dict[int, Mou] = field(default_factory=dict)

    def x_extent(self) -> tuple[float, float] | None:
        xs = [x for b in self.bars for x in (b.x0, b.x1)] + list(self.marks.extent() or ())
        return (min(xs), max(xs)) if xs else None

    def hit(self, x: float, row: int, tolerance: float) -> tuple[str, int] | None:
        """The record under (x, row): a mark within `tolerance` days (points
        before spans), else the project bar, else None."""
        near = [m for m in self.marks.on_row(row) if m.x0 - tolerance <= x <= m.x1 + tolerance]
        if near:
            best = min(near, key=lambda m: (m.is_span, m.style is Style.GHOST, abs(x - (m.x0 + m.x1) / 2)))
            return best.kind, best.record_id
        bar = next((b for b in self.bars if b.row == row and b.x0 <= x <= b.x1), None)
        return ("projects", bar.project_id) if bar else None

    def mark_of(self, kind: str, record_id: int) -> Mark | None:
        return self.marks.find(kind, record_id)

    def row_of(self, kind: str, record_id: int) -> int | None:
        if kind == "projects":
            return next(
                (b.row for b in self.bars if b.project_id == record_id),
                next((ln.row for ln in self.lanes if ln.project_id == record_id), None),
            )
        mark = self.mark_of(kind, record_id)
        return mark.row if mark else None


def project_progress(project: Project, milestones: Sequence[Milestone]) -> float:
    """The fill of a project bar, 0..1.

    Rule: the mean progress of its milestones that are not cancelled, a done
    (or actually dated) milestone counting 100 % (MilestoneColumns.percent);
    a project without such milestones is full when it is operating or
    completed, else empty.
    """
    columns = MilestoneColumns.of_records(milestones)
    counted = ~columns.cancelled
    return _progress(project, float(columns.percent()[counted].sum()), int(counted.sum()))


def _progress(project: Project, total: float, count: int) -> float:
    if count:
        return min(1.0, max(0.0, total / count / 100))
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
    ms = list(milestones)
    by_id = {m.id or 0: m for m in ms}
    return layout_from_columns(
        projects,
        MilestoneColumns.of_records(ms),
        by_id.__getitem__,
        mous,
        zones,
        lang=lang,
        collapsed=collapsed,
        window=window,
    )


def layout_from_columns(
    projects: Iterable[Project],
    milestones: MilestoneColumns,
    milestone: Callable[[int], Milestone],
    mous: Iterable[Mou],
    zones: Iterable[Zone] = (),
    *,
    lang: str = "ko",
    collapsed: frozenset[str] = frozenset(),
    window: tuple[date, date] | None = None,
) -> TimelineLayout:
    """As build_layout(), from the milestones' columns; `milestone(id)`
    gives a whole record when one is read (a tooltip)."""
    shapes = milestone_shapes(milestones)
    sums = shapes.project_sums()
    mous_of: dict[int, list[tuple[int, Mou]]] = defaultdict(list)
    for order, mou in enumerate(mous):
        for project_id in mou.project_ids:
            mous_of[project_id].append((order, mou))
    chosen = {p.id or 0: p for p in projects}
    bars = {pid: _bar(p, sums.get(pid)) for pid, p in chosen.items()}
    if window is not None:
        touched = _touched(window, shapes, bars, mous_of)
        chosen = {pid: p for pid, p in chosen.items() if pid in touched}
    layout = TimelineLayout(lanes=_lanes(list(chosen.values()), list(zones), lang, collapsed))
    row_of: dict[int, int] = {}
    mou_marks: list[MouMark] = []
    for lane in layout.lanes:
        if (pid := lane.project_id) is None:
            continue
        row_of[pid] = lane.row
        layout.projects[pid] = chosen[pid]
        if (bar := bars[pid]) is not None:
            layout.bars.append(Bar(pid, lane.row, bar.x0, bar.x1, bar.progress))
        for order, mou in mous_of[pid]:
            layout.mous[mou.id or 0] = mou
            if mou.signed_on is not None:
                mou_marks.append(MouMark(lane.row, order, mou.id or 0, *_span(mou.signed_on)))
    layout.marks, layout.slips, placed = place(shapes, row_of, mou_marks)
    layout.milestones = LookedUp(set(milestones.ids[placed].tolist()), milestone)
    return layout


def _span(pd: PartialDate) -> tuple[float, float, bool, bool]:
    """A mark's x0, x1, is_span and until for a date (an MOU's signing)."""
    x0, x1 = interval(pd)
    is_span = pd.precision is not Precision.DAY
    return x0, x1 if is_span else x0, is_span, pd.until


def _touched(
    window: tuple[date, date],
    shapes: MilestoneShapes,
    bars: dict[int, Bar | None],
    mous_of: dict[int, list[tuple[int, Mou]]],
) -> set[int]:
    """Projects with a bar or mark over the window."""
    lo, hi = x_of(window[0]), x_of(window[1]) + 1.0
    found = touched_projects(shapes, lo, hi)
    found.update(pid for pid, bar in bars.items() if bar is not None and bar.x0 <= hi and bar.x1 >= lo)
    for pid, linked in mous_of.items():
        spans = [_span(mou.signed_on) for _order, mou in linked if mou.signed_on is not None]
        if any(x0 <= hi and x1 >= lo for x0, x1, _span_, _until in spans):
            found.add(pid)
    return found


def _bar(p: Project, sums: tuple[float, int, float | None, float | None] | None) -> Bar | None:
    """Planned start to planned finish; a missing end is taken from the
    project's milestones so a project with only milestone dates still shows.
    (The row is set when the project is placed.)"""
    total, count, first, last = sums or (0.0, 0, None, None)
    start = x_of(p.planned_start.start()) if p.planned_start else first
    finish = x_of(p.planned_finish.end()) if p.planned_finish else last
    if start is None or finish is None or finish < start:
        return None
    return Bar(p.id or 0, -1, start, finish + 1.0, _progress(p, total, count))


def _lanes(projects: list[Project], zones: list[Zone], lang: str, collapsed: frozenset[str]) -> list[Lane]:
    """Header lanes for region, zone and 시군 (skipping levels a project lacks),
    then its project lanes; a collapsed header hides everything below it."""
    zone_of = {s: z for z in zones for s in z.members}
    groups: dict[tuple[Region, str, str], list[Project]] = defaultdict(list)
    for p in projects:
        found = zone_of.get(p.sigungu)
        groups[(p.region, found.name if found and found.region == p.region else "", p.sigungu)].append(p)
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


def _group_order(key: tuple[Region, str, str]) -> tuple[int, bool, str, bool, int, str]:
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


def _project_order(p: Project) -> tuple[date, str]:
    start = p.planned_start.start() if p.planned_start else date.max
    return (start, p.name)
