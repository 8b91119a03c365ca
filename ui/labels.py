"""Translated display names for the stable codes the services use (status, kind, stance...)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from app.storage.models import CLAIM_KINDS, CLAIM_STATUSES, EVIDENCE_KINDS, STANCES

STATUSES = {"new": QT_TRANSLATE_NOOP("labels", "New"), "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
            "needs_second_review": QT_TRANSLATE_NOOP("labels", "Needs second review"), "done": QT_TRANSLATE_NOOP("labels", "Done"),
            "dismissed": QT_TRANSLATE_NOOP("labels", "Dismissed")}
KINDS = {"statistic": QT_TRANSLATE_NOOP("labels", "Statistic"), "attributed": QT_TRANSLATE_NOOP("labels", "Attributed statement"),
         "event": QT_TRANSLATE_NOOP("labels", "Event"), "historical": QT_TRANSLATE_NOOP("labels", "Historical"), "causal": QT_TRANSLATE_NOOP("labels", "Causal"),
         "comparison": QT_TRANSLATE_NOOP("labels", "Comparison"), "opinion": QT_TRANSLATE_NOOP("labels", "Prediction or opinion"), "other": QT_TRANSLATE_NOOP("labels", "Other")}
STANCE_NAMES = {"supports": QT_TRANSLATE_NOOP("labels", "Supports"), "refutes": QT_TRANSLATE_NOOP("labels", "Refutes"),
                "context": QT_TRANSLATE_NOOP("labels", "Context"), "unclear": QT_TRANSLATE_NOOP("labels", "Unclear")}
EVIDENCE_NAMES = {"url": QT_TRANSLATE_NOOP("labels", "Link"), "document": QT_TRANSLATE_NOOP("labels", "File"), "quote": QT_TRANSLATE_NOOP("labels", "Quote"),
                  "note": QT_TRANSLATE_NOOP("labels", "Note"), "dataset": QT_TRANSLATE_NOOP("labels", "Data set"),
                  "interview": QT_TRANSLATE_NOOP("labels", "Interview")}
assert (tuple(STATUSES), tuple(KINDS), tuple(STANCE_NAMES), tuple(EVIDENCE_NAMES)) == (
    CLAIM_STATUSES, CLAIM_KINDS, STANCES, EVIDENCE_KINDS), "a code of app.storage.models has no label"


def isolate_ltr(text: str) -> str:
    """A date, a number or a link kept left to right inside Arabic text: after an Arabic word the
    bidi algorithm reads 2024-03-05 as three Arabic numbers and shows them reversed (05-03-2024)."""
    return f"\u2066{text}\u2069"


def isolate(text: str) -> str:
    """``text`` laid out in its own direction (first strong letter) as one unit of the line around it."""
    return f"\u2068{text}\u2069"


def in_rtl_sentence(text: str) -> str:
    """``text`` isolated left to right when the interface is right to left (its sentences are)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return isolate_ltr(text) if rtl else text


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {key: QCoreApplication.translate("labels", text) for key, text in table.items()}


def status_labels() -> dict[str, str]:
    return _translated(STATUSES)


def kind_labels() -> dict[str, str]:
    return _translated(KINDS)


def stance_labels() -> dict[str, str]:
    return _translated(STANCE_NAMES)


def evidence_kind_labels() -> dict[str, str]:
    return _translated(EVIDENCE_NAMES)


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
        "copy evidence from the archive": QCoreApplication.translate("commands", "copy evidence from the archive"),
        "copy from archive": QCoreApplication.translate("commands", "copy evidence from the archive"),
        "resolve flag": QCoreApplication.translate("commands", "resolve flag"),
        "clear flag": QCoreApplication.translate("commands", "resolve flag"),
        "import bundle": QCoreApplication.translate("commands", "import bundle"),
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


