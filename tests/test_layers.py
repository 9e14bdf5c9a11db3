"""The layers import only downward (issue 14): domain <- store <- io <- services
<- render <- ui / commands, read from every module's import statements."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dctracker"
QT = ("PySide6", "pyqtgraph", "shiboken6")

# layer -> the layers of dctracker it may import (itself included).
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    # The planner reads the stored records a row may update (io/plan.py) and
    # writes a plan's lots through the repositories' bulk writes (io/apply.py).
    "io": {"domain", "store", "io"},
    "services": {"domain", "store", "io", "services"},
    # The report's workbook neutralizes cells as the record exports do (io/xlsx_io.py);
    # its HWPX form is written by io/hwpx_report.py (see EXCEPTIONS).
    "render": {"domain", "io", "services", "render"},
}
# The two front ends may import anything of the program but each other.
FORBIDDEN = {"ui": {"commands", "cli"}, "commands": {"ui", "app"}}
# Modules of `importer` allowed one import of a lower layer not in ALLOWED: (importer, imported).
EXCEPTIONS = {("render.report.xlsx", "io.xlsx_io"), ("render.report.hwpx", "io.hwpx_report")}
WITHOUT_QT = ("domain", "store", "io", "services")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function, absolute."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _ours(imported: set[str]) -> set[str]:
    return {name.removeprefix("dctracker.") for name in imported if name.startswith("dctracker.")}


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_each_layer_imports_only_the_layers_below_it(path: Path) -> None:
    name = _name(path)
    layer = name.split(".")[0]
    if layer not in ALLOWED and layer not in FORBIDDEN:
        return  # the entry points (app.py, cli.py, bootstrap.py) join the layers
    wrong = {
        imported
        for imported in _ours(_imports(path))
        if not _allowed(layer, imported.split(".")[0])
        and not any(name == e[0] and imported.startswith(e[1]) for e in EXCEPTIONS)
    }
    assert wrong == set(), f"{name}: {layer}/ may not import these"


def _allowed(layer: str, imported: str) -> bool:
    if imported == "paths":  # where the program's files are: below every layer
        return True
    if layer in FORBIDDEN:
        return imported not in FORBIDDEN[layer]
    return imported in ALLOWED[layer]


@pytest.mark.parametrize("path", [p for p in _modules() if _name(p).split(".")[0] in WITHOUT_QT], ids=_name)
def test_the_layers_below_the_window_never_import_qt(path: Path) -> None:
    assert {i for i in _imports(path) if i.split(".")[0] in QT} == set()


def test_the_reader_of_imports_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from dctracker.ui.dialogs import messages\n    import PySide6\n")
    assert {"dctracker.ui.dialogs", "dctracker.ui.dialogs.messages", "PySide6"} <= _imports(module)


@pytest.mark.parametrize("path", [p for p in _modules() if _name(p).startswith("io.")], ids=_name)
def test_io_opens_no_transaction(path: Path) -> None:
    """Its callers in services/ own the transactions (an import is one, a dry run rolls it back)."""
    assert not any(name.endswith(".transaction") for name in _imports(path))
