"""services/ sits between store/ and the window and command line: it imports
neither Qt nor ui/ nor commands/ (issue 14 §1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dctracker.services

FORBIDDEN = ("PySide6", "pyqtgraph", "dctracker.ui", "dctracker.commands")


def test_the_services_import_no_qt_and_nothing_above_them() -> None:
    folder = Path(dctracker.services.__file__).parent
    modules = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    assert {"changes", "edits", "undo"} <= set(modules)
    imports = "".join(f"import dctracker.services.{name};" for name in modules)
    script = f"import sys;{imports}print(','.join(m for m in sys.modules if m.startswith({FORBIDDEN!r})))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
