"""HTML: a page's <meta charset> against its bytes."""

from __future__ import annotations

from app.importers import load_text

from .conftest import ARABIC

PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "<title>خبر الصحة</title></head><body><article><p>{text}</p></article></body></html>")


def test_utf8_bytes_under_an_old_legacy_declaration_are_utf8() -> None:
    # A site moved to UTF-8 that kept charset=windows-1256 in its template (a saved page keeps it):
    # the article was imported as mojibake ("ط£ط¹ظ„ظ†طھ").
    data = PAGE.format(charset="windows-1256", text=ARABIC).encode("utf-8")
    doc = load_text(data, name="خبر.html")
    assert (doc.text, doc.title, doc.encoding) == (ARABIC, "خبر الصحة", "utf-8")


def test_a_true_legacy_declaration_is_still_obeyed() -> None:
    for charset in ("windows-1256", "iso-8859-6"):
        data = PAGE.format(charset=charset, text=ARABIC).encode(charset)
        doc = load_text(data, name="خبر.html")
        assert (doc.text, doc.title) == (ARABIC, "خبر الصحة")


def test_an_ascii_page_keeps_its_declared_charset() -> None:
    page = PAGE.replace("خبر الصحة", "News").format(charset="windows-1256", text="Officials said 12 schools closed.")
    data = page.encode("ascii")
    assert load_text(data, name="news.html").encoding == "windows-1256"
