"""Where the data lives: the user data folder, or beside a portable build (issue 17)."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from dctracker import paths
from dctracker.store.file.backup import backup_folder


@pytest.fixture
def build_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled build's folder, this process pretending to be its executable."""
    monkeypatch.delenv("DCTRACKER_DATA_DIR")
    folder = tmp_path / "USB" / "dctracker"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "dctracker.exe"))
    return folder


def test_a_portable_build_keeps_data_settings_logs_and_backups_beside_it(build_folder: Path) -> None:
    from dctracker.ui import settings

    (build_folder / "portable.txt").write_text("", encoding="utf-8")
    data = build_folder / "data"
    assert paths.data_dir() == data
    assert paths.default_db_path() == data / "dctracker.db"
    assert paths.log_dir() == data / "logs"
    assert backup_folder(paths.default_db_path()) == data / "backups"
    assert Path(settings.app_settings().fileName()) == data / "settings.ini"


def test_a_build_without_the_marker_uses_the_user_data_folder(build_folder: Path) -> None:
    assert paths.portable_dir() is None
    assert paths.data_dir() == platformdirs.user_data_path("dctracker", appauthor=False)


def test_a_run_from_source_is_never_portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A portable.txt beside the Python interpreter must not move a developer's data.
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    assert paths.frozen_executable() is None
    assert paths.portable_dir() is None


def test_the_executable_location_can_be_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DCTRACKER_DATA_DIR")
    executable = tmp_path / "E" / "dctracker-app.exe"
    executable.parent.mkdir()
    assert paths.portable_dir(executable) is None
    (executable.parent / "portable.txt").write_text("", encoding="utf-8")
    assert paths.data_dir(executable) == executable.parent / "data"
    assert paths.log_dir(executable) == executable.parent / "data" / "logs"


def test_the_environment_override_wins_over_portable(
    build_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (build_folder / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("DCTRACKER_DATA_DIR", str(build_folder.parent / "elsewhere"))
    assert paths.data_dir() == build_folder.parent / "elsewhere"


def test_on_windows_data_lives_in_localappdata(monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows mocked: its folder lookup reads the environment (the Win32 call
    # answers the same on a real PC).
    monkeypatch.delenv("DCTRACKER_DATA_DIR")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars
    )
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\kim\AppData\Local")
    assert PureWindowsPath(paths.data_dir()) == PureWindowsPath(r"C:\Users\kim\AppData\Local\dctracker")
    assert PureWindowsPath(paths.log_dir()) == PureWindowsPath(r"C:\Users\kim\AppData\Local\dctracker\Logs")
