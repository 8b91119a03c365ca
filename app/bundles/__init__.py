"""Exchange bundles (``.sanad``): export articles with their review work, import by merging.

For screens: ``export_bundle(db, article_ids, path)`` and ``import_bundle(ws, path) ->
MergeSummary`` (one undoable command; a damaged bundle raises InputError, nothing written).
The names load on first use (:mod:`app.lazy`), keeping the CLI's start-up light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:
    from app.bundles.format import export_bundle, read_bundle
    from app.bundles.merge import MergeSummary, import_bundle

__all__ = ["MergeSummary", "export_bundle", "import_bundle", "read_bundle"]
__getattr__ = lazy_exports(__name__, {
    "export_bundle": "app.bundles.format", "read_bundle": "app.bundles.format",
    "MergeSummary": "app.bundles.merge", "import_bundle": "app.bundles.merge",
})
