from __future__ import annotations

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneKind, MilestoneStatus, Project
from dctracker.domain.regions import Region
from dctracker.store.codec import columns, from_row, row_reader, to_row


def test_row_reader_reads_back_what_to_row_stores() -> None:
    project = Project(
        id=7,
        name="광양 데이터센터",
        region=Region.JEONNAM,
        sigungu="광양시",
        planned_finish=PartialDate.parse("2030년까지"),
        tags=["클라우드", "동부권"],
    )
    names = tuple(columns(Project))
    row = tuple(to_row(project)[name] for name in names)
    assert row_reader(Project, names)(row) == project == from_row(Project, to_row(project))


def test_row_reader_follows_the_given_column_order_and_keeps_blanks() -> None:
    read = row_reader(Milestone, ("title", "id", "project_id", "kind", "status", "baseline"))
    m = read(("착공", 3, 1, "groundbreaking", "delayed", None))
    assert (m.id, m.title, m.kind, m.status, m.baseline) == (
        3,
        "착공",
        MilestoneKind.GROUNDBREAKING,
        MilestoneStatus.DELAYED,
        None,
    )


def test_an_unknown_stored_value_is_refused_not_guessed() -> None:
    with pytest.raises(ValueError):
        row_reader(Milestone, ("project_id", "title", "status"))((1, "착공", "someday"))
