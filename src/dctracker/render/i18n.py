"""Loading the Korean or English user interface.

Source strings are English; resources/translations/*_ko.ts hold the Korean,
one catalog per feature (see tools/update_translations.py). Qt's own dialog
buttons come from Qt's qtbase_ko.qm.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dctracker.paths import resources_dir

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Qt's marker of a string to translate later in `context` (lupdate finds it
    by name), returning `source`; PySide6's own is typed as returning object."""
    return source


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Replace the application's translators with those for `lang`."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
    if lang == "en":
        return
    folder = resources_dir() / "translations"
    sources = [(qm.stem, str(folder)) for qm in sorted(folder.glob(f"*_{lang}.qm"))]
    sources.append((f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, where in sources:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
        else:  # the UI still works, in English: worth a log line, not a crash
            log.warning("translation %s not found in %s", name, where)
