"""Telling text from binary, guessing encodings and decoding.

Encodings are detected in this order: a BOM (UTF-32, UTF-8, UTF-16); BOM-less UTF-16 by
the pattern of its high bytes (NULs for ASCII, 0x06 for Arabic); strict UTF-8; and last a
score that picks between Windows-1256 and ISO-8859-6, the two legacy Arabic encodings (or
Windows-1252 when the bytes are Latin text). Mostly valid UTF-8 with a few bad bytes is a
damaged UTF-8 file, refused, not read as a code page.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from app.importers.model import refuse

# Magic numbers of common binary files, with the name used in the error message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office (OLE) file"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF (WAV/AVI/WebP) file"),
)

# Characters allowed in text although Unicode calls them controls.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# C0 controls but those, DEL and the C1 controls.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
# More than this share of control characters makes a decoded file binary.
MAX_CONTROL_RATIO = 0.05

# High bytes of the UTF-16 code units that plain Arabic or Latin text is made of: ASCII and
# Latin-1, Arabic, general punctuation, Arabic presentation forms.
_UTF16_HIGH_BYTES = frozenset((0x00, 0x06, 0x20, 0xFB, 0xFE))

_ARTICLE = re.compile(r"(?<![\u0621-\u064a])\u0627\u0644")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def binary_magic(data: bytes) -> str | None:
    """What kind of binary file ``data`` starts like, or None."""
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "a DOCX document"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the bytes look like BOM-less UTF-16."""
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for high, low, name in ((odds, evens, "utf-16-le"), (evens, odds, "utf-16-be")):
        plausible = sum(1 for b in high if b in _UTF16_HIGH_BYTES)
        if plausible < 0.9 * len(high) or low.count(0) > 0.1 * len(low):
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if control_ratio(text) <= MAX_CONTROL_RATIO:
            return name
    return None


def _arabic_score(text: str) -> int:
    """Arabic letters count for, controls, undefined bytes and stray marks count against."""
    score = 0
    previous = " "
    for ch in text:
        code = ord(ch)
        if 0x0621 <= code <= 0x064A:
            score += 2
        elif 0x064B <= code <= 0x0652:  # harakat: plausible only after a letter
            score += 1 if 0x0621 <= ord(previous) <= 0x064A else -3
        elif ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS):
            score -= 5
        elif code >= 0x80 and ch.isalpha() and not 0x0600 <= code <= 0x06FF:
            score -= 1  # a Latin letter with an accent, amid Arabic more likely a wrong guess
        previous = ch
    return score


def _article_count(text: str) -> int:
    """Words starting with the definite article "ال", the commonest pair in Arabic prose.

    Both code pages put most letters at the same bytes; ``ل`` is not one of them, so the
    article tells them apart where the letter counts tie.
    """
    return len(_ARTICLE.findall(text))


_IN_LATIN_WORD = re.compile("(?<=[A-Za-z])[\u0600-\u06ff]|[\u0600-\u06ff](?=[A-Za-z])")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _latin(text: str) -> bool:
    """Whether most of the Arabic letters of ``text`` (if any) are inside Latin words."""
    arabic = len(_ARABIC_LETTER.findall(text))
    return len(_IN_LATIN_WORD.findall(text)) * 2 >= arabic


def _legacy_arabic(data: bytes) -> str:
    """Windows-1256 or ISO-8859-6, whichever reads as more Arabic; Windows-1252 for Latin text.

    A French or English file in Windows-1252 or Latin-1 read as Arabic has its accented
    letters become Arabic letters inside Latin words ("Café" → "Cafى"): when most of the
    "Arabic" letters are such, the file is Latin.
    """
    sample = data[:200000]
    cp_text = sample.decode("cp1256", errors="replace")
    iso_text = sample.decode("iso-8859-6", errors="replace")
    if _latin(iso_text) and _latin(cp_text):
        return "cp1252" if _decodes(sample, "cp1252") else "latin-1"
    cp = _arabic_score(cp_text) + 2 * _article_count(cp_text)
    iso = _arabic_score(iso_text) + 2 * _article_count(iso_text)
    return "iso-8859-6" if iso > cp else "cp1256"


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes) -> str:
    """The name of the codec that ``data`` most likely is in (never raises).

    ``data.decode(name)`` gives the text without its BOM for every name returned.
    """
    bom = _bom_encoding(data)
    if bom is not None:
        return bom
    if b"\x00" in data or any(b < 0x09 for b in data[:4096]):
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        if _damaged_utf8(data):
            return "utf-8"  # decoding then refuses it, naming the first bad byte
        return _legacy_arabic(data)
    return "utf-8"


def _damaged_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few bad bytes (a cut or damaged file), not a legacy code page.

    Read as Windows-1256, such a file became a whole article of mojibake ("ظ…ظˆط¬ط©"). Legacy
    Arabic text has hardly any valid multi-byte UTF-8 sequence: its letters are lead bytes
    followed by more lead bytes.
    """
    sample = data[:200000]
    text = sample.decode("utf-8", errors="replace")
    if len(sample) == len(data) and text.endswith("\ufffd"):  # a character cut at the end of the file
        text = text.rstrip("\ufffd")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) >= 0x80) - bad
    return good >= 20 and bad * 20 <= good


def control_ratio(text: str) -> float:
    """The share of control characters (other than tabs, newlines...) in ``text``."""
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROLS.finditer(text)) / len(text)


def check_text(name: str, text: str) -> None:
    """Refuse decoded text that is really binary data."""
    if "\x00" in text or control_ratio(text) > MAX_CONTROL_RATIO:
        raise refuse(name, "it is a binary file, not text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise refuse(name, f"it has an invalid character at {exc.start} (a lone surrogate)") from None


def decode(name: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    """Decode ``data`` with ``encoding`` or the detected one; the text keeps no BOM.

    Returns the text and the encoding used. Refuses binary data and bad encodings.
    """
    kind = binary_magic(data)
    if kind is not None:
        raise refuse(name, f"it is a binary file ({kind}), not text")
    detected = encoding is None
    if encoding is None:
        encoding = detect_encoding(data)
        if b"\x00" in data and not encoding.startswith(("utf-16", "utf-32")):
            raise refuse(name, "it is a binary file, not text")
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise refuse(name, f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if detected and encoding == "utf-8":
            raise refuse(name, f"it is UTF-8 with a damaged byte at {exc.start} (a cut or corrupt file); repair "
                               "it, or name its encoding if it is not UTF-8") from None
        raise refuse(name, f"it is not valid {encoding} (byte {exc.start})") from None
    except (LookupError, ValueError, TypeError):  # not a text encoding (e.g. "base64")
        raise refuse(name, f"{encoding!r} is not a text encoding") from None
    if not isinstance(text, str):
        raise refuse(name, f"{encoding!r} is not a text encoding")
    if text.startswith("\ufeff"):
        text = text[1:]
    check_text(name, text)
    return text, encoding
