"""Full-text search over the archive (claims, articles, evidence, sources).

For screens: ``search(db, query, kind=None, verdict=None, status=None, limit=50)`` returns
:class:`SearchResult` objects, best first; ``reindex_all(db)`` rebuilds the index. The index
follows every command, undo and redo by itself (:mod:`app.search.indexer`).
"""

from __future__ import annotations

from app.search.indexer import reindex_all
from app.search.query import SearchResult, search

__all__ = ["SearchResult", "reindex_all", "search"]
