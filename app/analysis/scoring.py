"""Check-worthiness: a hand-set logistic combination of features that generalise.

Features are linguistic, not topical: figures, percentages, money, dates, a named speaker or
reporting verb, named actors (titles, gazetteer of countries/organisations, speaker nouns),
comparisons, superlatives, causal connectives, quotes and past-tense event verbs raise the
score; headings (and title lines, told by the engine), greetings, questions, opinion/obligation
markers, hedges, predictions and promises, second-person address, first-person talk, religious
formulas, imperative calls, appeals (دعا/طالب/ناشد X إلى ... opening the unit), exclamations, emoji runs and tweets that are only hashtags/links
lower it. Public-interest topics raise it a little. Digits inside links, hashtags and mentions
are not figures. The weights are fitted (``fit_weights``) on sentences written for Sanad,
never on evaluation data.

Features meant to carry across genres (news, speech, social media): the unit's length (a
fitted weight on log2(words / 10) above 10 words: a long spoken sentence holds more
statements); personal records — what I/we/you did (خسرنا، أنا صوّتُّ، أنتِ دعمتِ) — versus
personal stances; existential claims with something countable or named (هناك، لدينا);
present-tense state verbs (يحتوي، تشكل); past verbs in -ت, -نا, -تم, -وا outside the event
list (رفضت، نحن قدمنا، وعدتم); future verbs with سـ (سأعيد، سنبني) as promises. A promise or
forecast with a concrete figure or an explicit date (سنفتح خمسة مراكز، قبل نهاية 2027) is a
"pledge", measurable and tracked, not vague future talk (the examples' convention, see the header
of checkworthy_examples_speech.tsv); its kind stays prediction/opinion. A vocative (يا أستاذ)
in a unit stating a figure, date or event is not second-person talk. An article framing itself
(ننشر فيما يلي ...) and a meeting announced ahead (يعقد المجلس اجتماعه المقبل) are not claims.
Stance markers (opinion, if/will, future) govern a short unit, or a long one only when they
lead it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import repeat

from app.analysis.attribution import SpeakerMemory, attribute
from app.analysis.dates import extract_dates
from app.analysis.lexicon import EVENT, EVENT_PERSONAL, LEXICONS, SPEAKER_NOUN, Match, event_verb_keys, scan
from app.analysis.normalize import normalize_key
from app.analysis.numwords import NUM_WORDS, VAGUE
from app.analysis.quantities import extract_quantities
from app.analysis.tokens import Token, tokenize
from app.analysis.types import DateMention, Quantity, Speaker

REASON_LABELS: dict[str, tuple[str, str]] = {
    "figure": ("رقم", "figure"),
    "percentage": ("نسبة مئوية", "percentage"),
    "money": ("مبلغ مالي", "money"),
    "date": ("تاريخ", "date"),
    "attributed": ("منسوب إلى مصدر", "attributed to a source"),
    "named_actor": ("جهة أو شخص مسمّى", "named actor"),
    "comparison": ("مقارنة", "comparison"),
    "superlative": ("صيغة تفضيل", "superlative"),
    "causal": ("علاقة سببية", "causal claim"),
    "quote": ("اقتباس", "quotation"),
    "event": ("حدث", "event"),
    "opinion": ("رأي", "opinion"),
    "question": ("سؤال", "question"),
    "heading": ("عنوان", "heading"),
    "greeting": ("تحية", "greeting"),
    "hedge": ("تحفّظ", "hedged"),
    "irrealis": ("مستقبل أو افتراض", "future or hypothetical"),
    "past": ("واقعة ماضية", "past fact"),
}

_REASON_ORDER = {code: n for n, code in enumerate(REASON_LABELS)}
PRIOR_BIAS = -2.3
PRIOR_WEIGHTS: dict[str, float] = {
    "figure": 1.7,
    "percentage": 0.6,
    "money": 0.5,
    "date": 0.7,
    "attributed": 1.0,
    "named_actor": 0.7,
    "comparison": 0.6,
    "superlative": 0.8,
    "causal": 0.7,
    "quote": 0.3,
    "event": 1.1,
    "long": 0.4,
    # Not a set feature: multiplies log2(words / LENGTH_REF), so the odds grow with the
    # length of the unit (more words, more statements that may be claims).
    "length": 0.3,
    "opinion": -2.2,
    "question": -2.6,
    "greeting": -3.0,
    "heading": -1.6,
    "hedge": -0.6,
    "irrealis": -0.7,
    "past": 0.4,
    "short": -1.4,
    # Internal features (no reason label): they only lower or raise the score.
    "address": -0.8,
    "first_person": -0.6,
    "religious": -2.0,
    "imperative": -1.5,
    "appeal": -1.5,
    "topic": 0.4,
    "exclaim": -0.6,
    "emoji": -0.4,
    "tags_only": -1.5,
    "future": -0.6,
    # A future verb or marker with a concrete figure or date (سنفتح خمسة مراكز، قبل نهاية 2027):
    # a measurable promise or forecast, tracked by fact-checkers (see fit_weights).
    "pledge": 0.0,
    # The article about itself (تنشر الصحيفة فيما يلي ...، ننشر نص الحوار): framing, not a claim.
    "editorial": -3.0,
    # A meeting announced ahead (يعقد المجلس اجتماعه المقبل في ...): a schedule, not a claim.
    "schedule": -2.0,
    "protocol": -1.0,
    "effect": 0.6,
    "state": 0.4,
    "event_noun": 0.6,
    "duration": -0.3,
    "exists": 0.5,
    "record": 0.8,
    "past_verb": 0.4,
    # Set by the engine only (a line alone above a body), never by a single line, so the
    # examples cannot fit it: it keeps this prior.
    "title_line": -3.0,
}
_DIGIT_RE = re.compile(r"\d")
# A Latin-script proper name or acronym inside Arabic text (Pfizer، CNN، NATO), not a link.
# The look-behind comes after the capital (two characters back: the capital is \w) so that
# ``re`` can skip to capitals instead of trying the pattern at every Arabic letter.
_LATIN_NAME_RE = re.compile(r"[A-Z](?<![\w/.@#][A-Z])[A-Za-z]+\b(?![./])")
QUESTION_KEYS = frozenset("هل لماذا كيف متي اين ماذا".split())
QUOTE_CHARS = '«»“”"'
_QUOTE_CHAR_RE = re.compile(f"[{QUOTE_CHARS}]")  # any of them (one scan, not five)
# Pictographs, symbols and flags (tweets); a run of them marks social-media chatter.
_EMOJI_RE = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff]")
_FACE_RE = re.compile("[\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a]")
END_PUNCT = (".", "!", "؟", "?", "…", "،", ":")
# Lists that mark a unit when they occur anywhere in it.
_ANYWHERE: tuple[tuple[str, str], ...] = (
    ("percent.txt", "percentage"),
    ("currencies.txt", "money"),
    ("gazetteer.tsv", "named_actor"),
    ("titles.txt", "named_actor"),
    (SPEAKER_NOUN, "named_actor"),
    ("comparatives.txt", "comparison"),
    ("superlatives.txt", "superlative"),
    ("causal.txt", "causal"),
    ("hedges.txt", "hedge"),
    (EVENT, "event"),
    ("past_markers.txt", "past"),
    ("religious.txt", "religious"),
    ("topics.txt", "topic"),
    ("first_person.txt", "first_person"),
    ("protocol.txt", "protocol"),
    ("effects.txt", "effect"),
    ("state_verbs.txt", "state"),
    ("event_nouns.txt", "event_noun"),
    (EVENT_PERSONAL, "event"),
)
_CODES = dict(_ANYWHERE)
_TIME_UNITS = frozenset("ثانيه دقيقه ساعه يوم اسبوع شهر سنه عام".split())
_STANCE_LISTS = (("opinion.txt", "opinion"), ("irrealis.txt", "irrealis"), ("future.txt", "future"))
STANCE_MAX_WORDS = 14
LENGTH_REF = 10
_PAST = frozenset(("event", "past", "past_verb"))
_PERSONAL = frozenset(("first_person", "address"))
_EXISTENT = frozenset(("figure", "named_actor", "topic"))
# A short unpunctuated line with one of these states something: it is not taken for a heading.
_STATEMENT = frozenset(("event", "attributed", "figure", "effect", "record"))
_STANCE = frozenset(("opinion", "irrealis", "future", "pledge", "question", "religious"))
_VOCATIVE_FACTS = frozenset(("figure", "date", "event", "past", "past_verb"))


@dataclass(frozen=True, slots=True)
class Features:
    present: frozenset[str]
    kind: str
    words: int = LENGTH_REF  # words of the unit, links and tags left out

    @property
    def reasons(self) -> list[str]:
        """Reason codes in REASON_LABELS order (internal features such as "long" are left out)."""
        return list(_reasons_of(self.present))


@lru_cache(maxsize=4096)
def _reasons_of(present: frozenset[str]) -> tuple[str, ...]:
    """Memoised: an article's units share a few hundred feature sets."""
    return tuple(sorted((c for c in present if c in _REASON_ORDER), key=_REASON_ORDER.__getitem__))


