"""Forms: Korean spellings in, exact values stored; invalid input writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from ui_helpers import Dialogs, click_row, records, save, type_into, type_text

from dctracker.store import open_store
from dctracker.ui.dialogs.milestone_update import MilestoneUpdateDialog
from dctracker.ui.main_window import MainWindow


def test_money_typed_in_korean_is_stored_exactly(qtbot: QtBot, window: MainWindow, demo_db: Path) -> None:
    project = click_row(qtbot, window, "projects", "국가 AI 데이터센터")
    money = window.detail.forms["projects"].editor("investment")
    type_into(qtbot, money.edit, "7,000억원")
    assert money.hint.isVisible() or money.hint.text()
    assert "= 700,000,000,000원" in money.hint.text()
    save(qtbot, window)
    window.close()
    reopened = open_store(demo_db)
    assert reopened.projects.get(project.id).investment == 700_000_000_000
    reopened.close()


def test_invalid_date_shows_its_message_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, demo_db: Path
) -> None:
    project = click_row(qtbot, window, "projects", "광양")
    form = window.detail.forms["projects"]
    type_into(qtbot, form.editor("planned_start").edit, "2025-13-45")
    type_into(qtbot, form.editor("name"), "바뀐 이름")
    save(qtbot, window)
    message = window.detail.findChild(type(form.general_error), "error_planned_start")
    assert "2025-13-45" in message.text() and "월은 1~12" in message.text()
    assert form.dirty
    stored = window.store.projects.get(project.id)
    assert stored.name == project.name and stored.version == project.version


def test_validation_problem_is_shown_next_to_its_field(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, "projects", "광양")
    form = window.detail.forms["projects"]
    type_into(qtbot, form.editor("name"), "")
    save(qtbot, window)
    assert "사업명" in form.findChild(type(form.general_error), "error_name").text()


def test_new_project_is_created_and_selected(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.tables["projects"])
    window.new_record()
    form = window.detail.forms["projects"]
    type_into(qtbot, form.editor("name"), "여수 스마트 데이터센터")
    form.editor("sigungu").set_value("여수시")
    type_into(qtbot, form.editor("area_m2").edit, "10만 5000㎡")
    type_into(qtbot, form.editor("planned_start").edit, "2025년 상반기")
    save(qtbot, window)
    created = next(p for p in window.store.projects.all() if p.name == "여수 스마트 데이터센터")
    assert created.area_m2 == 105_000 and created.planned_start.to_text() == "2025년 상반기"
    assert created.region.value == "jeonnam"
    assert window.tables["projects"].current_record().id == created.id


def test_mou_party_with_a_new_organization(qtbot: QtBot, window: MainWindow) -> None:
    mou = click_row(qtbot, window, "mous", "오라클")
    form = window.detail.forms["mous"]
    before = len(form.parties.value())
    qtbot.mouseClick(form.parties.add_button, Qt.MouseButton.LeftButton)
    row = form.parties._rows[-1]
    type_text(row.name, "광양만권경제자유구역청")
    qtbot.waitUntil(row.is_new.isVisible)
    save(qtbot, window)
    stored = window.store.mous.get(mou.id)
    assert len(stored.parties) == before + 1
    assert stored.parties[-1].name == "광양만권경제자유구역청"
    assert "광양만권경제자유구역청" in {o.name for o in window.store.organizations.all()}


def test_duplicate_then_delete_with_confirmation(qtbot: QtBot, window: MainWindow, dialogs: Dialogs) -> None:
    click_row(qtbot, window, "organizations", "누비랩")
    window.duplicate_record()
    save(qtbot, window)
    names = [o.name for o in window.store.organizations.all()]
    copy_name = next(n for n in names if n.startswith("누비랩") and n != "누비랩")
    click_row(qtbot, window, "organizations", copy_name)
    window.delete_record()
    assert dialogs.questions and copy_name in dialogs.questions[-1]
    assert copy_name not in [o.name for o in window.store.organizations.all()]


def test_delete_project_explains_what_goes_with_it(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    dialogs.answer = False
    project = click_row(qtbot, window, "projects", "광양")
    window.delete_record()
    assert "마일스톤" in dialogs.questions[-1]
    assert window.store.projects.get(project.id)


def test_milestone_update_appears_in_history(qtbot: QtBot, window: MainWindow) -> None:
    milestone = click_row(qtbot, window, "milestones", "광양")
    form = window.detail.forms["milestones"]
    dialog = window.detail.open_milestone_update()
    type_into(qtbot, dialog.forecast.edit, "2026년 하반기")
    dialog.progress.setValue(40)
    type_text(dialog.comment, "부지 조성 공정 반영")
    dialog.buttons.accepted.emit()
    stored = window.store.milestones.get(milestone.id)
    assert stored.forecast.to_text() == "2026년 하반기" and stored.progress == 40
    lines = [form.history.item(i).text() for i in range(form.history.count())]
    assert "2026년 하반기" in lines[0] or "2026년 하반기" in lines[1]
    assert all("부지 조성 공정 반영" in line for line in lines[:2])
    assert any("생성" in line or "created" in line for line in lines[-1:])


def test_unreadable_update_date_keeps_the_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    milestone = click_row(qtbot, window, "milestones", "광양")
    dialog = window.detail.open_milestone_update()
    type_into(qtbot, dialog.actual.edit, "언젠가")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "언젠가" in dialog.error.text()
    assert window.store.milestones.get(milestone.id).version == milestone.version


def test_parsed_edit_tells_what_it_understood(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window("en")
    click_row(qtbot, window, "projects", "광양")
    area = window.detail.forms["projects"].editor("area_m2")
    type_into(qtbot, area.edit, "10만 5000㎡")
    assert area.hint.text() == "= 105,000 m²"
    type_into(qtbot, area.edit, "10만 x")
    assert "cannot read" in area.hint.text()
    assert [r.name for r in records(window, "projects")]


def test_unsaved_invalid_edits_are_not_dropped_when_moving_on(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    click_row(qtbot, window, "projects", "광양")
    form = window.detail.forms["projects"]
    type_into(qtbot, form.editor("planned_finish").edit, "내년쯤")
    click_row(qtbot, window, "projects", "국가 AI")
    assert dialogs.questions  # asked to save first; saving failed on the date
    assert form.editor("planned_finish").edit.text() == "내년쯤" and form.dirty
    assert "광양" in window.tables["projects"].current_record().name


def test_english_form_shows_money_it_can_read_back(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window("en")
    project = click_row(qtbot, window, "projects", "광양")
    money = window.detail.forms["projects"].editor("investment")
    assert money.edit.text() == "700,000,000,000 KRW"
    type_into(qtbot, window.detail.forms["projects"].editor("planned_jobs").edit, "250")
    save(qtbot, window)
    assert window.store.projects.get(project.id).investment == 700_000_000_000


def test_record_progress_from_the_edit_menu(qtbot: QtBot, window: MainWindow, dialogs: Dialogs) -> None:
    action = window.findChild(QAction, "milestoneUpdateAction")
    window.tabs.setCurrentWidget(window.tables["projects"])
    action.trigger()
    assert dialogs.errors and "마일스톤" in dialogs.errors[-1]
    click_row(qtbot, window, "milestones", "광양")
    action.trigger()
    dialogs_open = window.detail.findChildren(MilestoneUpdateDialog)
    assert len(dialogs_open) == 1 and dialogs_open[0].isVisible()


def test_a_form_first_opened_after_a_change_lists_the_new_choices(qtbot: QtBot, window: MainWindow) -> None:
    """Forms are built when first needed: one built late still offers every
    project, including one created before it was ever shown."""
    window.tabs.setCurrentWidget(window.tables["projects"])
    window.new_record()
    form = window.detail.forms["projects"]
    type_into(qtbot, form.editor("name"), "무안 AI 데이터센터")
    form.editor("sigungu").set_value("무안군")
    save(qtbot, window)
    click_row(qtbot, window, "milestones", "")
    picker = window.detail.form.editor("project_id")
    names = [picker.itemText(i) for i in range(picker.count())]
    assert "무안 AI 데이터센터" in names and len(names) == 9


def test_typed_text_is_composed_and_free_of_control_characters(qtbot: QtBot) -> None:
    """Issue 12 #4: decomposed Hangul (macOS input) is stored as the same text as composed."""
    import unicodedata

    from dctracker.ui.widgets.editors import NotesEdit, TagsEdit, TextEdit

    decomposed = unicodedata.normalize("NFD", "광양 데이터센터")
    text, tags, notes = TextEdit(), TagsEdit(), NotesEdit()
    for editor in (text, tags, notes):
        qtbot.addWidget(editor)
    text.set_value(decomposed)
    tags.set_value([decomposed, "AI\x1b"])
    notes.set_value(f"{decomposed}\x07\n둘째 줄")
    assert text.value() == "광양 데이터센터"
    assert tags.value() == ["광양 데이터센터", "AI"]
    assert notes.value() == "광양 데이터센터\n둘째 줄"
