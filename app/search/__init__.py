"""Full-text search over the archive (claims, articles, evidence, sources).

For screens: ``search(db, query, kind=None, verdict=None, status=None, limit=50)`` returns
:class:`SearchResult` objects, best first; ``reindex_all(db)`` rebuilds the index. The index
follows every command, undo and redo by itself (:mod:`app.search.indexer`, loaded by the
command runner on first use).

The names are loaded on first use (PEP 562) so that the CLI's parser, which imports
``app.search.cli``, does not pull in the analysis engine and camel-tools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:
    from app.search.indexer import reindex_all
    from app.search.query import SearchResult, search

__all__ = ["SearchResult", "reindex_all", "search"]
__getattr__ = lazy_exports(__name__, {
    "reindex_all": "app.search.indexer", "SearchResult": "app.search.query", "search": "app.search.query",
})
