"""The PDF painter's pagination: headings stay with what they head; no strip of the next page."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from ui.pdf_render import _lines, keep_headings_with_next, page_bottoms

PAGE = QSizeF(400, 300)


def _doc(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(PAGE)
    return doc


def _claims(n: int) -> str:
    # Bodies of different lengths, so that some heading lands at the foot of a page.
    return "".join(f"<h3>Claim {i}</h3>" + "<p>" + " ".join(["checked words"] * (12 + 7 * (i % 5))) + "</p>"
                   for i in range(1, n + 1))


def _orphans(doc: QTextDocument) -> list[str]:
    first: dict[int, tuple[float, float]] = {}
    for top, bottom, block in _lines(doc):
        first.setdefault(block.blockNumber(), (top, bottom))
    out = []
    block = doc.begin()
    while block.isValid() and block.next().isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel():
            if int(first[block.blockNumber()][0] // PAGE.height()) != int(first[nxt.blockNumber()][1] // PAGE.height()):
                out.append(block.text())
        block = nxt
    return out


def test_a_heading_never_ends_a_page_apart_from_its_claim(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(_claims(30))
    orphans = _orphans(doc)
    assert orphans, "the sample must put a heading at a page's foot, or the test proves nothing"
    moved = keep_headings_with_next(doc, PAGE.height())
    assert moved >= len(orphans)
    assert _orphans(doc) == []
    # Nothing lost on the way: every claim is still there, in order.
    assert [b for b in doc.toPlainText().splitlines() if b.startswith("Claim")] == [f"Claim {i}" for i in range(1, 31)]


def test_each_page_is_painted_down_to_its_last_whole_line_only(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc("".join(f'<p><span style="background-color:#FFF3B0">highlighted line {i}</span></p>' for i in range(60)))
    pages = doc.pageCount()
    assert pages >= 3
    bottoms = page_bottoms(doc, PAGE.height(), pages)
    lines = _lines(doc)
    for index, bottom in enumerate(bottoms[:-1]):
        on_page = [b for t, b, _ in lines if index * PAGE.height() <= t and b <= (index + 1) * PAGE.height()]
        next_tops = [t for t, _b, _ in lines if t >= (index + 1) * PAGE.height()]
        assert max(on_page) <= bottom  # the page's own lines are painted whole
        assert bottom < min(next_tops) - 1  # and none of the next page's (its highlight reaches above it)


def test_headings_are_kept_on_a_document_not_yet_laid_out(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(_claims(30))  # nothing has asked for its layout yet (Qt lays out lazily)
    assert keep_headings_with_next(doc, PAGE.height()) > 0
    assert _orphans(doc) == []
