"""Long work off the UI thread, in the manner of anki's CollectionOp/QueryOp.

An Op runs `work(store, progress, cancelled)` in a QThreadPool thread. The
work gets a connection of its own to the window's file (Store.connect_again:
a SQLite connection serves one thread at a time), or None when it needs no
database (reading a file, copying one). Its progress, its result and its
error come back as signals queued to the UI thread, so the window keeps
painting and answering while an import, export, report, backup or check
runs; services/ own the transactions, as they do on the UI thread.

`run_with_progress` is the modal form the dialogs use: a progress dialog
whose Cancel reaches the work, an event loop running until the work is
done, then the result returned (or the work's error raised) where it was
called.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dctracker.io.table import Cancelled, Progress
from dctracker.store import Store

T = TypeVar("T")
Work = Callable[[Store | None, Progress, Cancelled], T]
log = logging.getLogger(__name__)


class _Signals(QObject):
    """Emitted in the worker thread, received in the UI thread (queued)."""

    progressed = Signal(int)
    done = Signal(object, object)  # result, error (an exception or None)


class _Task(QRunnable):
    def __init__(
        self, work: Work[Any], store: Store | None, signals: _Signals, stop: threading.Event
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Op keeps it until its signal arrived
        self.work, self.store, self.signals, self.stop = work, store, signals, stop

    def run(self) -> None:
        own: Store | None = None
        try:
            own = self.store.connect_again() if self.store is not None else None
            result = self.work(own, self.signals.progressed.emit, self.stop.is_set)
        except Exception as exc:  # handed to the UI thread, which says it or raises it
            self.signals.done.emit(None, exc)
        else:
            self.signals.done.emit(result, None)
        finally:
            if own is not None:
                own.close()


class Op(QObject, Generic[T]):
    """One piece of work in a worker thread. `finished` (UI thread) once it
    ended; then `result` or `error` holds its outcome."""

    progressed = Signal(int)
    finished = Signal()

    def __init__(
        self,
        work: Work[T],
        *,
        store: Store | None = None,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[Exception], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_success, self.on_failure = on_success, on_failure
        self.result: T | None = None
        self.error: Exception | None = None
        self.running = False
        self._stop = threading.Event()
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.done.connect(self._done)
        self._task = _Task(work, store, self._signals, self._stop)

    def start(self) -> Op[T]:
        self.running = True
        QThreadPool.globalInstance().start(self._task)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it raises its own Cancelled error)."""
        self._stop.set()

    def wait(self) -> T:
        """Run the event loop until the work is done; its result, or its error raised."""
        if self.running:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]

    def _done(self, result: T, error: Exception | None) -> None:
        self.result, self.error, self.running = result, error, False
        if error is None and self.on_success is not None:
            self.on_success(result)
        elif error is not None and self.on_failure is not None:
            self.on_failure(error)
        elif error is not None:
            log.error("background work failed", exc_info=error)
        self.finished.emit()


def worker_store(store: Store | None) -> Store:
    """The worker's own connection, which an Op given a store always passes to its work."""
    if store is None:
        raise RuntimeError("this work needs the Op to be given a store")
    return store


def run_with_progress(
    parent: QWidget, label: str, total: int, work: Work[T], *, store: Store | None = None
) -> T:
    """Run `work` in a worker (on its own connection to `store`, if given)
    behind a progress dialog that can cancel; `total` 0 shows a busy bar.
    Returns its result or raises its error, as a call would; meanwhile the
    event loop runs (the window repaints, timers fire)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Transfer", "Cancel"), 0, total, parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Transfer", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    op: Op[T] = Op(work, store=store, parent=dialog)
    op.on_failure = lambda _error: None  # raised below, where the caller says it
    if total:
        op.progressed.connect(lambda done: dialog.setValue(min(done, total)))
    dialog.canceled.connect(op.cancel)
    dialog.show()
    try:
        return op.start().wait()
    finally:
        dialog.close()
        dialog.deleteLater()
