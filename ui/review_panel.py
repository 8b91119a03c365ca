"""The review panel of the selected claim. Every edit is saved as it happens (no Save button).

Each save passes the claim's ``expected_version``; if another reviewer changed the claim
meanwhile, :class:`~ui.dialogs.ConflictDialog` shows both values (keep mine / take theirs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bundles.flags import parse_flag
from app.errors import ConflictError, NotFoundError
from app.services import claims
from app.services.changes import Changes
from app.services.core import Workspace
from ui.checked_before import CheckedBefore, FlagBar
from ui.dialogs import ConflictDialog
from ui.evidence_widgets import EvidenceWidget, field_labels
from ui.fonts import align_paragraphs
from ui.labels import command_label, evidence_kind_labels, isolate, kind_labels, stance_labels, status_labels
from ui.models.claims_model import is_rtl, swatch
from ui.runner import CommandRunner, VersionedCall
from ui.snapshot import ClaimDetail, RatingInfo, load_detail, source_names

SAVE_DELAY_MS = 800
# Audit fields the history leaves out: offsets, bookkeeping and the analysis' own numbers (a
# span's change shows as its quote's; a speaker's place in the text, with the speaker's name).
HIDDEN_HISTORY_FIELDS = frozenset({
    "start", "end", "context_before", "context_after", "speaker_start", "speaker_end", "updated_at",
    "created_at", "version", "uuid", "article_id", "claim_id", "position", "origin", "score", "reasons",
    "details", "attachment_sha256", "attachment_mime"})


class AutoSaveText(QPlainTextEdit):
    """A text box that commits its text after a pause in typing and when it loses focus."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)
        align_paragraphs(self)  # Arabic flush right, English flush left
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._saved = ""
        self.textChanged.connect(self._timer.start)

    def set_saved(self, text: str) -> None:
        self._saved = text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def flush(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text.strip() != self._saved.strip():
            self._saved = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().focusOutEvent(event)


class PanelCombo(QComboBox):
    """A combo box the mouse wheel does not change unless it has the focus: scrolling the panel
    over the status or verdict box must not set (and save) another status or verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel either

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # goes on to the scroll area


class ReviewPanel(QWidget):
    def __init__(self, ws: Workspace, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.detail: ClaimDetail | None = None
        self.ratings: list[RatingInfo] = []
        self.language = "ar"
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.as_checked = AutoSaveText()
        self.speaker = QLineEdit()
        self._sources = QStringListModel(self)
        completer = QCompleter(self._sources, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.kind, self.status, self.verdict = PanelCombo(), PanelCombo(), PanelCombo()
        self.explanation = AutoSaveText()
        self.evidence = EvidenceWidget(ws, runner)
        self.evidence.conflict_handler = lambda call: self._versioned(call, self.tr("Evidence"), "", lambda d: "")
        self.tags, self.reviewer = QLineEdit(), QLineEdit()
        self.history = QTreeWidget()
        self.history.setColumnCount(4)
        self.history.setRootIsDecorated(False)
        self.history.setMinimumHeight(110)
        header = self.history.header()  # when, who and what in full; the change takes the rest
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.flag = FlagBar(runner)
        self.checked_before = CheckedBefore(ws, runner)
        self.form = QFormLayout()
        # In a narrow panel a wide field (the evidence and its buttons) goes under its label
        # instead of pushing the panel into a horizontal scroll (its buttons were cut off).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("flag", self.flag), ("quote", self.quote), ("as_checked", self.as_checked), ("speaker", self.speaker),
                            ("kind", self.kind), ("status", self.status), ("verdict", self.verdict),
                            ("explanation", self.explanation), ("evidence", self.evidence),
                            ("tags", self.tags), ("reviewer", self.reviewer),
                            ("checked_before", self.checked_before), ("history", self.history)):
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], widget)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()
        self.retranslate()
        self.show_claim(None)

    def _connect(self) -> None:
        self.as_checked.committed.connect(lambda text: self._save(
            claims.set_claim_as_checked, text, self.tr("Claim as checked"), lambda d: d.claim_as_checked))
        self.explanation.committed.connect(lambda text: self._save(
            claims.set_explanation, text, self.tr("Explanation"), lambda d: d.explanation))
        self.speaker.editingFinished.connect(self._speaker_edited)
        self.tags.editingFinished.connect(self._tags_edited)
        self.reviewer.editingFinished.connect(self._reviewer_edited)
        self.kind.activated.connect(lambda _i: self._combo_saved(self.kind, claims.set_kind, lambda d: d.row.kind))
        self.status.activated.connect(
            lambda _i: self._combo_saved(self.status, claims.set_status, lambda d: d.row.status))
        self.verdict.activated.connect(
            lambda _i: self._combo_saved(self.verdict, claims.set_verdict, lambda d: d.row.verdict))

    # -- language and reference data ------------------------------------------------------

    def retranslate(self) -> None:
        names = {"quote": self.tr("Quote"), "as_checked": self.tr("Claim as checked"),
                 "speaker": self.tr("Speaker / source"), "kind": self.tr("Kind"), "status": self.tr("Status"),
                 "verdict": self.tr("Verdict"), "explanation": self.tr("Explanation"),
                 "evidence": self.tr("Evidence"), "tags": self.tr("Tags"), "reviewer": self.tr("Reviewer"),
                 "history": self.tr("History"), "flag": self.tr("Flagged"),
                 "checked_before": self.tr("Checked before")}
        for key, label in self.labels.items():
            label.setText(names[key])
        self.speaker.setPlaceholderText(self.tr("Who said it (a new name creates a source)"))
        self.tags.setPlaceholderText(self.tr("Comma-separated"))
        self.as_checked.setPlaceholderText(self.tr("The claim as you checked it, in your words"))
        self.history.setHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What"), self.tr("Change")])
        self._fill_combo(self.kind, list(kind_labels().items()))
        self._fill_combo(self.status, list(status_labels().items()))
        self._fill_verdicts()
        if self.detail is not None:
            self._fill(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_ratings(self, ratings: list[RatingInfo], language: str) -> None:
        self.ratings, self.language = ratings, language
        self.checked_before.set_ratings(ratings, language)
        self._fill_verdicts()
        if self.detail is not None:
            self._fill(self.detail)

    def _fill_verdicts(self) -> None:
        self.verdict.clear()
        self.verdict.addItem("—", None)
        for rating in self.ratings:
            self.verdict.addItem(swatch(rating.color), rating.label(self.language), rating.key)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for key, label in items:
            combo.addItem(label, key)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def refresh_sources(self) -> None:
        self._sources.setStringList(source_names(self.ws))

    # -- showing a claim ------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save what is typed but not saved yet (a text box's last pause, a name without Enter)."""
        if self.detail is None:
            return
        for box in (self.as_checked, self.explanation):
            box.flush()  # nothing if its text is what was saved
        for line, edited in ((self.speaker, self._speaker_edited), (self.tags, self._tags_edited),
                             (self.reviewer, self._reviewer_edited)):
            if line.isModified():  # typed, and not yet saved with Enter or by leaving the field
                edited()

    def show_claim(self, claim_id: int | None, *, commit: bool = True) -> None:
        """Show another claim, saving first what was typed for the one shown: stepping to the next
        claim used to drop a speaker typed without Enter, or the explanation's last words."""
        if commit and self.detail is not None and claim_id != self.detail.id:
            self.commit_pending()
        detail = None
        if claim_id is not None:
            try:
                detail = load_detail(self.ws, claim_id)
            except NotFoundError:
                detail = None
        self.detail = detail
        self.setEnabled(detail is not None)
        self.checked_before.set_claim(detail.id if detail is not None else None)
        if detail is None:
            self._clear()
        else:
            self._fill(detail, force=True)

    def reload(self) -> None:
        """Re-read the shown claim (changed elsewhere); the field being edited keeps its text."""
        if self.detail is None:
            return
        try:
            self.detail = load_detail(self.ws, self.detail.id)
        except NotFoundError:
            self.show_claim(None, commit=False)  # deleted: nothing of it to save
            return
        self._fill(self.detail)

    def refresh(self, changes: Changes) -> None:
        """Reload the shown claim if the command touched it, its evidence, tags or sources."""
        if changes.sources:
            self.refresh_sources()
        if self.detail is None:
            return
        if self.detail.id in changes.deleted.get("claims", set()):
            self.show_claim(None, commit=False)
        elif self.detail.id in changes.ids("claims") or changes.evidence or changes.touched("claim_tags"):
            self.reload()  # the field being typed in keeps its text and cursor

    def _clear(self) -> None:
        self.quote.clear()
        for box in (self.as_checked, self.explanation):
            box.set_saved("")
        for line in (self.speaker, self.tags, self.reviewer):
            line.clear()
        for combo in (self.kind, self.status, self.verdict):
            combo.setCurrentIndex(-1)  # no claim: no kind, status or verdict (not "Statistic", "New")
        self.evidence.set_claim(None, 0, [])
        self.flag.set_flag(None, 0, "")
        self.form.setRowVisible(self.flag, False)
        self.history.clear()

    def _fill(self, d: ClaimDetail, force: bool = False) -> None:
        """Show ``d``; the widget being edited keeps what the user is typing."""
        self.quote.setText(d.row.quote)
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(d.row.quote)
                                      else Qt.LayoutDirection.LeftToRight)
        for box, value in ((self.as_checked, d.claim_as_checked), (self.explanation, d.explanation)):
            if force or not box.hasFocus():
                box.set_saved(value)
        for line, value in ((self.speaker, d.row.speaker), (self.tags, "، ".join(d.tags)),
                            (self.reviewer, d.reviewer)):
            if force or not line.hasFocus():
                line.setText(value)
        for combo, value in ((self.kind, d.row.kind), (self.status, d.row.status), (self.verdict, d.row.verdict)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.evidence.set_claim(d.id, d.version, list(d.evidence))
        self.flag.set_flag(d.id, d.version, self.flag_text(d.row.flagged) if d.row.flagged else "")
        self.form.setRowVisible(self.flag, bool(d.row.flagged))
        self.history.clear()
        for h in reversed(d.history):
            if h.field in HIDDEN_HISTORY_FIELDS:
                continue
            change = self._change_text(h.entity, h.field, h.old, h.new) if h.field else (h.new or h.old or "")
            what = command_label(h.command)
            item = QTreeWidgetItem([h.at.strftime("%Y-%m-%d %H:%M"), h.actor, what, change])
            item.setToolTip(3, change)  # a long change in full
            self.history.addTopLevelItem(item)

    def _field(self, entity: str, field: str) -> tuple[str, dict[str, str]]:
        """A claim's or evidence's field as the interface names it, and its codes' labels."""
        if entity == "evidence":
            names = {**field_labels(), "kind": self.labels["kind"].text()}
            values = stance_labels() if field == "stance" else evidence_kind_labels() if field == "kind" else {}
            return f"{self.tr('Evidence')} · {names.get(field, field)}", values
        verdicts = {r.key: r.label(self.language) for r in self.ratings}
        claim_fields = {"status": ("status", status_labels()), "kind": ("kind", kind_labels()),
                        "rating_id": ("verdict", {str(r.id): r.label(self.language) for r in self.ratings}),
                        "verdict": ("verdict", verdicts), "explanation": ("explanation", {}),
                        "claim_as_checked": ("as_checked", {}), "speaker_id": ("speaker", {}),
                        "speaker": ("speaker", {}), "speaker_start": ("speaker", {}), "speaker_end": ("speaker", {}),
                        "reviewer_id": ("reviewer", {}), "reviewer": ("reviewer", {}), "tags": ("tags", {}),
                        "quote": ("quote", {}), "start": ("quote", {}), "end": ("quote", {}),
                        "context_before": ("quote", {}), "context_after": ("quote", {}), "flagged": ("flag", {})}
        label_key, values = claim_fields.get(field, ("", {}))
        return (self.labels[label_key].text() if label_key else field), values

    def _change_text(self, entity: str, field: str, old: str | None, new: str | None) -> str:
        """One audit change in words: field names and codes shown with the interface's labels, the
        arrow pointing the way the interface reads, each value isolated (an English value in an
        Arabic line keeps its place)."""
        title, values = self._field(entity, field)

        def shown(value: str | None) -> str:
            return isolate(values.get(value or "", value) or "—")

        return self.tr("%1: %2 → %3").replace("%1", title).replace("%2", shown(old)).replace("%3", shown(new))

    def flag_text(self, flagged: str) -> str:
        """Why a bundle import flagged the claim, in the interface's language: the merge writes
        'bundle from X: status = done (theirs) vs new (yours)' with field names and codes (shown
        as such, in English, in the Arabic panel). A line of another form is shown as it is."""
        lines = []
        for line in flagged.splitlines():
            flag = parse_flag(line)
            if flag is None:
                lines.append(line)
                continue
            title, values = self._field(flag.entity, flag.field)
            lines.append(self.tr("Bundle from %1: %2 is “%3” there, “%4” here.")
                         .replace("%1", isolate(flag.origin)).replace("%2", title)
                         .replace("%3", isolate(values.get(flag.theirs, flag.theirs)))
                         .replace("%4", isolate(values.get(flag.yours, flag.yours)))
                         + (" (" + isolate(flag.evidence) + ")" if flag.evidence is not None else ""))
        return "\n".join(lines)

    # -- saving ---------------------------------------------------------------------------

    def ask_conflict(self, what: str, mine: str, theirs: str) -> bool:
        """True to keep mine; the dialog names both values."""
        return ConflictDialog(what, mine, theirs, self).exec() == ConflictDialog.KEEP_MINE

    def _versioned(self, call: VersionedCall, what: str, mine: str, theirs: Callable[[ClaimDetail], Any]) -> None:
        """Run ``call`` with the shown claim's version; if someone else changed the claim
        meanwhile, show both values and, to keep mine, run it again on their version."""
        if self.detail is None:
            return
        claim_id, captured = self.detail.id, self.detail.version

        def latest() -> int:  # when the save starts: an earlier save of mine may have moved it on
            return self.detail.version if self.detail is not None and self.detail.id == claim_id else captured

        def resolve(_conflict: ConflictError) -> None:
            try:
                fresh = load_detail(self.ws, claim_id)
            except NotFoundError:
                self.runner.report(self.tr("This claim was deleted by someone else."))
                if self.detail is not None and self.detail.id == claim_id:
                    self.show_claim(None, commit=False)
                return
            if self.ask_conflict(what, mine, str(theirs(fresh) or "")):
                call(lambda: fresh.version, None)  # refused again: reported
            if self.detail is not None and self.detail.id == claim_id:
                self.show_claim(claim_id)  # theirs until mine is saved again

        call(latest, resolve)

    def _save(self, fn: Callable[..., Changes], value: Any, what: str,
              theirs: Callable[[ClaimDetail], Any], mine: str | None = None) -> None:
        if self.detail is None:
            return
        claim_id = self.detail.id
        self._versioned(lambda version, conflict: self.runner.run(fn, claim_id, value, version=version,
                                                                   conflict=conflict),
                        what, str(value or "") if mine is None else mine, theirs)

    def set_status(self, status: str) -> None:
        """Keyboard and menu actions: the same save (with conflict resolution) as the combo box."""
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self._combo_saved(self.status, claims.set_status, lambda d: d.row.status)

    def set_verdict(self, key: str | None) -> None:
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(key)))
        self._combo_saved(self.verdict, claims.set_verdict, lambda d: d.row.verdict)

    def _combo_saved(self, combo: QComboBox, fn: Callable[..., Changes],
                     current: Callable[[ClaimDetail], Any]) -> None:
        if self.detail is not None and combo.currentData() != current(self.detail):
            def shown(d: ClaimDetail) -> str:  # their value as the combo box names it
                return combo.itemText(max(0, combo.findData(current(d))))

            self._save(fn, combo.currentData(), self.form.labelForField(combo).text(), shown, combo.currentText())

    def _speaker_edited(self) -> None:
        self.speaker.setModified(False)  # submitted (commit_pending does not save it twice)
        name = " ".join(self.speaker.text().split())
        if self.detail is not None and name != self.detail.row.speaker:
            self._save(claims.set_speaker, name or None, self.tr("Speaker / source"), lambda d: d.row.speaker)

    def _tags_edited(self) -> None:
        self.tags.setModified(False)
        names = sorted({" ".join(t.split()) for t in self.tags.text().replace("،", ",").split(",") if t.strip()})
        if self.detail is not None and tuple(names) != tuple(sorted(self.detail.tags)):
            self._save(claims.set_tags, names, self.tr("Tags"), lambda d: "، ".join(d.tags))

    def _reviewer_edited(self) -> None:
        self.reviewer.setModified(False)
        name = " ".join(self.reviewer.text().split())
        if self.detail is not None and name != self.detail.reviewer:
            self._save(claims.set_reviewer, name, self.tr("Reviewer"), lambda d: d.reviewer)