def features(
    text: str,
    tokens: Sequence[Token],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    speaker: Speaker | None,
    published: date | None = None,
    hits: dict[str, list[Match]] | None = None,
    *,
    heading: bool = False,
) -> Features:
    """The features present in one unit (``hits``: its :func:`~app.analysis.lexicon.scan`).

    ``heading``: the caller knows the unit is a title line (see ``engine.is_heading``).
    """
    hits = scan(tokens) if hits is None else hits
    word_at = [i for i, t in enumerate(tokens) if t[0][0].isalnum()]  # t[0]: text (fast path)
    tagged = 0  # hashtags, mentions and links
    if "http" in text or "www." in text or "#" in text or "@" in text:
        plain = [i for i in word_at if not tokens[i].is_link and not _is_tag(tokens, i)]
        tagged = len(word_at) - len(plain)
        word_at = plain
    n_words = len(word_at)
    lead_end = word_at[3] if n_words > 4 else len(tokens)  # index after the 4th word
    f: set[str] = {code for name in hits if (code := _CODES.get(name)) is not None}
    if quantities:
        f.add("figure")
        if any(q.is_percent for q in quantities):
            f.add("percentage")
        if any(q.currency for q in quantities):
            f.add("money")
        elif all(q.unit_key in _TIME_UNITS for q in quantities):
            f.add("duration")  # only spans of time (ثلاث دقائق، عشرين عاماً): a weaker figure
    elif _DIGIT_RE.search(text) and _digits_outside(tokens, dates):
        f.add("figure")
    if dates:
        f.add("date")
    if speaker is not None:
        f.add("attributed")
    if "named_actor" not in f and _LATIN_NAME_RE.search(text):
        f.add("named_actor")
    if speaker is not None and _QUOTE_CHAR_RE.search(text):
        f.add("quote")
    you = hits.get("address.txt")
    if you and any(_unprefixed(tokens[m.first].key, m.entry) for m in you):
        f.add("address")
        # A vocative (يا أستاذ سامي) calls someone; in a unit stating a figure, date or event it
        # does not make the statement second-person talk.
        if all(m.entry == "يا" for m in you) and not f.isdisjoint(_VOCATIVE_FACTS):
            f.discard("address")
    if "event" not in f and any(
        _past_verb(text[text.rfind(" ", 0, m.start()) + 1 : m.end()]) for m in _FINAL_T_RE.finditer(text)
    ):
        f.add("past_verb")
    if "event" not in f and "past_verb" not in f and _past_plural(text):
        f.add("past_verb")  # نحن قدمنا ثلاثة مشاريع، وعدتم الناس، أنجزوا
    if EVENT_PERSONAL in hits or not (f.isdisjoint(_PERSONAL) or f.isdisjoint(_PAST)):
        f.add("record")  # what I/we/you did (خسرنا، أنا صوّتُّ، أنتِ دعمتِ الحرب): a record, not a stance
    if "existential.txt" in hits and not f.isdisjoint(_EXISTENT):
        f.add("exists")  # هناك/لدينا with something countable or named
    if n_words >= 8:
        f.add("long")
    if n_words < 4:
        f.add("short" if not tagged else "tags_only")
    # A stance marker (opinion, if/will, you) governs a short unit, or a long one when it leads
    # it; one "if" or "you" inside a long spoken sentence does not make its facts a promise.
    for name, code in _STANCE_LISTS:
        marks = hits.get(name)
        if marks and (n_words < STANCE_MAX_WORDS or any(m.first <= lead_end for m in marks)):
            f.add(code)
    appeals = hits.get("appeals.txt")
    if appeals and any(m.first <= lead_end for m in appeals):
        f.add("appeal")  # دعت الوزارة المواطنين إلى ...: a call, not a claim (a figure may still make one)
    calls = hits.get("imperatives.txt")
    if calls and any(m.first <= (word_at[1] if n_words > 2 else len(tokens)) for m in calls):
        f.add("imperative")
    stripped = text.rstrip(' \t»”")')
    lead_key = tokens[word_at[0]].key if word_at else ""
    if (
        stripped.endswith(("؟", "?"))
        or lead_key in QUESTION_KEYS
        or (("؟" in text or "?" in text) and any(t.text in "؟?" for t in tokens))
    ):
        f.add("question")
    if "!" in text:
        f.add("exclaim")
    emoji = _EMOJI_RE.findall(text)
    if emoji and (len(emoji) >= 2 or _FACE_RE.search(text)):
        f.add("emoji")  # a run of them, or one face (😂 😏): chatter
    greets = hits.get("greetings.txt")
    if (
        greets
        and n_words < 12
        and any(m.first <= (word_at[5] if n_words > 6 else len(tokens)) for m in greets)
    ):
        f.add("greeting")
    if "future" not in f and any(
        _future_verb(m.group())
        and _starts_word(text, m.start())
        and (n_words < STANCE_MAX_WORDS or text.count(" ", 0, m.start()) < 4)
        for m in _FUTURE_RE.finditer(text)
    ):
        f.add("future")
    if _EDITORIAL_HINTS.search(text) and _EDITORIAL_RE.search(text):
        f.add("editorial")
    if (
        _SCHEDULE_HINTS.search(text)
        and (sched := _SCHEDULE_VERB_RE.search(text))
        and _SCHEDULE_NOUN_RE.search(text)
        and ("future" in f or "future.txt" in hits or "س" in sched.group()[:2] or "المقرر" in text)
    ):
        f.add("schedule")  # يعقد المجلس اجتماعه المقبل في ...، تستأنف الجلسات الأحد
    if "future" in f and "schedule" not in f and (_explicit_date(dates) or _concrete_figure(quantities)):
        f.discard("future")  # سنفتح خمسة مراكز، قبل نهاية 2027: a measurable promise or forecast
        f.add("pledge")
    if "record" in f and not f.isdisjoint(_STANCE):
        f.discard("record")
    if heading:  # a title line of an article, whatever it contains
        f.update(("heading", "title_line"))
    elif n_words <= 7 and not stripped.endswith(END_PUNCT) and f.isdisjoint(_STATEMENT):
        f.add("heading")
    return Features(frozenset(f), _kind(f, dates, published), n_words)


