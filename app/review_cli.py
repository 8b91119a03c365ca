"""``sanad review CLAIM_ID``: set a claim's status, verdict, explanation, evidence, speaker, reviewer.

Each change is one of the service commands (audited and undoable, ``sanad undo`` reverts
them one at a time). ``--expected-version`` makes the first change refuse (exit 3) when
someone changed the claim since the caller read it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli import LazyChoices, open_workspace


def register(sub: Any) -> None:
    p = sub.add_parser("review", help="record the review of a claim (status, verdict, note, evidence, ...)")
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    # Choices read from app.storage.models when first checked or shown (LazyChoices).
    p.add_argument("--status").choices = LazyChoices("app.storage.models", "CLAIM_STATUSES")
    p.add_argument("--verdict", metavar="KEY", help="a rating key (true, false, misleading, ...); '' clears it")
    p.add_argument("--note", metavar="TEXT", help="the explanation of the verdict")
    p.add_argument("--evidence", metavar="URL", help="add a link as evidence")
    p.add_argument("--stance", help="the evidence's stance (with --evidence; default unclear)").choices = LazyChoices(
        "app.storage.models", "STANCES")
    p.add_argument("--title", metavar="TEXT", help="the evidence's title (with --evidence)")
    p.add_argument("--speaker", metavar="NAME", help="who made the claim; '' clears it")
    p.add_argument("--speaker-kind", help="the kind of a new speaker").choices = LazyChoices(
        "app.storage.models", "SOURCE_KINDS")
    p.add_argument("--reviewer", dest="claim_reviewer", metavar="NAME",
                   help="the reviewer of the claim (also recorded as who made these changes, unless "
                        "'sanad --reviewer' names someone else)")
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse (exit 3) if the claim is no longer at version N")
    p.set_defaults(func=cmd_review)


def check_link(url: str) -> None:
    """Refuse an --evidence that is not a web address (a typo, a file path, ``javascript:``)."""
    from urllib.parse import urlsplit

    from app.errors import InputError

    try:
        parts = urlsplit(url.strip())
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not any(
            ch.isspace() for ch in url.strip())
    except ValueError:
        ok = False
    if not ok:
        raise InputError(f"--evidence {url!r}: not a web address; give the full link, starting with https://")


def cmd_review(args: argparse.Namespace) -> int:
    from app.errors import InputError
    from app.services import claims as cmds
    from app.services import queries
    from app.services.evidence import add_evidence

    if (args.stance or args.title) and not args.evidence:
        raise InputError("--stance and --title describe --evidence URL; give the URL too")
    if args.speaker_kind and args.speaker is None:
        raise InputError("--speaker-kind describes --speaker NAME; give the name too")
    if args.evidence is not None:
        check_link(args.evidence)
    if args.claim_reviewer and not args.reviewer:
        args.reviewer = args.claim_reviewer
    ws = open_workspace(args)
    with ws.db.read_session() as s:
        claim = queries.get_claim(s, args.claim_id)  # unknown id: one line, exit 2
        version = claim.version
        if args.verdict:
            cmds.rating_by_key(s, args.verdict)  # an unknown verdict changes nothing at all
    expected: list[int | None] = [args.expected_version]

    def first() -> int | None:
        value, expected[0] = expected[0], None
        return value

    steps: list[str] = []
    if args.speaker is not None:
        cmds.set_speaker(ws, args.claim_id, args.speaker or None, kind=args.speaker_kind, expected_version=first())
        steps.append("speaker")
    if args.status:
        cmds.set_status(ws, args.claim_id, args.status, expected_version=first())
        steps.append("status")
    if args.verdict is not None:
        cmds.set_verdict(ws, args.claim_id, args.verdict or None, expected_version=first())
        steps.append("verdict")
    if args.note is not None:
        cmds.set_explanation(ws, args.claim_id, args.note, expected_version=first())
        steps.append("note")
    if args.evidence:
        add_evidence(ws, args.claim_id, url=args.evidence, title=args.title, stance=args.stance or "unclear",
                     accessed_at=dt.date.today(), expected_version=first())
        steps.append("evidence")
    if args.claim_reviewer is not None:
        cmds.set_reviewer(ws, args.claim_id, args.claim_reviewer, expected_version=first())
        steps.append("reviewer")
    if not steps:
        raise InputError("nothing to change: give --status, --verdict, --note, --evidence, --speaker "
                         "or --reviewer")
    with ws.db.read_session() as s:
        now = queries.get_claim(s, args.claim_id).version
    print(f"claim #{args.claim_id}: {', '.join(steps)} (version {version} → {now})", file=sys.stderr)
    return 0
