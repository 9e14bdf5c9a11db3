"""The table model on its own, without a view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneStatus, Project
from dctracker.domain.regions import Region
from dctracker.ui.models.milestone_model import MilestoneTableModel
from dctracker.ui.models.project_model import project_model
from dctracker.ui.models.record_table import RecordRole, SortRole


def _projects() -> list[Project]:
    return [
        Project(id=1, name="가", region=Region.JEONNAM, investment=300 * 10**8),
        Project(id=2, name="나", region=Region.GWANGJU),
        Project(id=3, name="다", region=Region.JEONNAM, investment=7000 * 10**8),
    ]


def test_sort_keeps_blanks_last_and_ids_findable() -> None:
    model = project_model("ko")
    model.set_records(_projects())
    # By source text: the shown header depends on the translator other tests install.
    money = model.column_of("Investment")
    model.sort(money, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["다", "가", "나"]
    model.sort(money, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["가", "다", "나"]
    assert model.row_of(2) == 2 and model.index(2, 0).data(RecordRole).id == 2
    assert model.index(0, money).data(SortRole) == 300 * 10**8


def test_sorted_order_survives_a_reload() -> None:
    model = project_model("ko")
    model.set_records(_projects())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_records(_projects())
    assert [model.index(r, 0).data() for r in range(3)] == ["다", "나", "가"]


def test_late_slippage_red_early_green_and_overdue_marked() -> None:
    late = Milestone(
        id=1,
        project_id=1,
        title="늦음",
        baseline=PartialDate.parse("2020-03-01"),
        forecast=PartialDate.parse("2020-04-10"),
    )
    early = Milestone(
        id=2,
        project_id=1,
        title="빠름",
        baseline=PartialDate.parse("2030년 하반기"),
        forecast=PartialDate.parse("2030년 상반기"),
    )
    done = Milestone(
        id=3,
        project_id=1,
        title="완료",
        baseline=PartialDate.parse("2020"),
        actual=PartialDate.parse("2020-06"),
        status=MilestoneStatus.DONE,
    )
    model = MilestoneTableModel("ko")
    model.set_project_names({1: "광양 데이터센터"})
    model.set_records([late, early, done])
    # By source text: the shown header depends on the translator other tests install.
    slip, status = model.column_of("Slippage"), model.column_of("Status")
    assert model.index(0, 0).data() == "광양 데이터센터"
    assert model.index(0, slip).data() == "+40일"
    assert model.index(0, slip).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert model.index(1, slip).data().startswith("≈-")
    assert model.index(1, slip).data(Qt.ItemDataRole.ForegroundRole).name() == "#2e7d32"
    assert model.index(2, slip).data() == "≈0일"
    assert date.today().year > 2020
    assert model.index(0, status).data().startswith("⚠")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None


class _Lazy(Sequence[Project]):
    """Stands for store rows that build a record only when it is read."""

    def __init__(self, count: int) -> None:
        self.count, self.built = count, []

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i):  # type: ignore[no-untyped-def] (int or slice)
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.count))]
        self.built.append(i)
        return Project(id=i + 1, name=f"사업 {i + 1}", region=Region.JEONNAM)

    def ids(self) -> list[int]:
        return list(range(1, self.count + 1))


def test_a_lazy_sequence_stays_lazy_until_sorted() -> None:
    rows = _Lazy(10_000)
    model = project_model("ko")
    model.set_records(rows)
    assert model.rowCount() == 10_000 and model.index(4, 0).data() == "사업 5"
    assert model.row_of(9_000) == 8_999
    assert rows.built == [4]


def test_amounts_of_a_jo_and_more_read_in_jo_and_eok() -> None:
    model = project_model("ko")
    model.set_records([Project(id=1, name="가", region=Region.JEONNAM, investment=12_000 * 10**8)])
    assert model.index(0, model.column_of("Investment")).data() == "1조 2,000억 원"