# A word that may be an imperfect verb with the future prefix سـ (سأعيد، سنعمل، ستبدأ، سيرتفع);
# and a ت that ends a word, maybe a past verb (3fs or 1st/2nd singular: رفضت، انتقدت).
# Both start with a letter, so the regex engine scans for it quickly: the checks are by hand.
_FUTURE_RE = re.compile(r"س[أانتي][\u0621-\u0652]{3,}")  # diacritics too: سنشيّد
_OPENERS = "«“\"('["
_FINAL_T_RE = re.compile(r"ت(?![\w\u0640])")
# A past verb of the first person plural, second plural or third plural (أنجزنا، وعدتم، قدموا).
_FINAL_PLURAL_RE = re.compile(r"(?:نا|تم|وا)(?![\w\u0640])")
# Words in -نا/-وا that are not past verbs: prepositions and particles with "us", nouns with tanween.
_NOT_PAST_PLURAL = frozenset(
    "لدينا علينا الينا عندنا معنا لكننا اننا بيننا فينا منا لنا بنا هنا حولنا امامنا بعدنا قبلنا "
    "لدنا انا ايضا ربنا دعونا نموا عضوا عفوا جوا غزوا لانا كلنا بعضنا نحونا تجاهنا".split()
)
# Words after which an -نا word opens a clause as a verb (نحن قدمنا، لقد أنجزنا، ثم خفضنا).
_PLURAL_VERB_LEADS = frozenset("نحن لقد قد وقد ولقد فقد ثم حين عندما بعدما لما كما اننا لاننا".split())
_EDITORIAL_RE = re.compile(
    r"(?<![\w\u0640])(?:[وف]?(?:في\s*ما|كما)\s+يلي|[وف]?(?:ننشر|نعرض|نورد|ننقل)(?![\w\u0640])|"
    r"[وف]?(?:تنشر|يعرض|تعرض|ينشر)\s+(?:\S+\s+){0,3}?(?:في\s*ما|كما)\s+يلي)"
)
_EDITORIAL_HINTS = re.compile("يلي|ننشر|نعرض|نورد|ننقل")  # cheap tests before the regexes
_SCHEDULE_HINTS = re.compile("عقد|لتئم|ستأنف|ستانف|جتمع")
_SCHEDULE_VERB_RE = re.compile(r"(?<![\w\u0640])[وف]?س?[يت](?:عقد|نعقد|لتئم|ستانف|ستأنف|جتمع)(?![\w\u0640])")
_SCHEDULE_NOUN_RE = re.compile(
    r"(?:اجتماع|(?<!م)جلس(?:[ةهت]|ات)|دور[ةهت]|مؤتمر|قم[ةهت]|موعد|لقاء|جول[ةهت]|مفاوضات|محادثات)"
)


