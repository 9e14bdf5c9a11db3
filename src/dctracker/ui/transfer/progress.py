"""Long work on the UI thread in chunks, with a progress dialog that can cancel.

The store's SQLite connection belongs to the UI thread, so planning and the
final transaction run here; the io/ functions call back every 1,000 rows,
which lets the dialog repaint and notice a click on Cancel. A cancel raises
ImportCancelled inside the work, and the store rolls its transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from dctracker.io.table import Cancelled, Progress

T = TypeVar("T")


def run_with_progress(parent: QWidget, label: str, total: int, work: Callable[[Progress, Cancelled], T]) -> T:
    """Run `work(progress, cancelled)`; `total` 0 shows a busy bar (count unknown)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Transfer", "Cancel"), 0, total, parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Transfer", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.show()
    QApplication.processEvents()

    def progress(done: int) -> None:
        if total:
            dialog.setValue(min(done, total))
        QApplication.processEvents()

    def cancelled() -> bool:
        QApplication.processEvents()
        return dialog.wasCanceled()

    try:
        return work(progress, cancelled)
    finally:
        dialog.close()
        dialog.deleteLater()
