"""HTML pages: main text without the page furniture, metadata from tags and JSON-LD."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import load_document, load_text

from .conftest import ARABIC, ARABIC_2

PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>عنوان الصفحة | جريدة الاختبار</title>
  <meta property="og:title" content="  الوزارة   تعلن خطة المستشفيات ">
  <meta name="author" content="سارة   أحمد">
  <meta property="article:author" content="https://social.example/sara">
  <meta property="article:published_time" content="2024-03-05T22:30:00+03:00">
  <meta property="og:url" content="https://news.example/2024/03/plan">
  <link rel="canonical" href="https://news.example/other">
  <meta property="og:site_name" content="جريدة الاختبار">
  <style>body {{ color: red; }} .secret-style {{}}</style>
  <script>var secretScript = "لا تظهر";</script>
</head>
<body>
  <header><h1>شعار الموقع</h1><p>رأس الصفحة</p></header>
  <nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav>
  <!-- تعليق مخفي -->
  <main>
    <article>
      <h2>الوزارة تعلن خطة المستشفيات</h2>
      <p>{ARABIC}</p>
      <p>{ARABIC_2}<br>سطر  ثان
         بعد فاصل.</p>
      <script>document.write("secret");</script>
      <aside><p>اقرأ أيضا: خبر آخر</p></aside>
      <form><input value="بحث"><button>أرسل</button></form>
      <p>نص <b>عريض</b> و<a href="/x">رابط</a>.</p>
    </article>
    <aside><p>الأكثر قراءة</p></aside>
  </main>
  <footer><p>حقوق النشر محفوظة</p></footer>
</body>
</html>
"""


def test_arabic_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load_document(path)
    assert doc.format == "html"
    assert doc.encoding == "utf-8"
    assert doc.text == (
        f"الوزارة تعلن خطة المستشفيات\n\n{ARABIC}\n\n{ARABIC_2}\nسطر ثان بعد فاصل.\n\nنص عريض ورابط."
    )
    for furniture in (
        "secret",
        "color",
        "شعار",
        "رأس",
        "الرئيسية",
        "تعليق",
        "اقرأ",
        "بحث",
        "أرسل",
        "الأكثر",
        "حقوق",
    ):
        assert furniture not in doc.text
    assert doc.title == "الوزارة تعلن خطة المستشفيات"
    assert doc.author == "سارة أحمد"
    assert doc.published_on == datetime.date(2024, 3, 5)
    assert doc.url == "https://news.example/2024/03/plan"
    assert doc.outlet == "جريدة الاختبار"


JSON_LD_PAGE = f"""<html><head>
<title>عنوان من الوسم</title>
<link rel="canonical" href="https://outlet.example/a/1">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@graph": [
  {{"@type": "WebSite", "name": "ليس هذا"}},
  {{"@type": ["NewsArticle"], "headline": "عنوان من JSON-LD",
   "author": [{{"@type": "Person", "name": "خالد"}}, "منى"],
   "datePublished": "2023-12-31",
   "publisher": {{"@type": "Organization", "name": "وكالة المثال"}}}}
]}}
</script>
<script type="application/ld+json">{{ not json </script>
</head><body><div class="story"><p>{ARABIC}</p></div></body></html>"""


def test_json_ld_news_article_metadata() -> None:
    doc = load_text(JSON_LD_PAGE, name="story.html", fmt="html")
    assert doc.title == "عنوان من JSON-LD"
    assert doc.author == "خالد, منى"
    assert doc.published_on == datetime.date(2023, 12, 31)
    assert doc.outlet == "وكالة المثال"
    assert doc.url == "https://outlet.example/a/1"
    assert doc.text == ARABIC


def test_meta_name_date_and_title_tag_fallbacks() -> None:
    page = (
        '<html><head><title> عنوان   بسيط </title><meta name="date" content="2022/7/9">'
        '<meta property="article:author" content="ليلى"></head>'
        f"<body><p>{ARABIC}</p></body></html>"
    )
    doc = load_text(page)
    assert doc.format == "html"  # recognised without a suffix or fmt
    assert doc.title == "عنوان بسيط"
    assert doc.author == "ليلى"
    assert doc.published_on == datetime.date(2022, 7, 9)
    assert doc.url is None and doc.outlet is None