# The services' messages a reviewer can meet in the window, in the interface language. The
# services speak English (the command line shows them as they are); the window shows these.
ERRORS = {
    "a claim cannot copy from itself": QT_TRANSLATE_NOOP("errors", "A claim cannot copy from itself."),
    "a claim needs some text: the span is empty": QT_TRANSLATE_NOOP(
        "errors", "A claim needs some text: the selection is empty."),
    "a source needs a name": QT_TRANSLATE_NOOP("errors", "A source needs a name."),
    "an article needs a title": QT_TRANSLATE_NOOP("errors", "An article needs a title."),
    "both parts of a split claim need some text": QT_TRANSLATE_NOOP(
        "errors", "Both parts of a split claim need some text: put the cursor between two words of the claim."),
    "choose at least two claims to merge": QT_TRANSLATE_NOOP("errors", "Select two or more claims to merge them."),
    "evidence needs a link, a title, an excerpt or a file": QT_TRANSLATE_NOOP(
        "errors", "Evidence needs a link, a title, an excerpt or a file."),
    "only claims of the same article can be merged": QT_TRANSLATE_NOOP(
        "errors", "Only claims of the same article can be merged."),
    "split point must fall inside the claim": QT_TRANSLATE_NOOP(
        "errors", "Put the cursor inside the claim where it should be split."),
    "the article is empty": QT_TRANSLATE_NOOP("errors", "The article is empty."),
    "the article's text changed while it was being analysed; analyse it again": QT_TRANSLATE_NOOP(
        "errors", "The article's text changed while it was being analysed; analyse it again."),
    "someone else changed the same data at the same moment; nothing of yours was saved, try again":
        QT_TRANSLATE_NOOP("errors", "Someone else changed the same data at the same moment; nothing of yours "
                                    "was saved. Try again."),
    "nothing to undo": QT_TRANSLATE_NOOP("errors", "Nothing to undo."),
    "nothing to redo": QT_TRANSLATE_NOOP("errors", "Nothing to redo."),
}
_REFUSED = re.compile(r"^cannot (undo|redo) “(.*)”: the data was changed since by another command or reviewer$")
_CHANGED = re.compile(r"^claim #\d+ was changed by someone else since you opened it \(your version \d+, now \d+\)$")
_NOT_A_DATE = re.compile(r"^(.*) (['\"])(.*)\2 is not a date in the form YYYY-MM-DD$", re.DOTALL)
_TOO_LARGE = re.compile(r"^cannot attach (['\"])(.*)\1: larger than (\d+) MB$", re.DOTALL)
_NO_FILE = re.compile(r"^cannot attach (['\"])(.*)\1: no such file$", re.DOTALL)


_WAITING = re.compile(r"^“(.*)” was not saved yet: earlier edits are waiting \((.*)\)$", re.DOTALL)


def storage_text(message: str) -> str:
    """A refused save's "<database>: <reason>" with the reason in the interface language and the
    database's name isolated left to right; "not saved yet: earlier edits are waiting" likewise."""
    from ui.database_prefs import KNOWN_REASONS, translated_reason

    waiting = _WAITING.match(message)
    if waiting:
        return QCoreApplication.translate("errors", "“%1” is not saved yet: earlier edits are waiting (%2).") \
            .replace("%1", command_label(waiting.group(1))).replace("%2", storage_text(waiting.group(2)))
    where, sep, reason = message.rpartition(": ")
    if sep and reason in KNOWN_REASONS:
        return f"{isolate_ltr(where)}: {translated_reason(reason)}"
    return translated_reason(message)


def error_text(message: str) -> str:
    """A service's message in the interface language (an unknown one as it is)."""
    if message in ERRORS:
        return QCoreApplication.translate("errors", ERRORS[message])
    refused = _REFUSED.match(message)
    if refused:
        text = (QCoreApplication.translate("errors", "Cannot undo “%1”: another command or reviewer has changed "
                                                     "the same data since.") if refused.group(1) == "undo" else
                QCoreApplication.translate("errors", "Cannot redo “%1”: another command or reviewer has changed "
                                                     "the same data since."))
        return text.replace("%1", command_label(refused.group(2)))
    date = _NOT_A_DATE.match(message)
    if date:  # the field's name comes translated from the dialog
        return QCoreApplication.translate("errors", "%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. %3.") \
            .replace("%1", date.group(1)).replace("%2", in_rtl_sentence(date.group(3))) \
            .replace("%3", in_rtl_sentence("2024-03-05"))
    large = _TOO_LARGE.match(message)
    if large:
        return QCoreApplication.translate("errors", "“%1” cannot be attached: it is larger than %2 MB.") \
            .replace("%1", large.group(2)).replace("%2", large.group(3))
    missing = _NO_FILE.match(message)
    if missing:
        return QCoreApplication.translate("errors", "“%1” cannot be attached: there is no such file.") \
            .replace("%1", missing.group(2))
    if _CHANGED.match(message):
        return QCoreApplication.translate("errors", "Someone else changed this claim meanwhile; nothing of yours "
                                                    "was saved. Look at their change and try again.")
    return message
