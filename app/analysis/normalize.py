"""``normalize_key``: THE matching key used for sources, lexicons and search.

camel-tools' normalisers (alef forms, alef maksura, teh marbuta, ``dediac_ar``) plus tatweel
removal, Eastern Arabic/Persian digits → Western, casefold and whitespace collapsing. It is
implemented with one ``str.translate`` table equal to the one derived from camel-tools' own
character sets (written out, so that importing this module does not load camel-tools) so
that it is fast enough to index a million claims; tests check the table and the key equal
the camel-tools pipeline. Display text is never altered: keys are for matching only.
"""

from __future__ import annotations

TATWEEL = "\u0640"
_ALEFS = "\u0625\u0623\u0671\u0622"  # إ أ ٱ آ (camel-tools' normalize_alef_ar set)
_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}
# camel-tools' AR_DIAC_CHARSET, written out: importing camel_tools.utils.charsets walks the whole
# of Unicode (0.6 s), too slow for the GUI's and the CLI's start-up; a test checks it is the same.
AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in AR_DIACRITICS}
    table[ord(TATWEEL)] = None
    for ch in _ALEFS:
        table[ord(ch)] = "\u0627"  # ا
    table[0x0649] = "\u064a"  # ى → ي
    table[0x0629] = "\u0647"  # ة → ه
    table.update(_DIGITS)
    return table


def camel_table() -> dict[int, str | None]:
    """The same table derived from camel-tools' own character sets and normalisers (for tests)."""
    from app.analysis.camel import (
        AR_DIAC_CHARSET,
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    table: dict[int, str | None] = {ord(c): None for c in AR_DIAC_CHARSET}
    table[ord(TATWEEL)] = None
    for ch in _ALEFS:
        table[ord(ch)] = normalize_alef_ar(ch)
    table[0x0649] = normalize_alef_maksura_ar("\u0649")
    table[0x0629] = normalize_teh_marbuta_ar("\u0629")
    table.update(_DIGITS)
    return table


KEY_TABLE = _build_table()


def normalize_key(s: str) -> str:
    """The normalised matching key of ``s`` (see the module docstring)."""
    return " ".join(s.translate(KEY_TABLE).casefold().split())


def normalize_key_reference(s: str) -> str:
    """The same key computed with camel-tools' functions one by one (slow; for tests)."""
    from app.analysis.camel import (
        dediac_ar,
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    s = dediac_ar(s).replace(TATWEEL, "")
    s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))
    s = "".join(_DIGITS.get(ord(c), c) for c in s)
    return " ".join(s.casefold().split())


def letters_key(s: str) -> str:
    """A key for single tokens: like :func:`normalize_key` without whitespace handling."""
    return s.translate(KEY_TABLE).casefold()
