"""Interface language: Qt translators for Sanad and Qt's own dialogs, and layout direction.

Arabic mirrors the whole layout right to left. Widgets retranslate themselves when they
receive ``QEvent.LanguageChange`` (sent by ``installTranslator``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir


def translations_dir() -> Path:
    return resources_dir() / "translations"


class Translations:
    """Owns the installed translators so that the language can change at run time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def _load(self, name: str, folder: str) -> QTranslator | None:
        translator = QTranslator(self.app)
        return translator if translator.load(name, folder) else None

    def apply(self, language: str) -> bool:
        """Switch to ``language`` ("ar" or "en"); False if Sanad's catalogue is missing."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        found = True
        if language == "ar":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates = [self._load("qtbase_ar", qt_dir), self._load("sanad_ar", str(translations_dir()))]
            found = candidates[1] is not None
            for translator in candidates:
                if translator is not None:
                    QCoreApplication.installTranslator(translator)
                    self._installed.append(translator)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Arabic if language == "ar" else QLocale.Language.English))
        self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                                    else Qt.LayoutDirection.LeftToRight)
        return found
