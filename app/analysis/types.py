"""The analysis engine's result types (plain dataclasses, JSON-ready, Qt-free).

Offsets are code-point offsets into the analysed text *after* ``\\r\\n`` → ``\\n``;
``text[start:end] == obj.text`` always holds for every span type.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure asserted by the text: ``نحو 30 ألف شخص`` → value 30000, unit شخص, qualifier about."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None  # the counted noun as written (قتيل، جريح، شخص، %, دولار ...)
    unit_key: str | None = None  # normalised matching key of the unit (singular lemma when known)
    qualifier: str | None = None  # about | more_than | less_than | up_to | at_least | exactly | None
    is_percent: bool = False
    currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if float(self.value).is_integer():
            d["value"] = int(self.value)
        return d


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period: ``19 سبتمبر/أيلول 2023`` → value ``2023-09-19``."""

    text: str
    start: int
    end: int
    value: str | None  # "YYYY", "YYYY-MM", "YYYY-MM-DD", or a decade "199X"; None if unresolvable
    calendar: str = "gregorian"  # gregorian | hijri (value is then converted to Gregorian)
    original: str | None = None  # the Hijri value as written, "1445-03-12", when calendar == hijri
    relative: bool = False  # resolved from the publication date (أمس، الثلاثاء الماضي)
    precision: str = "day"  # day | month | year | decade

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who the unit is attributed to, with the reporting verb and channel when given."""

    text: str  # the speaker's span as written ("وزارة الدفاع الأذربيجانية"), or "" when unknown
    start: int  # -1 when the speaker is unknown (impersonal: أفيد بأن)
    end: int
    verb: str | None = None  # the reporting verb as written (قالت، أضاف، أفيد)
    verb_start: int = -1
    verb_end: int = -1
    channel: str | None = None  # "تلغرام", "بيان", "مؤتمر صحفي" ... when given
    key: str | None = None  # normalised matching key for Source records
    inherited: bool = False  # named in a previous sentence ("أضاف البيان")
    kind_hint: str | None = None  # person | organisation | government | media | document | unknown

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "verb": self.verb,
            "channel": self.channel,
            "key": self.key,
            "inherited": self.inherited,
            "kind_hint": self.kind_hint,
        }


@dataclass(slots=True)
class Unit:
    """A sentence or clause with its check-worthiness."""

    start: int
    end: int
    text: str
    score: float = 0.0
    kind: str = "other"  # statistic | attributed | event | historical | causal | comparison | opinion | other
    reasons: list[str] = field(default_factory=list)  # stable codes, see REASON_LABELS
    speaker: Speaker | None = None
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 4),
            "kind": self.kind,
            "reasons": list(self.reasons),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two units giving different values for the same kind of figure."""

    a: int  # index into AnalysisResult.claims
    b: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"claims": [self.a, self.b], "reason": self.reason}


@dataclass(slots=True)
class AnalysisResult:
    text_sha256: str
    published: str | None  # YYYY-MM-DD
    language: str  # "ar", or the detected language code
    units: list[Unit]  # every unit, in text order
    threshold: float
    conflicts: list[Conflict] = field(default_factory=list)  # indices into self.claims

    @property
    def claims(self) -> list[Unit]:
        """The units at or above the highlight threshold, in text order."""
        return [u for u in self.units if u.score >= self.threshold]

    def to_dict(self, *, all_units: bool = False) -> dict[str, Any]:
        units = self.units if all_units else self.claims
        return {
            "article": {"text_sha256": self.text_sha256, "published": self.published, "language": self.language},
            "claims": [u.to_dict() for u in units],
            "conflicts": [c.to_dict() for c in self.conflicts] if not all_units else self._conflicts_all(),
        }

    def _conflicts_all(self) -> list[dict[str, Any]]:
        claims = self.claims
        index = {id(u): i for i, u in enumerate(self.units)}
        return [
            {"claims": [index[id(claims[c.a])], index[id(claims[c.b])]], "reason": c.reason}
            for c in self.conflicts
        ]
