"""Worker processes for the reliability tests: ``python -m tests.app.reliability.workers MODE ...``.

Each prints one line per committed command, flushed at once, so that the test knows
exactly what was committed before it killed the process.

* ``increment DB CLAIM_ID N ACTOR`` — waits for "go" on stdin, then N times: read the
  claim's counter (its explanation) and version, write counter+1 with
  ``expected_version``; on ConflictError read again and retry. Prints ``done N conflicts C``.
* ``review DB CLAIM_ID ACTOR`` — edits the claim's explanation forever, printing
  ``committed VALUE`` after each commit (killed by the test).
* ``restore DB A B`` — restores backup A, then B, then A... forever, printing
  ``restored A|B`` after each (killed by the test).
"""

from __future__ import annotations

import random
import sys
import time

from app.errors import ConflictError
from app.services import claims
from app.services.core import Workspace
from app.storage.database import Database
from app.storage.models import Claim


def read_counter(db: Database, claim_id: int) -> tuple[int, int]:
    with db.read_session() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None
        return int(claim.explanation or 0), claim.version


def increment(url: str, claim_id: int, n: int, actor: str) -> int:
    ws = Workspace(Database(url), actor)
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return 1
    done = conflicts = 0
    for _ in range(n * 100):  # bounded: a livelock fails the test instead of hanging it
        if done == n:
            break
        value, version = read_counter(ws.db, claim_id)
        try:
            claims.set_explanation(ws, claim_id, str(value + 1), expected_version=version)
        except ConflictError:
            conflicts += 1
            time.sleep(random.uniform(0, 0.010))  # a little backoff, as a GUI retry would have
            continue
        done += 1
    print(f"done {done} conflicts {conflicts}", flush=True)
    ws.db.close()
    return 0 if done == n else 1


def review(url: str, claim_id: int, actor: str) -> int:
    ws = Workspace(Database(url), actor)
    value, version = read_counter(ws.db, claim_id)
    while True:
        value += 1
        claims.set_explanation(ws, claim_id, str(value), expected_version=version)
        version += 1
        print(f"committed {value}", flush=True)


def restore_forever(db_path: str, a: str, b: str) -> int:
    from pathlib import Path

    from app.storage.backup import restore

    while True:
        for name, source in (("A", a), ("B", b)):
            restore(Path(db_path), Path(source))
            print(f"restored {name}", flush=True)


def main(argv: list[str]) -> int:
    mode, url, *rest = argv
    if mode == "increment":
        return increment(url, int(rest[0]), int(rest[1]), rest[2])
    if mode == "review":
        return review(url, int(rest[0]), rest[1])
    if mode == "restore":
        return restore_forever(url, rest[0], rest[1])
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
