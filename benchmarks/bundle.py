"""Cold start of the bundled build (tools/build.py) against `uv run`, on the
province database:

    uv run python -m benchmarks.bundle

Both start the window with `--quit-when-shown` in a fresh process (offscreen)
and are timed from spawn to exit: interpreter start, imports, the file
check, the window's first paint and quitting. The bundled executable reads
its modules from its own archive; `uv run dctracker` first checks the
environment, then starts from the source tree's compiled bytecode. Skipped,
saying so, when there is no build in dist/.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import datagen
from benchmarks.harness import Result

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "dist" / "dctracker"
REPEAT = 5


def bundled_executable() -> Path:
    return BUILD / ("dctracker-app.exe" if sys.platform == "win32" else "dctracker-app")


def run() -> list[dict]:
    app = bundled_executable()
    uv = os.environ.get("UV") or shutil.which("uv")
    if not app.is_file() or uv is None:
        missing = f"no build in {BUILD.relative_to(ROOT)} (run tools/build.py)" if uv else "uv not found"
        print(f"benchmarks.bundle: skipped: {missing}", flush=True)
        return []
    db_path = datagen.ensure_database()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DCTRACKER_DATA_DIR": str(datagen.DATA_DIR / "profile"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # uv run starts from bytecode, as installed
    bundled = [str(app), "--db", str(db_path), "--quit-when-shown"]
    from_source = [uv, "run", "--project", str(ROOT), "dctracker", "--db", str(db_path), "--quit-when-shown"]
    _timed(bundled, env)  # warm the file cache (and make the day's backup) for both
    _timed(from_source, env)
    ours, base = [], []
    for _ in range(REPEAT):  # alternating, so a busy moment hits both alike
        ours.append(_timed(bundled, env))
        base.append(_timed(from_source, env))
    return [
        Result(
            "cold start of the bundled app (tools/build.py) vs uv run",
            statistics.median(ours),
            statistics.median(base),
            max_ratio=1.3,
            note="spawn to exit after the first paint, offscreen; baseline: `uv run dctracker`",
        ).as_dict()
    ]


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed:\n{done.stderr[-2000:]}")
    return took


if __name__ == "__main__":
    from benchmarks.harness import header, line

    print(header())
    for data in run():
        print(line(Result.from_dict(data)))
