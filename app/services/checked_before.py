"""“Checked before”: archived claims (of other articles) that say the same thing.

Candidates come from the search index (the claim's rarest light-stemmed words, OR-ed), then
each is re-ranked on the claim's text: IDF-weighted shared words, character 3-gram overlap,
and the figures and dates both mention — the same words with another figure, year or place
is a different claim (see ``benchmarks/matching.py`` for precision and recall).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.errors import InputError, NotFoundError
from app.search import text as stext
from app.search.query import Filters, candidates
from app.search.schema import ref_of
from app.services.claims import load_claim, touch
from app.services.core import Workspace, command
from app.storage.database import Database
from app.storage.models import REVIEWED_STATUSES, Claim, Evidence, Rating

THRESHOLD = 0.40  # chosen on benchmarks/data/paraphrase_pairs.tsv (python -m benchmarks.matching)
CANDIDATES = 60  # re-ranked in full
PER_WORD = 150  # candidates fetched per rare word
RESCORED = 20  # candidates scored with every word's frequency counted
QUERY_STEMS = 8
SUBSTITUTION = 0.7  # factor when each side has a distinctive word the other lacks
DF_CAP = 1000  # document frequencies are counted up to this (beyond: a common word)
DF_TTL_SECONDS = 600
_DF_CACHE: dict[tuple[str, int, str], tuple[float, int]] = {}
STOP = frozenset(stext.stem(w) for w in (
    "في من على الى إلى عن ان أن إن ما لا لم لن مع هذا هذه ذلك التي الذي الذين او أو ثم قد كان كانت "
    "قال قالت اعلن اعلنت أعلن أعلنت اكد اكدت أكد أكدت ذكر ذكرت بحسب حسب وفق وفقا نحو اكثر أكثر من منذ "
    "خلال بين عند حتى كل بعد قبل هو هي هم العام عام بنسبه نسبه الى").split())
_NUMBER = re.compile(r"\d+(?:[.,٫]\d+)?")


@dataclass(frozen=True)
class Match:
    claim_id: int
    article_id: int
    score: float
    quote: str
    verdict_key: str | None
    status: str
    reviewed_at: dt.datetime | None
    reasons: list[str] = field(default_factory=list)


def figures(raw: str) -> tuple[set[str], set[str]]:
    """The figures and the dates a claim mentions, as comparable strings ({"45000", "12.5%"}, {"2023-03"})."""
    numbers: set[str] = set()
    dates: set[str] = set()
    try:
        from app.analysis.quantities import extract_quantities

        for q in extract_quantities(raw):
            value = f"{q.value:g}" if q.value is not None else q.text
            numbers.add(value + ("%" if q.is_percent else ""))
    except Exception:  # noqa: BLE001 - the analysis engine is optional here; fall back to plain digits
        pass
    try:
        from app.analysis.dates import extract_dates

        dates = {d.value for d in extract_dates(raw) if d.value and not d.relative}
    except Exception:  # noqa: BLE001 - as above
        pass
    if not numbers and not dates:
        numbers = digits(raw)
    return numbers, dates


# Which way a figure moved: the same words and figure going the other way is another claim.
_UP = re.compile(r"(?<!\w)[وف]?(?:[ايتن]?رتفع|ارتفاع|زاد|تزيد|يزيد|زياد|نما(?!\w)|نمت|ينمو|تنمو|نمو|[يت]?رفع|صعود|تضاعف)")
_DOWN = re.compile(r"(?<!\w)[وف]?(?:[ايتن]?نخفض|انخفاض|[يت]?تراجع|تراجع|انكماش|انكمش|[يت]?خفض|هبوط|هبط|تقلص|نقص)")


def direction(raw: str) -> str | None:
    folded = stext.fold(raw)
    up, down = bool(_UP.search(folded)), bool(_DOWN.search(folded))
    return "up" if up and not down else "down" if down and not up else None


def digits(raw: str) -> set[str]:
    return {n.replace(",", ".").replace("٫", ".") for n in _NUMBER.findall(stext.fold(raw))}


def _compare(a: set[str], b: set[str]) -> str | None:
    if not a or not b:
        return None
    if a == b:
        return "same"
    return "subset" if a <= b or b <= a else "differ"


def content_stems(raw: str) -> list[str]:
    seen: dict[str, None] = {}
    for w in stext.words(raw):
        s = stext.stem(w)
        if s not in STOP and not s.isdigit() and len(s) > 1:
            seen.setdefault(s)
    return list(seen)


def trigrams(stems: list[str]) -> set[str]:
    joined = " ".join(stems)
    return {joined[i:i + 3] for i in range(max(0, len(joined) - 2))}


class Idf:
    """Inverse document frequencies of stems over the archive's claims (counted, capped, cached)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.total = max(1, s.scalar(select(func.max(Claim.id))) or 1)
        self.cache: dict[str, float] = {}
        self.db_key = s.get_bind().engine.url.render_as_string(hide_password=True)

    def df(self, stem: str) -> int:
        """How many claims hold ``stem`` (up to ``DF_CAP``), remembered for a few minutes:
        frequencies move slowly, and the claims of one article share many words."""
        key = (self.db_key, self.total, stem)  # a new claim anywhere starts afresh
        now = time.monotonic()
        hit = _DF_CACHE.get(key)
        if hit is not None and now - hit[0] < DF_TTL_SECONDS:
            return hit[1]
        if len(_DF_CACHE) > 100_000:
            _DF_CACHE.clear()
        count = self._count(stem)
        _DF_CACHE[key] = (now, count)
        return count

    def _count(self, stem: str) -> int:
        if self.s.get_bind().dialect.name == "sqlite":
            q = text("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH :m LIMIT :cap)")
            m = 'kind : "claim" AND stems : "' + stem.replace('"', '""') + '"'
            return int(self.s.execute(q, {"m": m, "cap": DF_CAP}).scalar() or 0)
        q = text("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE stems_tsv @@ CAST(:t AS tsquery) "
                 "AND kind = 'claim' LIMIT :cap) AS hits")
        return int(self.s.execute(q, {"t": "'" + stem.replace("\\", "\\\\").replace("'", "''") + "'",
                                      "cap": DF_CAP}).scalar() or 0)

    def __call__(self, stem: str) -> float:
        if stem not in self.cache:
            self.cache[stem] = math.log((self.total + 1) / (self.df(stem) + 1)) + 1.0
        return self.cache[stem]


