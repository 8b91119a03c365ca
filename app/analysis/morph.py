"""Morphological look-ups through camel-tools' analyser (Sanad's DB or calima-msa-r13).

``verb_info(word)`` tells whether a word is a reporting verb and gives its lemma, person,
gender, number, aspect and voice; ``noun_agreement(word)`` gives a speaker noun's agreement
gender/number. Results are cached per surface word, so a long article costs one analysis per
distinct word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from app.analysis.camel import Analyzer, MorphologyDB, morph_db_path
from app.analysis.lexicon import read_verbs, speaker_nouns
from app.analysis.normalize import normalize_key
from app.analysis.tokens import clitic_variants


@dataclass(frozen=True, slots=True)
class VerbInfo:
    lemma: str
    per: str  # 1 | 2 | 3
    gen: str  # m | f | na
    num: str  # s | d | p
    asp: str  # p (past) | i (present)
    vox: str  # a | p (passive)
    conj: bool  # carries و / ف

    @property
    def passive(self) -> bool:
        return self.vox == "p"


@cache
def analyzer() -> Analyzer:
    return Analyzer(MorphologyDB(str(morph_db_path()), "a"))


@cache
def reporting_lemmas() -> frozenset[str]:
    return frozenset(normalize_key(v.lemma) for v in read_verbs())


_RANK = {("3", "p"): 0, ("3", "i"): 1}


@lru_cache(maxsize=65536)
def verb_info(word: str) -> VerbInfo | None:
    """The best reporting-verb analysis of ``word`` (third person past first), or None."""
    if len(word) < 2 or len(word) > 14:
        return None
    lemmas = reporting_lemmas()
    best = None
    best_rank = 99
    for a in analyzer().analyze(word):
        if a.get("pos") != "verb" or normalize_key(a.get("lex", "")) not in lemmas:
            continue
        rank = _RANK.get((a.get("per"), a.get("asp")), 5) + (0 if a.get("vox") != "p" else 1)
        if rank < best_rank:
            best_rank = rank
            best = VerbInfo(
                lemma=a["lex"],
                per=a.get("per", "na"),
                gen=a.get("gen", "na"),
                num=a.get("num", "na"),
                asp=a.get("asp", "na"),
                vox=a.get("vox", "a"),
                conj=a.get("prc2", "0") not in ("0", "na"),
            )
    return best


@lru_cache(maxsize=65536)
def noun_agreement(word: str) -> tuple[str, str, str] | None:
    """(gen, num, kind) of a speaker noun (``للوزارة`` → f, s, government), or None."""
    lex = speaker_nouns()
    for a in analyzer().analyze(word):
        if a.get("pos") == "noun":
            hit = lex.get(normalize_key(a.get("lex", "")))
            if hit:
                return a.get("gen", hit[0]), a.get("num", hit[1]), hit[2]
    for variant in clitic_variants(normalize_key(word)):
        if variant in lex:
            return lex[variant]
        if variant.endswith("ا") and variant[:-1] in lex:  # accusative مسؤولاً
            return lex[variant[:-1]]
    return None


def agrees(verb: VerbInfo, gen: str, num: str) -> bool:
    """Verb–subject agreement: a feminine verb takes a feminine or broken-plural subject."""
    if verb.gen == "f":
        return gen == "f" or num == "p"
    if verb.gen == "m":
        return gen == "m" or gen == "na"
    return True
