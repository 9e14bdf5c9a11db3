"""Run the benchmark suite: `uv run python -m benchmarks [--quick] [--profile] [--only NAME]`.

Generates (once, cached) the province database, runs every case, prints
ours / baseline / ratio per case and writes benchmarks/results/latest.json.
Cases that other modules provide (benchmarks.timeline_bench,
benchmarks.import_bench, benchmarks.ops_bench: `run() -> list[dict]`) run when they are present;
they get the database from `benchmarks.datagen.ensure_database()` and return
dicts with the keys of `harness.Result.as_dict()`: case, ours, baseline
(seconds, or MB with unit "MB"), and optionally max_ratio, max_ours, note.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import logging
import pstats
import sys
import time
from collections.abc import Callable

from benchmarks import datagen, harness, startup, store_bench, table_bench
from benchmarks.harness import Result

OPTIONAL_MODULES = (
    "benchmarks.timeline_bench",
    "benchmarks.import_bench",
    "benchmarks.export_bench",
    "benchmarks.ops_bench",
    "benchmarks.bundle",
)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    print("preparing the province database (cached after the first run)...", flush=True)
    db_path = datagen.ensure_database()
    repeat = 3 if args.quick else args.repeat
    results: list[Result] = []
    print(harness.header(), flush=True)
    for name, run in _cases(db_path, repeat, args.profile):
        if args.only and not any(o in name for o in args.only):
            continue
        for result in run():
            results.append(result)
            print(harness.line(result), flush=True)
    if args.profile:
        _print_import_profile(db_path)
    path = harness.save(
        results,
        {"generator_version": datagen.GENERATOR_VERSION, "seconds": round(time.perf_counter() - started, 1)},
    )
    print(f"\nwrote {path.relative_to(path.parents[2])} in {time.perf_counter() - started:.0f} s")
    return 1 if any(r.met is False for r in results) else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="runs per case (median)")
    parser.add_argument("--quick", action="store_true", help="3 runs per case")
    parser.add_argument(
        "--profile", action="store_true", help="print where the time goes (cProfile, -X importtime)"
    )
    parser.add_argument("--only", nargs="*", help="run cases whose name contains one of these")
    return parser


def _cases(db_path, repeat: int, profile: bool) -> list[tuple[str, Callable[[], list[Result]]]]:
    def store_cases() -> list[Result]:
        return _profiled(lambda: store_bench.run(db_path, repeat), profile)

    cases = [
        ("startup", lambda: startup.cold_start(db_path, repeat)),
        ("memory", lambda: startup.memory(db_path)),
        ("store", store_cases),
        ("table", lambda: _profiled(lambda: table_bench.run(db_path, repeat), profile)),
    ]
    for module_name in OPTIONAL_MODULES:
        cases.append((module_name, lambda m=module_name: _optional(m, profile)))
    return cases


def _optional(module_name: str, profile: bool) -> list[Result]:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise  # the module is there but something it needs is not: a real failure
        print(f"{module_name}: skipped: not available", flush=True)
        return []
    results = []
    for data in _profiled(module.run, profile):
        try:
            results.append(Result.from_dict(data))
        except (KeyError, TypeError, ValueError) as exc:  # shown, not dropped
            print(f"{module_name}: result without ours/baseline ({exc!r}): {data!r}", flush=True)
    return results


def _profiled(run: Callable[[], list], profile: bool) -> list:
    if not profile:
        return run()
    profiler = cProfile.Profile()
    results = profiler.runcall(run)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
    print(out.getvalue(), flush=True)
    return results


def _print_import_profile(db_path) -> None:
    print("\nstart-up imports (cumulative ms, -X importtime):")
    for name, ms in startup.import_profile(db_path):
        print(f"  {name:<40} {ms:8.1f}")


if __name__ == "__main__":
    sys.exit(main())
