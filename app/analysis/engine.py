"""``analyze``: segmentation → figures/dates → attribution → check-worthiness → conflicts."""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from app.analysis.attribution import (
    SpeakerMemory,
    agent,
    attribute,
    continued,
    fronted_source,
    trailing_source,
)
from app.analysis.conflicts import find_conflicts
from app.analysis.dates import extract_dates
from app.analysis.interview import QUESTION_RE, Turns, has_labels
from app.analysis.lexicon import Match, entry_starts, scan_keys
from app.analysis.quantities import extract_quantities
from app.analysis.scoring import END_PUNCT, features, line_features, score
from app.analysis.segment import clauses, sentences
from app.analysis.tokens import ARABIC_LETTER_RE, Token, tokenize
from app.analysis.types import AnalysisResult, DateMention, Quantity, Speaker, Unit
from app.errors import CancelledError, InputError
from app.text import normalize_newlines, sha256_text

HIGHLIGHT_THRESHOLD = 0.5
# "Contains a verifiable claim", a weaker notion than check-worthy: the same score, a lower bar.
# Chosen on Sanad's own examples: at 0.25 the cross-validated recall of the check-worthy ones is
# about 0.97 (a check-worthy sentence always contains a claim), while most opinions, greetings,
# questions and prayers stay below (``python -m app.analysis.fit_weights --report``).
CLAIM_THRESHOLD = 0.25
_QUOTE_OPEN, _QUOTE_CLOSE = "«“", "»”"
_QUOTE_RE = re.compile(f"[{_QUOTE_OPEN}{_QUOTE_CLOSE}]")
Span = TypeVar("Span", Quantity, DateMention)


_LATIN_RE = re.compile(r"[A-Za-z]")
# Cheap test before looking for a source named at a sentence's end (see trailing_source).
_SOURCE_HINT = re.compile("حسب|وفق|طبق|نقلا|نقلً|استناد|لسان")
LANGUAGE_SAMPLE = 5000


