"""Full-text search over the archive: any text the user types is a valid query.

The query is normalised and cut into words in Python (:mod:`app.search.text`); each word is
quoted for FTS5 (``"word"``, inner quotes doubled) or for a PostgreSQL ``tsquery``
(``'word'``), AND-ed, the last one as a prefix, and always passed as a bound parameter.
Operators the user types (``OR``, ``NEAR(``, ``-``, ``*``, ``:``) are plain words.

Both back ends take the newest ``CANDIDATES`` matching rows (row id order) and rank those
here (:func:`rank`), so a query matching half the archive stays fast, and the results and
their order are the same on both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import bindparam, cast, select, text
from sqlalchemy.orm import Session

from app.errors import InputError
from app.search import text as stext
from app.search.schema import KINDS, fts, pg_table, rating_token, ref_of, status_token
from app.storage.database import Database
from app.storage.models import CLAIM_STATUSES, Article, Claim, Evidence, Rating, Source

CANDIDATES = 400
MAX_TOKENS = 16


@dataclass(frozen=True)
class SearchResult:
    kind: str  # claim | article | evidence | source
    ref_id: int  # the claim's, article's, evidence's or source's id
    article_id: int | None
    claim_id: int | None
    text: str  # the display text: a claim's quote, an article's title, ...
    snippet: str  # a window of the display text around the match, matches in « »
    score: float  # BM25 of the words among the candidates: higher is better
    verdict: str | None
    status: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# Words so common they do not narrow a search, only slow it (normalised forms); dropped from a
# query that has other words, except the last (it may be the start of a longer word).
STOP_WORDS = frozenset("""في من على الى عن ان ما لا لم لن مع او ثم قد و ف ب ل هذا هذه ذلك تلك التي الذي
الذين كان كانت هو هي هم كل بعد قبل عند حتي منذ خلال بين the a an of in on to and or is""".split())


def query_tokens(query: str) -> list[str]:
    tokens = stext.words(query)
    kept = [t for t in tokens[:-1] if t not in STOP_WORDS] + tokens[-1:]
    return kept[:MAX_TOKENS]


def prefix_last(tokens: list[str]) -> bool:
    """The last word is a prefix while typing, unless it is one letter (too many words)."""
    return bool(tokens) and len(tokens[-1]) >= 2


def fts5_match(tokens: list[str], *, column: str = "body", kind: str | None = None, any_of: bool = False,
               meta_tokens: tuple[str, ...] = (), prefix: bool = True) -> str:
    """An FTS5 MATCH expression in which every user word is a quoted string."""
    quoted = ['"' + t.replace('"', '""') + '"' for t in tokens]
    if quoted and prefix and not any_of and prefix_last(tokens):
        quoted[-1] += "*"
    expr = f"{column} : ({(' OR ' if any_of else ' AND ').join(quoted)})"
    wanted = ((kind,) if kind else ()) + meta_tokens
    if not wanted:
        return expr
    return "kind : (" + " AND ".join(f'"{t}"' for t in wanted) + ") AND " + expr


def pg_tsquery(tokens: list[str], *, any_of: bool = False, prefix: bool = True) -> str:
    """A ``tsquery`` literal (bound as a parameter) in which every word is quoted."""
    quoted = ["'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in tokens]
    if quoted and prefix and not any_of and prefix_last(tokens):
        quoted[-1] += ":*"
    return (" | " if any_of else " & ").join(quoted)


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    status: str | None = None
    rating_id: int | None = None  # the verdict asked for, by id
    exclude_article: int | None = None


def candidates(s: Session, tokens: list[str], filters: Filters = Filters(), *, column: str = "body",
               any_of: bool = False, prefix: bool = True, cap: int = CANDIDATES) -> list[tuple[int, str]]:
    """``(row id, indexed words)`` of the newest ``cap`` index rows matching, newest first.

    No database-side ranking: FTS5's bm25() and ts_rank() count every row of every word
    (slow for common words at a million claims); :func:`rank` orders these rows instead.
    """
    if not tokens:
        return []
    if s.get_bind().dialect.name == "sqlite":
        meta_tokens: tuple[str, ...] = ()
        if filters.status is not None:
            meta_tokens += (status_token(filters.status),)
        if filters.rating_id is not None:
            meta_tokens += (rating_token(filters.rating_id),)
        match = fts5_match(tokens, column=column, kind=filters.kind, any_of=any_of, meta_tokens=meta_tokens,
                           prefix=prefix)
        q = select(fts.c.rowid, fts.c[column]).select_from(fts).where(
            text("search_index MATCH :match").bindparams(match=match))
        if filters.exclude_article is not None:
            q = q.where(fts.c.article_id != filters.exclude_article)
        q = q.order_by(fts.c.rowid.desc())
    else:
        from sqlalchemy.dialects.postgresql import TSQUERY

        pg_index = pg_table()
        tsv = pg_index.c.body_tsv if column == "body" else pg_index.c.stems_tsv
        tsq = cast(bindparam("tsq", pg_tsquery(tokens, any_of=any_of, prefix=prefix)), TSQUERY)
        q = select(pg_index.c.id, pg_index.c[column]).where(tsv.op("@@")(tsq))
        if filters.kind is not None:
            q = q.where(pg_index.c.kind == filters.kind)
        if filters.status is not None:
            q = q.where(pg_index.c.status == filters.status)
        if filters.rating_id is not None:
            q = q.where(pg_index.c.rating_id == filters.rating_id)
        if filters.exclude_article is not None:
            q = q.where(pg_index.c.article_id != filters.exclude_article)
        q = q.order_by(pg_index.c.id.desc())
    return [(int(rid), str(words)) for rid, words in s.execute(q.limit(cap))]


def rank(rows: list[tuple[int, str]], tokens: list[str], *, prefix_match: bool = True, k1: float = 1.2,
         b: float = 0.75) -> list[tuple[int, float]]:
    """BM25 over the candidates, computed here so that both back ends order alike. Every row
    holds every word (AND), so the words' rarity is the same for all and only counts and
    lengths matter; the newer row wins a tie."""
    if not rows:
        return []
    prefix = tokens[-1] if prefix_match and prefix_last(tokens) else None
    needles = [f" {t} " for t in dict.fromkeys(tokens) if t != prefix]
    docs = [(rid, f" {words} ") for rid, words in rows]
    lengths = [padded.count(" ") - 1 for _, padded in docs]
    avg = sum(lengths) / len(lengths) or 1.0
    scored = []
    for (rid, padded), length in zip(docs, lengths, strict=True):
        counts = [padded.count(n) for n in needles]  # substring counts: C speed, for long articles too
        if prefix is not None:
            counts.append(padded.count(" " + prefix))
        norm = k1 * (1 - b + b * length / avg)
        scored.append((rid, round(sum(n * (k1 + 1) / (n + norm) for n in counts if n), 6)))
    scored.sort(key=lambda r: (-r[1], -r[0]))
    return scored


def _hydrate(s: Session, kind: str, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Display fields of the hits of one kind: ``{id: {texts, article_id, claim_id, verdict, status}}``."""
    out: dict[int, dict[str, Any]] = {}
    q: Any
    r: Any
    if kind == "claim":
        q = select(Claim.id, Claim.article_id, Claim.quote, Claim.claim_as_checked, Claim.explanation,
                   Claim.status, Rating.key).outerjoin(Rating, Rating.id == Claim.rating_id).where(Claim.id.in_(ids))
        for r in s.execute(q):
            out[r[0]] = {"article_id": r[1], "claim_id": r[0], "texts": [r[2], r[3], r[4]], "status": r[5],
                         "verdict": r[6]}
    elif kind == "evidence":
        q = select(Evidence.id, Claim.article_id, Evidence.claim_id, Evidence.title, Evidence.excerpt, Claim.status,
                   Rating.key).join(Claim, Claim.id == Evidence.claim_id).outerjoin(
                       Rating, Rating.id == Claim.rating_id).where(Evidence.id.in_(ids))
        for r in s.execute(q):
            out[r[0]] = {"article_id": r[1], "claim_id": r[2], "texts": [r[3], r[4]], "status": r[5],
                         "verdict": r[6]}
    elif kind == "article":
        for r in s.execute(select(Article.id, Article.title, Article.text).where(Article.id.in_(ids))):
            out[r[0]] = {"article_id": r[0], "claim_id": None, "texts": [r[1], r[2]], "status": None,
                         "verdict": None}
    else:
        for r in s.execute(select(Source.id, Source.name).where(Source.id.in_(ids))):
            out[r[0]] = {"article_id": None, "claim_id": None, "texts": [r[1]], "status": None, "verdict": None}
    return out


