"""Change sets (issue 14 §2): a write tells the views what changed, and they
update just that (rows, not a reset; hidden tabs later), not everything."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget
from pytestqt.qtbot import QtBot
from ui_helpers import click_row, save, table, type_into

from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import Region
from dctracker.services.changes import Changes
from dctracker.ui.main_window import MainWindow
from dctracker.ui.models.record_table import RecordRole
from dctracker.ui.widgets.when_shown import LoadWhenShown

MAX_AFTER_COMMIT = 8  # issue 14: 13 before change sets


def _row_of(window: MainWindow, kind: str, record_id: int) -> int | None:
    return window.tables[kind].source.row_of(record_id)


def test_a_progress_update_reads_little_after_it_is_written(qtbot: QtBot, window: MainWindow) -> None:
    milestone = click_row(qtbot, window, "milestones", "광양")
    dialog = window.detail.open_milestone_update()
    assert dialog is not None
    dialog.progress.setValue(55)
    statements: list[str] = []
    window.store.db.conn.set_trace_callback(statements.append)
    try:
        dialog.buttons.accepted.emit()
    finally:
        window.store.db.conn.set_trace_callback(None)
    assert window.store.milestones.get(milestone.id).progress == 55
    assert "COMMIT" in statements
    after = statements[statements.index("COMMIT") + 1 :]
    assert len(after) <= MAX_AFTER_COMMIT, "\n".join(after)
    assert sum("FROM history" in s for s in after) == 1, "\n".join(after)  # the form loads once
    shown = table(window, "milestones").model()
    row = next(r for r in range(shown.rowCount()) if shown.index(r, 0).data(RecordRole).id == milestone.id)
    assert shown.index(row, 0).data(RecordRole).progress == 55
    assert window.detail.form.record.progress == 55
    assert "55" in window.detail.form.history.item(0).text()  # newest first: this update


def test_under_a_region_filter_a_progress_update_also_updates_just_its_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_filter(RecordFilter(region=Region.JEONNAM))
    milestone = click_row(qtbot, window, "milestones", "광양")
    model = window.tables["milestones"].source
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    dialog = window.detail.open_milestone_update()
    assert dialog is not None
    dialog.progress.setValue(70)
    statements: list[str] = []
    window.store.db.conn.set_trace_callback(statements.append)
    try:
        dialog.buttons.accepted.emit()
    finally:
        window.store.db.conn.set_trace_callback(None)
    after = statements[statements.index("COMMIT") + 1 :]
    assert len(after) <= MAX_AFTER_COMMIT, "\n".join(after)
    assert resets == [] and model.record(_row_of(window, "milestones", milestone.id)).progress == 70


def test_a_milestone_moved_out_of_the_filter_leaves_the_table_not_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_filter(RecordFilter(region=Region.JEONNAM))
    milestone = click_row(qtbot, window, "milestones", "광양")
    elsewhere = next(p for p in window.store.projects.all() if p.region is Region.GWANGJU)
    read = window.store.milestones.get(milestone.id)
    window.editor.save("milestones", read, replace(read, project_id=elsewhere.id), {})
    assert _row_of(window, "milestones", milestone.id) is None
    assert window.detail.form.record.id == milestone.id  # still shown, now of the 광주 project
    assert window.detail.form.record.project_id == elsewhere.id
    window.set_filter(RecordFilter())
    assert _row_of(window, "milestones", milestone.id) is not None


def test_a_save_updates_its_row_without_resetting_the_table(qtbot: QtBot, window: MainWindow) -> None:
    project = click_row(qtbot, window, "projects", "광양")
    model = window.tables["projects"].source
    row = _row_of(window, "projects", project.id)
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last, _roles=(): changed.append((first.row(), last.row())))
    type_into(qtbot, window.detail.forms["projects"].editor("site"), "광양 황금일반산업단지")
    save(qtbot, window)
    assert resets == [] and changed == [(row, row)]
    assert model.record(row).site == "광양 황금일반산업단지"
    assert window.tables["projects"].current_record().id == project.id  # still selected


def test_delete_removes_its_row_and_undo_puts_it_back_in_place(qtbot: QtBot, window: MainWindow) -> None:
    milestone = click_row(qtbot, window, "milestones", "광양")
    model = window.tables["milestones"].source
    row = _row_of(window, "milestones", milestone.id)
    count = model.rowCount()
    resets: list[bool] = []
    removed: list[int] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsRemoved.connect(lambda _parent, first, _last: removed.append(first))
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    window.delete_record()
    assert (
        removed == [row]
        and model.rowCount() == count - 1
        and _row_of(window, "milestones", milestone.id) is None
    )
    window.undo_stack.undo()
    assert len(inserted) == 1 and _row_of(window, "milestones", milestone.id) == row
    assert resets == []


def test_a_row_that_moves_in_a_sorted_table_stays_selected(qtbot: QtBot, window: MainWindow) -> None:
    view = table(window, "projects")
    window.tabs.setCurrentWidget(view)
    name_column = view.source.column_of("Project")
    view.sortByColumn(name_column, Qt.SortOrder.AscendingOrder)
    first = view.model().index(0, 0).data(RecordRole)
    view.selectRow(0)
    type_into(qtbot, window.detail.forms["projects"].editor("name"), "힣 맨 끝으로 가는 사업")
    save(qtbot, window)
    names = [view.model().index(r, name_column).data() for r in range(view.model().rowCount())]
    assert names == sorted(names) and names[-1] == "힣 맨 끝으로 가는 사업"
    assert view.current_record().id == first.id


def test_a_renamed_project_shows_in_the_milestone_table(qtbot: QtBot, window: MainWindow) -> None:
    milestones = table(window, "milestones").source
    project = window.store.projects.get(milestones.record(0).project_id)
    window.editor.save("projects", project, replace(project, name="새 이름 데이터센터"), {})
    assert milestones.index(0, 0).data() == "새 이름 데이터센터"


def test_changes_elsewhere_reload_everything(qtbot: QtBot, window: MainWindow) -> None:
    project = click_row(qtbot, window, "projects", "광양")
    window.store.projects.update(replace(project, site="다른 창에서 바꾼 부지"))  # not through a service
    with qtbot.waitSignal(window.tables["projects"].source.modelReset):
        window.notify_store_changed()
    assert window.detail.form.record.site == "다른 창에서 바꾼 부지"
    assert window.tables["projects"].current_record().site == "다른 창에서 바꾼 부지"


def test_a_hidden_tab_loads_when_shown_and_not_before(qtbot: QtBot) -> None:
    """LoadWhenShown: the one 'reload later when shown' of every tab."""
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    first, second = QLabel("first"), QLabel("second")
    tabs.addTab(first, "first")
    tabs.addTab(second, "second")
    loads: list[str] = []
    loader = LoadWhenShown(second, lambda: loads.append("second"))
    loader.changed(Changes.EVERYTHING)
    assert loads == [] and loader.stale  # hidden: only marked
    tabs.setCurrentWidget(second)  # the window not even on screen yet
    assert loads == ["second"] and not loader.stale
    loader.changed(Changes.EVERYTHING)  # shown: at once
    assert loads == ["second", "second"]
    tabs.setCurrentWidget(first)
    loader.changed(Changes.EVERYTHING)
    loader.ensure()  # someone about to read it
    assert loads == ["second"] * 3
    tabs.setCurrentWidget(second)
    window.show()
    qtbot.waitExposed(window)
    assert loads == ["second"] * 3  # nothing changed since
