"""Python code-point offsets ↔ Qt (UTF-16) text positions.

Stored offsets index the article's ``str``. Qt counts UTF-16 code units, so every astral
character (emoji, some symbols) before a position shifts it by one. Without astral
characters the map is the identity and costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        # Code-point indices of astral characters, ascending.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Their Qt positions (each astral char takes two units).
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)

    def to_qt(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        # Astral chars that end at or before this position (a position inside a pair rounds up).
        return position - bisect_right(self._astral_qt, position - 2)
