"""Start-up imports only what the first screen needs (issue: benchmarks)."""

from __future__ import annotations

import subprocess
import sys

# Each costs 0.1-0.6 s to import; the modules that need them import them inside
# the functions that use them (see store/file/connection.py, ui/features.py).
DEFERRED = ("sqlite_utils", "pyqtgraph", "openpyxl", "platformdirs", "numpy")


def test_importing_the_app_leaves_heavy_libraries_for_later() -> None:
    script = (
        "import sys, dctracker.app, dctracker.cli;"
        f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
