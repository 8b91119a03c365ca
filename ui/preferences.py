"""Preferences: interface language, reviewer name, highlight threshold, organisation details;
the Database tab chooses this computer's file or the team's server (``ui.database_prefs``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.database_prefs import DatabasePage
from ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *, current_db: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.reviewer = QLineEdit(settings.reviewer())
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setLocale(QLocale.c())  # 0.50 like the scores in the claims list, not ٠٫٥٠
        self.threshold.setValue(settings.highlight_threshold())
        self.org_name = QLineEdit(settings.org_name())
        self.org_url = QLineEdit(settings.org_url())
        self.org_url.setPlaceholderText("https://")
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Your name (reviewer)"), self.reviewer)
        form.addRow(self.tr("Highlight claims scoring at least"), self.threshold)
        form.addRow(self.tr("Organisation name (reports)"), self.org_name)
        form.addRow(self.tr("Organisation website (reports)"), self.org_url)
        self.database = DatabasePage(settings, current_db)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.database, self.tr("Database"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def accept(self) -> None:
        problem = self.database.problem()
        if problem is not None:  # stay open on the Database tab, saying what is missing
            self.tabs.setCurrentWidget(self.database)
            self.database.result.setText(problem)
            return
        super().accept()

    def save(self) -> None:
        self.settings.set_language(self.language.currentData())
        self.settings.set_reviewer(self.reviewer.text())
        self.settings.set_highlight_threshold(self.threshold.value())
        self.settings.set_org(self.org_name.text(), self.org_url.text())
        self.database.save()
