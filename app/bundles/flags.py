"""The lines a bundle merge writes into a claim's ``flagged`` text, written and read in one place.

When an incoming bundle disagrees with a claim already reviewed here, the merge keeps the local
values and records each disagreement as one line of the claim's ``flagged`` text (which travels
in bundles too, so the line format is part of the exchange format)::

    bundle from Desk B: status = done (theirs) vs new (yours)
    bundle from Desk B: evidence “Ministry statement” stance = refutes (theirs) vs supports (yours)

:func:`flag_line` writes such a line; :func:`parse_flag` reads one back into a :class:`Flag`, so
that screens can show it in their own language without knowing the wording. Other lines (typed
by hand, or from a later format) parse to None and are shown as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"^bundle from (.*?): (?:evidence “(.*)” )?(\w+) = (.*) \(theirs\) vs (.*) \(yours\)$")


@dataclass(frozen=True)
class Flag:
    origin: str  # the bundle's origin (who exported it)
    field: str  # a claim field, or an evidence field when ``evidence`` is set
    theirs: str  # the bundle's value, as shown (shortened, "—" for none)
    yours: str  # the value kept here
    evidence: str | None = None  # the evidence item's title, for an evidence field

    @property
    def entity(self) -> str:
        return "evidence" if self.evidence is not None else "claims"


def flag_line(flag: Flag) -> str:
    """The line the merge writes for ``flag``."""
    where = f"evidence “{flag.evidence}” " if flag.evidence is not None else ""
    return f"bundle from {flag.origin}: {where}{flag.field} = {flag.theirs} (theirs) vs {flag.yours} (yours)"


def parse_flag(line: str) -> Flag | None:
    """The :class:`Flag` a merge line records, or None for any other line."""
    match = _LINE.match(line)
    if match is None:
        return None
    origin, evidence, field, theirs, yours = match.groups()
    return Flag(origin=origin, field=field, theirs=theirs, yours=yours, evidence=evidence)
