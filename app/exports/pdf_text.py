"""The PDF's text layer in plain Arabic letters instead of presentation forms.

Qt shapes Arabic correctly when it paints a PDF, but the ToUnicode map it writes for each font
gives a shaped glyph the code point of its *presentation form* (U+FB50–U+FEFF: ﻓ ﻴ ﻀ ﺎ) rather
than the letter the text holds (ف ي ض ا). Copying from such a PDF pastes presentation forms, and
a search for "فيضانات" in a viewer that does not normalise finds nothing. :func:`plain_letters`
rewrites those maps so that each glyph stands for its letters (NFKC: ﻻ → لا), the way the
article was typed. Only the maps' destination strings change; the pages, fonts and glyphs are
untouched, and the cross-reference table is rebuilt for the new lengths.

It reads the uncompressed, classic-xref PDFs that Qt's PDF engine writes; anything else (a
compressed map, an xref stream) is returned unchanged rather than guessed at.
"""

from __future__ import annotations

import re
import unicodedata

_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*$")
_HEX = re.compile(r"<([0-9A-Fa-f]*)>")
_RANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")
_CHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>)")
_SECTION = re.compile(r"(beginbfrange|beginbfchar)(.*?)(endbfrange|endbfchar)", re.S)
_WORD_LIGATURES = range(0xFDF0, 0xFE00)  # ﷺ and the like: whole phrases, kept as they are
_MARK_FORMS = range(0xFE70, 0xFE80)  # isolated and medial forms of the short vowels


def letters(text: str, *, visual: bool = False) -> str:
    """``text`` with Arabic presentation forms replaced by the letters they show.

    ``visual``: a ligature's letters in the order they are drawn (right to left, so reversed:
    ﻷ → "أل"). A PDF holds its glyphs in drawing order and every text extractor reverses
    right-to-left lines letter by letter, a ligature's letters included, so only this order
    comes back as "لأ".
    """
    out = []
    for char in text:
        code = ord(char)
        presentation = 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
        if not presentation or code in _WORD_LIGATURES:
            out.append(char)
            continue
        plain = unicodedata.normalize("NFKC", char)
        if code in _MARK_FORMS:  # " ً" or "ـً": the mark alone, as the text holds it
            plain = "".join(c for c in plain if unicodedata.category(c) == "Mn") or plain
        out.append(plain[::-1] if visual else plain)
    return "".join(out)


def _utf16(hex_digits: str) -> str | None:
    try:
        return bytes.fromhex(hex_digits).decode("utf-16-be")
    except ValueError:
        return None


def _hex(text: str) -> str:
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def _destination(token: str) -> str:
    """One ``<XXXX>`` destination string, in letters."""
    text = _utf16(token[1:-1])
    if text is None:
        return token
    plain = letters(text, visual=True)
    return token if plain == text else _hex(plain)


def _section(kind: str, body: str) -> tuple[list[str], list[str]]:
    """A bfrange or bfchar section's entries rewritten: (entries of its kind, extra bfchar entries)."""
    if kind == "beginbfchar":
        return [f"<{src}> {_destination(dst)}" for src, dst in _CHAR.findall(body)], []
    ranges: list[str] = []
    chars: list[str] = []
    for lo, hi, dst in _RANGE.findall(body):
        if dst.startswith("["):
            targets = " ".join(_destination("<" + h + ">") for h in _HEX.findall(dst))
            ranges.append(f"<{lo}> <{hi}> [{targets}]")
            continue
        first, last, start = int(lo, 16), int(hi, 16), _utf16(dst[1:-1])
        if start is None or not start or letters(start) == start:
            ranges.append(f"<{lo}> <{hi}> {dst}")
            continue
        # A range of glyphs incrementing from a presentation form: one bfchar entry per glyph.
        prefix, base = start[:-1], ord(start[-1])
        for offset in range(last - first + 1):
            chars.append(f"<{first + offset:0{len(lo)}X}> {_hex(letters(prefix + chr(base + offset), visual=True))}")
    return ranges, chars


