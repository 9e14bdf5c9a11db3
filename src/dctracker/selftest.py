"""`dctracker self-test`: does this installation work? For support calls on
office PCs: one line per step, and the failing step named.

Everything happens in a temporary folder: the demo data, the window's
settings, the exported PDF. The user's data and settings are not touched.
The window is opened offscreen, so nothing flashes on the screen.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

Step = tuple[str, Callable[[], str]]  # name, and what it does, giving a detail to show


class StepFailed(Exception):
    """A step that ran but did not give what it should."""


def run_steps(steps: Sequence[Step], out: TextIO, err: TextIO) -> int:
    """Run the steps in order, a line each; stop at the first failure, naming it."""
    for number, (name, step) in enumerate(steps, 1):
        try:
            detail = step()
        except Exception as exc:  # any failure at all is the answer the self-test exists to give
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"[{number}/{len(steps)}] 실패 FAILED {name}: {reason}", file=err)
            return 1
        print(f"[{number}/{len(steps)}] ok {name}: {detail}", file=out)
    return 0


class SelfTest:
    """The steps, on a demo database in `folder`; and first, if given, a
    check of the user's `database` (reading it only)."""

    def __init__(self, folder: Path, lang: str, database: Path | None = None) -> None:
        self.folder = folder
        self.lang = lang
        self.database = database
        self.demo = folder / "demo.db"
        self.window: MainWindow | None = None

    def steps(self) -> list[Step]:
        theirs: list[Step] = [] if self.database is None else [("database", self.check_database)]
        return [
            ("version", self.version),
            *theirs,
            ("demo data", self.demo_data),
            ("window", self.open_window),
            ("tabs", self.show_tabs),
            ("timeline PDF", self.timeline_pdf),
            ("check", self.check_copy),
        ]

    def version(self) -> str:
        from dctracker.about import about

        info = about()
        return f"dctracker {info.version}, schema {info.schema}, data folder {info.data_folder}"

    def check_database(self) -> str:
        assert self.database is not None  # the step exists only then
        return self._command("check", db=self.database).splitlines()[1]  # the verdict, after "ok: FILE"

    def demo_data(self) -> str:
        from dctracker.bootstrap import create_database

        store = create_database(self.demo, demo=True)
        try:
            count = store.projects.count()
        finally:
            store.close()
        return f"{count} projects in a temporary database"

    def open_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from dctracker.app import create_main_window

        # The window remembers its size and last files in the data folder:
        # a temporary one here, so the user's settings stay as they were.
        os.environ["DCTRACKER_DATA_DIR"] = str(self.folder / "profile")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        self.window = create_main_window(self.demo, self.lang)
        self.window.show()
        app.processEvents()
        return f"opened on the {QApplication.platformName()} platform"

    def show_tabs(self) -> str:
        from PySide6.QtWidgets import QApplication

        window = self._window()
        names = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            if window.tabs.currentWidget().grab().isNull():  # paints it, as a screen would
                raise StepFailed(f"tab {window.tabs.tabText(index)!r} did not paint")
            names.append(window.tabs.tabText(index).replace("&", ""))
        return ", ".join(names)

    def timeline_pdf(self) -> str:
        from dctracker.render.fonts import printing_font

        pdf = self.folder / "timeline.pdf"
        self._command("export", "timeline", "--out", str(pdf), "--format", "pdf")
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise StepFailed(f"{pdf.name} is not a PDF")
        return f"{pdf.stat().st_size // 1024} KB, Korean font: {printing_font() or 'none (boxes)'}"

    def check_copy(self) -> str:
        from dctracker.store.file.backup import copy_database

        copy = copy_database(self.demo, self.folder / "copy.db")
        return self._command("check", db=copy).splitlines()[1]  # the verdict, after "ok: FILE"

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()

    def _window(self) -> MainWindow:
        if self.window is None:
            raise StepFailed("no window")
        return self.window

    def _command(self, *args: str, db: Path | None = None) -> str:
        """A `dctracker` command, as a user would type it; its output if it succeeds."""
        from dctracker.cli import main

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--lang", self.lang, "--db", str(db or self.demo), *args])
        if code != 0:
            raise StepFailed(err.getvalue().strip() or f"exit code {code}")
        return out.getvalue()


def self_test(lang: str = "ko", database: Path | None = None) -> int:
    """Run every step, printing on stdout (and the failure on stderr); 0 if all passed."""
    saved = {name: os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DCTRACKER_DATA_DIR")}
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # whatever the desktop; read when Qt starts
    with tempfile.TemporaryDirectory(prefix="dctracker-self-test-") as folder:
        test = SelfTest(Path(folder), lang, database)
        try:
            return run_steps(test.steps(), sys.stdout, sys.stderr)
        finally:
            test.close()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
