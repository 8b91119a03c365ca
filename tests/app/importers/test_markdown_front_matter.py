"""Markdown exported by a CMS: its front matter is the article's metadata, not its text."""

from __future__ import annotations

import datetime

import pytest

from app.importers import load_text

BODY = "# الحكومة ترفع أسعار الوقود\n\nقال وزير الطاقة إن الأسعار سترتفع بنسبة 12% الشهر المقبل.\n"


def test_yaml_front_matter_gives_the_metadata_and_is_not_text() -> None:
    source = ('---\ntitle: "أسعار الوقود ترتفع 12%"\nauthor: ليلى حداد\ndate: 2025-02-04T09:30:00+03:00\n'
              "url: https://news.example/fuel\npublisher: 'صحيفة النخيل'\ntags:\n  - وقود\n  - أسعار\n---\n" + BODY)
    doc = load_text(source.encode("utf-8"), name="وقود.md", fmt="markdown")
    # The block was the article's first paragraph: "title: ... date: 2025-02-04T09:30..." became claims.
    assert doc.text == "الحكومة ترفع أسعار الوقود\n\nقال وزير الطاقة إن الأسعار سترتفع بنسبة 12% الشهر المقبل."
    assert (doc.title, doc.author, doc.published_on, doc.url, doc.outlet) == (
        "أسعار الوقود ترتفع 12%", "ليلى حداد", datetime.date(2025, 2, 4), "https://news.example/fuel", "صحيفة النخيل")


def test_toml_front_matter_too() -> None:
    source = '+++\ntitle = "أسعار الوقود"\ndate = 2025-02-04\ndraft = false\n+++\n' + BODY
    doc = load_text(source.encode("utf-8"), name="وقود.md", fmt="markdown")
    assert doc.text.startswith("الحكومة ترفع أسعار الوقود\n\n") and "draft" not in doc.text
    assert (doc.title, doc.published_on) == ("أسعار الوقود", datetime.date(2025, 2, 4))


@pytest.mark.parametrize("source", [
    "---\nقال الوزير: إن الأسعار سترتفع.\n---\n" + BODY,  # prose between two rules
    "---\nNote: prices rise again.\n---\n" + BODY,  # an unknown key alone
])
def test_prose_between_rules_stays_text(source: str) -> None:
    doc = load_text(source.encode("utf-8"), name="وقود.md", fmt="markdown")
    assert doc.text.split("\n\n")[0] in ("قال الوزير: إن الأسعار سترتفع.", "Note: prices rise again.")
    assert doc.title == "الحكومة ترفع أسعار الوقود" and doc.published_on is None


def test_a_relative_permalink_is_not_the_url() -> None:
    source = "---\ntitle: خبر\nurl: /2025/02/fuel/\n---\n" + BODY
    doc = load_text(source.encode("utf-8"), name="وقود.md", fmt="markdown")
    assert doc.url is None and doc.title == "خبر"
