"""History rows are dated by the application's clock, so tests can move time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from dctracker.domain import clock
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.records.history import changes_for

KST = timezone(timedelta(hours=9))


def test_history_is_stamped_by_the_clock(store: Store) -> None:
    with clock.frozen(datetime(2029, 3, 1, 10, 15, tzinfo=KST)):
        created = store.projects.create(Project(name="시계 확인 사업", region=Region.GWANGJU, sigungu="북구"))
    (entry,) = changes_for(store.db, "projects", created.id)
    assert entry.at.startswith("2029-03-01T10:15:00+09:00")
