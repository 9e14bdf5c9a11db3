"""Measuring, printing and saving benchmark results.

A case returns `Result`s: our figure, a baseline measured in the same run on
the same data, and their ratio against a target. Other modules' `run()`
return plain dicts with the same keys (see `Result.as_dict`); `from_dict`
accepts them, so a case module needs nothing from here.
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass
class Result:
    """One line of the report. `unit` is "s" or "MB"; ratio = ours / baseline.

    `max_ratio` and `max_ours` are the targets (None: not targeted); `met`
    is None when there is no target.
    """

    case: str
    ours: float
    baseline: float
    unit: str = "s"
    max_ratio: float | None = None
    max_ours: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else math.inf

    @property
    def met(self) -> bool | None:
        if self.max_ratio is None and self.max_ours is None:
            return None
        return (self.max_ratio is None or self.ratio <= self.max_ratio) and (
            self.max_ours is None or self.ours <= self.max_ours
        )

    def target_text(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}×")
        if self.max_ours is not None:
            parts.append(f"≤ {_amount(self.max_ours, self.unit)}")
        return " and ".join(parts) or "—"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": round(self.ratio, 3), "met": self.met}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        """A result from another module's run(), tolerating seconds or milliseconds keys."""
        unit = data.get("unit", "s")
        ours, baseline = data.get("ours"), data.get("baseline")
        if ours is None and "ours_ms" in data:
            ours, baseline, unit = data["ours_ms"] / 1000, data["baseline_ms"] / 1000, "s"
        if ours is None:
            ours, baseline = data["ours_s"], data["baseline_s"]
        return cls(
            case=str(data.get("case") or data.get("name")),
            ours=float(ours),
            baseline=float(baseline),
            unit=unit,
            max_ratio=data.get("max_ratio"),
            max_ours=data.get("max_ours"),
            note=str(data.get("note", "")),
        )


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:,.1f} ms" if value < 10 else f"{value:,.1f} s"
    return f"{value:,.1f} {unit}"


def header() -> str:
    return f"{'case':<44} {'ours':>12} {'baseline':>12} {'ratio':>7}  {'target':<18} ok"


def line(result: Result) -> str:
    met = {True: "yes", False: "NO", None: "-"}[result.met]
    return (
        f"{result.case:<44} {_amount(result.ours, result.unit):>12} "
        f"{_amount(result.baseline, result.unit):>12} {result.ratio:>6.2f}×  "
        f"{result.target_text():<18} {met}" + (f"\n{'':<46}{result.note}" if result.note else "")
    )


def sample_times(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def paired_medians(
    ours: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of alternating runs, so both sides see the same machine load."""
    mine, theirs = [], []
    for _ in range(repeat):
        theirs += sample_times(baseline, 1)
        mine += sample_times(ours, 1)
    return statistics.median(mine), statistics.median(theirs)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def save(results: list[Result], extra: dict[str, Any]) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / "latest.json"
    document = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "platform": platform.platform(terse=True),
        },
        **extra,
        "cases": [r.as_dict() for r in results],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
