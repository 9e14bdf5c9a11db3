"""A Qt application for commands that draw (PDF, PNG) without opening a window."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from dctracker.render.i18n import install_translators


def gui_application(lang: str) -> QGuiApplication:
    """The running application, or a new one; on a Linux machine without a
    display (a server, CI) Qt's offscreen platform draws just the same."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    install_translators(app, lang)
    return app  # type: ignore[return-value]
