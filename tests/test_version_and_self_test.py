"""`dctracker --version` and `dctracker self-test`, run as a user would (issue 17)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from dctracker import __version__
from dctracker.selftest import StepFailed, run_steps
from dctracker.store.file.database import latest_version


def dctracker(*args: str, data_dir: Path, offscreen: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DCTRACKER_DATA_DIR": str(data_dir)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_version_names_the_program_the_schema_and_the_data_folder(tmp_path: Path) -> None:
    result = dctracker("--version", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"dctracker {__version__}",
        f"스키마 버전 (schema version): {latest_version()}",
        f"데이터 폴더 (data folder): {tmp_path / 'data'}",
    ]
    assert not (tmp_path / "data").exists()  # asking creates nothing


def test_self_test_passes_every_step_without_touching_the_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = dctracker("self-test", data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    steps = ["version", "demo data", "window", "tabs", "timeline PDF", "check"]
    assert [line.split(":")[0] for line in lines] == [f"[{n}/6] ok {s}" for n, s in enumerate(steps, 1)]
    assert "offscreen" in lines[2]
    assert "대시보드" in lines[3] and "타임라인" in lines[3]
    assert "Korean font: none" not in lines[4]
    # The user's folder gets the command's log, and nothing else: no
    # settings, database or backup.
    assert [p.name for p in data.iterdir()] == ["logs"]


def test_the_first_failing_step_is_named_and_the_rest_skipped() -> None:
    ran: list[str] = []

    def step(name: str, fails: bool = False):
        def run() -> str:
            ran.append(name)
            if fails:
                raise StepFailed("timeline.pdf is not a PDF\nmore detail")
            return "fine"

        return (name, run)

    out, err = io.StringIO(), io.StringIO()
    code = run_steps([step("window"), step("timeline PDF", fails=True), step("check")], out, err)
    assert code == 1 and ran == ["window", "timeline PDF"]
    assert out.getvalue() == "[1/3] ok window: fine\n"
    assert err.getvalue() == "[2/3] 실패 FAILED timeline PDF: timeline.pdf is not a PDF\n"


def test_an_unexpected_error_is_one_line_too() -> None:
    def broken() -> str:
        raise KeyError("tabs")

    err = io.StringIO()
    assert run_steps([("tabs", broken)], io.StringIO(), err) == 1
    assert err.getvalue() == "[1/1] 실패 FAILED tabs: 'tabs'\n"


def test_the_window_can_start_and_quit_once_painted(tmp_path: Path) -> None:
    # What the smoke test and the start-up benchmark run on a build.
    db = tmp_path / "office.db"
    assert dctracker("--db", str(db), "init", data_dir=tmp_path / "data").returncode == 0
    result = dctracker("--db", str(db), "--quit-when-shown", data_dir=tmp_path / "data", offscreen=True)
    assert result.returncode == 0, result.stderr
    assert [b.name for b in (tmp_path / "backups").iterdir()][0].endswith("-daily.db")  # a full start


def test_self_test_with_a_database_checks_it_first_and_names_it_when_it_fails(tmp_path: Path) -> None:
    missing = tmp_path / "office.db"
    result = dctracker("self-test", "--db", str(missing), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("[1/7] ok version")
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("[2/7] 실패 FAILED database: ") and str(missing) in line
    assert not missing.exists()
