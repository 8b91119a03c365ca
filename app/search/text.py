"""Search text: words of the normalised key, light Arabic stems, snippets of the display text.

Everything the index stores and every query is turned into words here, in Python, so that
SQLite (FTS5) and PostgreSQL (tsvector) see exactly the same tokens: a word is a run of
letters and digits of :func:`app.analysis.normalize.normalize_key`'s output, Latin letters
also lose their accents. The index body is those words joined by single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from app.analysis.normalize import KEY_TABLE

WORD_RE = re.compile(r"[^\W_]+")
SNIPPET_CHARS = 160
MAX_WORD = 64
MARK_OPEN, MARK_CLOSE = "«", "»"

# Proclitics taken off by the light stemmer (longest first) and suffixes: for matching claims
# that say the same thing in other words ("الوزارة" / "وزارة" / "للوزارة").
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "ها", "هم", "ات", "ون", "ين", "ان", "ه", "ي")


def _fold_char(ch: str) -> str:
    out = ch.translate(KEY_TABLE).casefold()
    if out and ord(out[0]) < 0x0250 and not out.isascii():  # Latin accents: é → e
        out = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    return out


_FOLD_CACHE: dict[str, str] = {}
_LATIN_ACCENTED = re.compile("[\u0080-\u024f]")
# Characters the key drops (diacritics, tatweel): part of a word in the display text.
_DROPPED = "".join(chr(k) for k, v in KEY_TABLE.items() if v is None)
_ORIGINAL_WORD_RE = re.compile("(?:[^\\W_]|[" + re.escape(_DROPPED) + "])+")


def fold_char(ch: str) -> str:
    out = _FOLD_CACHE.get(ch)
    if out is None:
        out = _FOLD_CACHE[ch] = _fold_char(ch)
    return out


def fold(text: str) -> str:
    """The normalised key of ``text`` character by character (no whitespace collapsing)."""
    folded = text.translate(KEY_TABLE).casefold()
    if folded.isascii() or _LATIN_ACCENTED.search(folded) is None:
        return folded
    return "".join(fold_char(c) for c in text)


def words(text: str) -> list[str]:
    """The search words of ``text`` (any user input is fine: punctuation is a separator).
    Longer words are cut to ``MAX_WORD`` characters (PostgreSQL refuses lexemes over 2 KB)."""
    return [w[:MAX_WORD] for w in WORD_RE.findall(fold(text))]


def body(text: str) -> str:
    return " ".join(words(text))


def stem(word: str) -> str:
    """A light stem of a normalised word (numbers and short words are kept whole)."""
    if word.isdigit() or len(word) <= 3:
        return word
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p):]
            break
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            word = word[: -len(suf)]
            break
    return word


def stems(text: str) -> str:
    return " ".join(stem(w) for w in words(text))


@dataclass(frozen=True)
class WordSpan:
    word: str
    start: int  # offsets in the display text
    end: int


def _char_spans(text: str, offset: int) -> list[WordSpan]:
    """Words of ``text`` with spans, by mapping every character (for the rare odd chunk)."""
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        out = fold_char(ch)
        pieces.append(out)
        origin.extend([i] * len(out))
    spans: list[WordSpan] = []
    for m in WORD_RE.finditer("".join(pieces)):
        end = origin[m.end() - 1] + 1
        while end < len(text) and not pieces[end]:  # diacritics and tatweel belong to the word
            end += 1
        spans.append(WordSpan(m.group()[:MAX_WORD], offset + origin[m.start()], offset + end))
    return spans


def word_spans(text: str) -> Iterator[WordSpan]:
    """The search words of ``text`` with their spans in ``text`` itself (not in the key)."""
    for m in _ORIGINAL_WORD_RE.finditer(text):
        parts = WORD_RE.findall(fold(m.group()))
        if len(parts) == 1:
            yield WordSpan(parts[0][:MAX_WORD], m.start(), m.end())
        elif parts:
            yield from _char_spans(m.group(), m.start())


def matches(word: str, tokens: list[str], prefix_last: bool) -> bool:
    if not tokens:
        return False
    if word in tokens[:-1] or word == tokens[-1]:
        return True
    return prefix_last and word.startswith(tokens[-1])


def snippet(text: str, tokens: list[str], *, prefix_last: bool = True, width: int = SNIPPET_CHARS) -> str | None:
    """A window of ``text`` around the first matching word, matches marked « », or None."""
    spans: list[WordSpan] = []
    for w in word_spans(text):
        if spans and w.start > spans[0].end + width:
            break
        if matches(w.word, tokens, prefix_last):
            spans.append(w)
    if not spans:
        return None
    first = spans[0]
    lo = max(0, first.start - width // 3)
    hi = min(len(text), max(first.end, lo + width))
    if lo > 0:  # do not cut a word in two
        space = text.rfind(" ", 0, lo)
        lo = space + 1 if space >= 0 and lo - space < 20 else lo
    if hi < len(text):
        space = text.find(" ", hi)
        hi = space if 0 <= space and space - hi < 20 else hi
    out: list[str] = ["…" if lo > 0 else ""]
    pos = lo
    for w in spans:
        if w.start < lo or w.end > hi:
            continue
        out += [text[pos:w.start], MARK_OPEN, text[w.start:w.end], MARK_CLOSE]
        pos = w.end
    out += [text[pos:hi], "…" if hi < len(text) else ""]
    return " ".join("".join(out).split())
