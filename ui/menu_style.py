"""Menus in Arabic: the shortcut column reads left to right ("Ctrl+," not "+Ctrl,").

Qt draws a menu item's shortcut with the menu's direction; in a right-to-left menu the
neutral characters of "Ctrl+," or "Ctrl++" take the paragraph's direction and move to the
wrong end. :class:`MenuStyle` wraps the shortcut in left-to-right marks before the base
style draws it (the marks have no width, so the item's size does not change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

LRM = "\u200e"


def ltr_shortcut(text: str) -> str:
    """A menu item's "label<TAB>shortcut" with the shortcut held left to right."""
    label, tab, shortcut = text.partition("\t")
    if not tab or not shortcut or shortcut.startswith(LRM):
        return text
    return f"{label}\t{LRM}{shortcut}{LRM}"


class MenuStyle(QProxyStyle):
    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem)
                and option.direction == Qt.LayoutDirection.RightToLeft and "\t" in option.text):
            option = QStyleOptionMenuItem(option)
            option.text = ltr_shortcut(option.text)
        super().drawControl(element, option, painter, widget)
