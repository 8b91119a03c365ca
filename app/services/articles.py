"""Commands on articles: import, edit metadata, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InputError
from app.services.core import Workspace, command
from app.services.queries import get_article
from app.storage.models import Article, Claim, ClaimLink
from app.text import normalize_newlines, sha256_text

ARTICLE_FIELDS = ("title", "outlet", "url", "author", "published_on", "language")


@dataclass
class NewArticle:
    text: str
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published_on: dt.date | None = None
    language: str = "ar"
    source_filename: str | None = None


def parse_date(value: str | None, what: str = "--published") -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} {value!r} is not a date in the form YYYY-MM-DD") from None


def find_by_text(s: Session, text: str) -> Article | None:
    return s.scalars(select(Article).where(Article.text_sha256 == sha256_text(normalize_newlines(text)))).first()


def check_new_article(new: NewArticle) -> None:
    """The InputError :func:`import_article` would raise, before anything is written (a form
    checks with it first and keeps the pasted text)."""
    if not new.text.strip():
        raise InputError("the article is empty")


@command("import_article", "import article")
def import_article(s: Session, ws: Workspace, new: NewArticle) -> int:
    check_new_article(new)
    text = normalize_newlines(new.text)
    title = new.title.strip() or text.strip().split("\n", 1)[0][:120]
    article = Article(
        title=title, outlet=new.outlet, url=new.url, author=new.author, published_on=new.published_on,
        language=new.language, text=text, text_sha256=sha256_text(text), source_filename=new.source_filename,
    )
    s.add(article)
    s.flush()
    return article.id


@command("edit_article", "edit article details")
def edit_article(s: Session, ws: Workspace, article_id: int, **fields: object) -> None:
    article = get_article(s, article_id)
    for name, value in fields.items():
        if name not in ARTICLE_FIELDS:
            raise InputError(f"an article has no field {name!r}")
        if name == "title" and not str(value or "").strip():
            raise InputError("an article needs a title")
        setattr(article, name, value)


@command("delete_article", "delete article")
def delete_article(s: Session, ws: Workspace, article_id: int) -> None:
    article = get_article(s, article_id)
    # Links are deleted through the ORM (not left to ON DELETE CASCADE) so that undo restores them;
    # the article's claims, evidence and tags follow through the relationship cascades.
    claim_ids = select(Claim.id).where(Claim.article_id == article.id)
    for link in s.scalars(select(ClaimLink).where(ClaimLink.claim_a_id.in_(claim_ids))):
        s.delete(link)
    s.delete(article)
