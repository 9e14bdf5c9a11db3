"""The undo stack's commands: each a thin adapter over one replay of
services/undo.py (the writes, their versions and what they changed live
there, without Qt).

A command has already been done once when pushed (the save happened, and
could fail, before it entered the stack). A replay the database refuses
(someone changed the record meanwhile) is shown and the command dropped,
never forced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from dctracker.services.changes import Changes
from dctracker.services.undo import Replay
from dctracker.store.errors import StoreError

log = logging.getLogger(__name__)


class ReplayCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        replay: Replay,
        on_done: Callable[[Changes], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text)
        self._replay = replay
        self._on_done = on_done
        self._on_error = on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the work is done already
            self._pushed = True
            return
        self._run(self._replay.redo)

    def undo(self) -> None:
        self._run(self._replay.undo)

    def _run(self, action: Callable[[], Changes]) -> None:
        try:
            changes = action()
        except StoreError as exc:
            log.warning("undo/redo refused: %s", exc)
            self.setObsolete(True)
            self._on_error(exc)
            changes = Changes.EVERYTHING  # nothing written here; show what was written elsewhere
        self._on_done(changes)
