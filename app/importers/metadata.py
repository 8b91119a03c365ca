"""What a web page's metadata says about its article: title, author, date, URL, outlet.

Read from ``<meta>`` tags (Open Graph, ``article:*``, ``name=author``/``date``...), the
canonical link, ``<title>`` and JSON-LD ``NewsArticle`` (or any ``*Article``) objects.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html

_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report)$")
_MAX_JSON_DEPTH = 6


@dataclass
class PageMetadata:
    title: str | None = None
    author: str | None = None
    published_on: datetime.date | None = None
    url: str | None = None
    outlet: str | None = None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def parse_date(value: object) -> datetime.date | None:
    """The date of an ISO-like date or timestamp (``2024-03-05T10:00Z``, any digits) or of an
    RFC 2822 one (``Tue, 05 Mar 2024 10:00:00 GMT``); None for anything else or ambiguous.
    """
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if match:
        try:
            return datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _meta_tags(root: lxml.html.HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = _clean(el.get("content"))
        if key and content and key not in tags:
            tags[key] = content
    return tags


def _canonical(root: lxml.html.HtmlElement) -> str | None:
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            return _clean(el.get("href"))
    return None


def _is_article(obj: dict[str, Any]) -> bool:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and _ARTICLE_TYPES.search(t) for t in names)


def _articles(obj: object, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_JSON_DEPTH:
        return
    if isinstance(obj, list):
        for item in obj:
            yield from _articles(item, depth + 1)
    elif isinstance(obj, dict):
        if _is_article(obj):
            yield obj
        yield from _articles(obj.get("@graph"), depth + 1)


def _json_ld(root: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first article object of the page's JSON-LD, or an empty dict."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for article in _articles(data):
            return article
    return {}


def _name(value: object) -> str | None:
    """A JSON-LD person or organisation (a string, ``{"name": ...}`` or a list of them)."""
    if isinstance(value, list):
        names = [name for name in (_name(item) for item in value[:20] if not isinstance(item, list)) if name]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def _ld_url(article: dict[str, Any]) -> str | None:
    for key in ("url", "mainEntityOfPage"):
        value = article.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if _clean(value):
            return _clean(value)
    return None


def _first(*values: object) -> str | None:
    for value in values:
        cleaned = _clean(value)
        if cleaned:
            return cleaned
    return None


def _not_url(value: str | None) -> str | None:
    """An ``article:author`` that is a profile URL is not a name."""
    return None if value is None or _URL.match(value) else value


_TITLE_SEPARATORS = ("|", "-", "–", "—", "·", ":", "::")


def _without_outlet(title: str | None, outlet: str | None) -> str | None:
    """The headline without the outlet's name that pages add to ``<title>`` ("الخبر | صحيفة النخيل")."""
    if not title or not outlet:
        return title
    for separator in _TITLE_SEPARATORS:
        for head, tail in ((f"{separator} {outlet}", True), (f"{outlet} {separator}", False)):
            if tail and title.endswith(head):
                rest = title[: -len(head)].strip()
            elif not tail and title.startswith(head):
                rest = title[len(head):].strip()
            else:
                continue
            if rest:
                return rest
    return title


def read_metadata(root: lxml.html.HtmlElement) -> PageMetadata:
    meta = _meta_tags(root)
    ld = _json_ld(root)
    title_el = root.find(".//title")
    h1 = root.find(".//h1")
    title = _first(
        meta.get("og:title"),
        ld.get("headline"),
        meta.get("twitter:title"),
        title_el.text_content() if title_el is not None else None,
        h1.text_content() if h1 is not None else None,
    )
    outlet = _first(meta.get("og:site_name"), _name(ld.get("publisher")))
    title = _without_outlet(title, outlet)
    author = _first(
        meta.get("author"),
        meta.get("dc.creator"),
        _name(ld.get("author")),
        _not_url(meta.get("article:author")),
    )
    published = None
    for value in (
        meta.get("article:published_time"),
        ld.get("datePublished"),
        meta.get("date"),
        meta.get("pubdate"),
        meta.get("publishdate"),
        meta.get("datepublished"),
        meta.get("dc.date.issued"),
        meta.get("dc.date"),
    ):
        published = parse_date(value)
        if published is not None:
            break
    return PageMetadata(
        title=title,
        author=author,
        published_on=published,
        url=_first(meta.get("og:url"), _canonical(root), _ld_url(ld)),
        outlet=outlet,
    )
