"""What a command changed, so that screens refresh only what they must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Changes:
    """The result of a service command: which rows of which tables it touched."""

    command: str = ""
    label: str = ""
    step_id: int | None = None
    inserted: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    fields: dict[str, set[str]] = field(default_factory=dict)  # table → changed field names
    result: Any = None  # the command's own return value (a new claim's id, ...)

    def note(self, action: str, table: str, row_id: int, names: set[str] | None = None) -> None:
        getattr(self, action).setdefault(table, set()).add(row_id)
        if names:
            self.fields.setdefault(table, set()).update(names)

    def touched(self, table: str) -> bool:
        return any(table in d for d in (self.inserted, self.updated, self.deleted))

    def ids(self, table: str) -> set[int]:
        out: set[int] = set()
        for d in (self.inserted, self.updated, self.deleted):
            out |= d.get(table, set())
        return out

    @property
    def empty(self) -> bool:
        return not (self.inserted or self.updated or self.deleted)

    # Convenience flags for screens.
    @property
    def articles(self) -> bool:
        return self.touched("articles")

    @property
    def claims(self) -> bool:
        return self.touched("claims") or self.touched("claim_tags") or self.touched("claim_links")

    @property
    def evidence(self) -> bool:
        return self.touched("evidence")

    @property
    def sources(self) -> bool:
        return self.touched("sources")

    @property
    def ratings(self) -> bool:
        return self.touched("ratings")
