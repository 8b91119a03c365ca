"""Figures in Arabic news text: ``أكثر من مئتي جريح`` → 200 جريح, more_than.

A figure is a number (Western or Eastern digits, number words, or both: ``30 ألف``), with the
qualifier before it (نحو، أكثر من ...), the counted noun after it (a units lexicon gives the
singular key, so ``قتيلاً`` and ``قتلى`` compare equal), a percent sign or phrase, or a
currency. A bare dual of a countable noun (``جنديان``) counts 2. Numbers that belong to a date
(``عام 2020``، ``19 سبتمبر``) are left to :mod:`app.analysis.dates`; ordinals, times, phone
numbers and model names (``F-16``) are not figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from app.analysis.dates import date_spans
from app.analysis.numwords import (
    HUNDRED,
    NUM_WORDS,
    SCALE,
    TEEN,
    TEEN_HEADS,
    TEEN_TAILS,
    UNIT,
    VAGUE,
    Accumulator,
    NormText,
    UnitEntry,
    alternation,
    clamp_window,
    currency_adjectives,
    lookup_unit,
    parse_digits,
    units_lexicon,
)
from app.analysis.types import Quantity

__all__ = ["extract_quantities"]

_UNIT_FORMS = [w for w, n in NUM_WORDS.items() if n.kind == UNIT and n.value >= 3]
_WORDS = alternation([*NUM_WORDS, *VAGUE])
_PRE = r"(?P<pre>[وف]?(?:لل|[بل])?)"
_TOKEN = re.compile(
    rf"""{_PRE}(?:
        (?P<digits>\d+(?:[.,]\d+)*)
      | (?P<teen>(?P<head>{alternation([*TEEN_HEADS, *_UNIT_FORMS])})\s+(?:{alternation(TEEN_TAILS)}))(?!\w)
      | (?P<art>ال)?(?P<word>{_WORDS})(?!\w)
    )""",
    re.VERBOSE,
)
_DUALS = alternation([f for f, e in units_lexicon().items() if e.dual])
# A feminine dual noun followed by an adjective in the same dual (محطتين تحويليتين، لجنتان فرعيتان):
# two of a countable noun the units lexicon need not know (a plural would end in -ات).
# Found from the ending (a literal ت the regex engine skips to), the noun's start found by hand.
_FEM_DUAL_PAIR = re.compile(r"ت(?P<sfx>ين|ان)\s+(?:ال)?[^\W\d_]{2,}ت(?P=sfx)(?!\w)")
_FINDER = re.compile(
    rf"(?<!\w)[وفبل]{{0,3}}(?:\d|(?:ال)?(?:{alternation([*NUM_WORDS, *VAGUE, *TEEN_HEADS])})(?!\w)|(?P<dual>{_DUALS})(?!\w))"
)
# Feminine time nouns: their duals (ساعتين، سنتين، ليلتين) are spans of time, not figures.
_TIME_FEM_STEMS = frozenset("ساع سن دقيق ثاني ليل".split())
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}
_FRACTION_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<c>[وب]?)(?P<f>نصف|ربع|ثلث)\s+$")
_FRACTION_AFTER = re.compile(
    r"\s+و\s*(?P<f>نصف|ربع|ثلث)(?:\s+ال(?:الف|مليون|مليار))?(?!\w)"
)  # مليون ونصف المليون
_JOIN = re.compile(r"\s+(?:و\s+)?(?=\S)")

# Verb phrases are listed in the masculine; _qualifier_forms adds the feminine (تزيد على، تقل
# عن، تصل إلى) and, for "ما" phrases, both.
_QUALIFIERS = {
    "about": "نحو|حوالي|قرابه|زهاء|تقريبا|ما يقارب|يقارب|قارب|ما يقرب من|يقرب من|ما يناهز|يناهز|ناهز",
    "more_than": "اكثر من|ما يزيد علي|ما يزيد عن|يزيد علي|يزيد عن|زاد علي|زاد عن|ازيد من|فوق|ما يربو علي|"
    "يربو علي|ما يفوق|يفوق",
    "less_than": "اقل من|ما دون|دون|ما يقل عن|يقل عن|قل عن",
    "up_to": "ما يصل الي|يصل الي|حتي",
    "at_least": "علي الاقل|ما لا يقل عن|لا يقل عن",
}


_PAST_QUAL_VERBS = {"زاد": "زادت", "قل": "قلت", "قارب": "قاربت", "ناهز": "ناهزت"}


def _qualifier_forms(phrase: str) -> list[str]:
    """``phrase`` and its feminine form: يزيد علي → تزيد علي، ما يقل عن → ما تقل عن، زاد عن → زادت عن."""
    words = phrase.split()
    for i, w in enumerate(words):
        fem = "ت" + w[1:] if len(w) >= 3 and w[0] == "ي" else _PAST_QUAL_VERBS.get(w)
        if fem:
            return [phrase, " ".join([*words[:i], fem, *words[i + 1 :]])]
    return [phrase]


_QUAL_KIND = {
    form: kind
    for kind, phrases in _QUALIFIERS.items()
    for phrase in phrases.split("|")
    for form in _qualifier_forms(phrase)
}
# A verb a few words before the figure that bounds it: تجاوز عدد الزوار 150 ألفاً (more than),
# لن تتجاوز الزيادة 5% (up to), يقل متوسط الدخل عن 250 ديناراً (less than).
_EXCEED_VERBS = frozenset(
    "تجاوز تجاوزت يتجاوز تتجاوز تخطي تخطت يتخطي تتخطي تعدي تعدت يتعدي تتعدي فاق فاقت يفوق تفوق".split()
)
_BELOW_VERBS = frozenset("يقل تقل".split())
_QUAL_VERB_STEMS = ("جاوز", "تخط", "تعد", "فاق", "فوق", "يقل", "تقل")
_QUAL_VERB_FORMS = frozenset(
    p + v for v in _EXCEED_VERBS | _BELOW_VERBS for p in ("", "و", "ف", "ل")
)  # ليتجاوز
# Negations, also after و/ف (ولم تتجاوز، فلن يتجاوز); ما negates a past verb only (ما تجاوز عدد
# الحضور 200 = did not exceed), before a present one it is "what" (ما يتجاوز 200 = more than 200).
_NEGATIONS = frozenset(p + n for n in ("لا", "لن", "لم") for p in ("", "و", "ف"))
_PAST_NEGATIONS = frozenset(p + "ما" for p in ("", "و", "ف"))
_PAST_EXCEED = frozenset("تجاوز تجاوزت تخطي تخطت تعدي تعدت فاق فاقت".split())
_VERB_QUAL_WORDS = 6  # the verb and at most five words between it and the figure
_VERB_QUAL_BREAK = re.compile(r"[\d،,.؛:!?؟«»\"()\n]")
# After these (or a word with the clitic ب/ل) the figure belongs to a phrase of its own.
_PREPOSITIONS = frozenset("في من الي علي عن مع بعد قبل خلال منذ حتي بين لمده طوال مقابل".split())
_QUAL_ALT = alternation(_QUAL_KIND)
# و/ب before any phrase; ل only before a noun phrase (لأكثر من 20 عاماً، لنحو 300): before a
# verb it marks purpose (ارتفع لتصل إلى 1.4 تريليون: reaching, not "up to").
_QUAL_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<p>[وف]?[بل]?)(?P<q>{_QUAL_ALT})\s*(?:\$\s*)?$")
_QUAL_AFTER = re.compile(r"\s+(?P<q>تقريبا|علي\s+الاقل)(?!\w)")
_PERCENT = re.compile(r"\s*(?P<u>%|(?:في\s+ال|بال)م(?:ئ|ائ|ا|ي)ه)(?!\w)")
_VAGUE_SCALE = re.compile(r"\s+(?:من\s+)?ال(?P<s>الاف|الوف|ملايين|مليارات)(?!\w)")
_NEXT_WORD = re.compile(r"\s*(?P<of>من\s+)?(?P<w>[^\W\d_]+|[$€£])")
_ADJ = re.compile(rf"\s+(?P<a>{alternation(currency_adjectives())})(?!\w)")
_ORDINAL_BEFORE = re.compile(r"(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?\s+$")
# Words after which a number is a label, not a figure (رقم 5، المادة 12، الساعة 10، كوفيد 19).
_ID_WORDS = (
    "رقم الرقم هاتف الهاتف جوال الجوال واتساب فاكس ص.ب كوفيد covid ساعه الساعه الماده البند الفقره القرار "
    "الصفحه الفصل الجزء الحلقه الطبعه الدوره الجوله المقعد الدقيقه الدقيقتين الدقائق"
).split()  # الدقيقة 88: a minute of a match or of a programme is a moment, not a count
_ID_LAST_WORDS = frozenset([*_ID_WORDS, "ال"])  # الساعة الـ 8
_ID_BEFORE = re.compile(rf"(?:[+#]|(?:{alternation(_ID_WORDS)})(?:\s+ال)?)\s*[:：]?\s*$", re.IGNORECASE)
_QUAL_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _QUAL_KIND)
_TIME_AFTER = re.compile(r"\s*(?:ص|م|صباحا|مساء|ظهرا|فجرا)(?!\w)")
_NOT_A_FIGURE_AROUND = re.compile(r"[^\W\d_]-$|\d[:/]$|\d{3,}-$|[A-Za-z]$")
_NOT_A_FIGURE_AFTER = re.compile(r"(?:-[^\W\d_]|[:/]\d|-\d{3,}|[A-Za-z])")
# The second label of a list after an ID word (الدقيقتين 23 و71، المادتان 5 و6): a label too.
_ID_LIST_BEFORE = re.compile(rf"(?:{alternation(_ID_WORDS)})(?:\s+ال)?\s*\d+\s*(?:و|،|,)\s*$")
# A match's result (فاز بنتيجة 3-2، النتيجة 1 - 1): two small numbers around a dash.
_SCORE_BEFORE = re.compile(r"نتيجه\s*(?:\d{1,2}\s*-\s*)?$")


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    value: float
    vague: bool = False
    large: bool = False  # vague, or ends with a scale word: its noun may follow من (ألف من الجنود)
    digits_only: str | None = None  # the digit string when the number is digits alone


def _read_number(norm: str, pos: int) -> _Number | None:
    """The number starting at ``pos`` (digits and/or words), or None if it is no number."""
    acc = Accumulator()
    n: _Number | None = None
    p, prev_unit, vague, definite = pos, 0.0, False, False
    while (m := _TOKEN.match(norm, p)) is not None:
        pre = m.group("pre")
        if n is not None and pre not in ("", "و"):
            break
        if m.group("digits"):
            value = parse_digits(m.group("digits"))
            if value is None or not acc.add(value, "digits"):
                break
        elif m.group("teen"):
            head = m.group("head")
            if not acc.add((TEEN_HEADS[head] if head in TEEN_HEADS else NUM_WORDS[head].value) + 10, TEEN):
                break
        else:
            word, nw = m.group("word"), NUM_WORDS.get(m.group("word"))
            # العشرات، الدول الثلاث، الساعات الأربع والعشرين
            definite_ok = word in VAGUE or (nw is not None and (nw.definite_ok or definite))
            if m.group("art") and not definite_ok or (word == "ست" and pre.endswith("ل")):
                break
            if nw is None or (nw.kind == SCALE and word in VAGUE and acc.count == 0):
                if n is not None:
                    break
                vague = True
                value = VAGUE[word]
                acc.add(value, HUNDRED if value < 1e3 else SCALE)
            elif (
                nw.kind == HUNDRED
                and nw.value == 100
                and 3 <= prev_unit
                and norm[m.start() - 1] == " "
                and (acc.count == 1)
            ):
                acc.group, acc.filled = prev_unit * 100, {HUNDRED}  # ثلاث مئة
            elif not acc.add(nw.value, nw.kind):
                break
            prev_unit = nw.value if nw and nw.kind == UNIT else 0.0
            if word in ("عشر", "عشره") and n is None and _ORDINAL_BEFORE.search(norm[max(0, pos - 12) : pos]):
                return None  # القرن التاسع عشر
        definite = definite or (n is None and bool(m.group("art")))
        first = n.start if n else (m.start("digits") if m.group("digits") else pos)  # و138: span from 1
        n = _Number(
            first,
            m.end(),
            acc.value,
            vague,
            vague or acc.group == 0,
            m.group("digits") if acc.count == 1 else None,
        )
        if vague:
            break
        j = _JOIN.match(norm, m.end())
        if j is None:
            break
        p = j.end()
    if n is not None and vague and (s := _VAGUE_SCALE.match(norm, n.end)):
        n.value *= VAGUE[s.group("s")]
        n.end = s.end()
    elif n is not None and acc.last_scale < float("inf"):
        _fractions(norm, n, acc)
    return n


def _fractions(norm: str, n: _Number, acc: Accumulator) -> None:
    """``نصف مليون`` → 500,000; ``مليون ونصف`` → 1,500,000 (a fraction of the last scale word)."""
    if acc.count == 1 and (f := _FRACTION_BEFORE.search(norm, max(0, n.start - 12), n.start)):
        n.value *= _FRACTIONS[f.group("f")]
        n.start = f.start("f") - len(f.group("c"))
    if acc.group == 0 and (f := _FRACTION_AFTER.match(norm, n.end)):
        n.value += acc.last_scale * _FRACTIONS[f.group("f")]
        n.end = f.end()


def _last_word(before: str) -> str:
    """The last word of ``before`` (cheap pre-check before the anchored regexes)."""
    before = before.rstrip(" \t\n:：")
    return before[before.rfind(" ") + 1 :]


def _is_id_like(norm: str, n: _Number) -> bool:
    """Phone numbers, codes, times, model names: digits that are not a figure."""
    before = norm[max(0, n.start - 16) : n.start]
    last_char = before[-1:]
    if last_char and (last_char in "-:/" or (last_char.isascii() and last_char.isalpha())):
        if _NOT_A_FIGURE_AROUND.search(before):
            return True
    if last_char in "و،, " and _ID_LIST_BEFORE.search(norm, max(0, n.start - 30), n.start):
        return True
    if _SCORE_BEFORE.search(before) and (
        re.match(r"\s*-\s*\d{1,2}(?!\d)", norm[n.end : n.end + 6]) or before.rstrip().endswith("-")
    ):
        return True
    word = _last_word(before)
    word = word.lower()
    if (word in _ID_LAST_WORDS or word[1:] in _ID_LAST_WORDS or word[-1:] in "+#") and _ID_BEFORE.search(
        before
    ):
        return True
    if n.digits_only is None:
        return False
    if _NOT_A_FIGURE_AFTER.match(norm, n.end) or _TIME_AFTER.match(norm, n.end):
        return True
    d = n.digits_only
    return (len(d) > 1 and d[0] == "0" and d[1].isdigit()) or (d.isdigit() and len(d) >= 8)


_UNIT_PREFIXES = ("ال", "")
# An indefinite accusative noun (tanween alif): نوعاً، طالباً — not a verb in -وا, an adverb in
# -يا (سنوياً), a pronoun suffix (منها), a word after a conjunction (وهذا) or a few other adverbs.
_TAMYIZ = re.compile(r"(?!ال|و|ف)[^\W\d_]{3,}(?<![وي])(?<!ه)ا")
_NOT_TAMYIZ = frozenset(
    "تقريبا ايضا جدا فورا تماما مجددا مجانا معا هكذا لهذا كذلكا انما ربما طالما كلما عندما".split()
)


# Words that follow a number without being what it counts (prepositions, particles, pronouns,
# adverbs); a word ending in -ون/-وا is a verb or a nominative plural, in -يا an adverb (يومياً).
_NOT_COUNTED = frozenset(
    "من في علي الي عن مع منذ حتي ثم او ام بين خلال قبل بعد عند لدي نحو فقط ايضا منها منهم منهن "
    "منه فيها فيه عليها عليه له لها لهم كل هو هي هم وهو وهي التي الذي الذين اللذين ما لا لم لن قد "
    "اذ اذا فيما مقابل ضد دون سوي غير حين عندما لكن بل اي اخري اخرين اخرون اخر وفق بحسب حسب "
    "يوم امس اليوم غدا صباحا مساء ليلا فجرا ظهرا كما وقد وكان وكانت كان كانت".split()
)
_TIME_LIKE = re.compile(r"(?:ون|وا|يا)$")
_NOUN_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<w>(?P<p>[وفب]?|[وف]?ل(?=ل))ال[^\W\d_]{2,})\s+$")


def _counted_word(word: str, value: float, large: bool) -> UnitEntry | None:
    """A noun after a number that the units lexicon does not know, by the grammar of the
    counted noun: a plural after 3-10 (خمسة مراكز), a singular after 100s, thousands and
    millions (ألف فقيه، مليون سوري), an accusative singular after 11-99 (30 هزةً، 45 نوعاً)."""
    if (
        word in _NOT_COUNTED
        or word in _NOT_TAMYIZ
        or word.startswith("ال")
        or len(word) < 3
        or _TIME_LIKE.search(word)
    ):
        return None
    if not (large or 3 <= value <= 10 or value >= 100) and word[-1] not in "اه":
        return None
    if word[0] in "لبك" and word.endswith(("هم", "هن", "كم", "ها")):
        return None  # لغيرهم، بينها: a preposition with a pronoun
    rest = word[1:]
    if word[0] == "و" and (rest in NUM_WORDS or rest in VAGUE or rest.startswith("ال") or lookup_unit(rest)):
        return None  # ثلاثة وعشرة، خمسة والباقي: another number or phrase
    return UnitEntry(word[:-1] if word.endswith("ا") and len(word) > 3 else word, "count")


def _unit_after(norm: str, pos: int, large: bool, value: float = 0.0) -> tuple[int, str, UnitEntry] | None:
    """The counted noun after a number; ``من ال...`` only after a large one (مليون من اللاجئين)."""
    m = _NEXT_WORD.match(norm, pos)
    if m is None:
        return None
    word = m.group("w")
    entry = lookup_unit(word, _UNIT_PREFIXES)
    if entry is None and not m.group("of") and _TAMYIZ.fullmatch(word) and word not in _NOT_TAMYIZ:
        entry = UnitEntry(word[:-1], "count")  # 45 نوعاً: an accusative noun after 11..99 is counted
    if entry is None and not m.group("of") and value == int(value):
        entry = _counted_word(word, value, large)
    if entry is None or (m.group("of") and not (large and word.startswith(("ال", "لل")))):
        return None
    return m.end(), word, entry


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of the sorted, disjoint ``spans``."""
    i = bisect_left(spans, (s, s))
    if i and spans[i - 1][1] > s:
        return True
    return i < len(spans) and spans[i][0] < e


