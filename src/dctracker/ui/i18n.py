"""Loading the Korean or English user interface.

Source strings are English; resources/translations/dctracker_ko.ts holds the
Korean (edit with pyside6-linguist, compile with pyside6-lrelease). Qt's own
dialog buttons come from Qt's qtbase_ko.qm.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dctracker.paths import resources_dir

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
log = logging.getLogger(__name__)


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Replace the application's translators with those for `lang`."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
    if lang == "en":
        return
    sources = [
        (f"dctracker_{lang}", translations_dir()),
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:  # the UI still works, in English: worth a log line, not a crash
            log.warning("translation %s not found in %s", name, folder)
