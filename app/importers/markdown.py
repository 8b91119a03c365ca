"""Markdown: the text with its markup stripped, the title from the first ``# `` heading.

Headings lose their ``#``, emphasis and inline code their marks, links become their text,
images are dropped, fenced code is kept as text; blocks are separated by a blank line.
A front matter block (``---`` YAML or ``+++`` TOML, as CMS exports write it) gives the
title, author, date, URL and outlet, and is not article text.
"""

from __future__ import annotations

import re

from app.importers.metadata import parse_date
from app.importers.model import ImportedDocument, is_blank, make_document, refuse
from app.importers.text import decode_input
from app.text import normalize_newlines

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(~~)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(\*)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<!\w)(_)(?=\S)(.+?)(?<=\S)\1(?!\w)"),
)
# Front matter: the block between the first line's ``---`` (or ``+++``) and the next.
_FRONT_MATTER = (
    re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S),
    re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.S),
)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*[:=][ \t]*(.*)$")
_FRONT_OTHER = re.compile(r"^(?:[ \t]+\S|[ \t]*-[ \t]|[ \t]*#|\[)")  # nested values, list items, comments, tables
_FRONT_FIELDS = {
    "title": ("title", "headline"),
    "author": ("author", "by", "byline"),
    "published_on": ("date", "published", "publishdate", "publish_date", "published_on", "pubdate",
                     "date_published", "datepublished"),
    "url": ("url", "link", "canonical", "canonical_url", "canonicalurl", "source_url"),
    "outlet": ("outlet", "publisher", "site", "site_name", "source"),
}
# Other keys that only front matter has: one known key is needed, so that prose between two
# rules ("---\nNote: ...\n---") stays text.
_FRONT_OTHER_KEYS = frozenset(("tags", "categories", "category", "layout", "draft", "slug", "description",
                               "summary", "lang", "language", "keywords", "image", "id", "type", "weight"))
# Escaped characters are hidden in a private-use plane while markup is stripped.
_HIDE = 0xF0000


def _hide(match: re.Match[str]) -> str:
    return chr(_HIDE + ord(match.group(1)))


def _unhide(text: str) -> str:
    return re.sub("[\U000f0000-\U000f00ff]", lambda m: chr(ord(m.group(0)) - _HIDE), text)


def _strip_spans(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\2", text)
    return text


def strip_inline(text: str) -> str:
    """One line of Markdown without its inline markup."""
    text = _ESCAPE.sub(_hide, text)
    parts: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        parts.append(_strip_spans(text[position : match.start()]))
        parts.append(match.group(2).strip(" ") or match.group(2))
        position = match.end()
    parts.append(_strip_spans(text[position:]))
    return _unhide("".join(parts))


class _Blocks:
    """The plain-text blocks of a document, and its title."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.title: str | None = None

    def flush(self) -> None:
        block = "\n".join(self.lines).strip("\n")
        if not is_blank(block):
            self.blocks.append(block)
        self.lines = []

    def heading(self, text: str, level: int) -> None:
        self.flush()
        text = text.strip()
        if is_blank(text):
            return
        if level == 1 and self.title is None:
            self.title = text
        self.blocks.append(text)


def _parse(text: str) -> _Blocks:
    out = _Blocks()
    fence: str | None = None
    for line in text.split("\n"):
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                out.flush()
                fence = None
            else:
                out.lines.append(line)
            continue
        match = _FENCE.match(line)
        if match:
            out.flush()
            fence = match.group(1)
            continue
        if not line.strip():
            out.flush()
            continue
        setext = _SETEXT.match(line)
        if setext and len(out.lines) == 1:
            heading = out.lines.pop()
            out.heading(heading, 1 if setext.group(1)[0] == "=" else 2)
            continue
        if _RULE.match(line) or _REF_DEF.match(line):
            out.flush()
            continue
        atx = _ATX.match(line)
        if atx:
            out.heading(strip_inline(atx.group(2) or ""), len(atx.group(1)))
            continue
        line = _LIST.sub("", _QUOTE.sub("", line))
        out.lines.append(strip_inline(line).rstrip())
    out.flush()
    return out


def _front_value(raw: str) -> str | None:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    value = " ".join(value.split())
    return value or None


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The metadata of a leading front matter block and the text after it (``({}, text)`` if none)."""
    for pattern in _FRONT_MATTER:
        match = pattern.match(text)
        if match is None:
            continue
        found: dict[str, str] = {}
        known = False
        for line in match.group(1).split("\n"):
            if not line.strip() or _FRONT_OTHER.match(line):
                continue
            key = _FRONT_KEY.match(line)
            if key is None:
                return {}, text  # prose between two rules, not metadata
            value = _front_value(key.group(2))
            name = key.group(1).lower()
            known = known or name in _FRONT_OTHER_KEYS or any(name in names for names in _FRONT_FIELDS.values())
            for field, names in _FRONT_FIELDS.items():
                if name in names and value and field not in found:
                    found[field] = value
        if known:
            return found, text[match.end():]
    return {}, text


def import_markdown(name: str, data: bytes | str, encoding: str | None) -> ImportedDocument:
    source, used = decode_input(name, data, encoding)
    meta, body = front_matter(normalize_newlines(source))
    parsed = _parse(body)
    text = "\n\n".join(parsed.blocks)
    if is_blank(text):
        raise refuse(name, "it is empty" if is_blank(source) else "it has no text")
    url = meta.get("url")
    return make_document(name, "markdown", text, used, title=meta.get("title") or parsed.title,
                         author=meta.get("author"), published_on=parse_date(meta.get("published_on")),
                         url=url if url and url.lower().startswith(("http://", "https://")) else None,
                         outlet=meta.get("outlet"))
