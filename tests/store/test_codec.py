from __future__ import annotations

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneKind, MilestoneStatus, Mou, MouStatus, Project
from dctracker.domain.regions import Region
from dctracker.store.records.codec import columns, from_row, row_reader, row_values, to_row


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


@pytest.mark.parametrize(
    "record",
    [
        Project(
            name="광양 데이터센터",
            region=Region.JEONNAM,
            planned_start=PartialDate.parse("2025년 상반기"),
            area_m2=1500.0,
            tags=["클라우드", "동부권"],
        ),
        Milestone(
            id=4,
            project_id=1,
            title="착공",
            kind=MilestoneKind.GROUNDBREAKING,
            baseline=PartialDate.parse("2025-03-31"),
            forecast=PartialDate.parse("2026년까지"),
            progress=30,
        ),
        Mou(title="투자협약", status=MouStatus.SIGNED, binding=True, signed_on=PartialDate.parse("2024-11")),
    ],
)
def test_row_values_are_to_row_in_column_order(record) -> None:
    """The bulk writers' row form stores exactly what to_row stores."""
    row = to_row(record)
    assert row_values(type(record))(record) == [row[name] for name in columns(type(record))]
