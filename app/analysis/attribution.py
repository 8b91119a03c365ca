"""Who said it: speaker span, reporting verb and channel of a unit.

Patterns (all on tokens with absolute offsets):

* verb–subject   ``قالت وزارة الدفاع الأذربيجانية إن ...`` — the noun phrase after the verb up
  to إن/أن/:/، or a channel phrase (``في بيان نشرته على تلغرام``);
* subject–verb   ``الوزارة قالت إن ...``;
* prepositional  ``وفقاً لـ / بحسب / نقلاً عن / حسب X``;
* pro-drop or anaphoric ``وأضافت أن`` / ``أضاف البيان`` — inherited: the last named speaker
  that agrees with the verb in gender (a feminine verb points to وزارة، الحكومة، السلطات);
* impersonal passive ``أفيد بأن`` / ``قيل إن`` — unknown speaker (start = -1).

Reporting verbs are recognised by camel-tools' analyser (clitics, person, gender, number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from app.analysis.lexicon import Match, gazetteer, phrases, scan
from app.analysis.morph import VerbInfo, agrees, noun_agreement, verb_info
from app.analysis.normalize import normalize_key
from app.analysis.tokens import ARABIC_LETTER_RE, Token, clitic_variants, tokenize
from app.analysis.types import Speaker

# Active participles of reporting verbs, masculine and feminine (مضيفاً، مبينةً): a circumstantial
# clause of the speaker's (قال الوزير مبيناً أن ...، مؤكدةً أن ...) that goes on with what they say.
PARTICIPLE_KEYS = frozenset(
    "قائلا قائله مضيفا مضيفه مشيرا مشيره موضحا موضحه مؤكدا مؤكده لافتا لافته منوها منوهه "
    "معتبرا معتبره محذرا محذره مبينا مبينه مشددا مشدده معلنا معلنه كاشفا كاشفه مستدركا مستدركه "
    "متابعا متابعه مردفا مردفه مبرزا مبرزه معربا معربه مذكرا مذكره مقرا مقره معترفا معترفه "
    "مطالبا مطالبه داعيا داعيه نافيا نافيه متسائلا متسائله مستشهدا مستشهده".split()
)
# Keys (normalize_key) that end a speaker's noun phrase.
COMPLEMENTISERS = frozenset("ان بان انه انها انهم انهما لان وان فان".split())
STOP_KEYS = COMPLEMENTISERS | frozenset(
    "في على عبر خلال امام لدي الي عن من مع بعد قبل حول امس اليوم غدا مساء صباح ظهر الذي التي الذين "
    "ما قوله قولها قولهم لوسائل لصحيفه لوكاله لقناه لموقع لـ ل انه "
    "حينها حينه حينذاك انذاك وقتها وقتذاك يومها".split()  # بحسب ما أعلنه النادي حينها: a time, not the name
) | PARTICIPLE_KEYS
DISCOURSE_KEYS = frozenset("لكن ولكن بينما فيما كما اما الا غير ان لان".split())
_PREP_ARTICLE = ("لل", "بال", "كال", "ولل", "وبال", "فلل", "فبال")
_QUOTE_OPEN, _QUOTE_CLOSE = "«“", "»”"
STOP_PUNCT = frozenset(':،,.؛;!؟?«»“”"()[]')
MAX_SPEAKER_TOKENS = 8
# A subject before its verb may come after a particle or an auxiliary and before a parenthetical
# (وكان المسح الوطني، الذي نشرته الدائرة في 2025، قد أظهر أن): the verb at most this far in.
MAX_SUBJECT_TOKENS = 16
# A preposition with a pronoun right after a verb (أعلن عنه، أشير إليه): not a subject.
PRONOUN_PP = frozenset("عنه عنها عنهم عنهما اليه اليها اليهم عليه عليها عليهم فيه فيها منه منها منهم".split())
RELATIVE_KEYS = frozenset("الذي التي الذين اللذين اللذان اللتين اللتان اللواتي اللاتي".split())
MAX_NAME_TOKENS = 5  # an honorific and a personal name after a title (الدكتورة سلمى بن يوسف)
RECALL_DEPTH = 30  # how many earlier speakers a pro-drop verb may refer back to
# A clause opening with these continues the previous clause's attribution (مضيفاً أن، وأن).
CONTINUATION_KEYS = PARTICIPLE_KEYS | frozenset("ان وان كما".split())
# Within a sentence, a clause opening with these goes on with what the clause before reported:
# an apposition or a reason (أي ...، إذ ...), a contrast (في حين، فيما، بينما), a change
# (بزيادة 5% على ...، بارتفاع ...، مقارنة بـ ...), what came after (بعد أن ...).
SENTENCE_CONTINUATION_KEYS = frozenset(
    "اي اذ فيما بينما وبينما بزياده بارتفاع بانخفاض بتراجع بنمو مقارنه".split()
)
SENTENCE_CONTINUATION_PAIRS = frozenset({("بعد", "ان"), ("في", "حين"), ("وفي", "حين")})
# Reporting verbs that are also common words in another sense; they report only before إن/أن/:.
# تبلغ مساحته، نقل الأموال، أضاف اللاعب الهدف الثاني (added a goal), أضافت الشركة فرعاً جديداً،
# أقر البرلمان الموازنة (passed; أقر الوزير بأن ... admitted).
NEEDS_COMPLEMENT = frozenset({"تابع", "رد", "ذكر", "ابلغ", "اظهر", "نقل", "اضاف", "اقر"})
COMPLEMENT_WINDOW = 12
RELAY_LEMMAS = frozenset({"نقل", "روي"})
OBJECT_LEMMAS = frozenset({"ادعي", "زعم"})  # claim something: ادعى وفاة ..., زعم وجود ...  # نقل/روى X عن Y: Y is the speaker
PLATFORMS = frozenset({"تلغرام", "تويتر/إكس", "فيسبوك", "إنستغرام", "يوتيوب", "تيك توك", "موقع رسمي"})
_DIGIT_RE = re.compile(r"\d")  # as Token.is_number
_GAZ_KIND = {"country": "government", "city": "government"}
# Whom a statement was made to (قال الوزير للصحفيين): after a name, not a part of it.
AUDIENCE_KEYS = frozenset(
    "للصحفيين للصحافيين للصحافه للاعلاميين للمراسلين للحضور للحاضرين للتلفزيون للاذاعه للقناه "
    "للوكاله للصحيفه للموقع للمحطه للشبكه".split()
)
# Heads of a noun phrase that measures something (يقدر عدد النازحين بـ): never a speaker.
QUANTITY_HEADS = frozenset("عدد قيمه حجم نسبه كلفه تكلفه اجمالي مجموع متوسط معدل".split())
LATEST_KEYS = frozenset("اخر احدث".split())
_AUTHORED_RE = re.compile(r"(?:اعد|اجر|اجرا|اصدر|نشر|اطلق|اعلن)ت?(?:ها|ه)$")
# ``وكانت الوزارة قد أعلنت``: the auxiliary and the particle are not part of the speaker.
AUXILIARY_KEYS = frozenset("كان وكان فكان كانت وكانت فكانت".split())
PARTICLE_KEYS = frozenset("قد لقد وقد".split())


@dataclass(slots=True)
class SpeakerMemory:
    """Speakers named so far in the article, most recent last, with their agreement features."""

    named: list[tuple[Speaker, str, str]] = field(default_factory=list)  # (speaker, gen, num)

    def remember(self, speaker: Speaker, gen: str, num: str) -> None:
        if speaker.start >= 0 and not speaker.inherited:
            self.named.append((speaker, gen, num))

    def recall(self, verb: VerbInfo | None, head_key: str | None = None) -> Speaker | None:
        for speaker, gen, num in reversed(self.named[-RECALL_DEPTH:]):
            if head_key and head_key not in normalize_key(speaker.text):
                continue
            if verb is None or agrees(verb, gen, num):
                return speaker
        return None


# Reporting verbs whose complement comes with ب (طالب بمزيد من الدعم، صرح بأرقام، اعترف بخطأ):
# an indefinite ب word right after one is that complement, not the speaker (بال… never is one).
_BI_VERBS = frozenset({"طالب", "صرح", "اعترف", "نوه", "أفاد", "أقر"})


def _bi_complement(tokens: Sequence[Token], i: int, info: VerbInfo) -> bool:
    if info.lemma not in _BI_VERBS or i + 1 >= len(tokens):
        return False
    key = tokens[i + 1].key
    return len(key) > 3 and key[0] == "ب" and gazetteer().match_at(tokens, i + 1) is None


def _is_word(tok: Token) -> bool:
    return _is_word_text(tok.text)


@lru_cache(maxsize=50_000)
def _is_word_text(text: str) -> bool:
    """Memoised by the token's text: speaker phrases are scanned word by word."""
    return text not in STOP_PUNCT and ARABIC_LETTER_RE.search(text) is not None or _DIGIT_RE.search(text) is not None


