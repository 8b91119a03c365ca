"""The result of an import, shared by every importer."""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass

from app.errors import InputError

FORMATS = ("text", "html", "docx", "markdown")


@dataclass
class ImportedDocument:
    """A document turned into plain text, with what its metadata said about it.

    ``text`` is the decoded text with ``\\r\\n`` and ``\\r`` turned into ``\\n`` and the BOM
    dropped, nothing else changed; for HTML, DOCX and Markdown it is the extracted plain text
    with paragraphs separated by a blank line.
    """

    text: str
    title: str | None
    author: str | None
    published_on: datetime.date | None
    url: str | None
    outlet: str | None
    source_filename: str
    format: str
    encoding: str | None


def refuse(name: str, reason: str) -> InputError:
    """The one-line error for a file that cannot be imported."""
    return InputError(f'cannot import "{name}": {reason}')


def make_document(
    name: str,
    fmt: str,
    text: str,
    encoding: str | None = None,
    *,
    title: str | None = None,
    author: str | None = None,
    published_on: datetime.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> ImportedDocument:
    """An :class:`ImportedDocument`, the metadata it has no word of left as None."""
    return ImportedDocument(
        text=text,
        title=title,
        author=author,
        published_on=published_on,
        url=url,
        outlet=outlet,
        source_filename=name,
        format=fmt,
        encoding=encoding,
    )


def is_blank(text: str) -> bool:
    """Whether ``text`` shows nothing: only whitespace and invisible format characters."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)
