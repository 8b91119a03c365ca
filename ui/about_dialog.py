"""Help → About: Sanad's icon, version and licence, and the fonts and libraries it ships.

The facts come from :func:`app.about.about_info` (Qt-free); this module only lays them out.
Layout direction follows the application (right to left in Arabic).

    from ui.about_dialog import app_icon, show_about
    QApplication.setWindowIcon(app_icon())   # once, at start-up
    show_about(main_window)                  # the Help → About action
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.about import about_info
from app.paths import resources_dir

APP_ICON_SVG = Path("icons", "app", "sanad.svg")
ICON_SIZE = 96


def app_icon() -> QIcon:
    """Sanad's application icon (the SVG; Qt renders every size from it)."""
    return QIcon(str(resources_dir() / APP_ICON_SVG))


def _read(path: str | None) -> str:
    if path and Path(path).is_file():
        return Path(path).read_text(encoding="utf-8", errors="replace")
    return ""


class AboutDialog(QDialog):
    """Four tabs: About, Libraries, Fonts, Licence (the GPL text)."""

    def __init__(self, parent: QWidget | None = None, info: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.info = info if info is not None else about_info()
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Sanad"))
        self.setWindowIcon(app_icon())
        self.resize(680, 600)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._libraries_tab(), self.tr("Libraries"))
        self.tabs.addTab(self._fonts_tab(), self.tr("Fonts"))
        self.tabs.addTab(self._licence_tab(), self.tr("Licence"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _paragraphs(self, body: str) -> str:
        """Rich text set in the dialog's direction (Qt would guess it from the first letter)."""
        return f"<div dir=\"{'rtl' if self._right_to_left() else 'ltr'}\">{body}</div>"

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.icon_label = QLabel()
        self.icon_label.setPixmap(app_icon().pixmap(QSize(ICON_SIZE, ICON_SIZE)))
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        info = self.info
        rtl = self._right_to_left()
        summary = info["summary_ar"] if rtl else info["summary"]
        names = (info["name_ar"], info["name"]) if rtl else (info["name"], info["name_ar"])
        version = self.tr("Version %1").replace("%1", info["version"])  # outside the f-string: lupdate finds it
        self.title_label = QLabel(self._paragraphs(
            f"<h2>{html.escape(names[0])} — {html.escape(names[1])}</h2>"
            f"<p>{html.escape(summary)}</p>"
            f"<p>{html.escape(version)}</p>"
        ))
        self.title_label.setObjectName("aboutTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        row.addWidget(self.title_label, 1)
        return row

    def _about_tab(self) -> QWidget:
        info = self.info
        runtimes = ", ".join(f"{r['name']} {r['version']} ({r['licence']})" for r in info["runtimes"])
        text = "".join((
            "<p>", html.escape(self.tr("Sanad is free software: you can redistribute it and/or modify it under "
                                       "the terms of the GNU General Public License, version 3 or (at your "
                                       "option) any later version (%1).").replace("%1", info["licence"])),
            "</p><p>", html.escape(self.tr("It comes with ABSOLUTELY NO WARRANTY. See the Licence tab.")),
            "</p><p>", html.escape(self.tr("Built with %1.").replace("%1", runtimes)),
            "</p><p>", html.escape(self.tr("Running on Qt %1.").replace("%1", qVersion())),
            "</p><p>", html.escape(info["copyright"]), "</p>",
        ))
        label = QLabel(self._paragraphs(text))
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    def _libraries_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        libs = self.info["libraries"]
        rows = [[lib["name"], lib["version"] or "—", lib["licence"]] for lib in libs]
        self.libraries_table = self._table([self.tr("Library"), self.tr("Version"), self.tr("Licence")], rows)
        self.libraries_table.setObjectName("aboutLibraries")
        for r, lib in enumerate(libs):
            item = self.libraries_table.item(r, 0)
            if item is not None:
                item.setToolTip(f"{lib['distribution']}: {lib['purpose']}")
        layout.addWidget(self.libraries_table, 2)
        # Qt, PySide6 and Psycopg are LGPL: their licence text travels with them.
        self.lgpl_text = QPlainTextEdit(_read(self.info.get("lgpl_file")))
        self.lgpl_text.setObjectName("aboutLgpl")
        self.lgpl_text.setReadOnly(True)
        self.lgpl_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.lgpl_text, 1)
        return page

    def _fonts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        rows = [[font["family"], ", ".join(font["files"]), font["licence"]] for font in self.info["fonts"]]
        self.fonts_table = self._table([self.tr("Font"), self.tr("Files"), self.tr("Licence")], rows)
        self.fonts_table.setObjectName("aboutFonts")
        layout.addWidget(self.fonts_table)
        texts = [_read(font.get("licence_file")) for font in self.info["fonts"]]
        ofl = QPlainTextEdit("\n\n".join(t for t in texts if t))
        ofl.setReadOnly(True)
        ofl.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the licence texts are English
        layout.addWidget(ofl, 1)
        return page

    def _licence_tab(self) -> QWidget:
        self.licence_text = QPlainTextEdit(_read(self.info["licence_file"]) or self.info["licence"])
        self.licence_text.setObjectName("aboutLicence")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return self.licence_text


def show_about(parent: QWidget | None = None) -> int:
    """Open the About box (modal) over ``parent``; what the Help → About action calls."""
    dialog = AboutDialog(parent)
    return dialog.exec()
