"""Qt's file dialog speaks Arabic in the Arabic window, where Qt's own catalogue left English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

from ui.mainwindow.window import MainWindow


def test_the_file_dialog_labels_and_kinds_are_arabic(shown: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     compiled_translations: list[object]) -> None:
    (tmp_path / "مقالات").mkdir()
    shown.apply_language("ar")
    try:
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "مجلد"
        dialog = QFileDialog(shown, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "ال&بحث في:"
        assert labels["fileTypeLabel"] == "&نوع الملفات:"
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        folder = model.index(str(tmp_path / "مقالات"))
        qtbot.waitUntil(lambda: model.data(folder.siblingAtColumn(2)) == "مجلد")  # the kind column
    finally:
        shown.apply_language("en")
