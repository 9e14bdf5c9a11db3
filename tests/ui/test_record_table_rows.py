from __future__ import annotations

from PySide6.QtCore import Qt

from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store.rows import RecordRows
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