def _snippet(texts: list[str | None], tokens: list[str], prefix_match: bool) -> str:
    for t in texts:
        if t:
            snip = stext.snippet(t, tokens, prefix_last=prefix_match and prefix_last(tokens))
            if snip is not None:
                return snip
    first = next((t for t in texts if t), "")
    return " ".join(first[: stext.SNIPPET_CHARS].split())


def check_filters(s: Session, kind: str | None, verdict: str | None, status: str | None, limit: int) -> Filters:
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    if status is not None and status not in CLAIM_STATUSES:
        raise InputError(f"unknown status {status!r}; use one of: {', '.join(CLAIM_STATUSES)}")
    rating_id = None
    if verdict is not None:
        rating_id = s.scalar(select(Rating.id).where(Rating.key == verdict))
        if rating_id is None:
            keys = ", ".join(s.scalars(select(Rating.key).order_by(Rating.position)))
            raise InputError(f"unknown verdict {verdict!r}; use one of: {keys}")
    if limit < 1:
        raise InputError("--limit must be at least 1")
    return Filters(kind=kind, status=status, rating_id=rating_id)


def search_session(s: Session, query: str, *, kind: str | None = None, verdict: str | None = None,
                   status: str | None = None, limit: int = 50) -> list[SearchResult]:
    filters = check_filters(s, kind, verdict, status, limit)
    tokens = query_tokens(query)
    # The last word is a prefix, unless the whole word alone already fills the candidates: then
    # the longer words it starts would hardly rank, and expanding a common prefix is slow.
    rows = candidates(s, tokens, filters, prefix=False)
    prefix_match = prefix_last(tokens) and len(rows) < CANDIDATES
    if prefix_match:
        rows = candidates(s, tokens, filters)
    hits = rank(rows, tokens, prefix_match=prefix_match)[:limit]
    by_kind: dict[str, list[int]] = {}
    for rid, _score in hits:
        k, ref = ref_of(rid)
        by_kind.setdefault(k, []).append(ref)
    found = {k: _hydrate(s, k, ids) for k, ids in by_kind.items()}
    results: list[SearchResult] = []
    for rid, score in hits:
        k, ref = ref_of(rid)
        info = found[k].get(ref)
        if info is None:  # the row went away under a stale index: skip it, never fail
            continue
        texts = info["texts"]
        display = next((t for t in texts if t), "") if k != "evidence" else (texts[0] or texts[1] or "")
        results.append(SearchResult(kind=k, ref_id=ref, article_id=info["article_id"], claim_id=info["claim_id"],
                                    text=display, snippet=_snippet(texts, tokens, prefix_match), score=round(score, 6),
                                    verdict=info["verdict"], status=info["status"]))
    return results


def search(db: Database, query: str, *, kind: str | None = None, verdict: str | None = None,
           status: str | None = None, limit: int = 50) -> list[SearchResult]:
    """Search the archive (claims, articles, evidence, sources); best first, never an error for
    what the user typed. ``verdict``/``status`` keep claims and evidence of claims so judged."""
    with db.read_session() as s:
        return search_session(s, query, kind=kind, verdict=verdict, status=status, limit=limit)
