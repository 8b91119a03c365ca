"""Translated display names for the stable codes the services use (status, kind, stance...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.storage.models import CLAIM_KINDS, CLAIM_STATUSES, EVIDENCE_KINDS, STANCES


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_labels() -> dict[str, str]:
    labels = {
        "new": _t("New"),
        "in_progress": _t("In progress"),
        "needs_second_review": _t("Needs second review"),
        "done": _t("Done"),
        "dismissed": _t("Dismissed"),
    }
    assert tuple(labels) == CLAIM_STATUSES
    return labels


def kind_labels() -> dict[str, str]:
    labels = {
        "statistic": _t("Statistic"),
        "attributed": _t("Attributed statement"),
        "event": _t("Event"),
        "historical": _t("Historical"),
        "causal": _t("Causal"),
        "comparison": _t("Comparison"),
        "opinion": _t("Opinion"),
        "other": _t("Other"),
    }
    assert tuple(labels) == CLAIM_KINDS
    return labels


def stance_labels() -> dict[str, str]:
    labels = {
        "supports": _t("Supports"),
        "refutes": _t("Refutes"),
        "context": _t("Context"),
        "unclear": _t("Unclear"),
    }
    assert tuple(labels) == STANCES
    return labels


def evidence_kind_labels() -> dict[str, str]:
    labels = {
        "url": _t("Link"),
        "document": _t("File"),
        "quote": _t("Quote"),
        "note": _t("Note"),
        "dataset": _t("Data set"),
        "interview": _t("Interview"),
    }
    assert tuple(labels) == EVIDENCE_KINDS
    return labels


def reason_label(code: str, lang: str) -> str:
    """The analysis engine's label for a reason code (its own Arabic/English pair)."""
    try:
        from app.analysis.scoring import REASON_LABELS
    except ImportError:  # the engine is optional for reviewing stored claims
        return code
    pair = REASON_LABELS.get(code)
    return (pair[0] if lang == "ar" else pair[1]) if pair else code
