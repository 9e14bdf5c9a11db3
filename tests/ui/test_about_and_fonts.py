"""도움말 → 정보, and the Korean font of printed pages when the PC has none (issue 17)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from dctracker.render.fonts import korean_font
from dctracker.store.file.database import latest_version
from dctracker.ui.dialogs import messages
from dctracker.ui.main_window import MainWindow


def test_about_shows_the_schema_version_and_the_data_folder(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _parent, text, title=None: shown.append(text))
    window.findChild(QAction, "aboutAction").trigger()
    [text] = shown
    assert f"스키마 버전: {latest_version()}" in text.splitlines()
    assert f"데이터 폴더: {data_dir}" in text.splitlines()


def _nanum_barun_gothic() -> Path:
    # The font CI installs (fonts-nanum) and tools/build.py bundles.
    found = subprocess.run(
        ["fc-match", "--format=%{file}", "NanumBarunGothic"], capture_output=True, text=True, check=True
    ).stdout
    assert Path(found).name == "NanumBarunGothic.ttf", found
    return Path(found)


def test_a_pc_without_korean_fonts_prints_with_the_bundled_one(qapp: object, tmp_path: Path) -> None:
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    shutil.copy(_nanum_barun_gothic(), bundled)
    (bundled / "LICENSE-NanumBarunGothic.txt").write_text("OFL-1.1", encoding="utf-8")
    assert korean_font(["DejaVu Sans"], bundled) == "NanumBarunGothic"


def test_an_installed_korean_font_comes_first(qapp: object, tmp_path: Path) -> None:
    assert korean_font(["DejaVu Sans", "NanumGothic", "Malgun Gothic"], tmp_path / "none") == "Malgun Gothic"


def test_no_korean_font_anywhere_is_said_in_the_log(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert korean_font(["DejaVu Sans"], tmp_path) is None
    assert "no Korean font" in caplog.text