def _figure(nt: NormText, n: _Number, verbs: bool = True) -> dict[str, object]:
    """Qualifier, percent, unit and currency around the number ``n``; returns Quantity fields."""
    norm = nt.text
    start, end = n.start, n.end
    fields: dict[str, object] = {"value": n.value, "qualifier": "more_than" if n.vague else None}
    before = norm[max(0, start - 24) : start]
    if before.endswith("%") and not _PERCENT.match(norm, end):  # %20 typed right-to-left
        start -= 1
        fields.update(unit="%", unit_key="%", is_percent=True)
    elif before.rstrip().endswith(("$", "€", "£")):
        symbol = before.rstrip()[-1]
        start = start - (len(before) - len(before.rstrip())) - 1
        entry = units_lexicon()[symbol]
        fields.update(unit=symbol, unit_key=entry.key, currency=entry.currency)
        before = norm[max(0, start - 24) : start]
    word = _last_word(before)
    if (
        (word in _QUAL_LAST_WORDS or word[1:] in _QUAL_LAST_WORDS or word[2:] in _QUAL_LAST_WORDS)
        and (q := _QUAL_BEFORE.search(before))
        and not (q.group("p").endswith("ل") and q.group("q")[0] in "يت" and q.group("q") != "تقريبا")
    ):
        start = start - len(before) + q.start()
        kind = _QUAL_KIND[re.sub(r"\s+", " ", q.group("q"))]
        if kind in _NEGATED_KIND and (
            _negated_before(norm, start) or (verbs and _verb_qualifier(norm, start) == "up_to")
        ):
            kind = _NEGATED_KIND[kind]  # لا يصلها أكثر من 2800، لم يزد عددهم على 40: at most
        fields["qualifier"] = kind
    if fields["qualifier"] is None:
        fields["qualifier"] = _verb_qualifier(norm, start) if verbs else None
    if (p := _PERCENT.match(norm, end)) is not None:
        end = p.end()
        fields.update(unit=nt.span(p.start("u"), p.end("u"))[2], unit_key="%", is_percent=True)
    elif "unit" not in fields and norm.startswith("ال", n.start) and (b := _NOUN_BEFORE.search(before)):
        # السنوات الأربع، الأشهر التسعة: a definite number word follows the noun it counts
        noun = b.group("w")[len(b.group("p")) :]
        entry = lookup_unit(noun) or UnitEntry(noun[2:], "count")
        start = start - len(before) + b.start("w") + len(b.group("p"))
        fields.update(unit=nt.span(start, start + len(noun))[2], unit_key=entry.key)
    elif "unit" not in fields and (u := _unit_after(norm, end, n.large, n.value)) is not None:
        end, word, entry = u
        fields.update(unit=nt.span(end - len(word), end)[2], unit_key=entry.key)
        if entry.kind == "currency":
            fields["currency"] = entry.currency or entry.key
            if (a := _ADJ.match(norm, end)) is not None:
                end = a.end()
                fields["currency"] = currency_adjectives()[a.group("a")]
    if (qa := _QUAL_AFTER.match(norm, end)) is not None:
        end = qa.end()
        fields["qualifier"] = fields["qualifier"] or ("about" if qa.group("q") == "تقريبا" else "at_least")
    fields["start"], fields["end"] = start, end
    return fields


