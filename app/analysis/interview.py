"""Question-and-answer interviews: the answers are the interviewee's.

An interview printed as questions and answers marks its turns at the start of a line:
``س:`` / ``س -`` / ``سؤال:`` for the interviewer and ``ج:`` / ``ج -`` / ``جواب:`` (or
``قال:``) for the answer. An answer states what the interviewee says, usually in the first
person and with no reporting verb, so nothing in its sentences names the speaker.

Where the questions are marked and the answers are not, each paragraph after a question that is
not a question itself is an answer.

The interviewee is the person the article introduces before the first question:

1. the headline's source, ``NAME: quotation`` (``وزير المياه خالد العمري: سنخفض ...``), else
2. the first titled person in the lead (``يتحدث وزير المياه والري خالد العمري عن ...``),
   leaving out the byline (``حوار: ...``, ``حاوره ...``), which names the interviewer.

Of that phrase the personal name is kept, the title before it left out: the name starts at the
first indefinite word after the title's definite words (``المرشح للانتخابات الرئاسية سليم بن
عمر`` → ``سليم بن عمر``).

A transcript (a debate, a panel, a hearing) marks each turn with its speaker instead:
``المرشح سامي العلي: ...`` / ``مقدمة البرنامج: ...`` / ``الوزير: ...`` at the start of a line.
Such a label is a person's: its first word is a person noun (مرشح، مدير، وزير) or a title
(الدكتور، السيد), or it is a personal name of two to four words that labels two turns or more.
``الحكم: مضلل``، ``المصدر: ...`` (not persons) and the first line (a headline ``X: Y``) are no
labels, and a text is a transcript only with two labelled lines or more. A turn runs from its
label to the next one, paragraphs without a label included; the last turn ends with its own
paragraph (what follows is the article's again).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from app.analysis.attribution import _definite, _np_end
from app.analysis.lexicon import gazetteer, phrases
from app.analysis.morph import noun_agreement, verb_info
from app.analysis.normalize import normalize_key
from app.analysis.tokens import Token, tokenize
from app.analysis.types import Speaker

_TURN = r"\s*[:：\-–—/]"
QUESTION_RE = re.compile(rf"^[ \t]*(?:س|سؤال|السؤال){_TURN}", re.MULTILINE)
ANSWER_RE = re.compile(rf"^[ \t]*(?:ج|جواب|الجواب|قال|قالت){_TURN}", re.MULTILINE)
_BYLINE_RE = re.compile(r"حوار\s*[:：]|حاور(?:ه|ها|هم|ته|تها)|أجرى الحوار|اجرى الحوار|أجرت الحوار")
_HEADLINE_SOURCE_RE = re.compile(r"^[ \t]*([^\n:：«»\"“”]{3,80}?)[ \t]*[:：]")
_FIRST_LINE_RE = re.compile(r"^[^\n]*\S[^\n]*$", re.MULTILINE)
MAX_SOURCE_WORDS = 8
# ``LABEL: ...`` at a line's start: at most six words, no digits, quotes or sentence punctuation.
LABEL_RE = re.compile(r"^[ \t]*([^\n:：«»\"“”.،,؟?!\d٠-٩]{2,60}?)[ \t]*[:：][ \t]*(?=\S)", re.MULTILINE)
LABEL_MAX_CHARS = 72  # a label's colon is this near its line's start (60 letters and spaces)
_COLON_RE = re.compile("[:：]")
MAX_LABEL_WORDS = 6
MIN_TURNS = 2
# Roles that head a transcript's turn labels and are not speaker nouns of the lexicon (there they
# would make every "المرشح تحدث عن برنامجه" a named actor for the score): keys, article left out.
LABEL_ROLES = frozenset(
    normalize_key(w) for w in "مرشح مرشحة مقدم مقدمة محاور محاورة مذيع مذيعة منسق منسقة ضيف ضيفة".split()
)


def personal_name(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """(start, end) indices of the personal name in a title-and-name phrase, the whole phrase
    when it has no title, None when it holds no name (a title or an institution alone)."""
    words = [i for i, t in enumerate(tokens) if t.key and t.key[0].isalpha()]
    if not words:
        return None
    seen_definite = False
    for i in words:
        tok = tokens[i]
        if _definite(tok):
            seen_definite = True
        elif seen_definite and noun_agreement(tok.text) is None:
            return i, words[-1] + 1
    first = tokens[words[0]]
    if _definite(first) or noun_agreement(first.text) is not None:
        return None  # الوزير، وزارة الصحة: no name
    return words[0], words[-1] + 1


def _speaker(text: str, tokens: Sequence[Token], span: tuple[int, int], offset: int) -> Speaker:
    start, end = offset + tokens[span[0]].start, offset + tokens[span[1] - 1].end
    name = text[start:end]
    return Speaker(text=name, start=start, end=end, key=normalize_key(name), kind_hint="person")


def _headline_source(text: str, end: int) -> Speaker | None:
    """The source of a headline ``NAME: quotation`` on the first line that has text."""
    lead = _FIRST_LINE_RE.search(text, 0, end)
    if lead is None:
        return None
    m = _HEADLINE_SOURCE_RE.match(text, lead.start(), lead.end())
    if m is None or _BYLINE_RE.search(m.group(0)):
        return None
    tokens = tokenize(m.group(1))
    if not 2 <= len(tokens) <= MAX_SOURCE_WORDS:
        return None
    span = personal_name(tokens)
    return None if span is None else _speaker(text, tokens, span, m.start(1))


def _lead_person(text: str, end: int) -> Speaker | None:
    titles = phrases("titles.txt")
    pos = 0
    for line in text[:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip() or _BYLINE_RE.search(line):
            continue
        tokens = tokenize(line)
        for i, tok in enumerate(tokens):
            agr = noun_agreement(tok.text)
            if not ((agr is not None and agr[2] == "person") or titles.match_at(tokens, i)):
                continue
            j = _np_end(tokens, i, len(tokens))
            span = personal_name(tokens[i:j]) if j > i + 1 else None
            if span is not None and span[0] > 0:  # a name after a title
                return _speaker(text, tokens, (i + span[0], i + span[1]), line_start)
    return None


def _person_head(token: Token) -> bool:
    """A role word or a person noun (المرشح، مدير، الوزير) that heads a turn label."""
    agr = noun_agreement(token.text)
    return token.key.removeprefix("ال") in LABEL_ROLES or (agr is not None and agr[2] == "person")


def _label_speaker(text: str, start: int, end: int) -> tuple[Speaker, bool] | None:
    """The person a turn label ``text[start:end]`` names — its personal name when it has one,
    else the whole role (``مدير الجلسة``) — and whether the label is a bare personal name (a
    label only if it opens two lines or more); None when the label is not a person's."""
    tokens = tokenize(text[start:end])
    if not 1 <= len(tokens) <= MAX_LABEL_WORDS or not all(t.key and t.key[0].isalpha() for t in tokens):
        return None
    if _person_head(tokens[0]) or phrases("titles.txt").match_at(tokens, 0):
        return _speaker(text, tokens, personal_name(tokens) or (0, len(tokens)), start), False
    bare = (
        2 <= len(tokens) <= 4
        and verb_info(tokens[0].key) is None  # وتابع سامي خليل: a quotation's introduction
        and not _definite(tokens[0])
        and gazetteer().match_at(tokens, 0) is None
        and all(noun_agreement(t.text) is None for t in tokens)
    )
    return (_speaker(text, tokens, (0, len(tokens)), start), True) if bare else None