def _definite(tok: Token) -> bool:
    return _definite_key(tok.key)


@lru_cache(maxsize=50_000)
def _definite_key(key: str) -> bool:
    v = clitic_variants(key)
    return len(v) > 1 and v[-2].startswith("ال") or key.startswith("لل")


@lru_cache(maxsize=1024)
def _lemma_key(lemma: str) -> str:
    """The key of a reporting verb's lemma (a few dozen lemmas, looked up for every verb)."""
    return normalize_key(lemma)


def _institution(tokens: Sequence[Token], i: int) -> bool:
    """The phrase at ``i`` names an institution (which takes no personal name after it)."""
    agr = noun_agreement(tokens[i].text)
    if agr is not None:
        return agr[2] not in ("person", "unknown")
    g = gazetteer().match_at(tokens, i)
    return g is not None and g.value not in ("country", "city")


def _np_end(tokens: Sequence[Token], i: int, limit: int) -> int:
    """Index one past the noun phrase starting at ``i`` (``i`` when there is none).

    The phrase ends at punctuation, a complementiser or preposition (STOP_KEYS), another
    verb or a channel phrase. ``في`` may follow a person head (مسؤول في الوزارة). After the
    definite part of an institution's name (الجيش الإسرائيلي، وزارة الصحة) an indefinite
    word starts the object (أعلن الجيش الإسرائيلي مقتل ...).
    """
    chan = phrases("channels.txt")
    institution = i < limit and _institution(tokens, i)
    named: Match | None = None  # the known name at i, looked up when first needed
    looked = False
    seen_definite = False
    cap = i + MAX_SPEAKER_TOKENS
    j = i
    while j < limit and j < cap:
        tok = tokens[j]
        if j > i and tok.key[:1] == "ل" and _audience(tokens, i, j, limit):
            break  # قال المتحدث أحمد سالم للموقع إن: whom he said it to
        if j > i and seen_definite and tok.key[:1] == "ل" and _name_continues(tokens, i, j, limit, institution):
            j += 1
            continue
        if (
            tok.key == "في"
            and _person_head(tokens[i])
            and j + 1 < limit
            and (j == i + 1 or (j == i + 2 and _definite(tokens[i + 1]) and _place(tokens, j + 1)))
        ):  # مسؤول في الوزارة، ممثل المفوضية في الأردن (not: وزير الخارجية في المؤتمر الصحفي)
            nxt = tokens[j + 1]
            if _definite(nxt) and not chan.match_at(tokens, j + 1):
                j += 1
                continue
        if j > i and _person_head(tokens[i]):
            k = _name_after_place(tokens, j, limit)
            if k:  # مدير مكتب الصحة في الحديدة عبد الله الزبيدي، المدير الفني للنادي مارسيل كولر
                j, cap = k, max(cap, k + MAX_NAME_TOKENS)  # a long title leaves room for the name
                continue
        if tok.text in STOP_PUNCT or tok.key in STOP_KEYS or not _is_word(tok):
            break
        if tok.key.startswith(_PREP_ARTICLE):  # للوزارة، بالجيش: not a subject ...
            if j == i or not (gazetteer().match_at(tokens, j) or noun_agreement(tok.text)):
                break  # ... and للصحفيين is the audience; للأمم المتحدة may complete a title

        # (a channel phrase can only start with a first word of the list: checked before the call)
        if j > i and (
            verb_info(tok.key) is not None
            or (tok.key in chan.by_first and chan.match_at(tokens, j, clitics=False))
        ):
            break
        definite = _definite(tok)
        if institution and seen_definite and not definite and tok.key != "باسم" and not tok.is_number:
            break
        if definite and seen_definite:
            if not looked:
                named, looked = gazetteer().match_at(tokens, i), True
            if named is not None and j == named.last and not _nisba_or_li(tok.key):
                break  # دعت الأمم المتحدة المجتمع الدولي: after a known name, the object
        seen_definite = seen_definite or definite
        j += 1
    return j


