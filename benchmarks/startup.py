"""Cold start and memory of the app on the province database, in fresh processes.

Each run is a new `python -c` process (offscreen Qt), timed from just before
it is spawned to the moment its window's first tab is painted (first
paint), or to the moment the dashboard's figures, built after that paint,
have been painted too; the baseline is a bare QApplication + QMainWindow of
the same size in the same conditions. Interpreter start-up is in both, and
both start from compiled bytecode, as an installed app does.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.datagen import DATA_DIR
from benchmarks.harness import Result

# Shared by both children: quit once `watched` has been painted and the
# event loop has handled everything queued after that paint.
_WAIT_FOR_PAINT = """
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def peak_rss_mb():
    # VmHWM belongs to this program's memory map; ru_maxrss would also count
    # the parent's memory at fork time (Linux keeps it across exec).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class PaintWatcher(QObject):
    painted = False
    counts = staticmethod(lambda: True)
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.painted and self.counts():
            PaintWatcher.painted = True
            # Timed at the paint: work the app queued after it is not in the
            # measure (the window is on screen while it runs).
            PaintWatcher.at = time.time()
            QTimer.singleShot(0, QApplication.quit)
        return False

def wait_for_paint(app, watched, extra=None, counts=None):
    # A container's paint event may never come when opaque children cover
    # it, so a paint of the widget or of anything inside it counts; with
    # `counts`, only a paint for which it returns True.
    watcher = PaintWatcher()
    if counts is not None:
        PaintWatcher.counts = staticmethod(counts)
    for widget in (watched, *watched.findChildren(QWidget)):
        widget.installEventFilter(watcher)
    QTimer.singleShot(60_000, app.quit)  # never hang the suite
    app.exec()
    ready = getattr(PaintWatcher, "at", time.time())
    rss = peak_rss_mb()
    print(json.dumps({"ready": ready, "painted": PaintWatcher.painted, "rss_mb": rss, **(extra or {})}))
"""

BARE = (
    _WAIT_FOR_PAINT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 860)
window.show()
wait_for_paint(app, window)
"""
)

APP = (
    _WAIT_FOR_PAINT
    + """
from pathlib import Path
from dctracker.app import create_main_window
app = QApplication(sys.argv[:1])
window = create_main_window(Path(sys.argv[1]), "ko")
window.show()
# The first screen: the current tab (the dashboard, or a table).
watched = window.tabs.currentWidget()
extra = {}
mode = sys.argv[2] if len(sys.argv) > 2 else "first"
if mode == "figures":  # the dashboard's figures come after the first paint
    from dctracker.ui.dashboard.view import DashboardView
    assert isinstance(watched, DashboardView), "the dashboard is not the first tab"
    wait_for_paint(app, watched, extra, counts=lambda: watched.data is not None)
    sys.exit()
if mode in ("screen", "all"):  # memory: also hold the milestone list
    from dctracker.domain.filters import RecordFilter
    from dctracker.store.reads import queries
    rows = queries.milestones(window.store, RecordFilter())
    built = rows[:60] if mode == "screen" else list(rows)
    extra = {"milestones": len(rows)}
wait_for_paint(app, watched, extra)
"""
)


def _env() -> dict[str, str]:
    # An installed app starts from compiled bytecode; an environment that
    # forbids writing it (PYTHONDONTWRITEBYTECODE) would make every child
    # compile the app anew. The cache goes beside the generated data, and so
    # does the app's data folder: the children never touch the user's own
    # settings and recent files, and every run starts from the same ones.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(DATA_DIR / "pycache"),
        "DCTRACKER_DATA_DIR": str(DATA_DIR / "profile"),
    }


def _child(script: str, *args: str, importtime: bool = False) -> tuple[float, dict]:
    flags = ["-X", "importtime"] if importtime else []
    started = time.time()
    done = subprocess.run(
        [sys.executable, *flags, "-c", script, *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if not report["painted"]:
        raise RuntimeError("the window was never painted")
    report["stderr"] = done.stderr
    return report["ready"] - started, report


def cold_start(db_path: Path, repeat: int) -> list[Result]:
    _child(APP, str(db_path))  # warm the file cache, as a second start would be
    first, figures, base = [], [], []
    for _ in range(repeat):
        base.append(_child(BARE)[0])
        first.append(_child(APP, str(db_path))[0])
        figures.append(_child(APP, str(db_path), "figures")[0])
    bare = statistics.median(base)
    return [
        Result(
            "cold start: first paint of the main window",
            statistics.median(first),
            bare,
            max_ratio=2.0,
            note="frame, region tree, first tab; fresh process, offscreen; baseline: bare QMainWindow",
        ),
        Result(
            "cold start: dashboard figures on screen",
            statistics.median(figures),
            bare,
            max_ratio=3.0,
            note="loaded after the first paint, then painted; baseline: bare QMainWindow",
        ),
    ]


def memory(db_path: Path) -> list[Result]:
    _, bare = _child(BARE)
    _, screen = _child(APP, str(db_path), "screen")
    _, everything = _child(APP, str(db_path), "all")
    return [
        Result(
            "peak RSS, window + milestone list",
            screen["rss_mb"],
            bare["rss_mb"],
            unit="MB",
            max_ours=400.0,
            note=f"{screen['milestones']:,} milestones listed, one screen built; baseline: bare window",
        ),
        Result(
            "peak RSS, every milestone record built",
            everything["rss_mb"],
            bare["rss_mb"],
            unit="MB",
            note="what a model that copies the list into Python objects costs",
        ),
    ]


def import_profile(db_path: Path, top: int = 8) -> list[tuple[str, float]]:
    """The costliest imports of the app's start-up (cumulative ms, -X importtime)."""
    _, report = _child(APP, str(db_path), importtime=True)
    costs = []
    for match in re.finditer(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", report["stderr"]):
        cumulative, indent, name = int(match[1]), len(match[2]), match[3]
        if indent <= 3:  # top-level imports of the script and their direct children
            costs.append((name, cumulative / 1000))
    return sorted(costs, key=lambda c: -c[1])[:top]