# A negation at most _NEG_QUAL_WORDS words before a bound turns it round: لا يصلها أكثر من 2800،
# لا تزيد على 5% (at most); لم يقل عن 30 (at least); so does a negated exceeding verb a few words
# before (لم يتجاوز عدد المتقدمين أكثر من 60).
_NEGATED_KIND = {"more_than": "up_to", "less_than": "at_least"}
_QUAL_NEGATIONS = _NEGATIONS | {p + n for n in ("ليس", "ليست", "لست", "لسنا") for p in ("", "و", "ف")}
_NEG_QUAL_WORDS = 3


def _negated_before(norm: str, start: int) -> bool:
    """A negation among the last _NEG_QUAL_WORDS words before ``start``, in the same phrase."""
    for word in reversed(norm[max(0, start - 40) : start].split()[-_NEG_QUAL_WORDS:]):
        if word in _QUAL_NEGATIONS:
            return True
        if _VERB_QUAL_BREAK.search(word):
            return False
    return False


def _verb_qualifier(norm: str, start: int) -> str | None:
    """The bound a verb before the figure sets (see ``_EXCEED_VERBS``), within the same phrase."""
    words = norm[start - 60 if start > 60 else 0 : start].split()[-_VERB_QUAL_WORDS:]
    if _QUAL_VERB_FORMS.isdisjoint(words):  # the usual case: no such verb near
        return None
    last = words[-1]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word not in _QUAL_VERB_FORMS:
            if _VERB_QUAL_BREAK.search(word):
                return None  # punctuation or another number: another phrase
            continue
        word = word if word in _EXCEED_VERBS or word in _BELOW_VERBS else word[1:]  # وتجاوز
        before = words[i - 1] if i > 0 else ""
        negated = before in _NEGATIONS or (before in _PAST_NEGATIONS and word in _PAST_EXCEED)
        if word in _EXCEED_VERBS:
            if i < len(words) - 1 and (last in _PREPOSITIONS or last[:1] in "بل"):
                return None  # بعد 3 أشهر، بفارق 9 نقاط، لمدة 5 أيام: the figure is not what is exceeded
            return "up_to" if negated else "more_than"
        return None if last != "عن" or negated else "less_than"
    return None


