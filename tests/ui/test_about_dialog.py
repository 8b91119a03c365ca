"""Help → About: the dialog shows the version, the licences and the icon, in both directions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.about import about_info
from ui.about_dialog import AboutDialog, app_icon


def test_app_icon_renders_at_small_and_large_sizes(qtbot: QtBot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        pixmap = icon.pixmap(size, size)
        assert not pixmap.isNull() and pixmap.width() == size


def test_about_dialog_shows_version_licences_and_libraries(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.title_label.text()
    assert "سند" in dialog.title_label.text()
    assert not dialog.icon_label.pixmap().isNull()
    table = dialog.libraries_table
    names = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())}
    info = {lib["name"]: lib for lib in about_info()["libraries"]}
    assert set(names) == set(info)
    qt = names["Qt for Python (PySide6 Essentials)"]
    assert qt[1] == "LGPL-3.0-only" and qt[0] == info["Qt for Python (PySide6 Essentials)"]["version"]
    assert dialog.fonts_table.rowCount() >= 1
    assert dialog.fonts_table.item(0, 2).text() == "OFL-1.1"
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.lgpl_text.toPlainText()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["About", "Libraries", "Fonts", "Licence"]


def test_about_dialog_follows_right_to_left(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.layoutDirection()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        text = dialog.title_label.text()
        assert 'dir="rtl"' in text
        assert about_info()["summary_ar"] in text
        # Licence texts are English and stay left to right.
        assert dialog.licence_text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        app.setLayoutDirection(previous)


def test_close_button_closes(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reject()
    assert not dialog.isVisible()


def test_about_dialog_in_arabic_has_no_english_heading(qtbot: QtBot, compiled_translations) -> None:
    from ui.i18n import Translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.apply("ar")
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        text = dialog.title_label.text()
        assert f"الإصدار {__version__}" in text and "Version" not in text
    finally:
        translations.apply("en")
