"""A dashboard list of tens of thousands of rows (a province's overdue
milestones) shows its first rows and says how many there are."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dctracker.render.report.sections import Table
from dctracker.ui.dashboard.widgets import MAX_ROWS_SHOWN, TableSection


def test_a_long_table_shows_its_first_rows_its_totals_and_how_many_there_are(qtbot: QtBot) -> None:
    body = MAX_ROWS_SHOWN + 50
    rows = [[f"사업 {i}", str(i)] for i in range(body)] + [["합계", str(sum(range(body)))]]
    table = Table(
        "지연 마일스톤", ["사업", "일"], rows, [*range(1, body + 1), None], frozenset({1}), "없음", totals=1
    )
    section = TableSection("overdue")
    qtbot.addWidget(section)
    section.show_table(table)

    shown = section.table
    assert shown.rowCount() == MAX_ROWS_SHOWN + 1
    assert shown.item(0, 0).text() == "사업 0"
    assert shown.item(MAX_ROWS_SHOWN - 1, 0).text() == f"사업 {MAX_ROWS_SHOWN - 1}"
    assert shown.item(MAX_ROWS_SHOWN, 0).text() == "합계"
    assert f"{body:,}" in section.note.text() and f"{MAX_ROWS_SHOWN:,}" in section.note.text()
    with qtbot.waitSignal(section.rowActivated) as activated:
        shown.cellClicked.emit(MAX_ROWS_SHOWN - 1, 0)
    assert activated.args == [MAX_ROWS_SHOWN]


def test_a_short_table_is_shown_whole_without_a_count(qtbot: QtBot) -> None:
    table = Table("지연 마일스톤", ["사업"], [["가"], ["나"]], [1, 2])
    section = TableSection("overdue")
    qtbot.addWidget(section)
    section.show_table(table)
    assert section.table.rowCount() == 2
    assert section.note.isHidden()