def _name_after_place(tokens: Sequence[Token], j: int, limit: int) -> int:
    """After a person's title, ``في`` + a place or a ``لل`` word (the employer) and then a
    personal name, perhaps after an honorific (``في الأردن الدكتورة سلمى ...``): the index of the
    honorific or the name, else 0. The name is an indefinite word that no lexicon knows followed
    by another word (عبد الله الزبيدي، مارسيل كولر)."""
    key = tokens[j].key
    if key == "في" and j + 1 < limit and (_definite(tokens[j + 1]) or _place(tokens, j + 1)):
        place = gazetteer().match_at(tokens, j + 1)
        k = place.last if place is not None else j + 2
    elif key.startswith("لل") and key not in AUDIENCE_KEYS and len(key) > 3:
        k = j + 1
    else:
        return 0
    title = phrases("titles.txt").match_at(tokens, k) if k < limit else None
    name = title.last if title is not None else k
    if name + 1 >= limit:
        return 0
    first, second = tokens[name], tokens[name + 1]
    for tok in (first, second):
        if tok.key in STOP_KEYS or not _is_word(tok) or tok.is_number or verb_info(tok.key) is not None:
            return 0
    if _definite(first) or noun_agreement(first.text) is not None or gazetteer().match_at(tokens, name):
        return 0
    return k


def _audience(tokens: Sequence[Token], i: int, j: int, limit: int) -> bool:
    """A ل word right before what is said (إن/أن/:/«) after a personal name (``أحمد سالم
    للوحدة إن``، ``ليلى حداد لـ"الشرق":``): the audience, as a personal name takes no ل
    complement (an institution's may: المركز الوطني للإحصاء)."""
    key = tokens[j].key
    nxt = j + 1 if key not in ("ل", "لـ") else j + 2  # لـ "الموقع"
    while nxt < limit and (tokens[nxt].text in "«“\"" or (nxt <= j + 2 and _definite(tokens[nxt]))):
        nxt += 1  # لـ"الشرق"، للجنة التحقيق
    if nxt < limit and tokens[nxt].key not in COMPLEMENTISERS and tokens[nxt].text not in (":", "："):
        return False
    return _personal_name_in(tokens, i, j)


