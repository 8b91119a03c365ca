"""Plain text in the four encodings Arabic newsrooms send, and the caller's override."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import detect_encoding, load_document, load_text

from .conftest import ARABIC, ARABIC_2

TEXT = f"{ARABIC}\n\n{ARABIC_2}\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-16", "utf-16"),  # with BOM, native order
        ("cp1256", "cp1256"),
        ("iso-8859-6", "iso-8859-6"),
    ],
)
def test_the_four_encodings_are_detected_and_decoded(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = load_document(path)
    assert doc.text == TEXT
    assert doc.encoding == expected
    assert doc.format == "text"
    assert doc.source_filename == path.name
    assert (doc.title, doc.author, doc.published_on, doc.url, doc.outlet) == (None,) * 5


@pytest.mark.parametrize(
    ("prefix", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (b"", "utf-16-le", "utf-16-le"),
        (b"", "utf-16-be", "utf-16-be"),
    ],
)
def test_boms_are_dropped_and_bomless_utf16_is_recognised(prefix: bytes, codec: str, expected: str) -> None:
    data = prefix + TEXT.encode(codec)
    assert detect_encoding(data) == expected
    doc = load_text(data, name="x.txt")
    assert doc.text == TEXT
    assert not doc.text.startswith("\ufeff")


def test_bomless_utf16_of_arabic_without_any_ascii() -> None:
    text = "مرحبا" * 20
    for codec in ("utf-16-le", "utf-16-be"):
        assert load_text(text.encode(codec)).text == text


@pytest.mark.parametrize(
    "sample",
    [
        "قال الوزير إن الحكومة ستفعل ذلك",
        "لم يتحقق أحد من هذا الرقم بعد، والمصدر مجهول.",
        "يوم الأحد 12 مارس 2023 (تقرير)",
        "ي و ه",  # letters that differ between the two code pages
        "عمان - بيروت؛ دمشق؟ نعم.",
    ],
)
def test_cp1256_and_iso_8859_6_are_told_apart(sample: str) -> None:
    assert detect_encoding(sample.encode("cp1256")) == "cp1256"
    assert detect_encoding(sample.encode("iso-8859-6")) == "iso-8859-6"


def test_pure_ascii_and_utf8_are_utf8() -> None:
    assert detect_encoding(b"plain ascii\n") == "utf-8"
    assert detect_encoding(ARABIC.encode("utf-8")) == "utf-8"


def test_newlines_are_normalised_and_nothing_else_changes() -> None:
    raw = "  سطر أول\r\n\tسطر  ثان\rثالث   \n\n\n"
    doc = load_text(raw.encode("cp1256"))
    assert doc.text == "  سطر أول\n\tسطر  ثان\nثالث   \n\n\n"


def test_the_caller_can_override_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("iso-8859-6"))
    doc = load_document(path, encoding="iso-8859-6")
    assert doc.text == TEXT and doc.encoding == "iso-8859-6"
    # A wrong but valid override is obeyed (the user asked for it).
    assert load_document(path, encoding="cp1256").text != TEXT


def test_an_override_that_cannot_decode_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("cp1256"))
    with pytest.raises(InputError, match=r'cannot import "a.txt": it is not valid utf-8'):
        load_document(path, encoding="utf-8")


@pytest.mark.parametrize("bad", ["no-such-codec", "base64", "rot13"])
def test_unknown_or_non_text_encodings_are_refused(bad: str) -> None:
    with pytest.raises(InputError) as info:
        load_text(b"abc", encoding=bad)
    assert "\n" not in str(info.value)


def test_utf8_bom_is_dropped_even_with_an_explicit_utf8_override() -> None:
    assert load_text(codecs.BOM_UTF8 + b"abc", encoding="utf-8").text == "abc"


def test_pasted_str_is_taken_as_is() -> None:
    doc = load_text("\ufeffنص ملصوق\r\n")
    assert doc.text == "نص ملصوق\n"
    assert doc.encoding is None
    assert doc.source_filename == "pasted text"


def test_a_dropped_path_is_named_by_its_basename() -> None:
    assert load_text(b"abc", name="/home/user/news/a.txt").source_filename == "a.txt"
