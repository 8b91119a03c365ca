"""Property-based fuzzing: every importer either succeeds or raises InputError."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from random import Random

import docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.errors import InputError
from app.importers import ImportedDocument, detect_encoding, load_document, load_text
from app.importers.model import is_blank

FORMATS = (None, "text", "html", "docx", "markdown")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks a bit like each format, so fuzzing reaches past the first checks.
MARKUP = st.sampled_from(
    [
        "<html>",
        "<p>",
        "</p>",
        "<br>",
        "<script>",
        "<article>",
        "<meta name=author content=x>",
        "<meta charset=windows-1256>",
        '<meta property="article:published_time" content="2024-02-30">',
        '<script type="application/ld+json">',
        '{"@type": "NewsArticle", "author": [{"name": ["x"]}], "publisher": "p", "headline": 1}',
        "</script>",
        "<pre>",
        "<td>",
        "<nav>",
        "<!--",
        "-->",
        "&amp;",
        "&#0;",
        "# ",
        "**",
        "`",
        "```",
        "[",
        "](",
        ")",
        "![",
        "> ",
        "- ",
        "\n",
        "\r\n",
        "\ufeff",
        "ال",
        "مرحبا",
        " ",
        "\x00",
        "\x1b",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(MARKUP, st.text(max_size=5)), max_size=40).map("".join))


def _check(doc: ImportedDocument) -> None:
    assert not is_blank(doc.text)
    assert "\r" not in doc.text
    assert doc.format in ("text", "html", "docx", "markdown")


def _attempt(data: bytes | str, fmt: str | None) -> None:
    try:
        doc = load_text(data, name="fuzz", fmt=fmt)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        _check(doc)


@SETTINGS
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(FORMATS))
@example(data=b"\xff\xfe", fmt=None)
@example(data=b"PK\x03\x04word/", fmt=None)
@example(data=b"<html>\x00</html>", fmt="html")
def test_random_bytes(data: bytes, fmt: str | None) -> None:
    assert isinstance(detect_encoding(data), str)
    _attempt(data, fmt)


@SETTINGS
@given(text=TEXTS, fmt=st.sampled_from(FORMATS))
def test_random_unicode(text: str, fmt: str | None) -> None:
    _attempt(text, fmt)


@SETTINGS
@given(text=TEXTS, fmt=st.sampled_from(FORMATS), codec=st.sampled_from(["utf-8", "utf-16", "utf-16-be"]))
def test_random_unicode_encoded(text: str, fmt: str | None, codec: str) -> None:
    _attempt(text.encode(codec, "surrogatepass"), fmt)


@SETTINGS
@given(
    data=st.binary(max_size=1000),
    suffix=st.sampled_from([".txt", ".md", ".html", ".docx", ".bin"]),
    encoding=st.sampled_from([None, "utf-8", "cp1256", "iso-8859-6", "utf-16", "nonsense"]),
)
def test_random_files(data: bytes, suffix: str, encoding: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            doc = load_document(path, encoding=encoding)
        except InputError as exc:
            assert str(exc).startswith(f'cannot import "fuzz{suffix}"') or "encoding" in str(exc)
        else:
            _check(doc)


def _small_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("فقرة أولى")
    document.add_table(rows=1, cols=2).cell(0, 1).text = "خلية"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = _small_docx()


@settings(max_examples=200, deadline=None)
@given(
    flips=st.lists(st.tuples(st.integers(0, len(DOCX) - 1), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.integers(0, len(DOCX))),
)
def test_damaged_docx(flips: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(DOCX)
    for position, value in flips:
        data[position] = value
    _attempt(bytes(data[:cut]), "docx")


# Arabic sentences in the legacy code pages are detected. Prose of a sentence or more has the
# definite article, which is what tells ISO-8859-6 from Windows-1256 when every other letter
# of a text decodes to some Arabic letter in both (e.g. "لكن" in ISO-8859-6 reads "نمو" in
# Windows-1256): such text must have two words with it.
WORDS = (
    "قال وزير إن سيفتح في نهاية وأكد أن صحيح لكن لم تؤكد ذلك بعد من عمان بيروت دمشق يوم "
    "نعم مليون دينار".split()
)
ARTICLE_WORDS = "الحكومة الصحة المستشفى الجديد العام المتحدث الرقم المصادر".split()


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=6, max_size=60),
    with_article=st.lists(st.sampled_from(ARTICLE_WORDS), min_size=2, max_size=6),
    order=st.randoms(use_true_random=False),
    codec=st.sampled_from(["cp1256", "iso-8859-6"]),
)
def test_legacy_arabic_round_trip(
    words: list[str], with_article: list[str], order: Random, codec: str
) -> None:
    words = words + with_article
    order.shuffle(words)
    text = " ".join(words) + "."
    assert load_text(text.encode(codec)).text == text
