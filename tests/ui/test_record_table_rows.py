from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneKind, MilestoneStatus, Project
from dctracker.domain.regions import Region
from dctracker.store.records.rows import RecordRows
from dctracker.ui.models.milestone_model import MilestoneTableModel
from dctracker.ui.models.project_model import project_model


def test_a_table_over_record_rows_builds_only_the_records_it_shows(qtbot) -> None:
    built: list[int] = []

    def build(row: tuple) -> Project:
        built.append(row[0])
        return Project(id=row[0], name=row[1], region=Region.JEONNAM, sigungu="광양시")

    rows = RecordRows(("id", "name"), [(i, f"사업 {i}") for i in range(1, 10_001)], build)
    model = project_model("ko")
    model.set_records(rows)
    assert model.rowCount() == 10_000
    assert model.data(model.index(4, 0), Qt.ItemDataRole.DisplayRole) == "사업 5"
    assert model.row_of(9_000) == 8_999
    assert built == [5]


def _milestone_rows(built: list[int]) -> RecordRows[Milestone]:
    columns = (
        *("id", "title", "baseline", "forecast", "actual"),
        *("progress", "status", "project_id", "owner", "kind"),
    )
    stored = [
        (1, "착공", "2026-H2", None, None, 0, "planned", 1, "광양시", "groundbreaking"),
        (2, "인허가", "2025-Q3", "2026-03", None, 40, "in_progress", 2, "", "permit"),
        (3, "준공", None, None, None, 0, "planned", 3, "오라클", "completion"),
        (4, "설계", "2025", "2025-Q4", "2025-11-20", 100, "done", 1, "", "design"),
        (5, "부지 매입", "2026-H2", "..2027", None, 10, "delayed", 2, "전라남도", "other"),
        (6, "전력 인입", "2026-06", "2026-03", None, 0, "planned", 9, "한국전력", "other"),
        (7, "시운전", "2027-Q1", "2027-02-10", None, 0, "cancelled", 3, "광양시", "operation_start"),
        (8, "설계 공모", "2024-05", None, None, 0, "in_progress", 1, "", "design"),
    ]

    def build(row: tuple) -> Milestone:
        built.append(row[0])
        values = dict(zip(columns, row, strict=True))
        for name in ("baseline", "forecast", "actual"):
            values[name] = PartialDate.from_value(values[name]) if values[name] else None
        values["status"] = MilestoneStatus(values["status"])
        values["kind"] = MilestoneKind(values["kind"])
        return Milestone(**values)

    return RecordRows(columns, stored, build, date_columns=frozenset({"baseline", "forecast", "actual"}))


@pytest.mark.parametrize(
    "header",
    [
        *("Project", "Milestone", "Status", "Slippage", "Baseline"),
        *("Forecast", "Actual", "Progress", "Kind", "Owner"),
    ],
)
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_stored_columns_builds_no_record_and_orders_as_the_records_do(
    header: str, order: Qt.SortOrder
) -> None:
    built: list[int] = []
    lazy, plain = MilestoneTableModel("ko"), MilestoneTableModel("ko")
    for model in (lazy, plain):  # project 9 has no name: it sorts with the blanks
        model.set_project_names({1: "광양 데이터센터", 2: "AI 집적단지", 3: "광양 데이터센터"})
    lazy.set_records(_milestone_rows(built))
    plain.set_records(list(_milestone_rows([])))
    for model in (lazy, plain):
        model.sort(model.column_of(header), order)
    assert built == []  # the header click sorted stored values
    assert [lazy.record(r).title for r in range(8)] == [plain.record(r).title for r in range(8)]
    assert lazy.row_of(3) == plain.row_of(3)
