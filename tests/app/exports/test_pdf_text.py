"""app.exports.pdf_text: ToUnicode maps rewritten from presentation forms to letters (no Qt)."""

from __future__ import annotations

import re
import zlib

from app.exports.pdf_text import letters, plain_letters


def _cmap(body: str) -> bytes:
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")


def _pdf(streams: dict[int, bytes], extra: str = "") -> bytes:
    """A small classic PDF: a catalog (1), a font naming map 3 (2), then the streams given."""
    objects = {1: b"<< /Type /Catalog >>", 2: b"<< /Type /Font /ToUnicode 3 0 R >>"}
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted({**objects, **streams}):
        offsets[number] = len(out)
        if number in streams:
            data = streams[number]
            out += b"%d 0 obj\n<< /Length %d%s >>\nstream\n" % (number, len(data), extra.encode()) + data
            out += b"\nendstream\nendobj\n"
        else:
            out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _check_xref(data: bytes) -> dict[int, int]:
    """Every xref entry points at its object; startxref points at the table."""
    start = re.search(rb"startxref\s+(\d+)", data)
    assert start is not None
    at = int(start.group(1))
    header = re.match(rb"xref\n0 (\d+)\n", data[at:])
    assert header is not None
    size = int(header.group(1))
    table = [data[at + header.end() + 20 * i:at + header.end() + 20 * (i + 1)] for i in range(size)]
    assert all(len(e) == 20 and e.endswith(b" \n") for e in table), table  # 20 bytes each, as the format asks
    offsets = {}
    for number, entry in enumerate(table):
        if entry.endswith(b"n \n"):
            offset = int(entry[:10])
            assert data[offset:].startswith(b"%d 0 obj" % number), number
            offsets[number] = offset
    return offsets


def _map_of(data: bytes) -> str:
    at = _check_xref(data)[3]
    head = re.match(rb"3 0 obj\s*<< /Length (\d+)", data[at:])
    assert head is not None
    length = int(head.group(1))
    body_at = data.index(b"stream\n", at) + 7
    assert data[body_at + length:].lstrip().startswith(b"endstream")
    return data[body_at:body_at + length].decode("ascii")


def test_letters_replace_presentation_forms() -> None:
    assert letters("ﻓﻴﻀﺎﻧﺎت") == "فيضانات"
    assert letters("ﻷ") == "لأ"
    assert letters("ﻷ", visual=True) == "أل"  # drawn right to left: extractors reverse it back
    assert letters("\ufe70") == "\u064b"  # an isolated fathatan form: the mark alone, no space
    assert letters("ﷺ") == "ﷺ"  # a whole phrase in one glyph stays as it is
    assert letters("Sanad 2026 سند") == "Sanad 2026 سند"


def test_array_ranges_and_single_characters_are_rewritten() -> None:
    body = ("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<FED3> <0627> <FEFB> <0031>]\nendbfrange\n"
            "1 beginbfchar\n<0005> <FEB3>\nendbfchar\n")
    fixed = plain_letters(_pdf({3: _cmap(body)}))
    cmap = _map_of(fixed)
    assert "<0001> <0004> [<0641> <0627> <06270644> <0031>]" in cmap  # ﻻ: "اﻟ" in drawing order
    assert "<0005> <0633>" in cmap
    assert "2 beginbfrange" in cmap and "1 beginbfchar" in cmap
    assert not re.search(r"<F[B-E][0-9A-F]{2}>", cmap.split("beginbfrange", 1)[1].replace("<0000> <0000>", ""))


def test_an_incrementing_range_of_forms_becomes_single_characters() -> None:
    body = "1 beginbfrange\n<0010> <0012> <FE8D>\nendbfrange\n"  # ﺍ ﺎ ﺏ
    cmap = _map_of(plain_letters(_pdf({3: _cmap(body)})))
    assert "beginbfrange" not in cmap
    assert "3 beginbfchar" in cmap
    for entry in ("<0010> <0627>", "<0011> <0627>", "<0012> <0628>"):
        assert entry in cmap


def test_later_objects_move_and_the_xref_follows() -> None:
    body = "1 beginbfrange\n<0001> <0002> [<FEFB> <FEF7>]\nendbfrange\n"
    original = _pdf({3: _cmap(body), 4: b"BT /F1 12 Tf (x) Tj ET"})
    fixed = plain_letters(original)
    assert len(fixed) > len(original)
    offsets = _check_xref(fixed)
    assert fixed[offsets[4]:].startswith(b"4 0 obj")


def test_what_it_does_not_know_is_left_alone() -> None:
    plain = _pdf({3: _cmap("1 beginbfchar\n<0001> <0041>\nendbfchar\n")})
    assert plain_letters(plain) == plain  # nothing to change
    packed = _pdf({3: zlib.compress(_cmap("1 beginbfchar\n<0001> <FEB3>\nendbfchar\n"))}, " /Filter /FlateDecode")
    assert plain_letters(packed) == packed  # a compressed map: not guessed at
    assert plain_letters(b"not a pdf") == b"not a pdf"
    no_xref = _pdf({3: _cmap("1 beginbfchar\n<0001> <FEB3>\nendbfchar\n")}).replace(b"xref\n0", b"xrefX0")
    assert plain_letters(no_xref) == no_xref
