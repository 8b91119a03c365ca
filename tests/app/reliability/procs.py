"""Worker processes started by a test, released together and waited for."""

from __future__ import annotations

import subprocess


def release_together(procs: list[subprocess.Popen[str]], timeout: float) -> list[tuple[str, str]]:
    """Write "go" to each waiting process, then collect each one's (stdout, stderr).

    A process still running when this returns (a timeout, a failed assertion) is killed.
    """
    try:
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        return [p.communicate(timeout=timeout) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
