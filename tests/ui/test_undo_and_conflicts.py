"""Undo/redo follow the database; two windows on one file never lose an update."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot
from ui_helpers import Dialogs, click_row, records, save, table, type_into, type_text

from dctracker.store.errors import NotFoundError
from dctracker.ui.dialogs import conflict, messages
from dctracker.ui.dialogs.conflict import Choice, ConflictDialog
from dctracker.ui.main_window import MainWindow


def _snapshot(window: MainWindow) -> dict[str, Any]:
    store = window.store
    return {
        kind: [(r.id, getattr(store, kind).snapshot(r)) for r in getattr(store, kind).all()]
        for kind in ("projects", "mous", "milestones", "organizations", "indicators")
    }


def test_undo_and_redo_of_an_edit_restore_the_database(qtbot: QtBot, window: MainWindow) -> None:
    before = _snapshot(window)
    project = click_row(qtbot, window, "projects", "광양")
    type_into(qtbot, window.detail.forms["projects"].editor("investment").edit, "8000억")
    save(qtbot, window)
    after = _snapshot(window)
    assert after != before
    undo = window.findChild(QAction, "undoAction")
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    undo.trigger()
    assert _snapshot(window) == before
    assert window.detail.form.editor("investment").edit.text() == "7,000억 원"
    window.findChild(QAction, "redoAction").trigger()
    assert _snapshot(window) == after
    assert window.store.projects.get(project.id).investment == 8000 * 10**8


def test_undo_create_and_delete_across_tabs(qtbot: QtBot, window: MainWindow) -> None:
    before = _snapshot(window)
    window.tabs.setCurrentWidget(window.tables["organizations"])
    window.new_record()
    type_into(qtbot, window.detail.forms["organizations"].editor("name"), "전남정보문화산업진흥원")
    save(qtbot, window)
    project = click_row(qtbot, window, "projects", "광양")
    window.delete_record()  # the project, its milestones, its MOU link
    with pytest.raises(NotFoundError):
        window.store.projects.get(project.id)
    window.undo_stack.undo()
    assert window.store.projects.get(project.id).name == project.name
    window.undo_stack.undo()
    assert _snapshot(window) == before
    window.undo_stack.redo()
    window.undo_stack.redo()
    with pytest.raises(NotFoundError):
        window.store.projects.get(project.id)
    assert "전남정보문화산업진흥원" in {o.name for o in window.store.organizations.all()}


def test_undo_of_a_progress_update(qtbot: QtBot, window: MainWindow) -> None:
    milestone = click_row(qtbot, window, "milestones", "광양")
    before = window.store.milestones.snapshot(window.store.milestones.get(milestone.id))
    dialog = window.detail.open_milestone_update()
    dialog.progress.setValue(55)
    dialog.buttons.accepted.emit()
    window.undo_stack.undo()
    assert window.store.milestones.snapshot(window.store.milestones.get(milestone.id)) == before


def test_two_windows_conflict_keep_mine(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[tuple[str, str, str]]] = []

    def choose(_parent: object, _title: str, rows: list[tuple[str, str, str]]) -> Choice:
        asked.append(rows)
        return Choice.KEEP_MINE

    monkeypatch.setattr(conflict, "ask_conflict", choose)
    mine, theirs = open_window(), open_window()
    project = click_row(qtbot, mine, "projects", "광양")
    click_row(qtbot, theirs, "projects", "광양")
    type_into(qtbot, mine.detail.forms["projects"].editor("investment").edit, "9000억")
    type_into(qtbot, theirs.detail.forms["projects"].editor("investment").edit, "7500억")
    type_into(qtbot, theirs.detail.forms["projects"].editor("site"), "광양 황금일반산업단지")
    save(qtbot, theirs)
    save(qtbot, mine)
    assert asked == [[("투자액", "900,000,000,000원", "750,000,000,000원")]]
    stored = mine.store.projects.get(project.id)
    assert stored.investment == 9000 * 10**8
    assert stored.site == "광양 황금일반산업단지"  # their other change survives
    history = mine.store.db.execute(
        "SELECT new FROM history WHERE table_name = 'projects' AND record_id = ? AND field = 'investment'",
        (project.id,),
    ).fetchall()
    assert [row[0] for row in history] == [str(7500 * 10**8), str(9000 * 10**8)]


def test_two_windows_conflict_take_theirs_and_cancel(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [Choice.CANCEL, Choice.TAKE_THEIRS]
    monkeypatch.setattr(conflict, "ask_conflict", lambda *_args: answers.pop(0))
    mine, theirs = open_window(), open_window()
    project = click_row(qtbot, mine, "projects", "광양")
    click_row(qtbot, theirs, "projects", "광양")
    form = mine.detail.forms["projects"]
    type_into(qtbot, form.editor("planned_jobs").edit, "300")
    type_into(qtbot, theirs.detail.forms["projects"].editor("planned_jobs").edit, "250")
    save(qtbot, theirs)
    save(qtbot, mine)  # cancel: my text stays in the form, nothing written
    assert form.dirty and form.editor("planned_jobs").edit.text() == "300"
    assert mine.store.projects.get(project.id).planned_jobs == 250
    save(qtbot, mine)  # take theirs: the form shows their value
    assert form.editor("planned_jobs").edit.text() == "250" and not form.dirty
    assert mine.store.projects.get(project.id).planned_jobs == 250


def test_conflict_dialog_shows_both_values(qtbot: QtBot) -> None:
    dialog = ConflictDialog("광양 오라클", [("투자액", "900,000,000,000원", "750,000,000,000원")])
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(3)]
    assert cells == ["투자액", "900,000,000,000원", "750,000,000,000원"]
    dialog.take_theirs.click()
    assert dialog.choice is Choice.TAKE_THEIRS


def test_progress_update_on_a_milestone_changed_elsewhere_asks(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[tuple[str, str, str]]] = []
    monkeypatch.setattr(conflict, "ask_conflict", lambda _p, _t, rows: asked.append(rows) or Choice.KEEP_MINE)
    mine, theirs = open_window(), open_window()
    milestone = click_row(qtbot, mine, "milestones", "광양")
    dialog = mine.detail.open_milestone_update()
    dialog.progress.setValue(30)
    other = theirs.store.milestones.get(milestone.id)
    other.progress, other.owner = 20, "전라남도 데이터산업팀"
    theirs.store.milestones.update(other)
    dialog.buttons.accepted.emit()
    assert asked == [[("진척률", "30", "20")]]
    stored = mine.store.milestones.get(milestone.id)
    assert stored.progress == 30 and stored.owner == "전라남도 데이터산업팀"


@pytest.mark.parametrize("delete_anyway", [False, True])
def test_deleting_a_record_changed_elsewhere_asks_first(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    delete_anyway: bool,
) -> None:
    questions: list[str] = []
    answers = [True, delete_anyway]  # "delete it?", then "changed since: delete anyway?"

    def ask(_parent: object, question: str, *_args: object, **_kwargs: object) -> bool:
        questions.append(question)
        return answers.pop(0)

    monkeypatch.setattr(messages, "ask_yes_no", ask)
    mine, theirs = open_window(), open_window()
    milestone = click_row(qtbot, mine, "milestones", "")
    click_row(qtbot, theirs, "milestones", "")
    type_into(qtbot, theirs.detail.forms["milestones"].editor("owner"), "전라남도 정보화담당관")
    save(qtbot, theirs)
    mine.delete_record()
    assert len(questions) == 2 and milestone.title in questions[1] and "그래도 삭제" in questions[1]
    if delete_anyway:
        with pytest.raises(NotFoundError):
            mine.store.milestones.get(milestone.id)
        mine.undo_stack.undo()  # brings back their version, not the one read
    assert mine.store.milestones.get(milestone.id).owner == "전라남도 정보화담당관"


def test_undo_of_a_mou_save_takes_back_the_organizations_it_created(qtbot: QtBot, window: MainWindow) -> None:
    """One save, one undo step: the new party and the organization typed for it."""
    before = _snapshot(window)
    mou = click_row(qtbot, window, "mous", "오라클")
    form = window.detail.forms["mous"]
    qtbot.mouseClick(form.parties.add_button, Qt.MouseButton.LeftButton)
    row = form.parties._rows[-1]
    type_text(row.name, "광양만권경제자유구역청")
    qtbot.waitUntil(row.is_new.isVisible)
    save(qtbot, window)
    names = lambda: {o.name for o in window.store.organizations.all()}  # noqa: E731
    assert "광양만권경제자유구역청" in names()
    window.undo_stack.undo()
    assert "광양만권경제자유구역청" not in names()
    assert _snapshot(window) == before
    window.undo_stack.redo()
    assert window.store.mous.get(mou.id).parties[-1].name == "광양만권경제자유구역청"
    assert "광양만권경제자유구역청" in names()


def test_two_saves_are_undone_one_by_one_without_a_false_conflict(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    """Issue 12 #11: save 총사업비 twice, Ctrl+Z twice: each undo is this window's
    own, so neither may say another user changed the record."""
    project = click_row(qtbot, window, "projects", "광양")
    investment = lambda: window.store.projects.get(project.id).investment  # noqa: E731
    original = investment()
    editor = window.detail.forms["projects"].editor("investment").edit
    type_into(qtbot, editor, "8000억")
    save(qtbot, window)
    type_into(qtbot, editor, "9000억")
    save(qtbot, window)
    assert investment() == 9000 * 10**8
    undo = window.findChild(QAction, "undoAction")
    undo.trigger()
    assert investment() == 8000 * 10**8
    undo.trigger()
    assert dialogs.errors == []
    assert investment() == original
    assert not undo.isEnabled()
    redo = window.findChild(QAction, "redoAction")
    redo.trigger()
    redo.trigger()
    assert dialogs.errors == [] and investment() == 9000 * 10**8


def test_undo_of_a_delete_after_someone_created_a_record(
    qtbot: QtBot, open_window: Callable[..., MainWindow], dialogs: Dialogs
) -> None:
    """Issue 12 #3: the new record does not take the deleted one's id, so the
    undo brings the deleted one back under its own id."""
    mine, theirs = open_window(), open_window()
    last = max(mine.store.milestones.all(), key=lambda m: m.id or 0)  # the id SQLite reused
    view = table(mine, "milestones")
    mine.tabs.setCurrentWidget(view)
    row = next(r for r, record in enumerate(records(mine, "milestones")) if record.id == last.id)
    view.selectRow(row)
    mine.delete_record()
    created = theirs.store.milestones.create(replace(last, id=None, title="새 일정"))
    assert created.id != last.id
    assert [c.field for c in theirs.store.milestone_history(created.id)] == ["*"]
    mine.undo_stack.undo()
    assert dialogs.errors == []
    assert mine.store.milestones.get(last.id).title == last.title
