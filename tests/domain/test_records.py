from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.labels import LabelledEnum
from dctracker.domain.records import (
    Milestone,
    MilestoneStatus,
    MilestoneUpdate,
    MouStatus,
    Project,
    ProjectStatus,
)
from dctracker.domain.regions import (
    SIGUNGU,
    Region,
    normalize_sigungu,
    parse_region,
    region_of,
    sigungu_label,
)
from dctracker.domain.slippage import is_overdue, milestone_slippage, slippage
from dctracker.domain.validation import Severity, validate_milestone, validate_project

d = PartialDate.parse


def test_regions_hold_5_gu_and_22_sigun() -> None:
    assert len(SIGUNGU[Region.GWANGJU]) == 5
    assert len(SIGUNGU[Region.JEONNAM]) == 22


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("광주", Region.GWANGJU),
        ("광주광역시", Region.GWANGJU),
        ("전남", Region.JEONNAM),
        ("전라남도", Region.JEONNAM),
        ("Jeonnam", Region.JEONNAM),
    ],
)
def test_parse_region(text: str, expected: Region) -> None:
    assert parse_region(text) is expected


def test_parse_region_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="부산"):
        parse_region("부산")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("광양", "광양시"),
        ("광양시", "광양시"),
        ("Gwangyang-si", "광양시"),
        ("해남", "해남군"),
        ("광산구", "광산구"),
        ("없는곳", None),
        ("", None),
    ],
)
def test_normalize_sigungu(text: str, expected: str | None) -> None:
    assert normalize_sigungu(text) == expected


def test_sigungu_region_and_label() -> None:
    assert region_of("순천시") is Region.JEONNAM
    assert region_of("북구") is Region.GWANGJU
    assert sigungu_label("순천시", "en") == "Suncheon-si"
    assert sigungu_label("순천시", "ko") == "순천시"


def test_labelled_enum_parses_value_and_both_labels() -> None:
    assert MouStatus.parse("signed") is MouStatus.SIGNED
    assert MouStatus.parse("체결") is MouStatus.SIGNED
    assert MouStatus.parse("Signed") is MouStatus.SIGNED
    assert ProjectStatus.IN_PROGRESS.label("en") == "In progress"
    with pytest.raises(ValueError, match="unknown"):
        MouStatus.parse("done-ish")
    assert isinstance(MouStatus.SIGNED, LabelledEnum)


def _milestone(**kwargs: object) -> Milestone:
    return Milestone(project_id=1, title="착공", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("baseline", "current", "days"),
    [
        ("2025-03-31", "2025-04-10", 10),
        ("2025-03-31", "2025-03-21", -10),
        ("2025년 상반기", "2025-05-15", 0),  # inside the promised half year
        ("2025-05-15", "2025년 상반기", 0),
        ("2025년 상반기", "2025-08-10", 41),  # past the end of the half
        ("2025년 상반기", "2025년 하반기", 184),
        ("2025", "2026", 365),
        ("2025-Q1", "2025-06", 91),
    ],
)
def test_slippage_respects_precision(baseline: str, current: str, days: int) -> None:
    result = slippage(d(baseline), d(current))
    assert result is not None and result.days == days


def test_slippage_is_exact_only_for_days_and_none_without_dates() -> None:
    assert slippage(d("2025-01-01"), d("2025-01-02")).exact  # type: ignore[union-attr]
    assert not slippage(d("2025-01"), d("2025-03")).exact  # type: ignore[union-attr]
    assert slippage(None, d("2025")) is None
    assert milestone_slippage(_milestone(baseline=d("2025-01-01"))) is None


def test_milestone_slippage_prefers_actual_over_forecast() -> None:
    m = _milestone(baseline=d("2025-01-01"), forecast=d("2025-03-01"), actual=d("2025-02-01"))
    assert milestone_slippage(m).days == 31  # type: ignore[union-attr]


def test_half_year_milestone_is_overdue_only_after_june_30() -> None:
    m = _milestone(forecast=d("2025년 상반기"))
    assert not is_overdue(m, date(2025, 6, 30))
    assert is_overdue(m, date(2025, 7, 1))
    done = _milestone(forecast=d("2025년 상반기"), actual=d("2025-06-01"))
    assert not is_overdue(done, date(2026, 1, 1))
    assert not is_overdue(_milestone(), date(2026, 1, 1))


def test_milestone_update_applies_only_given_fields() -> None:
    before = _milestone(forecast=d("2025-06"), progress=10, owner="광양시")
    after = MilestoneUpdate(milestone_id=1, progress=50, status=MilestoneStatus.IN_PROGRESS).apply(before)
    assert (after.progress, after.status, after.forecast, after.owner) == (
        50,
        MilestoneStatus.IN_PROGRESS,
        d("2025-06"),
        "광양시",
    )
    assert before.progress == 10


def test_validation_names_every_problem_field() -> None:
    project = Project(
        name=" ",
        region=Region.GWANGJU,
        sigungu="광양시",
        investment=-1,
        planned_start=d("2026"),
        planned_finish=d("2025"),
    )
    problems = validate_project(project)
    assert {p.field for p in problems} == {"name", "sigungu", "investment", "planned_finish"}
    sigungu = next(p for p in problems if p.field == "sigungu")
    assert "광양시" in sigungu.message("ko") and "Gwangju" in sigungu.message("en")


def test_progress_outside_range_is_an_error_and_early_actual_a_warning() -> None:
    problems = validate_milestone(_milestone(progress=120, baseline=d("2025-06-01"), actual=d("2025-01-01")))
    by_field = {p.field: p for p in problems}
    assert by_field["progress"].severity is Severity.ERROR
    assert "120" in by_field["progress"].message("en")
    assert by_field["actual"].severity is Severity.WARNING


def test_stored_id_is_the_id_of_a_stored_record_and_refused_for_a_new_one() -> None:
    assert Project(id=7, name="광양 데이터센터", region=Region.JEONNAM).stored_id == 7
    with pytest.raises(ValueError, match="not stored"):
        _ = Project(name="광양 데이터센터", region=Region.JEONNAM).stored_id
