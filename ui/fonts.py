"""The shipped Arabic font (Noto Sans Arabic, OFL), loaded once; system fonts are not relied on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.paths import resources_dir

FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
_family: str | None = None


def load_fonts() -> str:
    """Register the shipped fonts with Qt; returns their family name."""
    global _family
    if _family is None:
        families: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id < 0:
                raise RuntimeError(f"cannot load the shipped font {name}")
            families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0]
    return _family


def arabic_font(point_size: float = 13.0) -> QFont:
    font = QFont(load_fonts())
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def align_paragraphs(editor: QPlainTextEdit | QTextEdit) -> None:
    """Each paragraph flush with its own text's start: Arabic on the right, English on the left.

    A plain-text editor takes AlignLeft and AlignRight literally, whatever a paragraph's
    direction (Arabic paragraphs were flush left, their last lines ragged on the right); only
    justified text follows each paragraph's direction (Qt puts the last line of a right-to-left
    paragraph on the right).
    """
    option = editor.document().defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignJustify)
    editor.document().setDefaultTextOption(option)


def make_text_rtl(editor: QPlainTextEdit | QTextEdit) -> None:
    """Lay an editor's Arabic text out from the right (text direction, not AlignRight, which
    Qt mirrors to the left for right-to-left text)."""
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    option = editor.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    editor.document().setDefaultTextOption(option)
    align_paragraphs(editor)