def _block(kind: str, entries: list[str]) -> str:
    """Sections of at most 100 entries each, as the CMap format asks."""
    end = "endbfrange" if kind == "beginbfrange" else "endbfchar"
    return "".join(f"{len(entries[i:i + 100])} {kind}\n" + "\n".join(entries[i:i + 100]) + f"\n{end}\n"
                   for i in range(0, len(entries), 100))


def _rewrite_cmap(cmap: str) -> str:
    pieces: list[str] = []
    last = 0
    for match in _SECTION.finditer(cmap):
        # The count before the keyword ("2 beginbfrange") is written again with the entries.
        pieces.append(re.sub(r"\d+\s*$", "", cmap[last:match.start()]))
        entries, chars = _section(match.group(1), match.group(2))
        pieces.append(_block(match.group(1), entries) + _block("beginbfchar", chars))
        last = match.end()
    return "".join(pieces) + cmap[last:].lstrip("\n")


_SUBSECTION = re.compile(rb"\s*(\d+)\s+(\d+)\s*\r?\n")


def _xref(data: bytes) -> tuple[int, list[tuple[int, list[bytes]]]] | None:
    """(offset of the xref table, its subsections as (first number, 20-byte entries)), else None."""
    end = _STARTXREF.search(data[-1024:])
    if end is None:
        return None
    at = int(end.group(1))
    if data[at:at + 4] != b"xref":
        return None
    sections = []
    pos = at + 4
    while (header := _SUBSECTION.match(data, pos)) is not None:
        first, count = int(header.group(1)), int(header.group(2))
        entries = [data[header.end() + 20 * i:header.end() + 20 * (i + 1)] for i in range(count)]
        if any(len(e) < 18 or e[17:18] not in (b"n", b"f") for e in entries):
            return None
        sections.append((first, entries))
        pos = header.end() + 20 * count
    return (at, sections) if sections and data[pos:].lstrip().startswith(b"trailer") else None


def plain_letters(data: bytes) -> bytes:
    """``data`` (a PDF) with its ToUnicode maps giving letters, not presentation forms."""
    targets = {int(n) for n in _TO_UNICODE.findall(data)}
    table = _xref(data) if targets else None
    if table is None:
        return data
    xref_at, sections = table
    offsets = {first + i: int(entry[:10]) for first, entries in sections
               for i, entry in enumerate(entries) if entry[17:18] == b"n"}
    edits: list[tuple[int, int, bytes]] = []  # (start, end, replacement)
    for number in targets:
        at = offsets.get(number)
        head = None if at is None else re.compile(
            rb"%d\s+0\s+obj\s*<<\s*/Length\s+(\d+)\s*>>\s*stream\r?\n" % number).match(data, at)
        if at is None or head is None:  # a filter or another dictionary: not a map this code edits
            continue
        body = data[head.end():head.end() + int(head.group(1))]
        try:
            fixed = _rewrite_cmap(body.decode("ascii")).encode("ascii")
        except UnicodeDecodeError:
            continue
        if fixed != body:
            new = b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(fixed)) + fixed
            edits.append((at, head.end() + len(body), new))
    if not edits:
        return data
    edits.sort()
    out, pos = bytearray(), 0
    for start, end, new in edits:
        out += data[pos:start] + new
        pos = end
    out += data[pos:xref_at]

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in edits if start < offset)

    lines = [b"xref"]
    for first, entries in sections:
        lines.append(b"%d %d" % (first, len(entries)))
        lines += [b"%010d %s n " % (moved(int(e[:10])), e[11:16]) if e[17:18] == b"n" else e[:18] + b" "
                  for e in entries]
    trailer = data[data.index(b"trailer", xref_at):]
    trailer = _STARTXREF.sub(b"startxref\n%d\n%%%%EOF\n" % len(out), trailer)
    return bytes(out) + b"\n".join(lines) + b"\n" + trailer
