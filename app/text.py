"""Text helpers shared by importers, analysis and storage."""

from __future__ import annotations

import hashlib


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` (and a lone ``\\r``) into ``\\n`` and change nothing else.

    Offsets of claims index the text after this step, so that Python ``str`` indices equal
    ``QTextCursor`` positions (for text without astral characters).
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
