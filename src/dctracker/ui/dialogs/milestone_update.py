"""진행 현황 입력: what changed on a milestone since last time, with a comment."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dctracker.domain.records import Milestone, MilestoneStatus, MilestoneUpdate
from dctracker.ui.widgets.editors import NotesEdit, ProgressSpin, enum_combo
from dctracker.ui.widgets.parsed_edit import DATE, ERROR_STYLE, FieldError, ParsedEdit


class MilestoneUpdateDialog(QDialog):
    def __init__(self, milestone: Milestone, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneUpdateDialog")
        self.setWindowTitle(self.tr("Record progress — {title}").format(title=milestone.title))
        self.milestone = milestone
        self.lang = lang
        self.forecast = ParsedEdit(DATE, lang, "2025년 하반기")
        self.forecast.set_value(milestone.forecast)
        self.actual = ParsedEdit(DATE, lang)
        self.actual.set_value(milestone.actual)
        self.progress = ProgressSpin()
        self.progress.set_value(milestone.progress)
        self.status = enum_combo(MilestoneStatus, lang)
        self.status.set_value(milestone.status)
        self.comment = NotesEdit()
        self.comment.setPlaceholderText(self.tr("What happened, and the source (e.g. 공문 번호)"))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Forecast date"), self.forecast)
        form.addRow(self.tr("Actual date"), self.actual)
        form.addRow(self.tr("Progress"), self.progress)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Comment"), self.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        baseline = milestone.baseline.to_text(lang) if milestone.baseline else "—"
        layout.addWidget(QLabel(self.tr("Baseline: {date}").format(date=baseline), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(480, 360)

    def entered(self) -> MilestoneUpdate | None:
        """The entered update (unchanged fields left None), or None if a date is unreadable."""
        try:
            forecast, actual = self.forecast.value(), self.actual.value()
        except FieldError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            return None
        m = self.milestone
        return MilestoneUpdate(
            milestone_id=m.id or 0,
            forecast=forecast if forecast != m.forecast else None,
            actual=actual if actual != m.actual else None,
            progress=self.progress.value() if self.progress.value() != m.progress else None,
            status=self.status.value() if self.status.value() != m.status else None,
            comment=self.comment.value(),
        )

    def _accept_if_valid(self) -> None:
        if self.entered() is not None:
            self.accept()
