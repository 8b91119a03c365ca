"""HTML report: self-contained, right-to-left, and nothing from the data gets through unescaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from app.exports import export_article
from app.services import claims as cmds
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.services.evidence import add_evidence

EVIL = '<script>alert("x")</script>"><img src=x onerror=alert(1)>'


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_report_is_rtl_and_self_contained(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    export_article(ws, reviewed_article, "html", out, "ar", annotated=True)
    html = out.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    assert "<svg" in html and "@media print" in html
    assert "سامي العطار" in html and "بيان وزارة الداخلية" in html
    assert 'href="https://moi.example.gov/statement"' in html
    parser = _Collect()
    parser.feed(html)
    for tag, attrs in parser.tags:  # nothing loaded from elsewhere
        assert tag not in ("script", "link", "img", "iframe")
        assert not (attrs.get("src") or "").strip()
    assert re.findall(r'id="claim-(\d+)"', html) == ["1", "2", "3", "4"]
    assert '<a href="#claim-3">' in html  # conflict and annotated text link to the claims


def test_html_english_is_ltr(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    export_article(ws, reviewed_article, "html", out, "en")
    html = out.read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in html and "Claims by verdict" in html and "Unverifiable" in html


def test_injection_attempts_are_shown_as_text(ws: Workspace, tmp_path: Path) -> None:
    text = f"مقدمة. {EVIL} قال الوزير إن 5 أشخاص قتلوا.\n"
    aid = int(import_article(ws, NewArticle(text=text, title=EVIL, outlet=EVIL, url="javascript:alert(2)",
                                            author=EVIL)).result)
    start = text.index(EVIL)
    cid = int(cmds.add_claim(ws, aid, start, start + len(EVIL)).result)
    cmds.set_explanation(ws, cid, EVIL)
    cmds.set_claim_as_checked(ws, cid, EVIL)
    cmds.set_speaker(ws, cid, EVIL)
    cmds.set_tags(ws, cid, [EVIL])
    cmds.set_verdict(ws, cid, "false")
    add_evidence(ws, cid, url="javascript:alert(document.cookie)", title=EVIL, publisher=EVIL, excerpt=EVIL)
    add_evidence(ws, cid, url="data:text/html;base64,PHNjcmlwdD4=", title="data")
    add_evidence(ws, cid, url='https://ok.example/"onmouseover="alert(3)', title="quoted")
    out = tmp_path / "evil.html"
    export_article(ws, aid, "html", out, "ar", annotated=True)
    html = out.read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags and "img" not in tags
    for _tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("https://", "http://", "#"))
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # only ever inside text, never in markup
    assert "&lt;script&gt;" in html and "javascript:alert(document.cookie)" in html
    assert "onmouseover=&quot;alert(3)" in html


def test_values_after_arabic_labels_keep_their_order(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    # Unisolated, "تاريخ النشر: 2026-11-02" is laid out 02-11-2026 (the digits after Arabic letters are
    # Arabic numbers, and "-" does not join them), and "Sara Haddad، مريم الكاتب" as one left-to-right
    # run reads backwards in Arabic (both seen in Chromium).
    claim_id = int(cmds.add_claim(ws, reviewed_article, 0, 10).result)
    cmds.set_reviewer(ws, claim_id, "Sara Haddad")
    out = tmp_path / "r.html"
    export_article(ws, reviewed_article, "html", out, "ar")
    html = out.read_text(encoding="utf-8")
    assert "تاريخ النشر: <bdi>2026-11-02</bdi>" in html  # the evidence's facts
    assert "تاريخ الاطلاع: <bdi>2026-11-04</bdi>" in html
    assert 'الرابط: <bdi><a href="https://moi.example.gov/statement"' in html
    assert "<td><bdi>Sara Haddad</bdi>، <bdi>مريم الكاتب</bdi></td>" in html  # each name, not the list
