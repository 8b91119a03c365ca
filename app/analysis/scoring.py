"""Check-worthiness: a hand-set logistic combination of features that generalise.

Features are linguistic, not topical: figures, percentages, money, dates, a named speaker or
reporting verb, named actors (titles, gazetteer of countries/organisations, speaker nouns),
comparisons, superlatives, causal connectives, quotes and past-tense event verbs raise the
score; headings, greetings, questions, opinion/obligation markers and hedges lower it. The
weights were set by hand on sentences written for Sanad, not fitted on evaluation data.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from app.analysis.lexicon import event_verb_keys, gazetteer, phrases, speaker_nouns
from app.analysis.tokens import Token, clitic_variants
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
}

BIAS = -2.3
WEIGHTS: dict[str, float] = {
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
    "opinion": -2.2,
    "question": -2.6,
    "greeting": -3.0,
    "heading": -1.6,
    "hedge": -0.6,
    "short": -1.4,
}
CURRENCY_KEYS = frozenset(
    "دولار دولارا دولارات يورو جنيه جنيها ريال ريالا درهم دينار دينارا ليره ليرات روبل يوان $ € £".split()
)
PERCENT_KEYS = frozenset({"%", "٪", "بالمئه", "بالمائه"})
QUESTION_KEYS = frozenset("هل لماذا كيف متي اين ماذا".split())
QUOTE_CHARS = "«»“”\""


@dataclass(frozen=True, slots=True)
class Features:
    present: frozenset[str]
    kind: str

    @property
    def reasons(self) -> list[str]:
        return [code for code in REASON_LABELS if code in self.present]


def _any_variant(tokens: Sequence[Token], keys: Collection[str]) -> bool:
    return any(v in keys for t in tokens for v in clitic_variants(t.key))


def _first_words(tokens: Sequence[Token], n: int) -> list[Token]:
    return [t for t in tokens if t.text[0].isalnum()][:n]


def features(
    text: str,
    tokens: Sequence[Token],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    speaker: Speaker | None,
    published: date | None = None,
) -> Features:
    words = [t for t in tokens if t.text[0].isalnum()]
    f: set[str] = set()
    keys = {t.key for t in tokens}
    if quantities or any(t.is_number for t in words):
        f.add("figure")
    if any(q.is_percent for q in quantities) or keys & PERCENT_KEYS or "في المئه" in " ".join(t.key for t in tokens):
        f.add("percentage")
    if any(q.currency for q in quantities) or _any_variant(words, CURRENCY_KEYS):
        f.add("money")
    if dates:
        f.add("date")
    if speaker is not None:
        f.add("attributed")
    if gazetteer().find_all(words) or phrases("titles.txt").find_all(tokens) or _any_variant(words, speaker_nouns()):
        f.add("named_actor")
    if phrases("comparatives.txt").find_all(words):
        f.add("comparison")
    if phrases("superlatives.txt").find_all(words):
        f.add("superlative")
    if phrases("causal.txt").find_all(words):
        f.add("causal")
    if any(c in text for c in QUOTE_CHARS) and speaker is not None:
        f.add("quote")
    if _any_variant(words, event_verb_keys()):
        f.add("event")
    if len(words) >= 8:
        f.add("long")
    if len(words) < 4:
        f.add("short")
    lead = _first_words(tokens, 4)
    if phrases("opinion.txt").find_all(lead) or (len(words) < 14 and phrases("opinion.txt").find_all(words)):
        f.add("opinion")
    if phrases("hedges.txt").find_all(words):
        f.add("hedge")
    stripped = text.rstrip(" \t»”\")")
    if stripped.endswith(("؟", "?")) or (lead and lead[0].key in QUESTION_KEYS):
        f.add("question")
    if phrases("greetings.txt").find_all(_first_words(tokens, 6)) and len(words) < 12:
        f.add("greeting")
    if len(words) <= 7 and not stripped.endswith((".", "!", "؟", "?", "…", "،", ":")) and not (
        f & {"event", "attributed", "figure"}
    ):
        f.add("heading")
    return Features(frozenset(f), _kind(f, dates, published))


def _kind(f: set[str], dates: Sequence[DateMention], published: date | None) -> str:
    if "opinion" in f and "figure" not in f:
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
    years = [int(d.value[:3] + "0" if d.value[3] == "X" else d.value[:4]) for d in dates if d.value and len(d.value) >= 4]
    if years and min(years) <= ref_year - 2:
        return "historical"
    if "event" in f or "date" in f:
        return "event"
    return "other"


def score(feats: Features) -> float:
    z = BIAS + sum(WEIGHTS.get(code, 0.0) for code in feats.present)
    return 1.0 / (1.0 + math.exp(-z))
