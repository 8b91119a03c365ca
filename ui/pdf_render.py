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
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
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


def _lines(doc: QTextDocument) -> list[tuple[float, float, QTextBlock]]:
    """Every laid-out line of ``doc`` as (top, bottom, its block), in document coordinates."""
    layout = doc.documentLayout()
    out: list[tuple[float, float, QTextBlock]] = []
    block = doc.begin()
    while block.isValid():  # table cells' blocks included
        text_layout = block.layout()
        top = layout.blockBoundingRect(block).top()
        for i in range(text_layout.lineCount() if text_layout is not None else 0):
            rect = text_layout.lineAt(i).rect()
            out.append((top + rect.top(), top + rect.bottom(), block))
        block = block.next()
    return out


def _first_line(doc: QTextDocument, block: QTextBlock) -> tuple[float, float] | None:
    """(top, bottom) of ``block``'s first laid-out line, in document coordinates."""
    text_layout = block.layout()
    if text_layout is None or text_layout.lineCount() == 0:
        return None
    top = doc.documentLayout().blockBoundingRect(block).top()
    rect = text_layout.lineAt(0).rect()
    return top + rect.top(), top + rect.bottom()


def keep_headings_with_next(doc: QTextDocument, page_height: float, passes: int = 4) -> int:
    """Move each heading that ends a page, apart from what it heads, to the next page.

    Qt's rich text has no keep-with-next: a claim's heading could close a page with its claim
    on the following one. A heading (``<h1>``…``<h6>``) whose first line and the first line of
    the next block fall on different pages gets a page break before it. Moving one shifts what
    follows, so the check runs again until nothing moves (at most ``passes`` times). Returns
    how many headings were moved.
    """
    moved = 0
    always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for _ in range(passes):
        doc.pageCount()  # lays the whole document out (Qt lays it out lazily, as it is asked for)
        orphans = []  # found on the layout as it is, before this pass changes anything
        block = doc.begin()
        while block.isValid():
            following = block.next()
            if (block.blockFormat().headingLevel() and following.isValid()
                    and not block.blockFormat().pageBreakPolicy() & always_before):
                head, body = _first_line(doc, block), _first_line(doc, following)
                if head is not None and body is not None and int(head[0] // page_height) != int(body[1] // page_height):
                    orphans.append(block)
            block = following
        if not orphans:
            break
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout for the whole pass, not one per heading moved
        for block in orphans:
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | always_before)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        cursor.endEditBlock()
        moved += len(orphans)
    return moved


def page_bottoms(doc: QTextDocument, page_height: float, pages: int) -> list[float]:
    """Where to stop painting each page: below its last whole line, not at the page's edge.

    A highlight's background reaches a little above its line; the first line of the next page
    would otherwise leave a coloured strip at the bottom of this one.
    """
    bottoms = [index * page_height for index in range(pages)]
    for top, bottom, _block in _lines(doc):
        index = int(top // page_height)
        if 0 <= index < pages and bottom <= (index + 1) * page_height + 0.5:
            bottoms[index] = max(bottoms[index], bottom)
    return [min((index + 1) * page_height, bottom + 2) if bottom > index * page_height else (index + 1) * page_height
            for index, bottom in enumerate(bottoms)]


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
    keep_headings_with_next(doc, body.height())
    pages = max(1, doc.pageCount())
    bottoms = page_bottoms(doc, body.height(), pages)

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
            top_y = index * body.height()
            doc.drawContents(painter, QRectF(0, top_y, body.width(), bottoms[index] - top_y))
            painter.restore()
            if progress is not None:
                progress((index + 1) / pages)
    finally:
        painter.end()
    return pages
