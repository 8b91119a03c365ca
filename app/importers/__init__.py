"""Importers: turn a text, HTML, DOCX or Markdown file (or pasted text) into plain text.

Qt-free. Everything the user can get wrong raises :class:`app.errors.InputError` with one
line of explanation; nothing is written anywhere.
"""

from __future__ import annotations

from app.importers.detect import detect_encoding
from app.importers.loader import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    load_document,
    load_text,
    max_import_bytes,
)
from app.importers.model import ImportedDocument

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ImportedDocument",
    "detect_encoding",
    "load_document",
    "load_text",
    "max_import_bytes",
]
