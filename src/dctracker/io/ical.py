"""Milestones as an iCalendar file for Outlook: one all-day event each.

A milestone known only to the month, quarter, half or year becomes an event
spanning that whole period, and its summary says so ("2025년 상반기"), so a
calendar never shows a made-up day. Milestones without any date are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, timedelta
from pathlib import Path

from dctracker.domain import clock
from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, Project

PRODID = "-//dctracker//Gwangju-Jeonnam data-center tracker//KO"


def write_ics(path: Path, milestones: Iterable[Milestone], projects: Mapping[int, Project]) -> int:
    """Write the calendar; returns the number of events."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "데이터센터 마일스톤")
    stamp = clock.now().astimezone(UTC)
    count = 0
    for milestone in milestones:
        when = milestone.current
        if when is None:
            continue
        project = projects[milestone.project_id]
        event = Event()
        event.add("uid", f"milestone-{milestone.id}@dctracker")
        event.add("dtstamp", stamp)
        event.add("dtstart", when.start())
        event.add("dtend", when.end() + timedelta(days=1))  # DTEND of a DATE is exclusive
        event.add("summary", _summary(milestone, project, when))
        event.add("description", _description(milestone, project))
        event.add("categories", [milestone.kind.label("ko")])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
        count += 1
    path.write_bytes(calendar.to_ical())
    return count


def _summary(milestone: Milestone, project: Project, when: PartialDate) -> str:
    note = "" if when.precision is Precision.DAY and not when.until else f" ({when.to_text('ko')})"
    done = "[완료] " if milestone.actual else ""
    return f"{done}{project.name} — {milestone.title}{note}"


def _description(milestone: Milestone, project: Project) -> str:
    lines = [f"사업: {project.name} ({project.region.short_label()} {project.sigungu})".rstrip()]
    for label, value in (
        ("기준일", milestone.baseline),
        ("예정일", milestone.forecast),
        ("실적일", milestone.actual),
    ):
        if value is not None:
            lines.append(f"{label}: {value.to_text('ko')} (정밀도: {_precision(value.precision)})")
    lines.append(f"상태: {milestone.status.label('ko')}, 진척률 {milestone.progress}%")
    if milestone.notes:
        lines.append(milestone.notes)
    return "\n".join(lines)


def _precision(precision: Precision) -> str:
    return {"day": "일", "month": "월", "quarter": "분기", "half": "반기", "year": "연"}[precision]
