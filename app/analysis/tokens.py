"""An offset-keeping word tokenizer compatible with camel-tools' ``simple_word_tokenize``.

camel-tools' tokenizer returns strings only; Sanad needs the character span of each token to
highlight it. Words are runs of letters, combining marks (diacritics), digits, tatweel and
joiners; a decimal or thousands separator between digits stays inside the number (13.2, ٣٫٥).
Every other non-space character is a token of its own, like camel-tools' punctuation split.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from app.analysis.normalize import letters_key

# Word characters: \w (letters, digits, _) plus Arabic marks, tatweel and the joiners.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKEN_RE = re.compile(
    r"(?:https?://|www\.)[^\s«»“”\"'<>()]*[^\s«»“”\"'<>().,،؛!?؟]"  # a link is one token
    rf"|[\w{_MARKS}\u0640\u200c\u200d]+(?:[.,٫٬]\d+)*(?:[^\W\d_]+)?|[^\s\w{_MARKS}]"
)
_DIGIT_RE = re.compile(r"\d")
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_KEYS: dict[str, str] = {}
_MAX_CACHED_KEYS = 200_000


class Token(NamedTuple):
    text: str
    start: int
    end: int
    key: str  # letters_key(text): normalised, dediacritised, casefolded

    @property
    def is_link(self) -> bool:
        return self.key.startswith(("http", "www."))

    @property
    def is_number(self) -> bool:
        return _DIGIT_RE.search(self.text) is not None


def _key(word: str) -> str:
    k = _KEYS.get(word)
    if k is None:
        k = letters_key(word)
        if len(_KEYS) < _MAX_CACHED_KEYS:
            _KEYS[word] = k
    return k


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    append, known, new = out.append, _KEYS.get, tuple.__new__  # the hot loop of the engine
    for m in _TOKEN_RE.finditer(text, start, stop):
        word = m.group()
        key = known(word)
        append(new(Token, (word, m.start(), m.end(), _key(word) if key is None else key)))
    return out


_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@lru_cache(maxsize=100_000)
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
