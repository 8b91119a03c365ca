"""Plain text: decoded, newlines normalised, nothing else changed."""

from __future__ import annotations

from app.importers.detect import check_text, decode
from app.importers.model import ImportedDocument, is_blank, make_document, refuse
from app.text import normalize_newlines


def decode_input(name: str, data: bytes | str, encoding: str | None) -> tuple[str, str | None]:
    """The text of ``data`` (already text, or bytes to decode) and the encoding used."""
    if isinstance(data, str):
        text = data[1:] if data.startswith("\ufeff") else data
        check_text(name, text)
        return text, None
    return decode(name, data, encoding)


def require_text(name: str, text: str) -> None:
    """Refuse a document with nothing but whitespace in it."""
    if is_blank(text):
        raise refuse(name, "it is empty")


def import_text(name: str, data: bytes | str, encoding: str | None) -> ImportedDocument:
    text, used = decode_input(name, data, encoding)
    text = normalize_newlines(text)
    require_text(name, text)
    return make_document(name, "text", text, used)