def _starts_word(text: str, i: int) -> bool:
    """``text[i]`` begins a word, perhaps after the conjunction و or ف."""
    if i > 0 and text[i - 1] in "وف":
        i -= 1
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "\u0640")


@lru_cache(maxsize=20_000)
def _future_verb(word: str) -> bool:
    """سأ/سن/ست/سي + an imperfect stem, not a noun of the same shape (سنوات، ستة، سيارة، سياسي، سيطروا)."""
    k = normalize_key(word)
    if len(k) < 5 or k.startswith(("سال", "سنو")) or k in event_verb_keys():  # سأل (asked), سنوات
        return False
    if word.startswith("سأ"):  # written with its hamza: I will
        return True
    if k.startswith("سا") or k.endswith(("ه", "ات", "ين", "ون", "ء")):
        return False
    return k.startswith("سن") or not k.endswith("ي")  # سنبني, but not سياسي


@lru_cache(maxsize=20_000)
def _past_verb(word: str) -> bool:
    """A past verb in -ت, not a noun ending in ت (أصوات، بيروت، الكويت، انترنت) nor ليست."""
    k = normalize_key(word.lstrip(_OPENERS))
    stem = k[1:] if len(k) > 4 and k[0] in "وف" else k  # وقالت، فرفضت
    return (
        4 <= len(k) <= 8
        and not k.endswith(("ات", "وت", "يت", "نت"))
        and not stem.startswith(("ال", "ي"))  # يثبت: an imperfect
        and stem != "ليست"
    )


