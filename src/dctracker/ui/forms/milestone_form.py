"""The milestone form, with its change history (newest first) underneath."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout

from dctracker.domain.dates import DateParseError, PartialDate
from dctracker.domain.records import FieldChange, Milestone, MilestoneKind, MilestoneStatus
from dctracker.domain.validation import validate_milestone
from dctracker.store.records.history import WHOLE_RECORD
from dctracker.ui.forms.base import Field, RecordForm
from dctracker.ui.forms.lookups import Lookups
from dctracker.ui.widgets.editors import ChoiceCombo, NotesEdit, ProgressSpin, TextEdit, enum_combo
from dctracker.ui.widgets.parsed_edit import DATE, ParsedEdit

DATE_FIELDS = ("baseline", "forecast", "actual")
ENUM_FIELDS = {"status": MilestoneStatus, "kind": MilestoneKind}


class MilestoneForm(RecordForm[Milestone]):
    kind = "milestones"
    validate = staticmethod(validate_milestone)
    updateRequested = Signal()  # 진행 현황 입력

    def fields(self) -> list[Field]:
        lang = self.lang
        self._project = ChoiceCombo([])
        self._mou = ChoiceCombo([], blank=True)
        return [
            Field("title", self.tr("Title"), TextEdit()),
            Field("project_id", self.tr("Project"), self._project),
            Field("mou_id", self.tr("MOU"), self._mou),
            Field("kind", self.tr("Kind"), enum_combo(MilestoneKind, lang)),
            Field("baseline", self.tr("Baseline"), ParsedEdit(DATE, lang, "2025년 상반기")),
            Field("forecast", self.tr("Forecast"), ParsedEdit(DATE, lang)),
            Field("actual", self.tr("Actual"), ParsedEdit(DATE, lang)),
            Field("status", self.tr("Status"), enum_combo(MilestoneStatus, lang)),
            Field("progress", self.tr("Progress"), ProgressSpin()),
            Field("owner", self.tr("Owner"), TextEdit()),
            Field("source", self.tr("Source"), TextEdit()),
            Field("notes", self.tr("Notes"), NotesEdit()),
        ]

    def extend(self, layout: QVBoxLayout) -> None:
        self.update_button = QPushButton(self.tr("Record progress (진행 현황 입력)…"), self)
        self.update_button.setObjectName("milestoneUpdateButton")
        self.update_button.clicked.connect(self.updateRequested)
        layout.addWidget(self.update_button)
        layout.addWidget(QLabel(self.tr("History (newest first)"), self))
        self.history = QListWidget(self)
        self.history.setObjectName("milestoneHistory")
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.history)

    def set_lookups(self, lookups: Lookups) -> None:
        self._project.set_choices(lookups.projects)
        self._mou.set_choices(lookups.mous, blank=True)

    def blank(self) -> Milestone:
        return Milestone(project_id=self._project.first_value() or 0, title="")

    def load(self, record: Milestone) -> None:
        super().load(record)
        self.update_button.setEnabled(record.id is not None)
        if record.id is None:
            self.history.clear()

    def show_history(self, changes: list[FieldChange]) -> None:
        self.history.clear()
        labels = self.labels()
        for change in changes:
            self.history.addItem(self._history_line(change, labels))

    def _history_line(self, change: FieldChange, labels: dict[str, str]) -> str:
        when = change.at.replace("T", " ")[:16]
        if change.field == WHOLE_RECORD:
            what = self.tr("created") if change.old is None else self.tr("deleted")
        else:
            name = labels.get(change.field, change.field)
            old, new = (self._value_text(change.field, v) for v in (change.old, change.new))
            what = f"{name}: {old or '—'} → {new or '—'}"
        comment = f" — {change.comment}" if change.comment else ""
        return f"{when} · {change.who} · {what}{comment}"

    def _value_text(self, field: str, value: str | None) -> str:
        """Stored text in the form people read ("2025-H1" -> "2025년 상반기")."""
        if value is None:
            return ""
        if field in DATE_FIELDS:
            try:
                return PartialDate.from_value(value).to_text(self.lang)
            except DateParseError:
                return value
        if field in ENUM_FIELDS:
            return ENUM_FIELDS[field](value).label(self.lang)
        return value
