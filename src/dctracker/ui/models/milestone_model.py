"""Columns of the milestone table (마일스톤): slippage coloured, overdue marked.

The project name comes from a dict the window refreshes with the records, so a
cell costs one dict lookup even with 100,000 milestones.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QObject

from dctracker.domain import clock
from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneKind, MilestoneStatus
from dctracker.domain.slippage import Slippage, is_overdue, milestone_slippage
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.ui.models.columns import date_key, date_text, slippage_text, slippage_tone
from dctracker.ui.models.record_table import Column, RecordTableModel

CONTEXT = "MilestoneTable"
OVERDUE_MARK = "⚠ "


# Dates repeat across milestones (the store even shares equal PartialDates), so
# sorting 100,000 rows by slippage asks the domain once per distinct date triple.
_SLIPPAGE: dict[tuple[PartialDate | None, ...], Slippage | None] = {}
_SLIPPAGE_LIMIT = 100_000


def _slip(m: Milestone) -> Slippage | None:
    key = (m.baseline, m.forecast, m.actual)
    if key not in _SLIPPAGE:
        if len(_SLIPPAGE) >= _SLIPPAGE_LIMIT:
            _SLIPPAGE.clear()
        _SLIPPAGE[key] = milestone_slippage(m)
    return _SLIPPAGE[key]


def _overdue(m: Milestone) -> bool:
    return is_overdue(m, clock.today())


def _status(m: Milestone, lang: str) -> str:
    return (OVERDUE_MARK if _overdue(m) else "") + m.status.label(lang)


_STATUS_ORDER = {status: i for i, status in enumerate(MilestoneStatus)}  # 예정, 진행 중, 완료...
_KIND_ORDER = {kind: i for i, kind in enumerate(MilestoneKind)}  # 협약 체결, 설계, 인허가, 착공...
STATUS_COLUMNS = ("status", "baseline", "forecast", "actual")


def _status_key(m: Milestone, today: date | None = None) -> tuple[bool, int]:
    """Overdue ones first (as their ⚠ mark shows), then in the statuses' own order."""
    return (not is_overdue(m, today or clock.today()), _STATUS_ORDER[m.status])


@lru_cache(maxsize=65_536)
def _stored_status_key(
    status: str, baseline: str | None, forecast: str | None, actual: str | None, today: date
) -> tuple[bool, int]:
    """_status_key from the stored values (on `today`), building no milestone per row."""
    milestone = Milestone(
        project_id=0,
        title="",
        status=MilestoneStatus(status),
        baseline=_date(baseline),
        forecast=_date(forecast),
        actual=_date(actual),
    )
    return _status_key(milestone, today)


def milestone_columns(project_names: dict[int, str]) -> list[Column[Milestone]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Project"),
            lambda m, lang: project_names.get(m.project_id, ""),
            stored=("project_id",),
            stored_key=lambda project_id: project_names.get(project_id) or None,  # blanks last
        ),
        Column(QT_TRANSLATE_NOOP("MilestoneTable", "Milestone"), lambda m, lang: m.title, stored=("title",)),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Status"),
            _status,
            sort_key=_status_key,
            tone=lambda m: "overdue" if _overdue(m) else None,
            stored=STATUS_COLUMNS,
            stored_key=lambda *values: _stored_status_key(*values, clock.today()),
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Slippage"),
            lambda m, lang: slippage_text(_slip(m), lang),
            sort_key=lambda m: _slip_days(m),
            numeric=True,
            stored=SLIPPAGE_COLUMNS,
            stored_key=_stored_slip_days,
            tone=lambda m: slippage_tone(_slip(m)),
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Baseline"),
            lambda m, lang: date_text(m.baseline, lang),
            sort_key=lambda m: date_key(m.baseline),
            stored=("baseline",),
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Forecast"),
            lambda m, lang: date_text(m.forecast, lang),
            sort_key=lambda m: date_key(m.forecast),
            stored=("forecast",),
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Actual"),
            lambda m, lang: date_text(m.actual, lang),
            sort_key=lambda m: date_key(m.actual),
            stored=("actual",),
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Progress"),
            lambda m, lang: f"{m.progress}%",
            sort_key=lambda m: m.progress,
            numeric=True,
            stored=("progress",),
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Kind"),
            lambda m, lang: m.kind.label(lang),
            sort_key=lambda m: _KIND_ORDER[m.kind],
            stored=("kind",),
            stored_key=lambda kind: _KIND_ORDER[MilestoneKind(kind)],
        ),
        Column(
            QT_TRANSLATE_NOOP("MilestoneTable", "Owner"),
            lambda m, lang: m.owner,
            stored=("owner",),
            stored_key=lambda owner: owner or None,  # blanks last, as in the other sorts
        ),
    ]


def _slip_days(m: Milestone) -> int | None:
    slip = _slip(m)
    return slip.days if slip is not None else None


SLIPPAGE_COLUMNS = ("baseline", "forecast", "actual")


@lru_cache(maxsize=65_536)
def _stored_slip_days(baseline: str | None, forecast: str | None, actual: str | None) -> int | None:
    """_slip_days from the stored dates: sorting 100,000 rows by slippage
    then builds no milestone (and asks the domain once per date triple)."""
    milestone = Milestone(
        project_id=0, title="", baseline=_date(baseline), forecast=_date(forecast), actual=_date(actual)
    )
    slip = milestone_slippage(milestone)
    return slip.days if slip is not None else None


def _date(value: str | None) -> PartialDate | None:
    return None if value is None else PartialDate.from_value(value)


PROJECT_COLUMN = 0  # the first of milestone_columns


class MilestoneTableModel(RecordTableModel[Milestone]):
    def __init__(self, lang: str = "ko", parent: QObject | None = None) -> None:
        self.project_names: dict[int, str] = {}
        super().__init__(milestone_columns(self.project_names), CONTEXT, lang, parent, row_flag=_overdue)

    def set_project_names(self, names: dict[int, str]) -> None:
        """The names the Project column shows (after projects were renamed, added or deleted)."""
        if names == self.project_names:
            return
        self.project_names.clear()
        self.project_names.update(names)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
            self.resort(PROJECT_COLUMN)