def _explicit_date(dates: Sequence[DateMention]) -> bool:
    """A date with a year or a day number (قبل نهاية 2027، في 14 أيار), not غداً or العام المقبل."""
    return any(not d.relative or _DIGIT_RE.search(d.text) for d in dates)


def _concrete_figure(quantities: Sequence[Quantity]) -> bool:
    """A figure that is not only a span of time nor vague (ملايين الوظائف، عشرات; but خمسة مليارات)."""
    for q in quantities:
        if q.unit_key in _TIME_UNITS:
            continue
        words = [normalize_key(w).removeprefix("ال") for w in q.text.split()]
        if (
            _DIGIT_RE.search(q.text)
            or any(w in NUM_WORDS and w not in VAGUE for w in words)
            or VAGUE.keys().isdisjoint(words)
        ):
            return True
    return False


def _past_plural(text: str) -> bool:
    """A past verb in -نا after نحن/لقد/ثم or with و/ف opening the unit (نحن قدمنا، وأنجزنا),
    in -تم (وعدتم) or in -وا (قدموا، أضربوا; not an imperative opening the unit: ادعموا); not a
    noun with "our" (بلدنا، مدارسنا) nor لدينا."""
    for m in _FINAL_PLURAL_RE.finditer(text):
        start = text.rfind(" ", 0, m.start()) + 1
        end = start
        while end and text[end - 1].isspace():
            end -= 1
        begin = end
        while begin and not text[begin - 1].isspace():
            begin -= 1
        prev = text[begin:end]  # the word before ("" when the match opens the unit)
        if _plural_past_word(text[start : m.end()], normalize_key(prev.lstrip(_OPENERS)), not prev):
            return True
    return False


