"""The window says the store's errors through Qt's translators (issue 14 §5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dctracker.render.i18n import install_translators
from dctracker.store.errors import ReadOnlyDatabaseError


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_window_says_store_errors_in_either_language_through_qt(qapp: QApplication, lang: str) -> None:
    error = ReadOnlyDatabaseError("office.db")
    install_translators(qapp, lang)
    try:
        assert error.message("ko").startswith("office.db: 읽기 전용 파일이라 저장할 수 없습니다")
        assert error.message("en").startswith("office.db is read-only: changes cannot be saved")
        # The application's own strings stay in the window's language.
        button = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert (button == "Cancel") == (lang == "en")
    finally:
        install_translators(qapp, "ko")
