"""A UTF-8 file with a few bad bytes is refused, not read as Windows-1256 mojibake; Latin text is Latin."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import detect_encoding, load_document, load_text

from .conftest import ARABIC, ARABIC_2

TEXT = f"{ARABIC}\n\n{ARABIC_2}\n"


def test_utf8_with_a_damaged_byte_is_refused_with_its_place(tmp_path: Path) -> None:
    good = TEXT.encode("utf-8")
    damaged = good[:100] + b"\xff" + good[100:]  # one byte corrupted in transfer
    assert damaged[:100].decode("utf-8")  # the damage is after a whole character
    path = tmp_path / "تقرير.txt"
    path.write_bytes(damaged)
    assert detect_encoding(damaged) == "utf-8"  # was cp1256: the whole article as "ظ…ظˆط¬ط©"
    with pytest.raises(InputError) as info:
        load_document(path)
    message = str(info.value)
    assert "UTF-8 with a damaged byte at 100" in message and "\n" not in message
    # The user who knows better can still name an encoding.
    assert load_document(path, encoding="cp1256").encoding == "cp1256"


def test_utf8_cut_in_the_middle_of_a_letter_is_refused() -> None:
    good = TEXT.encode("utf-8")
    with pytest.raises(InputError, match="damaged byte"):
        load_text(good[:-4] + good[-3:-2], name="cut.txt")  # the last letter's first byte only


def test_legacy_arabic_is_still_legacy_arabic() -> None:
    for codec in ("cp1256", "iso-8859-6"):
        assert detect_encoding(TEXT.encode(codec)) == codec
        assert load_text(TEXT.encode(codec)).text == TEXT


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_latin_text_in_a_western_code_page_is_read_as_latin(codec: str) -> None:
    french = ("Le ministère a annoncé mardi que 12 hôpitaux étaient prêts ; « l'été sera difficile », "
              "a déclaré le porte-parole à Tunis.\n")
    doc = load_text(french.encode(codec), name="dépêche.txt")
    assert doc.text == french  # was "minist?re" read as Arabic letters: "ministèe" / "Cafى"
    assert doc.encoding in ("cp1252", "latin-1")


def test_arabic_with_latin_words_between_spaces_stays_arabic() -> None:
    mixed = "قال مدير البنك الدولي (World Bank) إن النمو بلغ 3% في تقرير Economic Update الأخير.\n"
    assert detect_encoding(mixed.encode("cp1256")) == "cp1256"
    assert load_text(mixed.encode("cp1256")).text == mixed
