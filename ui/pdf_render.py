"""Qt's half of the PDF report: lay out Qt rich text with QTextDocument, paint it on QPdfWriter.

``app/exports/pdf.py`` builds the HTML (Qt's rich-text subset) and calls :func:`render_pdf`
through ``importlib`` so that the core never imports PySide6. Pages are painted one by one
(``QTextDocument.drawContents`` clipped to each page) with a header and a footer carrying
the page number. The shipped static Noto Sans Arabic is used so that the PDF keeps a text
layer (``pdftotext`` gives the Arabic words back).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
DPI = 300
MARGIN_MM = 15.0
BAND_MM = 9.0  # header and footer height, inside the margins
BODY_POINT_SIZE = 10.0
_loaded: dict[str, str] = {}
_app: QGuiApplication | None = None


def ensure_app() -> None:
    """Fonts and painting need a Qt application; start an offscreen one if there is none.

    It is a QApplication (not only a QGuiApplication), so that widgets created later in the
    same process (the GUI, pytest-qt's ``qapp``) can reuse it.
    """
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1] or ["sanad"])


def load_fonts(font_dir: str | os.PathLike[str]) -> str:
    """Register the shipped fonts (once); returns the family name."""
    key = str(Path(font_dir).resolve())
    if key in _loaded:
        return _loaded[key]
    family = ""
    for name in FONT_FILES:
        path = Path(font_dir) / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    if not family:
        raise FileNotFoundError(f"no usable report font in {font_dir}")
    _loaded[key] = family
    return family


def _band(painter: QPainter, rect: QRectF, text: str, *, rtl: bool, align: Qt.AlignmentFlag) -> None:
    option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.drawText(rect, text, option)


def render_pdf(html: str, path: str | os.PathLike[str], *, header: str, footer: str,
               font_dir: str | os.PathLike[str], rtl: bool = True, title: str = "",
               progress: Callable[[float], None] | None = None) -> int:
    """Write ``html`` as an A4 PDF at ``path``; returns the number of pages.

    ``footer`` may contain ``{page}`` and ``{pages}``; it is drawn on every page with the
    header, which repeats the report's title.
    """
    ensure_app()
    family = load_fonts(font_dir)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(title or header)
    writer.setCreator("Sanad")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    page = writer.pageLayout().paintRectPixels(DPI)
    band = BAND_MM / 25.4 * DPI
    body = QSizeF(page.width(), page.height() - 2 * band)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(body)
    pages = max(1, doc.pageCount())

    small = QFont(family)
    small.setPointSizeF(8)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF {path}")
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        start, end = (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if rtl else \
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, page.width(), band * 0.8)
            _band(painter, top, header, rtl=rtl, align=start)
            painter.setPen(QPen(QColor("#BBBBBB"), 2))
            painter.drawLine(QPointF(0, band * 0.85), QPointF(page.width(), band * 0.85))
            bottom = QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8)
            painter.drawLine(QPointF(0, page.height() - band * 0.85), QPointF(page.width(), page.height() - band * 0.85))
            painter.setPen(QColor("#555555"))
            _band(painter, bottom, footer.format(page=index + 1, pages=pages), rtl=rtl, align=end)
            painter.save()
            painter.translate(0, band - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            if progress is not None:
                progress((index + 1) / pages)
    finally:
        painter.end()
    return pages