def test_density_heuristic_picks_the_block_with_most_paragraph_text() -> None:
    page = f"""<html><body>
    <div id="menu"><p>قائمة</p><p>روابط</p></div>
    <div id="story"><p>{ARABIC}</p><p>{ARABIC_2}</p></div>
    <div id="related"><p>خبر ذو صلة قصير</p></div>
    </body></html>"""
    doc = load_text(page)
    assert doc.text == f"{ARABIC}\n\n{ARABIC_2}"


def test_longest_article_wins_and_blocks_become_paragraphs() -> None:
    page = f"""<html><body>
    <article><p>تعليق قصير</p></article>
    <article><h1>عنوان</h1><div>{ARABIC}</div><ul><li>أول</li><li>ثان</li></ul>
    <table><tr><td>خلية</td><td>أخرى</td></tr></table>
    <pre>  سطر   أول
  سطر ثان</pre></article>
    </body></html>"""
    doc = load_text(page)
    assert doc.text == f"عنوان\n\n{ARABIC}\n\nأول\n\nثان\n\nخلية أخرى\n\n  سطر   أول\n  سطر ثان"


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16"])
def test_html_in_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    page = f"<html><head><title>عنوان</title></head><body><p>{ARABIC_2}</p></body></html>"
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode(encoding))
    doc = load_document(path)
    assert doc.text == ARABIC_2
    assert doc.title == "عنوان"
    assert doc.encoding == encoding


def test_declared_charset_is_used_and_a_wrong_one_is_overruled() -> None:
    declared = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC_2}</p></body></html>'
    doc = load_text(declared.encode("cp1256"), name="a.html")
    assert doc.text == ARABIC_2 and doc.encoding == "windows-1256"
    wrong = declared.replace("windows-1256", "utf-8")
    doc = load_text(wrong.encode("cp1256"), name="b.html")
    assert doc.text == ARABIC_2 and doc.encoding == "cp1256"


def test_unknown_suffix_is_sniffed_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.page"
    path.write_text(f"<!-- saved --><!doctype html><p>{ARABIC}</p>", encoding="utf-8")
    assert load_document(path).format == "html"
    path.write_text(f"{ARABIC} <b>ليس</b> صفحة", encoding="utf-8")
    assert load_document(path).format == "text"


def test_no_external_entities_or_network(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    page = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f'<html><body><p>{ARABIC} &xxe;</p><img src="http://127.0.0.1:9/x.png"></body></html>'
    )
    doc = load_text(page, fmt="html")
    assert "TOPSECRET" not in doc.text
    assert ARABIC in doc.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>x</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><nav>قائمة</nav></body></html>",
        "<!-- only a comment -->",
    ],
)
def test_page_without_text_is_refused(page: str) -> None:
    with pytest.raises(InputError, match=r'^cannot import "p.html": '):
        load_text(page, name="p.html", fmt="html")


def test_html_file_with_binary_magic_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.html"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    with pytest.raises(InputError, match="binary file"):
        load_document(path)


def test_control_characters_in_a_page_do_not_break_the_tree() -> None:
    doc = load_text(
        f"<html><meta name=author content=x><body><nav>\x1b</nav>\x1b<p>{ARABIC}\x1b</p>", fmt="html"
    )
    assert doc.text == ARABIC


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05T22:30:00+03:00", datetime.date(2024, 3, 5)),
        ("٢٠٢٤-٠٣-٠٥", datetime.date(2024, 3, 5)),  # Arabic-Indic digits
        ("Tue, 05 Mar 2024 10:00:00 GMT", datetime.date(2024, 3, 5)),
        ("05/03/2024", None),  # day or month first? not guessed
        ("2024-02-30", None),
        ("قريبا", None),
    ],
)
def test_publication_dates(value: str, expected: datetime.date | None) -> None:
    page = f'<html><head><meta name="date" content="{value}"></head><body><p>{ARABIC}</p></body></html>'
    assert load_text(page).published_on == expected
