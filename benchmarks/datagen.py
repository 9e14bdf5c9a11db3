"""A province-sized database, generated deterministically and cached.

2,000 projects over all 27 시군구 of 광주 and 전남, 100,000 milestones with
dates at every precision (some "까지"), MOUs with parties, and about 500,000
history rows. Everything is written through the repositories' bulk writes, so the
file is exactly what the app writes (search index by the triggers, history
rows with batches, versions). The file is cached in benchmarks/data/ under
the generator version: change GENERATOR_VERSION whenever the output changes.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import replace
from pathlib import Path

from dctracker.bootstrap import create_database
from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import (
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    Mou,
    MouParty,
    MouStatus,
    Organization,
    OrgKind,
    PartyRole,
    Project,
    ProjectStatus,
)
from dctracker.domain.regions import SIGUNGU
from dctracker.store import Store

GENERATOR_VERSION = 1
SEED = 20261126
PROJECTS = 2_000
MILESTONES_PER_PROJECT = 50  # 100,000 milestones
MOUS = 400
ORGANIZATIONS = 300
HISTORY_TARGET = 500_000
CHUNK = 5_000  # records per update batch: one official's day of saves, many times over
STAMP = "2026-01-05T09:00:00+09:00"  # fixed, so the file is the same on every run
DATA_DIR = Path(__file__).resolve().parent / "data"

log = logging.getLogger(__name__)

PLACES = [(region, name) for region, names in SIGUNGU.items() for name in names]
TOPICS = ("데이터센터", "AI 집적단지", "클라우드 센터", "에너지 저장장치", "스마트시티",
          "반도체 패키징", "수소 연료전지", "해상풍력 연계", "슈퍼컴퓨팅 센터", "디지털 트윈")  # fmt: skip
OWNERS = ("투자유치과", "산업입지과", "에너지산업과", "도시계획과", "인공지능산업과", "건축과")
COMPANIES = ("전력", "클라우드", "네트웍스", "에너지", "데이터", "반도체", "투자운용", "건설")
NOTES = ("부지 협의 완료", "전력 인입 검토 중", "환경영향평가 보완", "주민 설명회 개최",
         "투자 심의 통과", "설계 변경 반영", "", "", "")  # fmt: skip


def database_path() -> Path:
    return DATA_DIR / f"province-v{GENERATOR_VERSION}.db"


def ensure_database() -> Path:
    """The cached large database, generated on first use (about a minute)."""
    path = database_path()
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in DATA_DIR.glob(f"{partial.name}*"):
            leftover.unlink()
        started = time.perf_counter()
        generate(partial)
        partial.rename(path)
        log.info("generated %s in %.1f s", path.name, time.perf_counter() - started)
    return path


def generate(path: Path) -> None:
    rng = random.Random(SEED)
    store = create_database(path, demo=False)
    try:
        orgs = store.organizations.create_many(_organizations(rng), who="datagen", at=STAMP)
        projects = store.projects.create_many(_projects(rng), who="datagen", at=STAMP)
        store.mous.create_many(_mous(rng, projects, orgs), who="datagen", at=STAMP)
        milestones = store.milestones.create_many(_milestones(rng, projects), who="datagen", at=STAMP)
        _update_until_history_is_full(rng, store, milestones)
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()


def _organizations(rng: random.Random) -> list[Organization]:
    return [
        Organization(
            name=f"{rng.choice(('한빛', '남도', '빛고을', '영산', '서남'))}{rng.choice(COMPANIES)} {i + 1}",
            kind=rng.choice((OrgKind.COMPANY, OrgKind.INVESTOR, OrgKind.PUBLIC_AGENCY)),
        )
        for i in range(ORGANIZATIONS)
    ]


def _projects(rng: random.Random) -> list[Project]:
    result = []
    for i in range(PROJECTS):
        region, sigungu = PLACES[i % len(PLACES)]
        start_year = rng.randint(2019, 2029)
        result.append(
            Project(
                name=f"{sigungu} {rng.choice(TOPICS)} {i // len(PLACES) + 1}호",
                region=region,
                sigungu=sigungu,
                category=rng.choice(TOPICS),
                site=f"{sigungu} 일원",
                lead_agency=region.label("ko"),
                investment=rng.randint(1, 200) * 100_000_000 * 10,
                area_m2=float(rng.randint(1_000, 300_000)),
                planned_jobs=rng.randint(0, 500),
                status=rng.choice(list(ProjectStatus)),
                planned_start=_date(rng, start_year),
                planned_finish=PartialDate(
                    start_year + rng.randint(2, 6), Precision.YEAR, until=rng.random() < 0.3
                ),
                tags=rng.sample(("클라우드", "동부권", "서부권", "재생에너지", "국비"), 2),
                notes=rng.choice(NOTES),
            )
        )
    return result


def _mous(rng: random.Random, projects: list[Project], orgs: list[Organization]) -> list[Mou]:
    result = []
    for _ in range(MOUS):
        project = projects[rng.randrange(len(projects))]
        year = rng.randint(2019, 2026)
        pledged = rng.randint(1, 100) * 1_000_000_000
        result.append(
            Mou(
                title=f"{project.name} 투자협약",
                region=project.region,
                sigungu=project.sigungu,
                signed_on=PartialDate(year, Precision.DAY, rng.randint(1, 12), rng.randint(1, 28)),
                deadline=PartialDate(year + rng.randint(2, 8), Precision.YEAR, until=True),
                status=rng.choice(list(MouStatus)),
                pledged_investment=pledged,
                pledged_jobs=rng.randint(10, 300),
                realized_investment=pledged // rng.randint(1, 5),
                binding=rng.random() < 0.2,
                notes=rng.choice(NOTES),
                parties=[
                    MouParty(organization_id=o.id, role=rng.choice(list(PartyRole)))
                    for o in rng.sample(orgs, rng.randint(1, 3))
                ],
                project_ids=[project.id],
            )
        )
    return result


def _milestones(rng: random.Random, projects: list[Project]) -> list[Milestone]:
    kinds = list(MilestoneKind)
    result = []
    for project in projects:
        year = project.planned_start.year
        for n in range(MILESTONES_PER_PROJECT):
            kind = kinds[n % len(kinds)]
            result.append(
                Milestone(
                    project_id=project.id,
                    title=f"{project.sigungu} {kind.label('ko')} {n // 9 + 1}차",
                    kind=kind,
                    baseline=_date(rng, year + n // 12),
                    owner=f"{project.lead_agency} {rng.choice(OWNERS)}",
                    notes=rng.choice(NOTES),
                )
            )
    return result


def _date(rng: random.Random, year: int) -> PartialDate:
    """Precision as officials write it: mostly days and months, some "까지"."""
    precision = rng.choices(list(Precision), weights=(30, 30, 15, 15, 10))[0]
    until = precision in (Precision.HALF, Precision.YEAR) and rng.random() < 0.3
    match precision:
        case Precision.DAY:
            return PartialDate(year, precision, rng.randint(1, 12), rng.randint(1, 28))
        case Precision.MONTH:
            return PartialDate(year, precision, rng.randint(1, 12))
        case Precision.QUARTER:
            return PartialDate(year, precision, rng.choice((1, 4, 7, 10)), until=until)
        case Precision.HALF:
            return PartialDate(year, precision, rng.choice((1, 7)), until=until)
    return PartialDate(year, precision, until=until)


def _update_until_history_is_full(rng: random.Random, store: Store, milestones: list[Milestone]) -> None:
    """진행 현황 입력, over and over: each save changes the forecast and progress."""
    current = {m.id: m for m in milestones}
    order = [m.id for m in milestones]
    step = 0
    while (rows := _history_rows(store)) < HISTORY_TARGET:
        wanted = min(CHUNK, (HISTORY_TARGET - rows) // 2 or 1)
        start = (step * CHUNK) % len(order)
        changed = [_progressed(rng, current[i]) for i in order[start : start + wanted]]
        for saved in store.milestones.update_many(changed, who="datagen", comment="진행 현황 입력", at=STAMP):
            current[saved.id] = saved
        step += 1


def _history_rows(store: Store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0]


def _progressed(rng: random.Random, m: Milestone) -> Milestone:
    """The next update of `m`: a new forecast and more progress (two changed fields)."""
    base = m.forecast or m.baseline
    forecast = _date(rng, base.year + rng.choice((0, 0, 1)))
    if forecast == m.forecast:
        forecast = PartialDate(
            forecast.year + 1, forecast.precision, forecast.month, forecast.day, forecast.until
        )
    progress = m.progress + rng.randint(1, 30) if m.progress < 70 else m.progress - rng.randint(1, 20)
    status = MilestoneStatus.IN_PROGRESS if m.status is MilestoneStatus.PLANNED else m.status
    return replace(m, forecast=forecast, progress=progress, status=status)
