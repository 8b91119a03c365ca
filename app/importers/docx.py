"""DOCX: the paragraphs in document order (table cells included), core properties as metadata."""

from __future__ import annotations

import datetime
import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from app.importers.model import ImportedDocument, is_blank, make_document, refuse
from app.text import normalize_newlines

# What python-docx, zipfile and lxml raise on a damaged or foreign file.
_CORRUPT = (
    OpcError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,
    etree.LxmlError,
    zlib.error,
    EOFError,
    NotImplementedError,  # a compression method zipfile does not know
    RuntimeError,  # an encrypted member
    OSError,
    # python-docx's own reaction to well-formed XML of the wrong shape (e.g. a
    # [Content_Types].xml without its namespace): its element classes are missing.
    AttributeError,
    TypeError,
)
# The unpacked parts may be this many times larger than the import size limit (XML is wordy).
_UNPACKED_FACTOR = 10

_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _CUSTOM_XML = (
    qn("w:p"),
    qn("w:tbl"),
    qn("w:tr"),
    qn("w:tc"),
    qn("w:sdt"),
    qn("w:sdtContent"),
    qn("w:customXml"),
)
# Inside a paragraph: what stands for text (as python-docx reads a run), and what holds none
# that belongs to the article (deleted or moved-away text, properties, a text box's own paragraphs).
_T, _TAB, _PTAB, _BR, _CR, _NO_BREAK_HYPHEN = (
    qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"))
_NOT_TEXT = frozenset(qn(f"w:{tag}") for tag in (
    "del", "moveFrom", "pPr", "rPr", "txbxContent", "instrText", "delText", "delInstrText"))


def _paragraph_elements(container: Any) -> Iterator[Any]:
    """The ``w:p`` elements below a body or a cell, in order, going into tables."""
    for child in container.iterchildren():
        if child.tag == _P:
            yield child
        elif child.tag == _TBL:
            for row in child.iterchildren(_TR):
                for cell in row.iterchildren(_TC):
                    yield from _paragraph_elements(cell)
        elif child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _paragraph_elements(content)
        elif child.tag == _CUSTOM_XML:
            yield from _paragraph_elements(child)


def _paragraph_text(element: Any) -> str:
    """The text of a ``w:p`` as Word shows it with changes accepted.

    python-docx's ``Paragraph.text`` reads only the runs and links directly in the paragraph:
    a tracked insertion (``w:ins``), an Arabic run wrapped in ``w:dir``/``w:bdo``, a smart tag,
    a simple field or an inline content control lost its words ("قال الوزير إن 25 شخصاً").
    Here every run below the paragraph counts, except deleted and moved-away text.
    """
    out: list[str] = []

    def walk(parent: Any) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag in _NOT_TEXT or not isinstance(tag, str):
                continue
            if tag == _T:
                out.append(child.text or "")
            elif tag in (_TAB, _PTAB):
                out.append("\t")
            elif tag == _BR:
                out.append("\n" if child.get(qn("w:type"), "textWrapping") == "textWrapping" else "")
            elif tag == _CR:
                out.append("\n")
            elif tag == _NO_BREAK_HYPHEN:
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _reason(exc: BaseException) -> str:
    """The library's complaint, on one short line."""
    detail = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _check_package(name: str, data: bytes, max_bytes: int) -> None:
    if not data.startswith(b"PK"):
        raise refuse(name, "it is not a DOCX file (not a ZIP package)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except _CORRUPT as exc:
        raise refuse(name, f"it is a corrupt DOCX file ({_reason(exc)})") from None
    if unpacked > _UNPACKED_FACTOR * max_bytes:
        raise refuse(name, f"it unpacks to {unpacked} bytes, over the import limit")


def _core(document: Any) -> tuple[str | None, str | None, datetime.date | None]:
    props = document.core_properties
    values: list[Any] = []
    for field in ("title", "author", "created"):
        try:
            values.append(getattr(props, field))
        except (ValueError, TypeError, etree.LxmlError):
            values.append(None)
    title, author, created = values
    return (
        (title or "").strip() or None,
        (author or "").strip() or None,
        created.date() if isinstance(created, datetime.datetime) else None,
    )


def import_docx(name: str, data: bytes | str, max_bytes: int) -> ImportedDocument:
    if isinstance(data, str):
        raise refuse(name, "a DOCX file must be read as bytes, not text")
    _check_package(name, data, max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        paragraphs = [_paragraph_text(p) for p in _paragraph_elements(body)]
        title, author, created = _core(document)
    except _CORRUPT as exc:
        raise refuse(name, f"it is a corrupt DOCX file ({_reason(exc)})") from None
    text = normalize_newlines("\n\n".join(p for p in paragraphs if not is_blank(p)))
    if not text:
        raise refuse(name, "it is empty")
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise refuse(name, f"its text is over the import limit of {max_bytes} bytes")
    return make_document(name, "docx", text, title=title, author=author, published_on=created)
