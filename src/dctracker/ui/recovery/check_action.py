"""Tools → Check Database: the store's check, reported in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dctracker.services.files import CheckReport, check_file, repair_spans
from dctracker.store.errors import StoreError
from dctracker.ui.dialogs import messages
from dctracker.ui.ops import run_with_progress, worker_store

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow


def run_check(window: MainWindow) -> CheckReport | None:
    title = QCoreApplication.translate("CheckAction", "Check Database")
    path = window.store.path
    try:
        report = run_with_progress(
            window,
            QCoreApplication.translate("CheckAction", "Checking {name}…").format(name=path.name),
            0,
            lambda _store, _progress, _cancelled: check_file(path),
        )
    except StoreError as exc:
        messages.show_error(window, exc.message(window.lang), title)
        return None
    if report.repairable and not report.problems and not window.store.read_only:
        return _offer_repair(window, report, title)
    if report.ok:
        messages.show_info(window, report.summary(window.lang), title)
    else:
        messages.show_error(window, report.summary(window.lang), title)
    return report


def _offer_repair(window: MainWindow, report: CheckReport, title: str) -> CheckReport | None:
    """The records are whole but values derived from them are stale: offer to
    recompute them (store/repair.py), then check again."""
    question = QCoreApplication.translate(
        "CheckAction", "{findings}\n\nRecompute them now? A backup is taken first; no record changes."
    ).format(findings="\n".join(f.text(window.lang) for f in report.repairable))
    if not messages.ask_yes_no(window, question, default_yes=True, title=title):
        return report
    try:
        run_with_progress(
            window,
            QCoreApplication.translate("CheckAction", "Recomputing…"),
            0,
            lambda store, _progress, _cancelled: repair_spans(worker_store(store)),
            store=window.store,
        )
    except StoreError as exc:
        messages.show_error(window, exc.message(window.lang), title)
        return None
    window.notify_store_changed()
    return run_check(window)