def _label_matches(text: str) -> Iterator[re.Match[str]]:
    """LABEL_RE at the start of each line with a colon near its start (found from the colons: a
    cheaper walk than the pattern tried at every position of a long text)."""
    pos = 0
    while True:
        c = _COLON_RE.search(text, pos)
        if c is None:
            return
        line_start = text.rfind("\n", 0, c.start()) + 1
        nl = text.find("\n", c.start())
        nl = len(text) if nl < 0 else nl
        if c.start() - line_start <= LABEL_MAX_CHARS:
            m = LABEL_RE.match(text, line_start, nl)
            if m is not None:
                yield m
        pos = nl + 1


def has_labels(text: str) -> bool:
    """Lines open with ``LABEL:`` at least twice, not counting labels that open with a verb
    (وتابع سامي خليل: a quotation's introduction), a cheap test before following turns."""
    seen = 0
    for m in _label_matches(text):
        first = tokenize(text, m.start(1), m.end(1))[:1]
        if first and verb_info(first[0].key) is not None and not _person_head(first[0]):
            continue  # as _label_speaker would refuse it
        seen += 1
        if seen >= MIN_TURNS:
            return True
    return False


def labelled_turns(text: str) -> list[tuple[int, Speaker]]:
    """The labelled turns of a transcript: (line start, the label's person) for each line that
    opens with a person's label, in text order; [] when the text is no transcript."""
    first = _FIRST_LINE_RE.search(text)
    headline = first.start() if first is not None else -1
    candidates = [
        m for m in _label_matches(text)
        if m.start() != headline and m.group(1).count(" ") < MAX_LABEL_WORDS + 2  # (cheap tests first)
    ]
    if len(candidates) < MIN_TURNS:
        return []
    found: list[tuple[int, Speaker, bool]] = []
    for m in candidates:
        label = _label_speaker(text, m.start(1), m.end(1))
        if label is not None:
            found.append((text.rfind("\n", 0, m.start(1)) + 1, *label))
    counts: dict[str | None, int] = {}
    for _s, sp, _bare in found:
        counts[sp.key] = counts.get(sp.key, 0) + 1
    kept = [(s, sp) for s, sp, bare in found if not bare or counts[sp.key] >= MIN_TURNS]
    return kept if len(kept) >= MIN_TURNS else []