def _personal_name_in(tokens: Sequence[Token], i: int, j: int) -> bool:
    """tokens[i:j] hold a personal name after a definite title: an indefinite word that no
    lexicon knows (أحمد، نادية) after a definite one (المتحدث باسم الوزارة أحمد سالم)."""
    seen_definite = False
    for k in range(i, j):
        tok = tokens[k]
        if _definite(tok):
            seen_definite = True
        elif (
            seen_definite
            and _is_word(tok)
            and not tok.is_number
            and tok.key not in STOP_KEYS
            and noun_agreement(tok.text) is None
            and gazetteer().match_at(tokens, k) is None
            and verb_info(tok.key) is None
        ):
            return True
    return False


def _name_continues(tokens: Sequence[Token], i: int, j: int, limit: int, institution: bool) -> bool:
    """An institution's name goes on with ل: ``المركز الوطني لرصد الزلازل``، ``المفوضية السامية
    لشؤون اللاجئين``، ``مدير المعهد الوطني للتراث`` — a لل word (not an audience: للصحفيين), or ل +
    an indefinite noun with a definite one after it — when the phrase so far names an institution."""
    key = tokens[j].key
    if len(key) < 4 or key[0] != "ل" or key in AUDIENCE_KEYS or key in STOP_KEYS:
        return False
    if not key.startswith("لل"):
        if j + 1 >= limit or not _definite(tokens[j + 1]) or tokens[j + 1].key in STOP_KEYS:
            return False
    if verb_info(key) is not None:
        return False
    return institution or any(_institution(tokens, k) for k in range(i, j))


def _place(tokens: Sequence[Token], i: int) -> bool:
    g = gazetteer().match_at(tokens, i)
    return g is not None and g.value in ("country", "city")


def _nisba_or_li(key: str) -> bool:
    """An adjective of origin (الفلسطينية، الدولي) or a ل complement that may extend a name."""
    stem = clitic_variants(key)[-1]
    return stem.endswith(("ي", "يه", "يين", "يون")) or key.startswith("لل")


def _person_head(tok: Token) -> bool:
    agr = noun_agreement(tok.text)
    return agr is not None and agr[2] in ("person", "unknown")


def _kind_hint(tokens: Sequence[Token], i: int, j: int) -> tuple[str, str, str]:
    """(kind, gen, num) of the noun phrase tokens[i:j]."""
    g = gazetteer().match_at(tokens, i)
    head = noun_agreement(tokens[i].text)
    if head:
        return head[2], head[0], head[1]
    if g:
        return _GAZ_KIND.get(g.value, g.value), "f" if g.value in ("country", "city") else "na", "s"
    if phrases("titles.txt").match_at(tokens, i):
        return "person", "na", "s"
    if _definite(tokens[i]):  # الخارجية الروسية: a definite name is rarely a person's
        return "organisation", "na", "s"
    return ("person" if j - i >= 2 else "unknown"), "na", "s"


def _speaker(
    text: str, tokens: Sequence[Token], i: int, j: int, kw: dict[str, object], shift: int = 0
) -> tuple[Speaker, str, str]:
    """The speaker tokens[i:j]; ``shift`` skips a clitic at its start (لمنظمة → منظمة)."""
    kind, gen, num = _kind_hint(tokens, i, j)
    start, end = tokens[i].start + shift, tokens[j - 1].end
    span = text[start:end]
    sp = Speaker(text=span, start=start, end=end, key=normalize_key(span), kind_hint=kind, **kw)  # type: ignore[arg-type]
    return sp, gen, num


def _channel(hits: dict[str, list[Match]], lo: int) -> str | None:
    found = [m.value for m in hits.get("channels.txt", []) if m.first >= lo]
    if not found:
        return None
    platforms = [c for c in found if c in PLATFORMS]
    return platforms[0] if platforms else found[0]


def _verb_kw(text: str, tok: Token, channel: str | None) -> dict[str, object]:
    return {"verb": tok.text, "verb_start": tok.start, "verb_end": tok.end, "channel": channel}


def _li_clitic(tok: Token, letters: str = "ل") -> int:
    """1 when the word is the preposition ل (or another of ``letters``) glued to a known name or
    noun (لمنظمة، بمدير), else 0."""
    key = tok.key
    if len(key) < 4 or key[0] not in letters or key[1] == "ل" or len(tok.text) < 2:
        return 0
    rest = key[1:]
    known = rest in gazetteer().by_first or noun_agreement(tok.text[1:]) is not None
    return 1 if known else 0


