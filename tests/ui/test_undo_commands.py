"""The undo commands on their own: a stack of them over a store, no window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from dctracker.services.changes import Changes
from dctracker.services.undo import EditReplay, Versions
from dctracker.store import Store
from dctracker.store.errors import StoreError
from dctracker.ui.editing.commands import ReplayCommand


def test_two_saves_of_one_record_undo_and_redo_without_a_false_conflict(
    qapp: QApplication, demo_store: Store
) -> None:
    """Issue 12 #11 at the command level: each command names the version the
    stack's last write left, whichever command made it."""
    errors: list[StoreError] = []
    done: list[Changes] = []
    stack, versions = QUndoStack(), Versions()
    repo = demo_store.projects
    original = repo.all()[0]
    for amount in (8000 * 10**8, 9000 * 10**8):
        before = repo.get(original.id)
        saved = repo.update(replace(before, investment=amount))
        stack.push(
            ReplayCommand("Edit", EditReplay(repo, versions, before, saved), done.append, errors.append)
        )
    stack.undo()
    stack.undo()
    assert errors == [] and repo.get(original.id).investment == original.investment
    stack.redo()
    stack.redo()
    assert errors == [] and repo.get(original.id).investment == 9000 * 10**8
    assert done == [Changes.of_updated("projects", [original.id])] * 4  # each replay says what it wrote
