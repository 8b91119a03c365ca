"""Markdown: markup stripped, title from the first level-one heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import load_document, load_text

from .conftest import ARABIC

SOURCE = f"""Intro line before the title

# عنوان **المقال** #

{ARABIC}

## قسم فرعي

نص *مائل* و__عريض__ و~~محذوف~~ و`كود` و[رابط](https://example.com "t") و[مرجع][1].
![صورة](image.png) صورة محذوفة.
حرف \\*محمي\\* و snake_case_name يبقى.

> اقتباس
> من مصدر

- بند أول
- بند ثان
1. مرقم

---

```python
x = **not bold**  # kept
```

[1]: https://example.com/ref
<https://example.org/auto>
"""


def test_markdown_is_stripped_to_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(SOURCE.replace("\n", "\r\n"), encoding="utf-8")
    doc = load_document(path)
    assert doc.format == "markdown"
    assert doc.encoding == "utf-8"
    assert doc.title == "عنوان المقال"
    assert doc.text.split("\n\n") == [
        "Intro line before the title",
        "عنوان المقال",
        ARABIC,
        "قسم فرعي",
        "نص مائل وعريض ومحذوف وكود ورابط ومرجع.\n صورة محذوفة.\nحرف *محمي* و snake_case_name يبقى.",
        "اقتباس\nمن مصدر",
        "بند أول\nبند ثان\nمرقم",
        "x = **not bold**  # kept",
        "https://example.org/auto",
    ]


def test_setext_heading_gives_the_title_and_suffix_markdown() -> None:
    doc = load_text("العنوان\n=======\n\nنص.\n\nفرعي\n----\n", name="a.markdown", fmt="markdown")
    assert doc.title == "العنوان"
    assert doc.text == "العنوان\n\nنص.\n\nفرعي"


def test_markdown_without_heading_has_no_title_and_legacy_encoding_works(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_bytes(f"## فرعي\n\n{ARABIC}\n".encode("cp1256"))
    doc = load_document(path)
    assert doc.title is None
    assert doc.encoding == "cp1256"
    assert doc.text == f"فرعي\n\n{ARABIC}"


def test_unclosed_fence_keeps_its_text() -> None:
    assert load_text("```\ncode line\n", fmt="markdown").text == "code line"


@pytest.mark.parametrize("source", ["![only an image](a.png)\n", "---\n\n***\n", "#\n"])
def test_markdown_without_text_is_refused(source: str) -> None:
    with pytest.raises(InputError, match=r'^cannot import "m.md": it has no text$'):
        load_text(source, name="m.md", fmt="markdown")