def _prepositional(
    text: str, tokens: Sequence[Token], mem: SpeakerMemory, hits: dict[str, list[Match]]
) -> Speaker | None:
    for m in hits.get("attribution_markers.txt", []):
        k = m.last
        if k < len(tokens) and tokens[k].key in ("ل", "لـ"):
            k += 1
        if k < len(tokens) and tokens[k].key == "ما":  # بحسب ما قالت الوزارة، بحسب ما أعلنه النادي
            k += 1
            if k < len(tokens) and (_verb_with_object(tokens[k].key) or _AUTHORED_RE.match(tokens[k].key)):
                k += 1
        channel = _channel(hits, k)
        if k + 2 < len(tokens) and clitic_variants(tokens[k].key)[-1] in LATEST_KEYS:
            k += 1  # بحسب آخر إحصاء، وفقاً لأحدث تقرير
        doc = noun_agreement(tokens[k].text) if k + 1 < len(tokens) else None
        if doc is not None and doc[2] == "document" and not _described(tokens, k + 1):
            # بحسب تقرير لمنظمة ...، وفقاً لتقديرات ...: the author speaks; but in بحسب تقارير
            # أممية the document, with the adjective that says whose it is, is the source
            channel = channel or tokens[k].text[_li_clitic(tokens[k]) :]
            k += 1
            if k + 1 < len(tokens) and _AUTHORED_RE.match(tokens[k].key):
                k += 1  # دراسة أعدتها منظمة العمل، مسح أجراه الجهاز: the author speaks
        j = _np_end(tokens, k, len(tokens))
        if j > k:
            first, last = tokens[m.first], tokens[m.last - 1]
            kw = {"verb": text[first.start : last.end], "verb_start": first.start, "verb_end": last.end,
                  "channel": channel}
            sp, gen, num = _speaker(text, tokens, k, j, kw, _li_clitic(tokens[k]))
            mem.remember(sp, gen, num)
            return sp
    return None