@lru_cache(maxsize=20_000)
def _plural_past_word(word: str, prev: str, first: bool) -> bool:
    """``word`` (after the key ``prev``; ``first``: it opens the unit) is a plural past verb."""
    k = normalize_key(word.lstrip(_OPENERS))
    bare = k[1:] if len(k) > 4 and k[0] in "وف" else ""  # وأنجزنا → انجزنا
    for stem in (k, bare):
        if not 4 <= len(stem) <= 8 or stem.startswith(("ال", "ي")) or stem in _NOT_PAST_PLURAL:
            continue
        if stem.endswith("نا") and not stem.endswith(("تنا", "ينا")):
            if prev in _PLURAL_VERB_LEADS or (first and stem == bare):
                return True
        elif len(stem) >= 5 and (
            stem.endswith("تم")
            or (stem.endswith("وا") and not stem.startswith(("ت", "ن")) and (not first or stem[0] != "ا"))
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def _unprefixed(key: str, entry: str) -> bool:
    """``key`` is ``entry`` alone or after و/ف, not after a preposition (كانت is not ك + أنت)."""
    e = normalize_key(entry).split()[0]
    return key == e or (key[:1] in "وف" and key[1:] == e)


def _is_tag(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is the word of a hashtag or a mention (``#كورونا``، ``@user``)."""
    return i > 0 and tokens[i - 1].text in "#@" and tokens[i - 1].end == tokens[i].start


def _digits_outside(tokens: Sequence[Token], dates: Sequence[DateMention]) -> bool:
    """A number that is not part of a date (a year alone is a date, not a figure), a link,
    a hashtag or a mention (``https://t.co/x1Y2``، ``#كوفيد_19``، ``@user123``)."""
    return any(
        t.is_number
        and not t.is_link
        and not _is_tag(tokens, i)
        and not any(d.start <= t.start < d.end for d in dates)
        for i, t in enumerate(tokens)
    )


def _kind(f: set[str], dates: Sequence[DateMention], published: date | None) -> str:
    """The claim's kind; "opinion" stands for the issue's "prediction/opinion"."""
    if "opinion" in f and "figure" not in f:
        return "opinion"
    if (
        "future" in f or "pledge" in f
    ) and "past" not in f:  # سيرتفع إلى 65 مليون دولار العام المقبل: a forecast to check later
        return "opinion"
    if "figure" in f:
        return "statistic"
    if "causal" in f:
        return "causal"
    if f & {"comparison", "superlative"}:
        return "comparison"
    if "attributed" in f:
        return "attributed"
    ref_year = (published or date.today()).year
    years = [
        int(d.value[:3] + "0" if d.value[3] == "X" else d.value[:4])
        for d in dates
        if d.value and len(d.value) >= 4
    ]
    if years and min(years) <= ref_year - 2:
        return "historical"
    if "event" in f or "date" in f:
        return "event"
    return "other"


WEIGHTS_FILE = LEXICONS / "scoring_weights.json"


@cache
def weights() -> tuple[float, dict[str, float]]:
    """(bias, weights) fitted by ``python -m app.analysis.fit_weights``; the prior without it."""
    if WEIGHTS_FILE.is_file():
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}
    return PRIOR_BIAS, dict(PRIOR_WEIGHTS)


def score(feats: Features) -> float:
    return _score_of(feats.present, feats.words)


@lru_cache(maxsize=8192)
def _score_of(present: frozenset[str], words: int) -> float:
    """Memoised: an article's units share a few hundred feature sets and lengths."""
    return probability(_z_of(present) + weights()[1]["length"] * length_term(words))


def probability(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=256)
def length_term(words: int) -> float:
    """log2 of the unit's length over LENGTH_REF words (twice as long: +1; shorter: 0, the
    binary "short" and "heading" features tell short units)."""
    return math.log2(max(words, LENGTH_REF) / LENGTH_REF)


@lru_cache(maxsize=4096)
def _z_of(present: frozenset[str]) -> float:
    """The bias plus the weights present, summed exactly (math.fsum): a frozenset's order follows
    the hash seed, and a plain sum's last bit with it, which could tip a score lying on the
    threshold one way in one run and the other way in the next."""
    bias, w = weights()
    return math.fsum((bias, *map(w.get, present, repeat(0.0))))


def line_features(line: str) -> Features:
    """Features of one line taken as a single unit (a fresh article with no context)."""
    tokens = tokenize(line)
    hits = scan(tokens)
    speaker = attribute(line, tokens, SpeakerMemory(), hits)
    return features(line, tokens, extract_quantities(line), extract_dates(line), speaker, None, hits)
