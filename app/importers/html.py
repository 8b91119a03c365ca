"""HTML: the article's main text and what the page's metadata says about it.

Parsed with ``lxml.html`` offline: the parser never touches the network and, being an HTML
parser, loads no DTD and no external entity. Scripts, styles, navigation, headers, footers,
asides, forms, comments and hidden elements are left out; the main text comes from ``<article>`` or
``<main>`` when the page has one, else from the block with the most paragraph text.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from app.errors import InputError
from app.importers.detect import decode, detect_encoding
from app.importers.metadata import PageMetadata, read_metadata
from app.importers.model import ImportedDocument, is_blank, make_document, refuse
from app.importers.text import decode_input, require_text
from app.text import normalize_newlines

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

_DROPPED = frozenset(
    "script style noscript template nav header footer aside form iframe svg math button "
    "select textarea input object embed canvas head title meta link dialog".split()
)
_DROPPED_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr "
    "thead tbody tfoot caption figure figcaption address hr details summary center fieldset "
    "body html".split()
)
_CELLS = frozenset(("td", "th"))
# An inline style that hides the element: a reader never sees its text (share widgets, SEO copy).
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
                           re.I)
_LINE_BREAK = "\x00"  # stands for <br> until paragraphs are split; decoded text has no NUL
_SPACES = re.compile(r"\s+")
# Characters XML (and so lxml's tree) cannot hold; in HTML they show as nothing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _decode_html(name: str, data: bytes | str, encoding: str | None) -> tuple[str, str | None]:
    """Decode with the caller's encoding, else the page's declared charset, else detection."""
    if isinstance(data, str) or encoding is not None:
        return decode_input(name, data, encoding)
    detected = detect_encoding(data)
    declared = _META_CHARSET.search(data[:4096])
    if declared and detected == "utf-8" and not data.isascii() and _valid_utf8(data):
        # Letters in valid UTF-8 are UTF-8, whatever an old <meta> still says: a page moved to
        # UTF-8 that kept charset=windows-1256 was imported as mojibake ("ط¹ظ…ظ‘ط§ظ†").
        return decode(name, data, None)
    if declared and not detected.startswith(("utf-16", "utf-32", "utf-8-sig")):
        try:
            return decode(name, data, declared.group(1).decode("ascii").lower())
        except InputError:  # a wrong or unknown declaration: fall back to detection
            pass
    return decode(name, data, None)


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse(name: str, text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(_NOT_XML.sub(" ", text).encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise refuse(name, f"it is not a readable HTML page ({reason})") from None


def _strip_boilerplate(root: lxml.html.HtmlElement) -> None:
    doomed = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and (
            el.tag in _DROPPED
            or el.get("hidden") is not None
            or _HIDDEN_STYLE.search(el.get("style") or "") is not None
            or (el.get("role") or "").strip().lower() in _DROPPED_ROLES
        )
    ]
    for el in doomed:
        if el is not root and el.getparent() is not None:
            el.drop_tree()


def _text_length(el: lxml.html.HtmlElement) -> int:
    return len("".join(el.itertext()).strip())


def _main_block(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    articles = list(root.iter("article"))
    if articles:
        return max(articles, key=_text_length)
    for el in root.iter("main"):
        return el
    for el in root.iter():
        if isinstance(el.tag, str) and (el.get("role") or "").strip().lower() == "main":
            return el
    best, best_score = None, 0
    for el in root.iter():
        score = sum(_text_length(child) for child in el if child.tag == "p")
        if score > best_score:
            best, best_score = el, score
    if best is not None:
        return best
    body = root.find("body")
    return body if body is not None else root


class _Paragraphs:
    def __init__(self) -> None:
        self.done: list[str] = []
        self.pieces: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(_SPACES.sub(" ", text))

    def flush(self) -> None:
        lines = (" ".join(line.split()) for line in "".join(self.pieces).split(_LINE_BREAK))
        paragraph = "\n".join(line for line in lines if not is_blank(line))
        if paragraph:
            self.done.append(paragraph)
        self.pieces = []

    def add_verbatim(self, text: str) -> None:
        self.flush()
        text = text.strip("\n").rstrip()
        if not is_blank(text):
            self.done.append(text)


def block_text(block: lxml.html.HtmlElement) -> str:
    """The plain text of an element: blocks become paragraphs separated by a blank line."""
    out = _Paragraphs()
    walker = etree.iterwalk(block, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "pre":
                out.add_verbatim("".join(el.itertext()))
                walker.skip_subtree()
                continue
            if tag in _BLOCKS:
                out.flush()
            elif tag == "br":
                out.pieces.append(_LINE_BREAK)
            elif tag in _CELLS:
                out.add(" ")
            out.add(el.text)
        else:
            if tag in _BLOCKS:
                out.flush()
            elif tag in _CELLS:
                out.add(" ")
            if el is not block:
                out.add(el.tail)
    out.flush()
    return "\n\n".join(out.done)


def import_html(name: str, data: bytes | str, encoding: str | None) -> ImportedDocument:
    source, used = _decode_html(name, data, encoding)
    source = normalize_newlines(source)
    require_text(name, source)
    root = _parse(name, source)
    meta: PageMetadata = read_metadata(root)
    _strip_boilerplate(root)
    text = block_text(_main_block(root))
    if not text:
        body = root.find("body")
        text = block_text(body if body is not None else root)
    if not text:
        raise refuse(name, "the page has no text")
    return make_document(
        name,
        "html",
        text,
        used,
        title=meta.title,
        author=meta.author,
        published_on=meta.published_on,
        url=meta.url,
        outlet=meta.outlet,
    )
