"""``sanad analyze`` and ``sanad score-lines``: the analysis engine on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

from app.errors import InputError

if TYPE_CHECKING:
    from app.analysis.types import AnalysisResult

# The importers and the engine (and camel-tools, whose import builds Unicode tables) are
# imported by the handlers, not here: building the command-line parser must stay fast for
# every command.


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("analyze", help="find the check-worthy claims of an article (nothing is stored)")
    p.add_argument("file", metavar="FILE", help="the article: .txt, .html, .docx or .md")
    p.add_argument("--published", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="publication date, to resolve relative dates (أمس، الثلاثاء الماضي)")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--all", action="store_true", help="list every sentence, not only the claims")
    p.set_defaults(func=cmd_analyze)
    s = subparsers.add_parser("score-lines", help="score each line of a file as one unit: SCORE<TAB>LABEL")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--claims", action="store_true",
                   help="add a third column CLAIM: 1 when the line contains a verifiable claim "
                        "(score >= the lower claim threshold), even if not worth checking")
    s.set_defaults(func=cmd_score_lines)


def cmd_analyze(args: argparse.Namespace) -> int:
    from app.analysis.engine import analyze
    from app.importers import load_document

    doc = load_document(args.file)
    published = args.published or doc.published_on
    result = analyze(doc.text, published)
    if args.format == "json":
        json.dump(result.to_dict(all_units=args.all), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(result, all_units=args.all))
    return 0


def render_text(result: AnalysisResult, *, all_units: bool = False) -> str:
    from app.analysis.scoring import REASON_LABELS

    lines = []
    units = result.units if all_units else result.claims
    for n, u in enumerate(units, 1):
        reasons = ", ".join(REASON_LABELS[r][1] for r in u.reasons)
        lines.append(f"[{n}] {u.score:.2f} {u.kind} ({reasons})")
        lines.append(f"    {u.text}")
        if u.speaker:
            who = u.speaker.text or "?"
            extra = f" via {u.speaker.channel}" if u.speaker.channel else ""
            lines.append(f"    speaker: {who} — {u.speaker.verb}{extra}{' (inherited)' if u.speaker.inherited else ''}")
    claims = result.claims
    for c in result.conflicts:
        a, b = claims[c.a], claims[c.b]
        ia, ib = (units.index(a) + 1, units.index(b) + 1)
        lines.append(f"conflict [{ia}] ↔ [{ib}]: {c.reason}")
    return "\n".join(lines) + ("\n" if lines else "")


def cmd_score_lines(args: argparse.Namespace) -> int:
    from app.analysis.engine import CLAIM_THRESHOLD, HIGHLIGHT_THRESHOLD, score_text
    from app.importers import load_document

    doc = load_document(args.file)
    lines = doc.text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not any(line.strip() for line in lines):
        raise InputError(f"{args.file}: no lines to score")
    out = sys.stdout
    for line in lines:
        value = score_text(line)
        claim = f"\t{1 if value >= CLAIM_THRESHOLD else 0}" if args.claims else ""
        out.write(f"{value:.4f}\t{1 if value >= HIGHLIGHT_THRESHOLD else 0}{claim}\n")
    return 0