def detect_language(text: str) -> str:
    """"ar" when Arabic letters are at least as many as Latin ones, "en" when Latin, else "und".

    Counted on the first LANGUAGE_SAMPLE characters: enough to tell, and bounded for long texts.
    """
    sample = text[:LANGUAGE_SAMPLE]
    if _LATIN_RE.search(sample) is None:  # the usual case: no need to count
        return "ar" if ARABIC_LETTER_RE.search(sample) else "und"
    ar = len(ARABIC_LETTER_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    if ar and ar >= latin:
        return "ar"
    return "en" if latin else "und"


def check_input(text: str) -> str:
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError("The text is empty: there is nothing to analyse.")
    if not ARABIC_LETTER_RE.search(text):
        raise InputError("The text has no Arabic letters: Sanad analyses Arabic text.")
    return text


def _bucket(items: Sequence[Span], spans: Sequence[tuple[int, int]]) -> list[list[Span]]:
    """Assign each item to the unit that contains its start."""
    starts = [s for s, _e in spans]
    out: list[list[Span]] = [[] for _ in spans]
    for item in items:
        k = bisect.bisect_right(starts, item.start) - 1
        if k >= 0 and item.start < spans[k][1]:
            out[k].append(item)
    return out


def analyze(
    text: str,
    published: dt.date | None = None,
    *,
    threshold: float | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> AnalysisResult:
    """Analyse an article; see :mod:`app.analysis` for the result's meaning."""
    with collector_paused():
        return _analyze(text, published, threshold, progress, cancel)


_pause_lock = threading.Lock()
_pauses = 0  # analyses running (threads of one process) while the collector is paused
_was_enabled = False  # the collector's state when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while an analysis runs.

    An analysis makes hundreds of thousands of short-lived tuples and match objects, none in
    reference cycles: the collector's passes over them cost about 5% of the time and free
    nothing (reference counting frees them). It is turned back on when the last running
    analysis ends, and only if it was on before; reference counting works throughout.
    """
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def _analyze(
    text: str,
    published: dt.date | None,
    threshold: float | None,
    progress: Callable[[float], None] | None,
    cancel: Callable[[], bool] | None,
) -> AnalysisResult:
    text = check_input(text)
    if cancel is not None and cancel():
        raise CancelledError("Analysis cancelled.")
    threshold = HIGHLIGHT_THRESHOLD if threshold is None else threshold
    sents = sentences(text)
    spans: list[tuple[int, int]] = []
    headings = []
    last_clause: list[int] = []  # for each span, the index of its sentence's last clause
    for s, e in sents:
        cl = clauses(text, s, e)
        spans += cl
        headings += [is_heading(text, s, e)] * len(cl)
        last_clause += [len(spans) - 1] * len(cl)
    qs = _bucket(extract_quantities(text), spans)
    all_dates = extract_dates(text, published)
    ds = _bucket(all_dates, spans)
    mem = SpeakerMemory()
    unit_tokens: list[list[Token]] = []
    futures: list[bool] = []
    units: list[Unit] = []
    quote_speaker = None
    step = max(1, len(spans) // 50)
    all_tokens = tokenize(text)
    token_starts = [t.start for t in all_tokens]
    keys = [t.key for t in all_tokens]
    lexicon_starts = entry_starts(keys)  # the lexicon is looked up once per article, not per unit

    def unit_scan(n: int) -> tuple[list[Token], dict[str, list[Match]]]:
        """The tokens and lexicon hits of unit ``n`` (as in the loop; for a sentence's last clause)."""
        lo, hi = bisect.bisect_left(token_starts, spans[n][0]), bisect.bisect_left(token_starts, spans[n][1])
        unit_starts = lexicon_starts[bisect.bisect_left(lexicon_starts, lo) : bisect.bisect_left(lexicon_starts, hi)]
        return all_tokens[lo:hi], scan_keys(keys, lo, hi, unit_starts)

    sentence_source: Speaker | None = None
    last_agent: Speaker | None = None  # the previous unit's subject when it reported nothing (see agent)
    fronted: Speaker | None = None  # بحسب X، ...: a source opening the sentence, for its next clauses
    # a question-and-answer interview, or a transcript with labelled turns
    turns = Turns(text) if QUESTION_RE.search(text) or has_labels(text) else None
    if turns is not None and not turns.active:
        turns = None
    for n, (start, end) in enumerate(spans):
        if cancel is not None and cancel():
            raise CancelledError("Analysis cancelled.")
        lo, hi = bisect.bisect_left(token_starts, start), bisect.bisect_left(token_starts, end)
        tokens = all_tokens[lo:hi]
        unit_starts = lexicon_starts[bisect.bisect_left(lexicon_starts, lo) : bisect.bisect_left(lexicon_starts, hi)]
        hits = scan_keys(keys, lo, hi, unit_starts)
        if n == 0 or last_clause[n - 1] == n - 1:  # the first clause of a sentence
            sentence_source = fronted = None
            if last_clause[n] > n and _SOURCE_HINT.search(text, *spans[last_clause[n]]):
                sentence_source = trailing_source(text, *unit_scan(last_clause[n]))
        unit_text = text[start:end]
        answer = turns.speaker_at(start) if turns is not None else None
        if turns is not None and turns.new_turn:
            quote_speaker = None  # a quotation or a reported clause does not cross into another turn
        speaker = attribute(text, tokens, mem, hits, quoted=quote_speaker is not None)
        if speaker is None and units and not (turns is not None and turns.new_turn):
            first_clause = n == 0 or last_clause[n - 1] == n - 1
            speaker = continued(
                units[-1].speaker, tokens, units[-1].text, same_sentence=not first_clause, previous_agent=last_agent
            )
        last_agent = agent(text, tokens, mem) if speaker is None else None
        if speaker is None and quote_speaker is not None:
            speaker = quote_speaker  # a later sentence of a quotation keeps its speaker
        if fronted is not None and (speaker is None or speaker.start < 0):
            speaker = fronted  # بحسب X، بلغ ...: the clauses after a fronted source are X's
        elif speaker is not None and last_clause[n] > n and fronted_source(tokens, hits, speaker):
            fronted = speaker
        if sentence_source is not None and (speaker is None or speaker.start < 0):
            speaker = sentence_source  # ...، بحسب X: the whole sentence is X's
        if answer is not None and (speaker is None or speaker.start < 0):
            # ج: ... — an answer of an interview is the interviewee's, a turn the label's person's
            # (also what they say was announced: أُعلن أن ... in a turn is theirs)
            speaker = answer
        quote_speaker = _open_quote_speaker(unit_text, speaker, quote_speaker)
        # A transcript's label is on every turn, the chatter's as the claims': it does not make a
        # line "attributed" for the score (as a reporting verb or an interview's answer mark does).
        scored = None if speaker is answer and turns is not None and turns.labelled else speaker
        feats = features(unit_text, tokens, qs[n], ds[n], scored, published, hits, heading=headings[n])
        unit_tokens.append(tokens)
        futures.append("future.txt" in hits)
        units.append(
            Unit(start, end, unit_text, score(feats), feats.kind, feats.reasons, speaker, qs[n], ds[n])
        )
        if progress is not None and n % step == 0:
            progress(n / max(1, len(spans)))
    result = AnalysisResult(
        text_sha256=sha256_text(text),
        published=published.isoformat() if published else None,
        language=detect_language(text),
        units=units,
        threshold=threshold,
    )
    keep = [i for i, u in enumerate(units) if u.score >= threshold]
    result.conflicts = find_conflicts(
        [units[i] for i in keep], [unit_tokens[i] for i in keep], sents, all_dates, [futures[i] for i in keep]
    )
    if progress is not None:
        progress(1.0)
    return result


HEADING_MAX_WORDS = 16


def is_heading(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a title line: alone on its line, short, without final punctuation,
    and followed by more text (a body). A lone line at the end, such as a tweet, is not."""
    line = text[start:end].rstrip()
    if not line or line.endswith(END_PUNCT) or line.count(" ") >= HEADING_MAX_WORDS + 4:
        return False
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip() or _NON_SPACE.search(text, line_end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and len(line.split()) <= HEADING_MAX_WORDS


_NON_SPACE = re.compile(r"\S")


def _open_quote_speaker(unit_text: str, speaker: Speaker | None, current: Speaker | None) -> Speaker | None:
    """The speaker whose quotation is still open after this unit, if any."""
    if _QUOTE_RE.search(unit_text) is None:
        return current
    opened = sum(unit_text.count(c) for c in _QUOTE_OPEN)
    closed = sum(unit_text.count(c) for c in _QUOTE_CLOSE)
    if opened > closed:
        return speaker
    if closed > opened:
        return None
    return current


def score_text(line: str) -> float:
    """Check-worthiness of one line taken as a single unit (for ``sanad score-lines``)."""
    line = normalize_newlines(line).strip()
    if not line:
        return 0.0
    return score(line_features(line))
