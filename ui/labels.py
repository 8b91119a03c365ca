"""Translated display names for the stable codes the services use (status, kind, stance...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.storage.models import CLAIM_KINDS, CLAIM_STATUSES, EVIDENCE_KINDS, STANCES


def status_labels() -> dict[str, str]:
    labels = {
        "new": QCoreApplication.translate("labels", "New"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "needs_second_review": QCoreApplication.translate("labels", "Needs second review"),
        "done": QCoreApplication.translate("labels", "Done"),
        "dismissed": QCoreApplication.translate("labels", "Dismissed"),
    }
    assert tuple(labels) == CLAIM_STATUSES
    return labels


def kind_labels() -> dict[str, str]:
    labels = {
        "statistic": QCoreApplication.translate("labels", "Statistic"),
        "attributed": QCoreApplication.translate("labels", "Attributed statement"),
        "event": QCoreApplication.translate("labels", "Event"),
        "historical": QCoreApplication.translate("labels", "Historical"),
        "causal": QCoreApplication.translate("labels", "Causal"),
        "comparison": QCoreApplication.translate("labels", "Comparison"),
        "opinion": QCoreApplication.translate("labels", "Opinion"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    assert tuple(labels) == CLAIM_KINDS
    return labels


def stance_labels() -> dict[str, str]:
    labels = {
        "supports": QCoreApplication.translate("labels", "Supports"),
        "refutes": QCoreApplication.translate("labels", "Refutes"),
        "context": QCoreApplication.translate("labels", "Context"),
        "unclear": QCoreApplication.translate("labels", "Unclear"),
    }
    assert tuple(labels) == STANCES
    return labels


def evidence_kind_labels() -> dict[str, str]:
    labels = {
        "url": QCoreApplication.translate("labels", "Link"),
        "document": QCoreApplication.translate("labels", "File"),
        "quote": QCoreApplication.translate("labels", "Quote"),
        "note": QCoreApplication.translate("labels", "Note"),
        "dataset": QCoreApplication.translate("labels", "Data set"),
        "interview": QCoreApplication.translate("labels", "Interview"),
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


def command_labels() -> dict[str, str]:
    """The services' command labels (undo menu, history), keyed by label with spaces."""
    return {
        "add claim": QCoreApplication.translate("commands", "add claim"),
        "change claim span": QCoreApplication.translate("commands", "change claim span"),
        "split claim": QCoreApplication.translate("commands", "split claim"),
        "merge claims": QCoreApplication.translate("commands", "merge claims"),
        "set status": QCoreApplication.translate("commands", "set status"),
        "set verdict": QCoreApplication.translate("commands", "set verdict"),
        "set claim kind": QCoreApplication.translate("commands", "set claim kind"),
        "set kind": QCoreApplication.translate("commands", "set claim kind"),
        "edit claim as checked": QCoreApplication.translate("commands", "edit claim as checked"),
        "set claim as checked": QCoreApplication.translate("commands", "edit claim as checked"),
        "edit explanation": QCoreApplication.translate("commands", "edit explanation"),
        "set explanation": QCoreApplication.translate("commands", "edit explanation"),
        "set reviewer": QCoreApplication.translate("commands", "set reviewer"),
        "set speaker": QCoreApplication.translate("commands", "set speaker"),
        "set tags": QCoreApplication.translate("commands", "set tags"),
        "dismiss claim": QCoreApplication.translate("commands", "dismiss claim"),
        "delete claim": QCoreApplication.translate("commands", "delete claim"),
        "add evidence": QCoreApplication.translate("commands", "add evidence"),
        "edit evidence": QCoreApplication.translate("commands", "edit evidence"),
        "delete evidence": QCoreApplication.translate("commands", "delete evidence"),
        "import article": QCoreApplication.translate("commands", "import article"),
        "edit article details": QCoreApplication.translate("commands", "edit article details"),
        "edit article": QCoreApplication.translate("commands", "edit article details"),
        "delete article": QCoreApplication.translate("commands", "delete article"),
        "analyse article": QCoreApplication.translate("commands", "analyse article"),
        "analyze article": QCoreApplication.translate("commands", "analyse article"),
        "add source": QCoreApplication.translate("commands", "add source"),
        "edit source": QCoreApplication.translate("commands", "edit source"),
    }


def command_label(name: str) -> str:
    """``set_verdict`` / ``set verdict`` / ``undo:set_verdict`` in the interface language."""
    prefix, _, rest = name.rpartition(":")
    label = command_labels().get(rest.replace("_", " "), rest.replace("_", " "))
    if prefix == "undo":
        return QCoreApplication.translate("commands", "undo: %1").replace("%1", label)
    if prefix == "redo":
        return QCoreApplication.translate("commands", "redo: %1").replace("%1", label)
    return label
