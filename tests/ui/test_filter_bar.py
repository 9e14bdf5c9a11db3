"""The toolbar's status and period filters narrow the tables, the timeline and
the dashboard together with the region tree and the search box."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot
from ui_helpers import records, type_into

from dctracker.domain import clock
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import ProjectStatus
from dctracker.domain.regions import Region
from dctracker.ui.charts.timeline_tab import TimelineTab
from dctracker.ui.dashboard.view import DashboardView
from dctracker.ui.main_window import MainWindow


def _status_action(window: MainWindow, status: ProjectStatus) -> QAction:
    action = window.findChild(QAction, f"status_{status.value}")
    assert action is not None
    return action


def _only(qtbot: QtBot, window: MainWindow, keep: set[ProjectStatus]) -> None:
    """Untick, in the status menu, every status not in `keep`."""
    for status in ProjectStatus:
        action = _status_action(window, status)
        if action.isChecked() != (status in keep):
            with qtbot.waitSignal(window.filterChanged):
                action.trigger()


def _timeline_projects(window: MainWindow) -> set[str]:
    tab = window.findChild(TimelineTab, "timelineView")
    window.tabs.setCurrentWidget(tab)
    assert tab.view is not None
    return {p.name for p in tab.view.layout_data.projects.values()}


def _type_period(qtbot: QtBot, window: MainWindow, first: str, last: str) -> None:
    for name, text in (("periodFrom", first), ("periodTo", last)):
        edit = window.findChild(QLineEdit, name)
        type_into(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_status_menu_narrows_tables_timeline_and_dashboard(qtbot: QtBot, window: MainWindow) -> None:
    button = window.findChild(QToolButton, "statusFilter")
    assert button.text() == "상태: 전체 ▾"
    _only(qtbot, window, {ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS})
    assert button.text() == "상태: 계획, 추진 중 ▾"
    shown = records(window, "projects")
    assert len(shown) == 5 and {p.status for p in shown} == {ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS}
    planned_ids = {p.id for p in shown}
    assert {m.project_id for m in records(window, "milestones")} <= planned_ids
    assert _timeline_projects(window) <= {p.name for p in shown}
    dashboard = window.findChild(DashboardView)
    assert {p.id for p in dashboard.data.projects} == planned_ids
    assert window.current_filter().statuses == frozenset({ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS})


def test_all_statuses_entry_brings_everything_back(qtbot: QtBot, window: MainWindow) -> None:
    _only(qtbot, window, {ProjectStatus.IDEA})
    assert {p.status for p in records(window, "projects")} == {ProjectStatus.IDEA}
    everything = next(
        a for a in window.findChild(QToolButton, "statusFilter").menu().actions() if a.text() == "모든 상태"
    )
    with qtbot.waitSignal(window.filterChanged):
        everything.trigger()
    assert window.current_filter().statuses is None and len(records(window, "projects")) == 8


def test_typed_period_keeps_milestones_in_it(qtbot: QtBot, window: MainWindow) -> None:
    with clock.frozen(datetime(2026, 12, 4, 9, 0)):  # 2030 is not "this year"
        _type_period(qtbot, window, "2030", "2030")
    assert window.current_filter().period == Period(date(2030, 1, 1), date(2030, 12, 31))
    shown = records(window, "milestones")
    assert shown and all(m.current.year == 2030 for m in shown)
    oracle = {p.name for p in records(window, "projects")}
    assert "광양 오라클 클라우드 데이터센터" in oracle  # planned until 2030
    assert window.findChild(QComboBox, "periodPreset").currentText() == "기간 지정…"


def test_unreadable_period_says_why_and_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    before = window.current_filter()
    edit = window.findChild(QLineEdit, "periodFrom")
    type_into(qtbot, edit, "2025-13")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "2025-13" in edit.toolTip() and "월은 1~12" in edit.toolTip()
    assert window.current_filter() == before and len(records(window, "projects")) == 8


def test_presets_fill_the_dates(qtbot: QtBot, window: MainWindow) -> None:
    picker = window.filter_bar.period_picker
    picker.today = date(2026, 11, 26)
    combo = window.findChild(QComboBox, "periodPreset")
    with qtbot.waitSignal(window.filterChanged):
        combo.activated.emit(2)  # what a click on 향후 3년 sends
    assert window.current_filter().period == Period(date(2026, 1, 1), date(2028, 12, 31))
    assert picker.from_edit.text() == "2026년" and picker.to_edit.text() == "2028년"
    with qtbot.waitSignal(window.filterChanged):
        combo.activated.emit(0)
    assert window.current_filter().period is None and picker.from_edit.text() == ""


def test_region_click_and_search_keep_status_and_period(qtbot: QtBot, window: MainWindow) -> None:
    _only(qtbot, window, {ProjectStatus.PLANNED})
    _type_period(qtbot, window, "2020", "2035")
    window.region_tree.select(RecordFilter(region=Region.JEONNAM))
    f = window.current_filter()
    assert f.region is Region.JEONNAM
    assert f.statuses == frozenset({ProjectStatus.PLANNED})
    assert f.period == Period(date(2020, 1, 1), date(2035, 12, 31))


def test_filters_set_elsewhere_show_in_the_controls(qtbot: QtBot, window: MainWindow) -> None:
    window.set_filter(
        RecordFilter(statuses=frozenset({ProjectStatus.OPERATING}), period=Period(date(2025, 4, 1), date.max))
    )
    assert window.findChild(QToolButton, "statusFilter").text() == "상태: 운영 중 ▾"
    assert window.findChild(QLineEdit, "periodFrom").text() == "2025. 4. 1."
    assert window.findChild(QLineEdit, "periodTo").text() == ""
    oracle = next(p for p in window.store.projects.all() if "오라클" in p.name)
    window.recordActivated.emit("projects", oracle.id)  # hidden: the filter is cleared
    assert window.findChild(QToolButton, "statusFilter").text() == "상태: 전체 ▾"
    assert window.findChild(QLineEdit, "periodFrom").text() == ""


def test_status_menu_stays_open_for_several_clicks(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.findChild(QToolButton, "statusFilter").menu()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    for status in (ProjectStatus.IDEA, ProjectStatus.CANCELLED):
        action = _status_action(window, status)
        with qtbot.waitSignal(window.filterChanged):
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert not action.isChecked() and menu.isVisible()
    menu.close()
    assert ProjectStatus.IDEA not in window.current_filter().statuses
    assert {p.status for p in records(window, "projects")}.isdisjoint({ProjectStatus.IDEA})


def test_dashboard_heading_and_printed_timeline_say_what_is_left_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    from dctracker.render.timeline.export import scope_text

    window.set_filter(
        RecordFilter(
            region=Region.JEONNAM,
            statuses=frozenset({ProjectStatus.PLANNED}),
            period=Period(date(2026, 1, 1), date(2028, 12, 31)),
        )
    )
    heading = window.findChild(DashboardView).heading.text()
    assert "전라남도" in heading and "상태: 계획" in heading and "일정: 2026년 – 2028년" in heading
    scope = scope_text(window.current_filter(), "ko")
    assert scope == "지역: 전라남도 · 상태: 계획 · 일정: 2026년 – 2028년"


def test_period_ending_before_it_starts_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    _type_period(qtbot, window, "2030", "2020")
    # "from 2030" applied on its own; the end before it is refused, nothing else changes
    assert window.current_filter().period == Period(date(2030, 1, 1), date.max)
    assert window.findChild(QLineEdit, "periodTo").toolTip() == "기간의 끝이 시작보다 앞섭니다."


def _shown_mous(window: MainWindow) -> tuple[set[str], set[str]]:
    """MOU titles in the 협약 tab and in the dashboard's ledger."""
    ledger = window.findChild(DashboardView).data.ledger
    return {m.title for m in records(window, "mous")}, {row.mou.title for row in ledger}


def test_status_and_period_narrow_the_mou_tab_and_the_ledger(qtbot: QtBot, window: MainWindow) -> None:
    oracle = "광양 황금산단 오라클 클라우드 데이터센터 투자협약"
    nhn = "순천 NHN 공공 클라우드 데이터센터 협약"
    assert _shown_mous(window) == ({oracle, nhn}, {oracle, nhn})
    _type_period(qtbot, window, "2030", "2030")  # the Oracle MOU falls due in 2030; NHN's by 2025
    assert _shown_mous(window) == ({oracle}, {oracle})
    _only(qtbot, window, {ProjectStatus.OPERATING})  # both MOUs are for planned projects
    assert _shown_mous(window) == (set(), set())
    _only(qtbot, window, {ProjectStatus.PLANNED})
    assert _shown_mous(window) == ({oracle}, {oracle})
