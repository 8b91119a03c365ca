"""An offset-keeping word tokenizer compatible with camel-tools' ``simple_word_tokenize``.

camel-tools' tokenizer returns strings only; Sanad needs the character span of each token to
highlight it. Words are runs of letters, combining marks (diacritics), digits, tatweel and
joiners; a decimal or thousands separator between digits stays inside the number (13.2, ٣٫٥).
Every other non-space character is a token of its own, like camel-tools' punctuation split.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from app.analysis.normalize import letters_key

_TOKEN_RE = regex.compile(
    r"[\p{L}\p{M}\p{Nd}\u0640\u200c\u200d_]+(?:[.,٫٬][\p{Nd}]+)*(?:[\p{L}\p{M}\u0640]+)?"
    r"|[^\s\p{L}\p{M}\p{Nd}]"
)
ARABIC_LETTER_RE = regex.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
DIGIT_RE = regex.compile(r"\p{Nd}")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    key: str  # letters_key(text): normalised, dediacritised, casefolded

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] in "\u0640_" or len(self.text) > 1

    @property
    def is_number(self) -> bool:
        return DIGIT_RE.search(self.text) is not None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    stop = len(text) if end is None else end
    return [
        Token(m.group(), m.start(), m.end(), letters_key(m.group()))
        for m in _TOKEN_RE.finditer(text, start, stop)
    ]


_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def clitic_variants(key: str) -> tuple[str, ...]:
    """``key`` with the proclitics و/ف, ب/ل/ك and the article ال peeled off, longest first.

    A cheap fallback for words the morphology database does not know: ``وللحكومه`` →
    (``وللحكومه``, ``للحكومه``, ``حكومه``...). Only keeps stems of 2+ letters.
    """
    out = [key]
    rest = key
    if len(rest) > 3 and rest[0] in _CONJ:
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        out += ["ال" + rest[2:], rest[2:]]
        return tuple(out)
    if len(rest) > 3 and rest[0] in _PREP:
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 3 and rest.startswith("ال"):
        out.append(rest[2:])
    return tuple(dict.fromkeys(out))


def strip_article(key: str) -> str:
    """The key without a leading ال (and a و/ف/ب/ل before it)."""
    v = clitic_variants(key)
    return v[-1] if len(v) > 1 and key.find("ال") in (0, 1, 2) else key
