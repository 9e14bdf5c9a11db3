"""Undo and redo proven over random sequences, not sampled (issue 14 §7).

A Hypothesis state machine drives the window's editing service (ui/editing:
Editor and its undo commands on a QUndoStack) with creates, edits, progress
updates, deletes, undo, redo and writes by a second connection (another
user). After every step the database, the undo stack and a plain in-memory
model agree, and a replay is refused as a conflict exactly when another
user changed its record since this stack last wrote it: never otherwise.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import Dialogs

from dctracker.bootstrap import create_database
from dctracker.domain.records import Milestone, MilestoneUpdate, Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.ui.dialogs import conflict
from dctracker.ui.editing import service
from dctracker.ui.editing.service import Editor

# The fields the model keeps of each kind (the rest stay at their defaults).
FIELDS = {
    "projects": ("name", "investment", "notes"),
    "milestones": ("project_id", "title", "progress", "notes"),
}
_NEW: dict[str, dict[str, Any]] = {"projects": {"notes": ""}, "milestones": {"progress": 0, "notes": ""}}
Key = tuple[str, int]
Fields = dict[str, Any]
NAMES = st.sampled_from(["광양 데이터센터", "해남 솔라시도 AI 캠퍼스", "광주 AI 집적단지"])
AMOUNTS = st.none() | st.integers(min_value=0, max_value=10**13)
NOTES = st.sampled_from(["", "부지 확정", "협약 변경", "MOU 재협상"])


@dataclass
class Step:
    """One entry of the undo stack as the model sees it."""

    text: str
    changes: list[tuple[Key, Fields | None, Fields | None]]  # record, before, after (None: absent)
    guard: Key  # the record whose version its replays name, when it exists


@dataclass
class Model:
    records: dict[Key, Fields] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)
    index: int = 0
    outside: set[Key] = field(default_factory=set)  # changed elsewhere since this stack wrote it
    last_id: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def new_id(self, kind: str, record_id: int | None) -> int:
        """A new record's id, checked: past every id its table gave before."""
        assert record_id is not None and record_id > self.last_id[kind]
        self.last_id[kind] = record_id
        return record_id

    def ids(self, kind: str) -> list[int]:
        return sorted(i for k, i in self.records if k == kind)

    def push(self, step: Step) -> None:
        del self.steps[self.index :]  # a new edit drops what could be redone
        self.steps.append(step)
        self.index += 1
        self.apply(step, redo=True)

    def apply(self, step: Step, *, redo: bool) -> None:
        for key, before, after in step.changes:
            now = after if redo else before
            if now is None:
                self.records.pop(key, None)
            else:
                self.records[key] = dict(now)
            self.outside.discard(key)

    def conflicts(self, step: Step) -> bool:
        """Whether replaying `step` names a version someone else moved on."""
        return step.guard in self.records and step.guard in self.outside


def _text(source: str) -> str:
    return QCoreApplication.translate("Editing", source)