def interviewee(text: str) -> tuple[Speaker, int] | None:
    """The interviewee of a question-and-answer text and where the first question starts;
    None when the text has no question turn or names nobody before it."""
    m = QUESTION_RE.search(text)
    if m is None:
        return None
    found = _headline_source(text, m.start()) or _lead_person(text, m.start())
    return None if found is None else (found, m.start())


class Turns:
    """Follows the turns unit by unit: ``speaker_at`` gives, for a unit inside a labelled turn of
    a transcript, the label's person; for a unit inside an answer of an interview (from an
    answer mark to the next question mark), the interviewee; None elsewhere. ``new_turn`` tells
    whether the last unit looked up opened a turn other than the one before."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.labelled = labelled_turns(text)
        self._label_starts = [s for s, _sp in self.labelled]
        last = self._label_starts[-1] if self.labelled else 0
        self._labelled_end = text.find("\n", last) if text.find("\n", last) >= 0 else len(text)
        self._turn = -1
        self.new_turn = False
        found = None if self.labelled else interviewee(text)
        self.active = bool(self.labelled) or found is not None  # else no unit is in a turn
        self.person: Speaker | None = found[0] if found is not None else None
        self.first_question = found[1] if found is not None else -1
        self.answer: tuple[int, int] | None = None  # the current answer's mark (start, end)
        # Questions marked, answers not (س: ... then a plain paragraph): a line after a question
        # that is not itself a question is the answer.
        self.unmarked = found is not None and ANSWER_RE.search(text, self.first_question) is None

    def _labelled_at(self, start: int) -> Speaker | None:
        k = bisect.bisect_right(self._label_starts, start) - 1
        if k < 0 or (k == len(self.labelled) - 1 and start >= self._labelled_end):
            k = -1
        self.new_turn, self._turn = k != self._turn, k
        if k < 0:
            return None
        p = self.labelled[k][1]
        return Speaker(
            text=p.text, start=p.start, end=p.end, channel=None, key=p.key,
            inherited=start > p.start, kind_hint="person",
        )

    def speaker_at(self, start: int) -> Speaker | None:
        if self.labelled:
            return self._labelled_at(start)
        if self.person is None or start < self.first_question:
            return None
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.text[line_start:start].strip():  # the unit opens a line: maybe a new turn
            if QUESTION_RE.match(self.text, line_start):
                self.answer = None
            else:
                a = ANSWER_RE.match(self.text, line_start)
                if a is not None:
                    mark_start = line_start + len(a.group(0)) - len(a.group(0).lstrip())
                    self.answer = (mark_start, line_start + len(a.group(0)))
                elif self.unmarked:
                    self.answer = (start, start)
        if self.answer is None:
            return None
        p = self.person
        s, e = self.answer
        mark = self.text[s:e].rstrip(" \t:：-–—/")
        return Speaker(
            text=p.text, start=p.start, end=p.end, verb=mark or None, verb_start=s if mark else -1,
            verb_end=s + len(mark) if mark else -1,
            channel=None, key=p.key, inherited=True, kind_hint="person",
        )
