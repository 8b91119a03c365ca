"""HTML: the article's title without the outlet's name that the page's <title> carries."""

from __future__ import annotations

import pytest

from app.importers import load_text

PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="صحيفة النخيل"></head><body><article><h1>عنوان آخر</h1>
<p>قالت البلدية إن 12 شارعاً أغلقت بسبب الأمطار.</p></article></body></html>"""


@pytest.mark.parametrize("title", [
    "البلدية تغلق 12 شارعاً | صحيفة النخيل",
    "البلدية تغلق 12 شارعاً - صحيفة النخيل",
    "البلدية تغلق 12 شارعاً — صحيفة النخيل",
    "صحيفة النخيل | البلدية تغلق 12 شارعاً",
])
def test_the_outlet_name_is_not_part_of_the_title(title: str) -> None:
    doc = load_text(PAGE.format(title=title).encode("utf-8"), name="خبر.html")
    assert (doc.title, doc.outlet) == ("البلدية تغلق 12 شارعاً", "صحيفة النخيل")


@pytest.mark.parametrize("title", ["صحيفة النخيل", "البلدية - تغلق الشوارع", "تقرير صحيفة النخيل السنوي"])
def test_other_titles_are_kept_whole(title: str) -> None:
    assert load_text(PAGE.format(title=title).encode("utf-8"), name="خبر.html").title == title
