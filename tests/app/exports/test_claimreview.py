"""schema.org ClaimReview: valid against Sanad's schema, numeric ratings only inside the scale."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.exports import export_article
from app.exports.claimreview import ClaimReviewError, schema
from app.services import claims as cmds
from app.services.core import Workspace

ORG_NAME, ORG_URL = "منصة سند للتحقق", "https://sanad.example/fact-checks"


def test_claimreview_validates_and_maps_the_scale(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "cr.json"
    result = export_article(ws, reviewed_article, "claimreview", out, "ar", org_name=ORG_NAME, org_url=ORG_URL)
    items = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(items, schema())
    assert len(items) == 3  # the three claims with a verdict
    true, unverifiable, false = items
    assert true["@context"] == "https://schema.org" and true["@type"] == "ClaimReview"
    assert true["claimReviewed"] == "قُتل 25 شخصاً وأصيب 138 في فيضانات وادي السدرة"
    assert true["reviewRating"] == {"@type": "Rating", "alternateName": "صحيح", "ratingValue": 6,
                                    "bestRating": 6, "worstRating": 1}
    assert false["reviewRating"]["ratingValue"] == 2 and false["reviewRating"]["alternateName"] == "خاطئ"
    assert unverifiable["reviewRating"] == {"@type": "Rating", "alternateName": "غير قابل للتحقق"}
    assert true["itemReviewed"] == {
        "@type": "Claim", "author": {"@type": "Organization", "name": "وزارة الداخلية"},
        "datePublished": "2026-11-03", "appearance": [{"@type": "CreativeWork", "url": "https://example.org/news/1"}],
    }
    assert false["itemReviewed"]["author"] == {"@type": "Person", "name": "سامي العطار"}
    assert true["author"] == {"@type": "Organization", "name": ORG_NAME, "url": ORG_URL}
    assert true["url"].startswith(ORG_URL + "#claim-") and true["inLanguage"] == "ar"
    assert len(true["datePublished"]) == 10
    assert '"ratingValue": 6' in out.read_text(encoding="utf-8")  # a JSON number in ASCII digits
    assert any("claim 2" in w and "itemReviewed.author" in w for w in result.warnings)
    assert any("claim 2" in w and "reviewRating.ratingValue" in w for w in result.warnings)


def test_english_labels_and_long_claims_warn(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    with ws.db.read_session() as s:
        from app.services.queries import article_claims

        first = article_claims(s, reviewed_article)[0].id
    cmds.set_claim_as_checked(ws, first, "قتل " * 30)
    result = export_article(ws, reviewed_article, "claimreview", tmp_path / "cr.json", "en", org_name=ORG_NAME, org_url=ORG_URL)
    items = json.loads((tmp_path / "cr.json").read_text(encoding="utf-8"))
    assert items[0]["reviewRating"]["alternateName"] == "True" and items[0]["inLanguage"] == "en"
    assert any("claim 1: claimReviewed has 119 characters" in w for w in result.warnings)


def test_missing_organisation_is_refused(ws: Workspace, reviewed_article: int, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SANAD_ORG_NAME", raising=False)
    monkeypatch.delenv("SANAD_ORG_URL", raising=False)
    out = tmp_path / "cr.json"
    with pytest.raises(ClaimReviewError, match=r"author\.name .*SANAD_ORG_NAME.*; url ") as info:
        export_article(ws, reviewed_article, "claimreview", out, "ar")
    assert info.value.exit_code == 2 and not out.exists()
    monkeypatch.setenv("SANAD_ORG_NAME", "Env Org")
    monkeypatch.setenv("SANAD_ORG_URL", "https://env.example")
    export_article(ws, reviewed_article, "claimreview", out, "ar")
    assert json.loads(out.read_text(encoding="utf-8"))[0]["author"]["name"] == "Env Org"


def test_unsafe_organisation_url_is_not_used(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    with pytest.raises(ClaimReviewError, match=r"\burl\b"):
        export_article(ws, reviewed_article, "claimreview", tmp_path / "cr.json", "ar",
                       org_name="x", org_url="javascript:alert(1)")