def wording_score(a: list[str], b: list[str], weight: Callable[[str], float]) -> tuple[float, list[str]]:
    """Shared rare words and shared letter sequences of two claims' stems (0..1), with reasons."""
    if not a or not b:
        return 0.0, []
    shared = set(a) & set(b)
    wa = sum(weight(s) ** 2 for s in set(a))
    wb = sum(weight(s) ** 2 for s in set(b))
    words = sum(weight(s) ** 2 for s in shared) / math.sqrt(wa * wb)
    ga, gb = trigrams(a), trigrams(b)
    grams = len(ga & gb) / len(ga | gb) if ga | gb else 0.0
    score = 0.6 * words + 0.4 * grams
    reasons = []
    if shared:
        reasons.append("shared words: " + "، ".join(sorted(shared, key=lambda s: -weight(s))[:6]))
    reasons.append(f"similar wording {grams:.2f}")
    # the same words around another place or thing: both sides keep a rare word of their own
    if shared:
        bar = sum(weight(s) for s in shared) / len(shared)
        if max((weight(s) for s in set(a) - shared), default=0.0) > bar and \
                max((weight(s) for s in set(b) - shared), default=0.0) > bar:
            score *= SUBSTITUTION
    return score, reasons


def pair_score(a_raw: str, b_raw: str, idf: Callable[[str], float] | None = None) -> tuple[float, list[str]]:
    """How surely two claim texts say the same thing (0..1), with the reasons."""
    score, reasons = wording_score(content_stems(a_raw), content_stems(b_raw), idf or (lambda _s: 1.0))
    if score == 0.0:
        return 0.0, reasons
    (na, da), (nb, db) = figures(a_raw), figures(b_raw)
    verdicts = [v for v in (_compare(na, nb), _compare(da, db)) if v is not None]
    if "differ" in verdicts:
        score *= 0.35
        reasons.append("different figures: " + ", ".join(sorted(na | da)) + " ≠ " + ", ".join(sorted(nb | db)))
    elif verdicts and all(v == "same" for v in verdicts):
        score = min(1.0, score + 0.1)
        reasons.append("same figures: " + ", ".join(sorted(na | da)))
    elif verdicts:
        score *= 0.9
        reasons.append("some figures only on one side: " + ", ".join(sorted((na | da) ^ (nb | db))))
    elif na or da or nb or db:
        score *= 0.85
    way_a, way_b = direction(a_raw), direction(b_raw)
    if way_a and way_b and way_a != way_b:
        score *= 0.4
        reasons.append(f"opposite direction: {way_a} ≠ {way_b}")
    return round(score, 4), reasons


def _claim_text(quote: str, checked: str | None) -> str:
    return checked or quote


