"""Reading a file or pasted text safely and handing it to the importer for its format."""

from __future__ import annotations

import os
import re
import stat

from app.errors import InputError
from app.importers.detect import detect_encoding
from app.importers.model import FORMATS, ImportedDocument, refuse
from app.importers.text import import_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_ENV = "SANAD_MAX_IMPORT_BYTES"

SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
SUPPORTED_SUFFIXES = tuple(SUFFIX_FORMATS)

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_HTML_INSIDE = re.compile(r"<(html|head|body|article)[\s>]", re.I)


def max_import_bytes(max_bytes: int | None = None) -> int:
    """The size limit: ``max_bytes`` if given, else ``$SANAD_MAX_IMPORT_BYTES``, else 20 MiB."""
    if max_bytes is not None:
        if max_bytes <= 0:
            raise InputError(f"the import size limit must be positive, not {max_bytes}")
        return max_bytes
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit <= 0:
        raise InputError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {value!r}")
    return limit


def _check_format(fmt: str | None) -> None:
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown import format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def looks_like_html(data: bytes | str) -> bool:
    """Whether text (or the start of a file) is an HTML page rather than plain text."""
    if isinstance(data, bytes):
        head = data[:4096]
        data = head.decode(detect_encoding(head), errors="replace")
    head_text = data[:4096].lstrip("\ufeff")
    return bool(_HTML_START.match(head_text) or _HTML_INSIDE.search(head_text[:1024]))


def _looks_like_docx(data: bytes | str) -> bool:
    return isinstance(data, bytes) and data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]


def _import(
    name: str, data: bytes | str, encoding: str | None, fmt: str | None, limit: int
) -> ImportedDocument:
    if fmt is None:
        if _looks_like_docx(data):
            fmt = "docx"
        elif looks_like_html(data):
            fmt = "html"
        else:
            fmt = "text"
    # Each format's importer (python-docx, lxml) is loaded when a file of that format comes:
    # opening a .txt at start-up does not pay for the others.
    if fmt == "docx":
        from app.importers.docx import import_docx

        return import_docx(name, data, limit)
    if fmt == "html":
        from app.importers.html import import_html

        return import_html(name, data, encoding)
    if fmt == "markdown":
        from app.importers.markdown import import_markdown

        return import_markdown(name, data, encoding)
    return import_text(name, data, encoding)


def _read(path: str, name: str, limit: int) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise refuse(name, "it is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise refuse(name, "it is not a regular file")
        if info.st_size > limit:
            raise refuse(name, f"it is {info.st_size} bytes, over the import limit of {limit} bytes")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise refuse(name, "no such file") from None
    except IsADirectoryError:
        raise refuse(name, "it is a directory, not a file") from None
    except PermissionError:
        raise refuse(name, "permission denied") from None
    except OSError as exc:
        raise refuse(name, f"it cannot be read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL in the path
        raise refuse(name, "it is not a valid file name") from None
    if len(data) > limit:
        raise refuse(name, f"it is over the import limit of {limit} bytes")
    return data


def load_document(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int | None = None,
    fmt: str | None = None,
) -> ImportedDocument:
    """Import the file at ``path``; the format comes from its suffix unless ``fmt`` is given.

    Raises :class:`InputError` (one line) for anything that cannot be imported: a missing,
    unreadable, empty, binary or too large file, a directory, a corrupt DOCX, a bad encoding.
    """
    _check_format(fmt)
    raw = os.fspath(path)
    name = os.path.basename(raw.rstrip("/\\")) or raw
    limit = max_import_bytes(max_bytes)
    if fmt is None:
        fmt = SUFFIX_FORMATS.get(os.path.splitext(name)[1].lower())
    data = _read(raw, name, limit)
    if not data.strip():
        raise refuse(name, "it is empty")
    return _import(name, data, encoding, fmt, limit)


def load_text(
    data: bytes | str,
    *,
    name: str = "pasted text",
    encoding: str | None = None,
    fmt: str | None = None,
) -> ImportedDocument:
    """Import pasted or dropped text (or bytes); HTML is recognised unless ``fmt`` is given."""
    _check_format(fmt)
    name = os.path.basename(name.rstrip("/\\")) or name
    limit = max_import_bytes()
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise refuse(name, f"it is {size} bytes, over the import limit of {limit} bytes")
    if not data.strip():
        raise refuse(name, "it is empty")
    return _import(name, data, encoding, fmt, limit)
