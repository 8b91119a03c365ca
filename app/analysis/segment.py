"""Sentence and clause segmentation with character offsets.

Sentences end at ``. ! ? ؟ ؛ ; …`` (runs of them, plus closing quotes/brackets right after) and
at line breaks. A full stop does not end a sentence inside a number (``13.2``), after a
one-letter abbreviation (``د.``، ``أ.``، ``م.``) or when a non-space follows it (``t.co``).
A sentence is then split into clauses at ``،`` only where both sides are long enough to stand
alone, not at the commas around a short relative clause, and after (not before) a short
"according to" phrase set off by commas. Spans are trimmed of whitespace, so ``text[start:end]`` is always the unit's text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

_TERMINATORS = ".!?؟؛;…"
_CLOSERS = "»”\"')]}’"
_OPENERS = "«“"
_TERMINATOR_RE = re.compile(r"[.!?؟؛;…][.!?؟؛;…»”\"')\]}’]*")
_HAS_CONTENT = re.compile(r"[^\W_]")
# A number with its decimal or thousands separators (31.5، ٣٫٥، 1,200) is one word.
_WORD = re.compile(r"\d+(?:[.,٫٬]\d+)*|[\w\u064b-\u065f\u0670\u0640\u200c]+")
CLAUSE_MIN_WORDS = 7
PARENTHETICAL_MAX_WORDS = 10
QUOTE_INTRO_WORDS = 2
_COMMA_RE = re.compile("،")
_OPEN_QUOTE_RE = re.compile("[«“]")
_CLOSE_QUOTE_RE = re.compile("[»”]")
_COLON_QUOTE_RE = re.compile(r":\s*[«“\"]")
# A short "according to" phrase between two commas (``...، بحسب تقرير الديوان، ...``) names the
# source of what comes before it: the cut goes after it, not before it. With و (``، وبحسب X، ...``)
# it opens the next clause and is that clause's source.
_SOURCE_RE = re.compile(
    r"\s*(?:بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً|نقلا\s+عن|نقلاً\s+عن|استنادا|استناداً|على\s+لسان|كما\s+(?:جاء|ورد)|بناء\s+على|بناءً\s+على)(?!\w)"
)
# A relative clause set off by commas (``وكان المسح، الذي نشرته الوزارة في 2025، قد أظهر``) sits
# between a subject and its predicate: no cut at either of its commas.
_RELATIVE_RE = re.compile(r"\s*(?:الذي|التي|الذين|اللذان|اللذين|اللتان|اللتين|اللواتي|اللاتي|اللائي)(?!\w)")
_COMPLEMENT_RE = re.compile(
    r"\s*(?:ب|و)?[أإا][\u064b-\u0652]*ن(?:[\u064b-\u0652]*(?:ه|ها|هم))?[\u064b-\u0652]*\s"
)


def _is_abbreviation(text: str, dot: int, line_start: int) -> bool:
    """``د.``: a single letter preceded by a space, an opener or the line start."""
    j = dot - 1
    while j > line_start and unicodedata.category(text[j]) == "Mn":  # diacritics on the letter
        j -= 1
    if j < line_start or not text[j].isalpha():
        return False
    return j == line_start or text[j - 1].isspace() or text[j - 1] in _OPENERS + "("


def _sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """End offsets (exclusive) of the sentences inside one line ``text[lo:hi]``."""
    ends: list[int] = []
    for m in _TERMINATOR_RE.finditer(text, lo, hi):
        i = m.start()
        if ends and i < ends[-1]:
            continue
        if text[i] in ".?!;" and m.end() == i + 1:  # Latin marks also occur inside links
            nxt = text[i + 1] if i + 1 < hi else " "
            prev = text[i - 1] if i > lo else " "
            if (prev.isdigit() and nxt.isdigit()) or not (nxt.isspace() or nxt in _CLOSERS):
                continue
            if text[i] == "." and _is_abbreviation(text, i, lo):
                continue
        ends.append(m.end())
    if not ends or ends[-1] < hi:
        ends.append(hi)
    return ends


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    left = piece.lstrip()  # str.strip removes exactly the characters for which isspace() holds
    start += len(piece) - len(left)
    end = start + len(left.rstrip())
    if start >= end or not _HAS_CONTENT.search(text, start, end):
        return None
    return start, end


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        start = pos
        for end in _sentence_ends(text, pos, line_end) if line_end > pos else ():  # an empty line has none
            span = _trim(text, start, end)
            if span:
                spans.append(span)
            start = end
        if nl < 0:
            break
        pos = nl + 1
    return spans


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Candidate clause boundaries as (cut, kind): after ``،``, or before a quotation
    opened after a colon (``قال الوزير: «...»``)."""
    cuts = [(m.end(), 0) for m in _COMMA_RE.finditer(text, start, end)]
    cuts += [(m.end() - 1, 1) for m in _COLON_QUOTE_RE.finditer(text, start, end)]
    return sorted(cuts)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one sentence into clauses where both sides are long enough to stand alone.

    At ``،`` both sides need CLAUSE_MIN_WORDS words, and a clause opening with أن/إن/بأن (the
    content of the verb before it) stays with it, also after a parenthetical of at most
    PARENTHETICAL_MAX_WORDS words (``قال الوزير، في مؤتمر صحفي، إن ...``). A quotation opened after a colon becomes
    its own clause when it has CLAUSE_MIN_WORDS words and its introduction QUOTE_INTRO_WORDS.
    """
    cuts = _boundaries(text, start, end)
    if not cuts:
        span = _trim(text, start, end)
        return [span] if span else []
    word_starts = [m.start() for m in _WORD.finditer(text, start, end)]
    quoted = any(text.find(q, start, end) >= 0 for q in _OPENERS)
    opens = [m.start() for m in _OPEN_QUOTE_RE.finditer(text, start, end)] if quoted else []
    closes = [m.start() for m in _CLOSE_QUOTE_RE.finditer(text, start, end)] if quoted else []

    def words(lo: int, hi: int) -> int:
        return bisect.bisect_left(word_starts, hi) - bisect.bisect_left(word_starts, lo)

    def inside_quote(at: int) -> bool:
        return bisect.bisect_left(opens, at) > bisect.bisect_left(closes, at)

    commas = [c for c, kind in cuts if kind == 0]

    def before_complement(cut: int) -> bool:
        """A short parenthetical between this ``،`` and the next, then أن/إن: ``أظهرت بيانات
        الجهاز، الصادرة اليوم، أن ...`` — the verb's content is still to come."""
        k = bisect.bisect_right(commas, cut)
        return (
            k < len(commas)
            and words(cut, commas[k]) <= PARENTHETICAL_MAX_WORDS
            and _COMPLEMENT_RE.match(text, commas[k], end) is not None
        )

    def next_comma(cut: int) -> int | None:
        """The next ``،`` after this one, when at most PARENTHETICAL_MAX_WORDS words away."""
        k = bisect.bisect_right(commas, cut)
        return commas[k] if k < len(commas) and words(cut, commas[k]) <= PARENTHETICAL_MAX_WORDS else None

    # The commas that open and close a short relative clause: no cut at them.
    inert: set[int] = set()
    for c in commas:
        if _RELATIVE_RE.match(text, c, end) and (close := next_comma(c)) is not None:
            inert.update((c, close))

    out = []
    cur = start
    for cut, kind in cuts:
        if cut <= cur:
            continue
        if kind == 0:
            # ...، بحسب تقرير الديوان، ...: the source phrase ends the clause before it
            if _SOURCE_RE.match(text, cut, end) and (close := next_comma(cut)) is not None:
                cut = close
            ok = (
                cut not in inert
                and words(cur, cut) >= CLAUSE_MIN_WORDS
                and words(cut, end) >= CLAUSE_MIN_WORDS
                and not _COMPLEMENT_RE.match(text, cut, end)
                and not inside_quote(cut)
                and not before_complement(cut)
            )
        else:
            ok = words(cur, cut) >= QUOTE_INTRO_WORDS and words(cut, end) >= CLAUSE_MIN_WORDS
        if ok:
            span = _trim(text, cur, cut)
            if span:
                out.append(span)
                cur = cut
    span = _trim(text, cur, end)
    if span:
        out.append(span)
    return out


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence/clause spans of ``text`` (offsets into ``text``, trimmed, in order)."""
    out = []
    for s, e in sentences(text):
        out.extend(clauses(text, s, e))
    return out
