"""Record tables size their columns to the text: dates at any precision read
whole at the window's default size (no "2025. 12. …")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, Project
from dctracker.domain.regions import Region


def test_dates_are_never_elided_at_the_default_size(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dates.db"
    store = create_database(path, demo=True)
    project = store.projects.create(Project(name="날짜 사업", region=Region.GWANGJU, sigungu="북구"))
    store.milestones.create(
        Milestone(
            project_id=project.id,  # type: ignore[arg-type]
            title="준공",
            baseline=PartialDate.parse("2025-12-31"),
            forecast=PartialDate.parse("2026년 하반기"),
        )
    )
    store.close()
    window = create_main_window(path, "ko")
    qtbot.addWidget(window)
    window.show()
    view = window.table_ready("milestones")
    window.tabs.setCurrentWidget(view)
    QApplication.processEvents()
    model = view.model()
    shown = set()
    for column in range(model.columnCount()):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if text not in ("2025. 12. 31.", "2026년 하반기"):
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            assert metrics.horizontalAdvance(text) + 8 <= view.columnWidth(column), text
            shown.add(text)
    assert shown == {"2025. 12. 31.", "2026년 하반기"}
