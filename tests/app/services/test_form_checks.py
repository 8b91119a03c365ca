"""The checks a form runs before saving refuse exactly what the commands refuse, and write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputError
from app.services import attachments, queries
from app.services import evidence as ev
from app.services.articles import NewArticle, check_new_article, import_article
from app.services.core import Workspace


def test_an_empty_article_is_refused_before_and_by_the_import(ws: Workspace) -> None:
    with pytest.raises(InputError, match="the article is empty"):
        check_new_article(NewArticle(text=" \n\t "))
    with pytest.raises(InputError, match="the article is empty"):
        import_article(ws, NewArticle(text=" \n\t "))
    check_new_article(NewArticle(text="نص قصير"))  # accepted


def test_evidence_checks_match_add_evidence(ws: Workspace, article_id: int, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import claims as cl

    claim_id = int(cl.add_claim(ws, article_id, 0, 10).result)  # type: ignore[arg-type]
    refused = [
        ({"kind": "note"}, None, "evidence needs a link, a title, an excerpt or a file"),
        ({"kind": "url", "url": "https://example.org", "stance": "maybe"}, None, "unknown stance 'maybe'"),
        ({"kind": "document", "title": "صورة"}, tmp_path / "missing.png", "no such file"),
    ]
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1024)
    refused.append(({"kind": "document", "title": "ملف"}, big, "larger than"))
    for values, attachment, message in refused:
        with pytest.raises(InputError, match=message):
            ev.check_new_evidence(dict(values), attachment)
        with pytest.raises(InputError, match=message):
            ev.add_evidence(ws, claim_id, attachment=attachment, **values)
    with ws.db.read_session() as s:
        assert queries.get_claim(s, claim_id).evidence == []
    small = tmp_path / "small.txt"
    small.write_text("شهادة", encoding="utf-8")
    ev.check_new_evidence({"kind": "document", "title": "شهادة"}, small)
    ev.check_new_evidence({"kind": "url", "url": "https://example.org/rain"})
