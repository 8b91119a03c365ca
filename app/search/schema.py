"""The search index's tables, as SQLAlchemy Core objects (no ORM model: derived data only).

SQLite: an FTS5 table ``search_index(kind, body, stems, article_id UNINDEXED, claim_id
UNINDEXED)``; PostgreSQL: a plain table of the same columns with two ``tsvector`` columns
generated from the exact words (``array_to_tsvector``, no text-search parser in between) and
GIN indexes. Claims and evidence also carry their claim's status and verdict so that the
filters are index look-ups: on SQLite as tokens of the ``kind`` column (:func:`meta`). The row id encodes the entity: ``ref_id * 4 + kind code`` so that an edit
replaces its row by primary key, without scanning.
"""

from __future__ import annotations

import functools

from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table, Text, column, table

from app.storage.models import CLAIM_STATUSES

KINDS = ("claim", "article", "evidence", "source")
KIND_CODE = {k: i for i, k in enumerate(KINDS)}
TABLE_KIND = {"claims": "claim", "articles": "article", "evidence": "evidence", "sources": "source"}


def row_id(kind: str, ref_id: int) -> int:
    return int(ref_id) * 4 + KIND_CODE[kind]


def ref_of(rid: int) -> tuple[str, int]:
    return KINDS[rid % 4], rid // 4


def status_token(status: str) -> str:
    return f"s{CLAIM_STATUSES.index(status)}" if status in CLAIM_STATUSES else "sx"


def rating_token(rating_id: int | None) -> str:
    return f"r{rating_id}" if rating_id is not None else "r"


def meta(kind: str, status: str | None, rating_id: int | None) -> str:
    """The SQLite ``kind`` column: the kind, then claim status and rating as filter tokens."""
    if status is None:
        return kind
    return f"{kind} {status_token(status)} {rating_token(rating_id)}"


# SQLite FTS5 without word positions (``detail=column``: smaller, faster; no phrase queries
# are ever made) (created in migration 0002 with raw DDL; this describes it for Core statements).
fts = table("search_index", column("rowid"), column("kind"), column("body"), column("stems"),
            column("article_id"), column("claim_id"))



@functools.cache
def pg_table() -> Table:
    """The PostgreSQL index table (built on first use: SQLAlchemy's PostgreSQL dialect, which
    its TSVECTOR type loads, costs every SQLite start ~0.02 s otherwise)."""
    from sqlalchemy.dialects.postgresql import TSVECTOR

    return Table(
        "search_index", MetaData(),
        Column("id", BigInteger, primary_key=True, autoincrement=False),
        Column("kind", String(10), nullable=False),
        Column("article_id", Integer),
        Column("claim_id", Integer),
        Column("status", String(24)),
        Column("rating_id", Integer),
        Column("body", Text, nullable=False),
        Column("stems", Text, nullable=False),
        Column("body_tsv", TSVECTOR),
        Column("stems_tsv", TSVECTOR),
    )


SQLITE_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5(kind, body, stems, article_id UNINDEXED, "
    "claim_id UNINDEXED, tokenize='unicode61 remove_diacritics 2', prefix='2 3', detail=column)"
)
PG_DDL = (
    "CREATE TABLE search_index (id BIGINT PRIMARY KEY, kind VARCHAR(10) NOT NULL, article_id INTEGER, "
    "claim_id INTEGER, status VARCHAR(24), rating_id INTEGER, body TEXT NOT NULL, stems TEXT NOT NULL, "
    "body_tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(body, ' '))) STORED, "
    "stems_tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(stems, ' '))) STORED)",
    "CREATE INDEX ix_search_index_body ON search_index USING GIN (body_tsv)",
    "CREATE INDEX ix_search_index_stems ON search_index USING GIN (stems_tsv)",
    "CREATE INDEX ix_search_index_kind ON search_index (kind)",
    "CREATE INDEX ix_search_index_status ON search_index (status)",
    "CREATE INDEX ix_search_index_rating ON search_index (rating_id)",
)
