"""tools/build.py's own steps that need no PyInstaller: the fallback font and
the zip (issue 17). The build itself runs in `tools/build.py --smoke`."""

from __future__ import annotations

import importlib.util
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def build_tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_tool", ROOT / "tools" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "STAGED_FONTS", tmp_path / "staging" / "fonts")
    return module


def test_the_font_and_its_licence_are_staged(build_tool: ModuleType, tmp_path: Path) -> None:
    source = tmp_path / "nanum"
    source.mkdir()
    for name in build_tool.FONT_FILES:
        (source / name).write_bytes(b"font " + name.encode())
    (source / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1", encoding="utf-8")
    build_tool.stage_font(source)
    staged = build_tool.STAGED_FONTS
    assert sorted(p.name for p in staged.iterdir()) == sorted(
        [*build_tool.FONT_FILES, "LICENSE-NanumBarunGothic.txt"]
    )
    assert "OPEN FONT LICENSE" in (staged / "LICENSE-NanumBarunGothic.txt").read_text(encoding="utf-8")


def test_a_missing_font_stops_the_build_with_one_line(build_tool: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(build_tool.BuildError, match="fonts-nanum.*--font-dir.*--no-font"):
        build_tool.stage_font(tmp_path)
    assert not build_tool.STAGED_FONTS.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="PyInstaller makes no links on Windows")
def test_the_zip_has_the_folder_at_its_top_and_keeps_links(build_tool: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "dist" / "dctracker"
    (folder / "_internal" / "PySide6").mkdir(parents=True)
    (folder / "_internal" / "PySide6" / "libQt6Core.so.6").write_bytes(b"qt" * 1000)
    os.symlink("PySide6/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so.6")
    archive = build_tool.make_zip(folder)
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        link = opened.getinfo("dctracker/_internal/libQt6Core.so.6")
        assert opened.read(link) == b"PySide6/libQt6Core.so.6"  # the link, not a second copy
        assert stat.S_ISLNK(link.external_attr >> 16)  # which unzip makes a link again
    assert all(name.startswith("dctracker/") for name in names)


def test_without_pyinstaller_the_build_runs_again_with_the_build_group(
    build_tool: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []
    monkeypatch.setattr(build_tool.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setenv("UV", "uv")
    monkeypatch.setattr(
        build_tool.subprocess,
        "run",
        lambda command, check: ran.append(command) or subprocess.CompletedProcess(command, 0),
    )
    assert build_tool.main(["--no-font"]) == 0
    [command] = ran
    assert command[:5] == ["uv", "run", "--group", "build", "python"]
    assert command[-1] == "--no-font" and command[-2].endswith("build.py")


def test_the_start_up_benchmark_of_the_build_skips_without_a_build(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import bundle

    monkeypatch.setattr(bundle, "BUILD", ROOT / "dist" / "no-such-build")
    assert bundle.run() == []
    assert (
        "benchmarks.bundle: skipped: no build in dist/no-such-build (run tools/build.py)"
        in capsys.readouterr().out
    )