def similar_claims(db: Database, claim_id: int, limit: int = 5, *, threshold: float = THRESHOLD) -> list[Match]:
    """Claims of other articles that say the same as ``claim_id``, best first."""
    with db.read_session() as s:
        claim = s.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"no claim #{claim_id}")
        raw = _claim_text(claim.quote, claim.claim_as_checked)
        idf = Idf(s)
        stems = sorted(content_stems(raw), key=lambda st: -idf(st))[:QUERY_STEMS]
        common = math.log((idf.total + 1) / (DF_CAP + 1)) + 1.0
        rare = [st for st in stems if idf(st) > common] or stems[:3]
        found: dict[int, set[str]] = {}
        scope = Filters(kind="claim", exclude_article=claim.article_id)
        for st in rare:  # the newest claims holding each rare word: common words cannot crowd them out
            for rid, words in candidates(s, [st], scope, column="stems", any_of=True, cap=PER_WORD):
                found[ref_of(rid)[1]] = set(words.split(" "))
        wanted = set(stems)
        ids = sorted(found, key=lambda i: -sum(idf(w) for w in wanted & found[i]))[:CANDIDATES]
        if not ids:
            return []
        rows = s.execute(select(Claim.id, Claim.article_id, Claim.quote, Claim.claim_as_checked, Claim.status,
                                Claim.updated_at, Rating.key).outerjoin(Rating, Rating.id == Claim.rating_id)
                         .where(Claim.id.in_(ids))).all()
        default = sum(idf(st) for st in stems) / max(1, len(stems))

        def known(st: str) -> float:
            return idf.cache.get(st, default)

        # a first pass (wording with the words already counted, plain digits); the best again in full
        mine, my_digits = content_stems(raw), digits(raw)

        def quick(r: Any) -> float:
            other = _claim_text(r.quote, r.claim_as_checked)
            score = wording_score(mine, content_stems(other), known)[0]
            verdict = _compare(my_digits, digits(other))
            return score * 0.35 if verdict == "differ" else score + 0.1 if verdict == "same" else score

        first = sorted(rows, key=lambda r: -quick(r))
        matches = []
        for r in first[:RESCORED]:
            score, reasons = pair_score(raw, _claim_text(r.quote, r.claim_as_checked), idf)
            if score >= threshold:
                reviewed_at = r.updated_at if (r.status in REVIEWED_STATUSES or r.key is not None) else None
                matches.append(Match(claim_id=r.id, article_id=r.article_id, score=score, quote=r.quote,
                                     verdict_key=r.key, status=r.status, reviewed_at=reviewed_at, reasons=reasons))
    matches.sort(key=lambda m: (-m.score, m.reviewed_at is None, -m.claim_id))
    return matches[:limit]


def checked_before_for_article(db: Database, article_id: int, limit: int = 3) -> dict[int, list[Match]]:
    """``{claim id: matches}`` for every claim of an article that has any (for the article view
    after analysis or import; run it off the GUI thread)."""
    with db.read_session() as s:
        ids = list(s.scalars(select(Claim.id).where(Claim.article_id == article_id, Claim.status != "dismissed")
                            .order_by(Claim.start)))
    found = {cid: similar_claims(db, cid, limit) for cid in ids}
    return {cid: matches for cid, matches in found.items() if matches}


_COPIED = ("kind", "url", "title", "publisher", "published_on", "accessed_at", "excerpt", "stance",
           "attachment_sha256", "attachment_name", "attachment_mime")


@command("copy_from_archive", "copy evidence from the archive")
def copy_evidence_and_sources(s: Session, ws: Workspace, target_claim_id: int, source_claim_id: int) -> int:
    """Copy the archived claim's evidence (same attachment files) and speaker to the new claim;
    returns how many evidence items were copied (ones already there are not copied twice)."""
    if target_claim_id == source_claim_id:
        raise InputError("a claim cannot copy from itself")
    target = load_claim(s, target_claim_id)
    source = load_claim(s, source_claim_id)
    have = {(e.url, e.title, e.excerpt, e.attachment_sha256) for e in target.evidence}
    position = max((e.position for e in target.evidence), default=0)
    copied = 0
    for ev in source.evidence:
        if (ev.url, ev.title, ev.excerpt, ev.attachment_sha256) in have:
            continue
        position += 1
        s.add(Evidence(claim_id=target.id, position=position, **{f: getattr(ev, f) for f in _COPIED}))
        copied += 1
    if target.speaker_id is None and source.speaker_id is not None:
        target.speaker_id = source.speaker_id
    if copied or s.is_modified(target):
        touch(target)
    return copied
