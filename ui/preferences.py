"""Preferences: interface language, reviewer name, highlight threshold, organisation details."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.reviewer = QLineEdit(settings.reviewer())
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(settings.highlight_threshold())
        self.org_name = QLineEdit(settings.org_name())
        self.org_url = QLineEdit(settings.org_url())
        self.org_url.setPlaceholderText("https://")
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Your name (reviewer)"), self.reviewer)
        form.addRow(self.tr("Highlight claims scoring at least"), self.threshold)
        form.addRow(self.tr("Organisation name (reports)"), self.org_name)
        form.addRow(self.tr("Organisation website (reports)"), self.org_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(600, self.sizeHint().height())

    def save(self) -> None:
        self.settings.set_language(self.language.currentData())
        self.settings.set_reviewer(self.reviewer.text())
        self.settings.set_highlight_threshold(self.threshold.value())
        self.settings.set_org(self.org_name.text(), self.org_url.text())
