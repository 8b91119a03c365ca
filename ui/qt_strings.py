"""Qt's own words that its Arabic catalogue (qtbase_ar) leaves in English, translated in Sanad's.

The file dialog said "Look in:", "Files of type:" and "Folder" in the Arabic window. These
entries give ``lupdate`` the exact source texts and contexts Qt looks them up by; Sanad's
catalogue is installed after Qt's, so it is asked first. Nothing imports this module.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
