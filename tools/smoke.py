"""The smoke test of a bundled build: `uv run python tools/build.py --smoke`.

The build folder is copied to a temporary place outside the source tree, made
portable (portable.txt), and its executables are run there as on an office
PC: a clean environment (no PYTHONPATH, no virtual environment, nothing of
this checkout), the working folder elsewhere, Qt offscreen. Each step prints
one line; the first failure ends the run with a non-zero exit.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WINDOWS = sys.platform == "win32"
# Kept from the caller's environment: what a program needs to find the system.
SYSTEM_VARIABLES = (
    *("PATH", "TEMP", "TMP", "LANG", "LC_ALL"),
    *("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT", "PROGRAMDATA", "USERNAME"),
)
TIMEOUT_S = 300


class SmokeFailed(Exception):
    pass


def executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if WINDOWS else name)


def clean_environment(home: Path) -> dict[str, str]:
    """No PYTHONPATH, VIRTUAL_ENV or DCTRACKER_*; a home (profile) of its own."""
    env = {name: os.environ[name] for name in SYSTEM_VARIABLES if name in os.environ}
    home.mkdir(parents=True, exist_ok=True)
    env.update({"HOME": str(home), "USERPROFILE": str(home), "QT_QPA_PLATFORM": "offscreen"})
    if WINDOWS:
        env.update(
            {"LOCALAPPDATA": str(home / "AppData" / "Local"), "APPDATA": str(home / "AppData" / "Roaming")}
        )
    return env


class Smoke:
    def __init__(self, build: Path, place: Path) -> None:
        self.folder = place / "USB" / build.name
        shutil.copytree(build, self.folder, symlinks=True)
        (self.folder / "portable.txt").write_text("data beside the program\n", encoding="utf-8")
        self.data = self.folder / "data"
        self.work = place / "work"  # the working folder: neither the build nor the source tree
        self.work.mkdir()
        self.env = clean_environment(place / "home")

    def run(self, *args: str, program: str = "dctracker", env: dict[str, str] | None = None) -> str:
        done = self.attempt(*args, program=program, env=env)
        if done.returncode != 0:
            raise SmokeFailed(f"exit {done.returncode}: {done.stderr.strip()[-800:]}")
        return done.stdout

    def attempt(
        self, *args: str, program: str = "dctracker", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(executable(self.folder, program)), *args],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            check=False,
        )

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("--version", self.version),
            ("init --demo", self.init),
            ("list projects --json", self.list_projects),
            ("export timeline --format pdf", self.timeline),
            ("report", self.report),
            ("self-test", self.self_test),
            ("Korean translations, the app's and Qt's", self.translations),
            ("windowed app starts", self.windowed),
            ("older database: migrated after a backup", self.older_database),
            ("newer database: refused", self.newer_database),
            ("PDF on a PC without Korean fonts", self.no_system_fonts),
        ]

    def version(self) -> str:
        out = self.run("--version")
        if str(self.data) not in out:
            raise SmokeFailed(f"the data folder is not the portable one ({self.data}):\n{out}")
        return " / ".join(out.splitlines())

    def init(self) -> str:
        self.run("init", "--demo")
        if not (self.data / "dctracker.db").is_file():
            raise SmokeFailed(f"no database in {self.data}")
        return f"created {self.data / 'dctracker.db'}"

    def list_projects(self) -> str:
        projects = json.loads(self.run("list", "projects", "--json"))
        if not projects:
            raise SmokeFailed("no projects listed")
        return f"{len(projects)} projects"

    def timeline(self) -> str:
        return self._pdf("timeline.pdf", "export", "timeline", "--format", "pdf")

    def report(self) -> str:
        return self._pdf("report.pdf", "report")

    def self_test(self) -> str:
        out = self.run("self-test").strip().splitlines()
        return f"{len(out)} steps ok; {out[-2].split(': ', 1)[-1]}"

    def translations(self) -> str:
        """The commands above loaded every catalog: i18n.py logs each one it cannot find."""
        log = (self.data / "logs" / "dctracker.log").read_text(encoding="utf-8")
        missing = [line for line in log.splitlines() if "translation" in line and "not found" in line]
        if missing:
            raise SmokeFailed("; ".join(missing))
        bundled = sorted(p.name for p in self.folder.rglob("*_ko.qm"))
        return ", ".join(bundled)

    def windowed(self) -> str:
        started = time.perf_counter()
        self.run("--quit-when-shown", program="dctracker-app")
        return f"painted and quit in {time.perf_counter() - started:.2f} s"

    def older_database(self) -> str:
        """A schema-1 file (the first migration only) is upgraded by a write, after a backup."""
        old = self.work / "old.db"
        first = next((self.folder / "_internal" / "dctracker" / "_db").glob("0001_*.sql"))
        conn = sqlite3.connect(old)
        conn.executescript(f"BEGIN;\n{first.read_text(encoding='utf-8')}\nPRAGMA user_version = 1;\nCOMMIT;")
        conn.close()
        csv = self.work / "projects.csv"
        self.run("export", "projects", "--out", str(csv))
        self.run("--db", str(old), "import", str(csv))
        backups = sorted((self.work / "backups").glob("old-*-premigrate.db"))
        if not backups:
            raise SmokeFailed("no backup before the upgrade")
        return f"{self.run('--db', str(old), 'check').splitlines()[0]}; backup {backups[0].name}"

    def newer_database(self) -> str:
        newer = self.work / "newer.db"
        shutil.copy(self.data / "dctracker.db", newer)
        conn = sqlite3.connect(newer)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.commit()
        conn.close()
        done = self.attempt("--db", str(newer), "list", "projects")
        message = done.stderr.strip()
        if done.returncode == 0 or "newer" not in message or "Traceback" in message:
            raise SmokeFailed(f"exit {done.returncode}, not one clear line: {message[-800:]}")
        return message.splitlines()[-1]

    def no_system_fonts(self) -> str:
        """fontconfig given no font folders: only the bundled NanumBarunGothic is there."""
        if WINDOWS:
            return "skipped on Windows: every Windows PC has Malgun Gothic"
        config = self.work / "fonts.conf"
        config.write_text(
            f"<?xml version='1.0'?><fontconfig><cachedir>{self.work / 'fontcache'}</cachedir></fontconfig>",
            encoding="utf-8",
        )
        detail = self._pdf(
            "no-fonts.pdf",
            "export",
            "timeline",
            "--format",
            "pdf",
            env={**self.env, "FONTCONFIG_FILE": str(config)},
        )
        if b"NanumBarunGothic" not in (self.work / "no-fonts.pdf").read_bytes():
            raise SmokeFailed("the PDF does not use the bundled NanumBarunGothic")
        return f"{detail}, NanumBarunGothic embedded"

    def _pdf(self, name: str, *args: str, env: dict[str, str] | None = None) -> str:
        pdf = self.work / name
        self.run(*args, "--out", str(pdf), env=env)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise SmokeFailed(f"{pdf} is not a PDF")
        return f"{pdf.name}, {pdf.stat().st_size // 1024} KB"


def smoke(build: Path) -> int:
    if not executable(build, "dctracker").is_file():
        print(f"smoke: no build in {build}: run tools/build.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dctracker-smoke-") as place:
        test = Smoke(build, Path(place))
        print(f"smoke: running the copy in {test.folder}", flush=True)
        steps = test.steps()
        for number, (name, step) in enumerate(steps, 1):
            started = time.perf_counter()
            try:
                detail = step()
            except (SmokeFailed, OSError, subprocess.SubprocessError, ValueError) as exc:
                print(f"smoke [{number}/{len(steps)}] FAILED {name}: {exc}", file=sys.stderr, flush=True)
                return 1
            took = time.perf_counter() - started
            print(f"smoke [{number}/{len(steps)}] ok {name} ({took:.1f} s): {detail}", flush=True)
    print("smoke: passed")
    return 0