def extract_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every figure in ``text[start:end]``, sorted, non-overlapping, offsets into ``text``."""
    start, end = clamp_window(text, start, end)
    nt = NormText.of(text[start:end])
    norm = nt.text
    if not _FINDER.search(norm):
        return _fem_dual_pairs(nt, start, []) if "ت" in norm else []
    dates = date_spans(nt)
    verbs = any(stem in norm for stem in _QUAL_VERB_STEMS)  # a bounding verb anywhere (rare)
    out: list[Quantity] = []
    last = 0
    for m in _FINDER.finditer(norm):
        if m.start() < last:
            continue
        core = m.start()
        if m.group("dual"):
            if m.group("dual").endswith("يين") and norm.endswith("لل", m.start(), m.start("dual")):
                continue  # للصحفيين: after the article a nisba form is the plural, not a dual
            entry = units_lexicon()[m.group("dual")]
            fields: dict[str, object] = {
                "value": 2.0,
                "unit_key": entry.key,
                "start": m.start(),
                "end": m.end(),
            }
            fields["unit"] = nt.span(m.start("dual"), m.end())[2]
        else:
            n = _read_number(norm, m.start())
            if n is None or _overlaps(dates, n.start, n.end) or _is_id_like(norm, n):
                continue
            fields, core = _figure(nt, n, verbs), n.start
        s, e = int(fields.pop("start")), int(fields.pop("end"))  # type: ignore[call-overload]
        if s < last:  # a qualifier reaching into the previous figure stays with it
            s = core
        s0, e0, surface = nt.span(s, e)
        out.append(Quantity(text=surface, start=start + s0, end=start + e0, **fields))  # type: ignore[arg-type]
        last = e
    if "ت" in norm:
        out = _fem_dual_pairs(nt, start, out)
    return out


def _fem_dual_pairs(nt: NormText, offset: int, found: list[Quantity]) -> list[Quantity]:
    """``found`` plus the feminine duals told by their dual adjective (see ``_FEM_DUAL_PAIR``)."""
    norm = nt.text
    spans = [(q.start - offset, q.end - offset) for q in found]
    extra: list[Quantity] = []
    for m in _FEM_DUAL_PAIR.finditer(norm):
        s = m.start()
        while s > 0 and (norm[s - 1].isalpha()):
            s -= 1
        word = norm[s : m.end("sfx")]
        noun = word[1:] if word[0] == "و" and len(word) > 6 else word
        noun = noun[2:] if noun.startswith("ال") else noun
        stem = noun[:-3]
        if len(stem) < 2 or stem in _TIME_FEM_STEMS or noun in NUM_WORDS or lookup_unit(noun) is not None:
            continue  # a time span, a number word (اثنتين), or a lexicon noun (found above)
        prev = norm[max(0, s - 30) : s].split()[-1:]
        if (prev and prev[0].endswith(m.group("sfx"))) or _overlaps(spans, s, m.end("sfx")):
            continue  # محطتين تحويليتين جديدتين: adjectives of the dual before them
        s0, e0, surface = nt.span(s, m.end("sfx"))
        extra.append(
            Quantity(
                text=surface, start=offset + s0, end=offset + e0, value=2.0, unit=surface, unit_key=stem + "ه"
            )
        )
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found
