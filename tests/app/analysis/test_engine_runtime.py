"""How ``analyze`` runs: the garbage collector paused only while it works, and scores that do
not depend on the hash seed."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.analysis import analyze
from app.analysis.engine import collector_paused
from app.errors import InputError

TEXT = "قالت وزارة الصحة إن 48 مريضاً غادروا المستشفى أمس بعد تعافيهم، وإن 12 آخرين ما زالوا فيه."


def test_the_collector_is_back_on_after_an_analysis_and_after_a_refusal() -> None:
    assert gc.isenabled()
    analyze(TEXT)
    assert gc.isenabled()
    with pytest.raises(InputError):
        analyze("no Arabic here")
    assert gc.isenabled()


def test_the_collector_stays_off_if_it_was_off() -> None:
    gc.disable()
    try:
        analyze(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_analyses_turn_it_back_on_when_the_last_one_ends() -> None:
    inside, release = threading.Event(), threading.Event()

    def long_analysis() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=long_analysis)
    worker.start()
    inside.wait(10)
    analyze(TEXT)  # begins and ends while the other one runs
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert gc.isenabled()


SCORE_EXAMPLES = """
import hashlib
from pathlib import Path
from app.analysis import score_text
rows = [line.split("\\t", 1)[1]
        for path in sorted(Path("resources/lexicons").glob("checkworthy_examples*.tsv"))
        for line in path.read_text(encoding="utf-8").splitlines() if line[:2] in ("0\\t", "1\\t")]
print(len(rows), hashlib.sha256(repr([score_text(r) for r in rows]).encode()).hexdigest())
"""


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    """Feature sets are frozensets (their order follows the hash seed): the weights are summed exactly."""
    root = Path(__file__).resolve().parents[3]
    outs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", SCORE_EXAMPLES], capture_output=True, text=True, cwd=root,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300, check=True)
        outs.add(done.stdout.strip())
    assert len(outs) == 1, outs
    assert int(next(iter(outs)).split()[0]) > 1000