@lru_cache(maxsize=4096)
def _verb_with_object(key: str) -> bool:
    """A verb, perhaps with an object pronoun (أعلنه، نشرتها، ذكرهم) as after ``بحسب ما``."""
    if verb_info(key) is not None:
        return True
    for suffix in ("ه", "ها", "هم", "هما"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3 and verb_info(key[: -len(suffix)]) is not None:
            return True
    return False


def _described(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is an indefinite adjective of origin describing the document before it
    (تقارير أممية، تقديرات رسمية، بيانات حكومية), not the start of its author's name."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if _definite(tok) or tok.key in STOP_KEYS or not _is_word(tok) or noun_agreement(tok.text) is not None:
        return False
    stem = clitic_variants(tok.key)[-1]
    return stem.endswith(("يه", "يين", "يون")) or (stem.endswith("ي") and len(stem) > 4)


def fronted_source(tokens: Sequence[Token], hits: dict[str, list[Match]], speaker: Speaker) -> bool:
    """``speaker`` was named by an "according to" marker that opens the unit (``وبحسب X،``،
    ``ج - وفقاً لدراسة ...،``): the source of the clauses that follow in its sentence."""
    markers = hits.get("attribution_markers.txt")
    if not markers or speaker.start < 0:
        return False
    m = markers[0]
    if m.first > 2 or speaker.verb_start != tokens[m.first].start:
        return False
    return all(len(tokens[k].key) <= 1 or not _is_word(tokens[k]) for k in range(m.first))


def trailing_source(text: str, tokens: Sequence[Token], hits: dict[str, list[Match]]) -> Speaker | None:
    """The source a sentence names at its end (``...، بحسب بيانات البورصة``): an "according to"
    marker opening the sentence's last clause or right after a ``،`` in it, with no ``،`` after
    it; None when there is none."""
    markers = hits.get("attribution_markers.txt")
    if not markers:
        return None
    m = markers[-1]
    if m.first and tokens[m.first - 1].text != "،":
        return None
    if any(tok.text == "،" for tok in tokens[m.last :]):
        return None  # بحسب X، ...: a fronted source is the next clause's, not the sentence's
    found = _prepositional(text, tokens, SpeakerMemory(), {**hits, "attribution_markers.txt": [m]})
    return found


def _find_verb(tokens: Sequence[Token], quoted: bool = False) -> tuple[int, VerbInfo] | None:
    """The first reporting verb of the unit, not one inside a quotation (``قال: «أبلغني المدير
    أن ...»``: the quoted speaker reports, the unit's speaker is the one who quotes); ``quoted``
    when the unit starts inside a quotation opened before it."""
    depth = 1 if quoted else 0
    # straight quotes are counted only when they pair up in the unit (else one may close an
    # earlier quotation or open a later one)
    straight: bool | None = None  # counted at the first one
    inside_straight = False
    for i, tok in enumerate(tokens):
        if len(tok.key) < 2:
            text = tok.text
            if text in _QUOTE_OPEN:
                depth += 1
            elif text in _QUOTE_CLOSE:
                depth = max(0, depth - 1)
            elif text == '"':
                if straight is None:
                    straight = sum(1 for t in tokens if t.text == '"') % 2 == 0
                inside_straight = straight and not inside_straight
            continue
        if depth or inside_straight:
            continue
        info = verb_info(tok.key)
        if info is None or info.per != "3":
            continue
        if _lemma_key(info.lemma) in NEEDS_COMPLEMENT:  # مستشفى تابع للوزارة is no speech
            window = {t.key for t in tokens[i + 1 : i + 1 + COMPLEMENT_WINDOW]}
            if not window & (COMPLEMENTISERS | {":", "قائلا", "قائله"}):
                continue
        return i, info
    return None


def _subject_before(tokens: Sequence[Token], i: int, info: VerbInfo) -> int | None:
    """Start of a known speaker noun phrase right before the verb (``الحكومة تعلن``), if any.

    ``لكن مسؤولاً في الوزارة قال``: a person head may carry ``في`` + its place of work, and a
    leading discourse particle is not part of the phrase.
    """
    if info.conj or i == 0:
        return None
    k = i
    while k > 0 and i - k < 6 and _is_word(tokens[k - 1]):
        prev = tokens[k - 1]
        if prev.key in STOP_KEYS and not (prev.key == "في" and k >= 2 and _person_head(tokens[k - 2])):
            break
        k -= 1
    while k < i and tokens[k].key in DISCOURSE_KEYS:
        k += 1
    if k == i:
        return None
    agr = noun_agreement(tokens[k].text)
    if agr is not None:
        return k if agrees(info, agr[0], agr[1]) else None
    g = gazetteer().match_at(tokens, k)
    return k if g is not None and g.last == i else None


def attribute(
    text: str,
    tokens: Sequence[Token],
    mem: SpeakerMemory,
    hits: dict[str, list[Match]] | None = None,
    quoted: bool = False,
) -> Speaker | None:
    """The speaker of the unit whose tokens are ``tokens`` (updates ``mem``); ``quoted`` when the
    unit starts inside a quotation (its verbs, up to the quotation's end, are not the unit's).

    ``hits`` is the unit's :func:`~app.analysis.lexicon.scan`, computed when not given.
    """
    hits = scan(tokens) if hits is None else hits
    found = _find_verb(tokens, quoted)
    if found is None:
        return _prepositional(text, tokens, mem, hits)
    i, info = found
    vt = tokens[i]
    channel = _channel(hits, i + 1)
    kw = _verb_kw(text, vt, channel)
    if info.passive or (i + 1 < len(tokens) and clitic_variants(tokens[i + 1].key)[-1] in QUANTITY_HEADS):
        # أفيد بأن، يقدر عدد ... بـ: no speaker named here, unless "according to" names one
        prep = _prepositional(text, tokens, mem, hits)
        return prep or Speaker(text="", start=-1, end=-1, kind_hint="unknown", **kw)  # type: ignore[arg-type]
    if i + 1 < len(tokens) and tokens[i + 1].key in PRONOUN_PP:
        # المشروع أعلن عنه مرتين: unvowelled أُعلن عنه, a passive with no speaker (the pronoun is the
        # noun before); but in أعلن عنه الوزير أمس the subject follows the pronoun
        k = i + 2
        j = _np_end(tokens, k, len(tokens)) if k < len(tokens) and _definite(tokens[k]) else k
        if j == k:
            return Speaker(text="", start=-1, end=-1, kind_hint="unknown", **kw)  # type: ignore[arg-type]
        sp, gen, num = _speaker(text, tokens, k, j, kw)
        mem.remember(sp, gen, num)
        return sp
    pre = _subject_before(tokens, i, info)
    if pre is not None:
        sp, gen, num = _speaker(text, tokens, pre, i, kw)
        mem.remember(sp, gen, num)
        return sp
    j = i + 1 if _bi_complement(tokens, i, info) else _np_end(tokens, i + 1, len(tokens))
    if j > i + 1 and _claimed_object(tokens, i, j, info):
        j = i + 1  # منشوراً يدعي وفاة 30 طفلاً: what is claimed, not who claims it
    if j > i + 1:
        head = tokens[i + 1]
        agr = noun_agreement(head.text)
        if j == i + 2 and agr and head.key != clitic_variants(head.key)[-1]:
            # a lone definite noun (البيان، الوزارة): refer back to the speaker it names
            is_doc = agr[2] == "document"  # البيان agrees with the verb, not with its author
            inherited = mem.recall(None, None) if is_doc else mem.recall(info, clitic_variants(head.key)[-1])
            if inherited is not None:
                if not is_doc:
                    inherited = _author(inherited, clitic_variants(head.key)[-1])
                own = phrases("channels.txt").match_at(tokens, i + 1) if is_doc else None
                doc_channel = channel or (own.value if own else None)
                return _inherit(inherited, kw, doc_channel)
        relayed = _relayed(text, tokens, i, j, info, kw)
        if relayed is not None:
            mem.remember(*relayed)
            return relayed[0]
        sp, gen, num = _speaker(text, tokens, i + 1, j, kw)
        if agr is None or agrees(info, gen, num) or num == "p":
            mem.remember(sp, gen, num)
            return sp
    if j == i + 1 and i >= 2 and tokens[i - 1].key in RELATIVE_KEYS:
        span = _antecedent(tokens, i - 1)  # مع وزارة الصحة، التي أكدت أن: the ministry said
        if span is not None:
            sp, gen, num = _speaker(text, tokens, *span, kw, _li_clitic(tokens[span[0]], "لب"))
            if gen == "na" or agrees(info, gen, num):
                mem.remember(sp, gen, num)
                return sp
    opening = _opening_subject(tokens, i) if j == i + 1 else None
    if opening is not None:  # نشرت صفحة ... منشوراً يدعي أن: the page claims it
        sp, gen, num = _speaker(text, tokens, *opening, kw)
        mem.remember(sp, gen, num)
        return sp
    if 0 < i <= MAX_SUBJECT_TOKENS and not info.conj:
        s = 1 if tokens[0].key in AUXILIARY_KEYS else 0
        while s < i and tokens[s].key in DISCOURSE_KEYS:  # لكن الجدول المنشور ... يظهر أن
            s += 1
        e = i - 1 if tokens[i - 1].key in PARTICLE_KEYS else i
        m = _np_end(tokens, s, e) if s < e else s
        if s < m < e - 1 and s > 0 and tokens[m].text == "،" and tokens[e - 1].text == "،":
            e = m  # وكان المسح، الذي نشرته الدائرة، قد أظهر: a parenthetical between the subject and قد
        elif s < m < e - 1 and e - s <= MAX_SPEAKER_TOKENS + 2 and tokens[m].key in ("علي", "في"):
            # التقرير المنشور على موقع الهيئة يظهر أن: a subject with a place or a medium
            m = e if _np_end(tokens, m + 1, e) == e else m
        if s < e and m == e:
            sp, gen, num = _speaker(text, tokens, s, e, kw)
            mem.remember(sp, gen, num)
            return sp
    prep = _prepositional(text, tokens, mem, hits)
    if prep is not None:
        return prep
    previous = mem.recall(info)
    if previous is not None:
        return _inherit(previous, kw, channel)
    return Speaker(text="", start=-1, end=-1, kind_hint="unknown", **kw)  # type: ignore[arg-type]


def _claimed_object(tokens: Sequence[Token], i: int, j: int, info: VerbInfo) -> bool:
    """After ادعى/زعم an indefinite phrase not followed by أن/إن/: is what is claimed (يدعي وفاة
    30 طفلاً); one followed by them is the claimant (زعم مسؤول أن ...)."""
    if _lemma_key(info.lemma) not in OBJECT_LEMMAS or _definite(tokens[i + 1]):
        return False
    return j >= len(tokens) or (tokens[j].key not in COMPLEMENTISERS and tokens[j].text not in (":", "："))


def _verb_like(tok: Token) -> bool:
    """A unit's first word that may be a verb the lexicons do not know (نشرت، واختتم، زار): a word,
    not a number, not definite, not a particle or preposition, not a speaker noun."""
    return (
        _is_word(tok)
        and not tok.is_number
        and not _definite(tok)
        and tok.key not in STOP_KEYS
        and tok.key not in DISCOURSE_KEYS
        and noun_agreement(tok.text) is None
    )


def _opening_subject(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """The subject of another verb opening the unit before the reporting verb at ``i`` (``نشرت
    صفحة ... منشوراً يدعي``): a speaker noun right after the unit's first word, the whole phrase
    when it is definite, the noun alone when not (what follows it describes it)."""
    if i < 3 or len(tokens) < 3:
        return None
    first, second = tokens[0], tokens[1]
    if (
        not _verb_like(first)
        or first.key in AUXILIARY_KEYS  # وكان النائب العام قد أعلن: the reporting verb's own subject
        or noun_agreement(second.text) is None
    ):
        return None
    end = _np_end(tokens, 1, i) if _named_phrase(tokens, 1) else 2
    return (1, end) if end > 1 else None


def _named_phrase(tokens: Sequence[Token], k: int) -> bool:
    """The noun at ``k`` is definite or in a construct with a definite word (وزارة التربية): its
    phrase names someone; an indefinite noun (حساب على منصة، صفحة تحمل اسم) stands alone."""
    return _definite(tokens[k]) or (k + 1 < len(tokens) and _definite(tokens[k + 1]))


def _author(previous: Speaker, head: str) -> Speaker:
    """``وقالت الوزارة`` after ``بيانات وزارة المالية``: the ministry, the author named in the
    document's phrase (from the word whose stem is ``head``), not the document."""
    if previous.kind_hint != "document":
        return previous
    for tok in tokenize(previous.text)[1:]:
        if head in clitic_variants(tok.key):
            agr = noun_agreement(tok.text)
            name = previous.text[tok.start :]
            return replace(
                previous, text=name, start=previous.start + tok.start, key=normalize_key(name),
                kind_hint=agr[2] if agr is not None else "organisation",
            )
    return previous


def _antecedent(tokens: Sequence[Token], r: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``r`` refers to (``مع وزارة الصحة، التي``): the known
    speaker phrase that ends right before it (and its comma), else None."""
    e = r - 1 if r > 0 and tokens[r - 1].text == "،" else r
    lo = e
    while lo > 0 and e - lo < MAX_SPEAKER_TOKENS and _is_word(tokens[lo - 1]) and tokens[lo - 1].key not in STOP_KEYS:
        lo -= 1
    for k in range(lo, e):
        known = noun_agreement(tokens[k].text) is not None or gazetteer().match_at(tokens, k) is not None
        if known and _np_end(tokens, k, e) == e:
            return k, e
    return None


def _relayed(
    text: str, tokens: Sequence[Token], i: int, j: int, info: VerbInfo, kw: dict[str, object]
) -> tuple[Speaker, str, str] | None:
    """``نقلت وكالة رويترز عن مسؤول أمني``: the speaker is the one quoted, the outlet the channel."""
    if _lemma_key(info.lemma) not in RELAY_LEMMAS or j >= len(tokens) or tokens[j].key != "عن":
        return None
    k = _np_end(tokens, j + 1, len(tokens))
    if k == j + 1:
        return None
    outlet = text[tokens[i + 1].start : tokens[j - 1].end]
    return _speaker(text, tokens, j + 1, k, {**kw, "channel": outlet})


def _inherit(previous: Speaker, kw: dict[str, object], channel: str | None) -> Speaker:
    return Speaker(
        text=previous.text,
        start=previous.start,
        end=previous.end,
        verb=kw["verb"],  # type: ignore[arg-type]
        verb_start=kw["verb_start"],  # type: ignore[arg-type]
        verb_end=kw["verb_end"],  # type: ignore[arg-type]
        channel=channel or previous.channel,
        key=previous.key,
        inherited=True,
        kind_hint=previous.kind_hint,
    )


@lru_cache(maxsize=4096)
def _word_stems(key: str) -> frozenset[str]:
    """The words of a speaker's key without their clitics (looked up for each unit)."""
    return frozenset(clitic_variants(w)[-1] for w in key.split())


def agent(text: str, tokens: Sequence[Token], mem: SpeakerMemory) -> Speaker | None:
    """The subject of the verb that opens a unit with no reporting verb, when it is a speaker
    named before (``واختتم الوزير المؤتمر بدعوة ...``، ``وزار الخوالدة المستشفى``) or a speaker
    noun (``تداول حساب على منصة إكس صورة ...``، ``نشرت الوزارة جدولاً``), which is then remembered
    for a pro-drop verb after it: the one a participle clause after it speaks for (``...،
    مؤكداً أن ...``، ``قائلاً إن ...``)."""
    if len(tokens) < 3:
        return None
    verb, subject = tokens[0], tokens[1]
    if not _verb_like(verb) or not _is_word(subject):
        return None
    head = clitic_variants(subject.key)[-1]
    if len(head) < 3 or head in STOP_KEYS:
        return None
    for speaker, _gen, _num in reversed(mem.named[-RECALL_DEPTH:]):
        if head in _word_stems(speaker.key or ""):
            return speaker
    agr = noun_agreement(subject.text)
    if agr is None or agr[2] == "document" or verb.key in AUXILIARY_KEYS:
        return None  # (the subject of كان is a name, its verb comes later)
    named = _named_phrase(tokens, 1)
    end = _np_end(tokens, 1, len(tokens)) if named else 2
    if end <= 1 or (end < len(tokens) and named and tokens[end].key in STOP_KEYS):
        return None  # الجمعية اللبنانية من أجل ...: the name may go on past where the phrase stops
    sp, gen, num = _speaker(text, tokens, 1, end, _verb_kw(text, verb, None))
    mem.remember(sp, gen, num)
    return sp


def continued(
    previous: Speaker | None,
    tokens: Sequence[Token],
    previous_text: str = "",
    same_sentence: bool = False,
    previous_agent: Speaker | None = None,
) -> Speaker | None:
    """The previous clause's speaker when this clause continues its reported speech:
    it opens with مضيفاً/مشيراً/وأن..., or it is the quotation that the previous clause
    introduced with a colon (``قال الوزير:`` ``«...»``), or, in the same sentence, it opens with
    أي/إذ/في حين/فيما/بعد أن/بزيادة ... (SENTENCE_CONTINUATION_KEYS). A participle (مؤكداً أن)
    after a clause that reports nothing speaks for that clause's ``previous_agent`` (see agent)."""
    if not tokens:
        return None
    first = tokens[0]
    if previous is None and first.key in PARTICIPLE_KEYS:
        previous = previous_agent
    if previous is None:
        return None
    quoted = first.text in "«“\"" and previous_text.rstrip().endswith(":")
    # على أن تنطلق الحملة ...: what was announced goes on (provided that / with ... to)
    provided = first.key == "علي" and len(tokens) > 1 and tokens[1].key in COMPLEMENTISERS
    if (
        first.key not in CONTINUATION_KEYS
        and not quoted
        and not provided
        and not (same_sentence and _sentence_continuation(tokens))
    ):
        return None
    if quoted:  # the verb is the previous clause's
        return _inherit(previous, {"verb": previous.verb, "verb_start": previous.verb_start,
                                   "verb_end": previous.verb_end}, previous.channel)
    kw = {"verb": first.text, "verb_start": first.start, "verb_end": first.end}
    return _inherit(previous, kw, previous.channel)


def _sentence_continuation(tokens: Sequence[Token]) -> bool:
    if tokens[0].key in SENTENCE_CONTINUATION_KEYS:
        return True
    return len(tokens) > 1 and (tokens[0].key, tokens[1].key) in SENTENCE_CONTINUATION_PAIRS
