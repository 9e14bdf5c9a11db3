"""Region tree, search box, record activation and the other tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidget
from pytestqt.qtbot import QtBot
from ui_helpers import column, records, table, type_text

from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import Region
from dctracker.ui.main_window import MainWindow
from dctracker.ui.widgets.region_tree import FilterRole


def _node(tree: QTreeWidget, prefix: str):
    items = tree.findItems(prefix, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    assert items, f"no node {prefix!r}"
    return items[0]


def _click(qtbot: QtBot, tree: QTreeWidget, prefix: str) -> None:
    item = _node(tree, prefix)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def test_region_node_filters_every_table(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.findChild(QTreeWidget, "regionTree")
    assert _node(tree, "전체").text(0) == "전체 (8)"
    with qtbot.waitSignal(window.filterChanged) as signal:
        _click(qtbot, tree, "동부권")
    assert signal.args[0].region is Region.JEONNAM
    assert set(column(table(window, "projects"), "시군구")) == {"광양시", "순천시"}
    assert {r.mou_id is not None or True for r in records(window, "milestones")}
    projects = {p.id for p in records(window, "projects")}
    assert records(window, "milestones")
    assert all(m.project_id in projects for m in records(window, "milestones"))
    assert all(m.region in (None, Region.JEONNAM) for m in records(window, "mous"))
    _click(qtbot, tree, "광주광역시")
    assert set(column(table(window, "projects"), "지역")) == {"광주"}


def test_zone_tree_has_unassigned_and_no_district_nodes(window: MainWindow) -> None:
    tree = window.findChild(QTreeWidget, "regionTree")
    unassigned = _node(tree, "권역 미지정")
    assert unassigned.data(0, FilterRole).sigungu >= {"목포시", "나주시"}
    no_district = _node(tree, "(시군구 없음)")
    assert no_district.data(0, FilterRole).sigungu == frozenset({""})


def test_search_finds_korean_substrings_and_escape_clears(qtbot: QtBot, window: MainWindow) -> None:
    box = window.findChild(QLineEdit, "searchBox")
    box.setFocus()
    with qtbot.waitSignal(window.filterChanged, timeout=2000):
        type_text(box, "오라클")
    assert [p.name for p in records(window, "projects")] == ["광양 오라클 클라우드 데이터센터"]
    assert [o.name for o in records(window, "organizations")] == ["한국오라클"]
    box.clear()
    with qtbot.waitSignal(window.filterChanged, timeout=2000):
        type_text(box, "순천")  # two syllables: below the trigram length
    assert any("순천" in p.name for p in records(window, "projects"))
    with qtbot.waitSignal(window.filterChanged):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and window.current_filter().search == ""
    assert len(records(window, "projects")) == 8


def test_search_combines_with_the_region_node(qtbot: QtBot, window: MainWindow) -> None:
    window.set_filter(RecordFilter(region=Region.GWANGJU, search="데이터"))
    names = [p.name for p in records(window, "projects")]
    assert names and all(p.region is Region.GWANGJU for p in records(window, "projects"))
    assert window.search_box.text() == "데이터"


def test_record_activated_selects_it_and_clears_a_hiding_filter(qtbot: QtBot, window: MainWindow) -> None:
    oracle = next(p for p in window.store.projects.all() if "오라클" in p.name)
    milestone = window.store.milestones.where("project_id = ?", (oracle.id,))[0]
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    window.recordActivated.emit("milestones", milestone.id)
    assert window.tabs.currentWidget() is table(window, "milestones")
    assert window.current_filter() == RecordFilter()
    assert window.detail.form.record.id == milestone.id
    assert table(window, "milestones").current_record().id == milestone.id


def test_milestone_table_marks_slippage_and_overdue(window: MainWindow) -> None:
    view = table(window, "milestones")
    model = view.model()
    slip = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "지연"
    )
    status = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "상태"
    )
    overdue = [r for r in range(model.rowCount()) if model.index(r, status).data().startswith("⚠")]
    assert overdue, "the demo data has milestones past their plan"
    row = overdue[0]
    assert model.index(row, status).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert all(model.index(r, slip).data() is not None for r in range(model.rowCount()))


def test_sorting_by_money_puts_blanks_last(qtbot: QtBot, window: MainWindow) -> None:
    view = table(window, "projects")
    headers = [
        view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(view.model().columnCount())
    ]
    view.sortByColumn(headers.index("투자액"), Qt.SortOrder.DescendingOrder)
    values = column(view, "투자액")
    assert values[:2] == ["7,000억 원", "3,000억 원"] and values[-1] == ""


def test_english_window_headers_and_language_switch(qtbot: QtBot, window: MainWindow) -> None:
    assert column(table(window, "projects"), "사업명")
    english = window.actions_.switch_language("en")
    qtbot.addWidget(english)
    assert english.lang == "en"
    view = table(english, "projects")
    assert view.model().headerData(0, Qt.Orientation.Horizontal) == "Project"
    assert english.tabs.tabText(english.tabs.indexOf(view)) == "Projects"
    assert english.findChild(QTreeWidget, "regionTree").topLevelItem(0).text(0).startswith("All")


def test_other_window_changes_show_up(
    qtbot: QtBot, open_window: Callable[..., MainWindow], demo_db: Path
) -> None:
    first, second = open_window(), open_window()
    project = next(p for p in second.store.projects.all() if "국가" in p.name)
    project.investment = 123 * 10**8
    second.store.projects.update(project)
    qtbot.waitUntil(lambda: "123억 원" in column(table(first, "projects"), "투자액"), timeout=4000)


def test_the_form_follows_the_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(table(window, "mous"))
    assert window.detail.kind == "mous" and window.detail.form.record is not None
    assert window.detail.form.record.id == table(window, "mous").current_record().id
    window.tabs.setCurrentWidget(table(window, "projects"))
    assert window.detail.kind == "projects"