class EditingMachine(RuleBasedStateMachine):
    new_path: Callable[[], Path]
    dialogs: Dialogs

    def __init__(self) -> None:
        super().__init__()
        path = self.new_path()
        self.store: Store = create_database(path, demo=False)
        self.other: Store = open_store(path)  # another user's connection
        self.stack = QUndoStack()
        self.parent = QWidget()
        self.editor = Editor(self.store, "en", self.parent, self.stack, lambda _changes: None)
        self.model = Model()
        self.dialogs.errors.clear()

    def teardown(self) -> None:
        self.store.close()
        self.other.close()
        self.parent.deleteLater()

    # The user, through the editing service (each base read fresh, as the
    # form does after every change)

    @rule(name=NAMES, investment=AMOUNTS)
    def create_project(self, name: str, investment: int | None) -> None:
        record = Project(name=name, region=Region.JEONNAM, investment=investment)
        created = self.editor.save("projects", record, record, {})
        assert created is not None
        key = ("projects", self.model.new_id("projects", created.id))
        self._push(_text(service.CREATE), key, {"name": name, "investment": investment})

    @precondition(lambda self: self.model.ids("projects"))
    @rule(data=st.data(), name=NAMES, investment=AMOUNTS)
    def edit_project(self, data: st.DataObject, name: str, investment: int | None) -> None:
        base = self.store.projects.get(data.draw(st.sampled_from(self.model.ids("projects"))))
        saved = self.editor.save("projects", base, replace(base, name=name, investment=investment), {})
        assert saved is not None
        self._push(_text(service.EDIT), ("projects", base.id or 0), {"name": name, "investment": investment})

    @precondition(lambda self: self.model.ids("projects"))
    @rule(data=st.data(), title=st.sampled_from(["착공", "준공", "인허가 완료"]))
    def create_milestone(self, data: st.DataObject, title: str) -> None:
        project_id = data.draw(st.sampled_from(self.model.ids("projects")))
        record = Milestone(project_id=project_id, title=title)
        created = self.editor.save("milestones", record, record, {})
        assert created is not None
        key = ("milestones", self.model.new_id("milestones", created.id))
        self._push(_text(service.CREATE), key, {"project_id": project_id, "title": title})

    @precondition(lambda self: self.model.ids("milestones"))
    @rule(data=st.data(), progress=st.integers(min_value=0, max_value=100))
    def update_progress(self, data: st.DataObject, progress: int) -> None:
        read = self.store.milestones.get(data.draw(st.sampled_from(self.model.ids("milestones"))))
        update = MilestoneUpdate(milestone_id=read.id or 0, progress=progress, comment="진행 현황")
        assert self.editor.record_update(read, update) is not None
        self._push(_text(service.PROGRESS), ("milestones", read.id or 0), {"progress": progress})

    @precondition(lambda self: self.model.ids("milestones"))
    @rule(data=st.data())
    def delete_milestone(self, data: st.DataObject) -> None:
        record = self.store.milestones.get(data.draw(st.sampled_from(self.model.ids("milestones"))))
        assert self.editor.delete("milestones", record)
        self._push(_text(service.DELETE), ("milestones", record.id or 0), None)

    @precondition(lambda self: self.model.ids("projects"))
    @rule(data=st.data())
    def delete_project(self, data: st.DataObject) -> None:
        project_id = data.draw(st.sampled_from(self.model.ids("projects")))
        project = self.store.projects.get(project_id)
        assert self.editor.delete("projects", project)
        changes: list[tuple[Key, Fields | None, Fields | None]] = [
            (key, fields, None)
            for key, fields in self.model.records.items()
            if key[0] == "milestones" and fields["project_id"] == project_id
        ]
        changes.append((("projects", project_id), self.model.records[("projects", project_id)], None))
        self.model.push(Step(_text(service.DELETE), changes, ("projects", project_id)))
        self._no_errors()

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        step = self.model.steps[self.model.index - 1]
        conflict_expected = self.model.conflicts(step)
        self.stack.undo()
        self.model.index -= 1
        self._replayed(step, conflict_expected, redo=False)

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        step = self.model.steps[self.model.index]
        conflict_expected = self.model.conflicts(step)
        self.stack.redo()
        self._replayed(step, conflict_expected, redo=True)
        if not conflict_expected:
            self.model.index += 1

    # Another user, on a connection of their own

    @precondition(lambda self: self.model.records)
    @rule(data=st.data(), notes=NOTES)
    def outside_edit(self, data: st.DataObject, notes: str) -> None:
        key = data.draw(st.sampled_from(sorted(self.model.records)))
        repo = getattr(self.other, key[0])
        repo.update(replace(repo.get(key[1]), notes=notes))
        if self.model.records[key]["notes"] != notes:  # saving the same value writes nothing
            self.model.records[key]["notes"] = notes
            self.model.outside.add(key)

    @rule(name=NAMES)
    def outside_create(self, name: str) -> None:
        created = self.other.projects.create(Project(name=name, region=Region.GWANGJU))
        record_id = self.model.new_id("projects", created.id)
        self.model.records["projects", record_id] = {"name": name, "investment": None, "notes": ""}

    # Checks after every step

    @invariant()
    def database_matches_the_model(self) -> None:
        stored = {
            (kind, record.id or 0): _fields(kind, record)
            for kind in FIELDS
            for record in getattr(self.store, kind).all()
        }
        assert stored == self.model.records

    @invariant()
    def undo_stack_matches_the_model(self) -> None:
        assert (self.stack.count(), self.stack.index()) == (len(self.model.steps), self.model.index)
        index = self.model.index
        assert self.stack.undoText() == (self.model.steps[index - 1].text if index else "")
        assert self.stack.redoText() == (
            self.model.steps[index].text if index < len(self.model.steps) else ""
        )

    # Helpers

    def _push(self, text: str, key: Key, changed: Fields | None) -> None:
        """A step on one record: `changed` its fields the save set (None: deleted)."""
        old = self.model.records.get(key)
        new = None if changed is None else {**(old or _NEW[key[0]]), **changed}
        self.model.push(Step(text, [(key, old, new)], key))
        self._no_errors()

    def _replayed(self, step: Step, conflict_expected: bool, *, redo: bool) -> None:
        if conflict_expected:  # shown once, the step dropped, nothing written
            assert len(self.dialogs.errors) == 1, self.dialogs.errors
            self.dialogs.errors.clear()
            del self.model.steps[self.model.index]
        else:
            self._no_errors()
            self.model.apply(step, redo=redo)

    def _no_errors(self) -> None:
        assert self.dialogs.errors == []


def _fields(kind: str, record: Any) -> Fields:
    return {name: getattr(record, name) for name in FIELDS[kind]}


def test_undo_and_redo_agree_with_the_database_in_any_order(
    qapp: QApplication, tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_conflict_dialog(*_args: object) -> conflict.Choice:
        raise AssertionError("a user's save from a fresh read asked about a conflict")

    monkeypatch.setattr(conflict, "ask_conflict", no_conflict_dialog)
    numbers = itertools.count()
    EditingMachine.new_path = staticmethod(lambda: tmp_path / f"run{next(numbers)}.db")  # type: ignore[assignment]
    EditingMachine.dialogs = dialogs
    run_state_machine_as_test(
        EditingMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
