"""Exchange bundles (``.sanad``): export articles with their review work, import by merging.

For screens: ``export_bundle(db, article_ids, path)`` and ``import_bundle(ws, path) ->
MergeSummary`` (one undoable command; a damaged bundle raises InputError, nothing written).
"""

from __future__ import annotations

from app.bundles.format import export_bundle, read_bundle
from app.bundles.merge import MergeSummary, import_bundle

__all__ = ["MergeSummary", "export_bundle", "import_bundle", "read_bundle"]
