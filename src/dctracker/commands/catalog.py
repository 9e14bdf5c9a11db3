"""The command line's Korean for the store's and the domain's messages: the
same compiled catalog the window loads (resources/translations/messages_ko.qm),
read with QtCore's QTranslator alone (no application object, no widgets),
and only when a message is first said."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from dctracker.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)


@functools.cache
def _catalog() -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    folder = resources_dir() / "translations"
    if translator.load("messages_ko", str(folder)):
        return translator
    log.warning("translation messages_ko not found in %s: messages stay in English", folder)
    return None


def translate(context: str, source: str) -> str:
    """domain.messages.Translate over the catalog; "" where it has nothing."""
    catalog = _catalog()
    return (catalog.translate(context, source) or "") if catalog is not None else ""
