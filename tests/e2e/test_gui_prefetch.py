"""``sanad gui FILE`` analyses FILE in a forked process while the window is built (app.analysis.prefetch).

Each scenario runs in a fresh interpreter (``python -c``), as ``sanad gui`` does: forking is
only done before Qt is loaded and while the process has a single thread (that it is not done
otherwise: tests/ui/test_startup.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "أعلنت وزارة الزراعة يوم الأحد أن إنتاج القمح بلغ 3 ملايين طن هذا الموسم.\n"
    "وقال المتحدث باسم الوزارة إن المساحات المزروعة زادت بنسبة 12 في المئة.\n"
    "لكن اتحاد المزارعين قال إن الإنتاج لم يتجاوز مليونين ونصف مليون طن.\n"
)


def run_scenario(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    code = f"import sys; from tests.e2e.test_gui_prefetch import {name}; {name}(*sys.argv[1:])"
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "مقال.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# -- scenarios (each in its own interpreter) -------------------------------------------------

def same_analysis_from_the_worker(path: str) -> None:
    from app.analysis import prefetch

    pending = prefetch.start(path)
    assert pending is not None and pending.process.pid != os.getpid()
    result = prefetch.take(TEXT, None, 0.5)
    assert result is not None
    assert "app.analysis.engine" not in sys.modules  # analysed over there, not here
    from app.analysis.engine import analyze

    here = analyze(TEXT)
    assert result.to_dict(all_units=True) == here.to_dict(all_units=True)
    assert result.to_dict() == here.to_dict() and result.claims  # claims and conflicts too
    assert not pending.process.is_alive()
    assert prefetch.take(TEXT, None, 0.5) is None  # used once


def only_the_same_text_date_and_threshold(path: str) -> None:
    import datetime as dt

    from app.analysis import prefetch

    for text, published, threshold in ((TEXT + "\nسطر آخر.", None, None), (TEXT, dt.date(2024, 5, 2), None),
                                       (TEXT, None, 0.9)):
        prefetch.start(path)
        assert prefetch.take(text, published, threshold) is None, (published, threshold)
    prefetch.start(path)
    assert prefetch.take(TEXT, None, None) is not None  # None: the engine's default, as the worker used


def cancel_stops_the_worker(path: str) -> None:
    from app.analysis import prefetch
    from app.errors import CancelledError

    pending = prefetch.start(path)
    assert pending is not None
    try:
        prefetch.take(TEXT, None, None, cancel=lambda: True)
    except CancelledError as exc:
        assert exc.message == "Analysis cancelled."
    else:
        raise AssertionError("not cancelled")
    assert not pending.process.is_alive()


def failures_give_none(path: str) -> None:
    from app.analysis import prefetch

    prefetch.start(path + ".missing")  # the worker cannot read it: the caller analyses in-process
    assert prefetch.take(TEXT, None, None) is None
    pending = prefetch.start(path)
    assert pending is not None
    pending.process.kill()  # a worker that dies
    assert prefetch.take(TEXT, None, None) is None
    prefetch.start(path)
    prefetch.discard()  # nobody asked: the process ends
    assert prefetch.take(TEXT, None, None) is None


def worker_outlives_the_window_quietly(path: str) -> None:
    from app.analysis import prefetch

    pending = prefetch.start(path)
    assert pending is not None
    pending.conn.close()  # the window went away without asking for the result
    pending.process.join(60)
    assert pending.process.exitcode == 0


# -- tests -----------------------------------------------------------------------------------

def test_the_worker_gives_the_in_process_analysis(article: Path) -> None:
    run_scenario("same_analysis_from_the_worker", str(article))


def test_only_the_analysis_of_the_same_text_date_and_threshold_is_taken(article: Path) -> None:
    run_scenario("only_the_same_text_date_and_threshold", str(article))


def test_cancel_while_waiting_stops_the_worker(article: Path) -> None:
    run_scenario("cancel_stops_the_worker", str(article))


def test_a_failed_killed_or_unused_worker_leaves_the_analysis_in_process(article: Path) -> None:
    run_scenario("failures_give_none", str(article))


def test_a_worker_whose_window_has_gone_ends_quietly(article: Path) -> None:
    done = run_scenario("worker_outlives_the_window_quietly", str(article))
    assert "Traceback" not in done.stderr


def _claims(db: Path, env: dict[str, str]) -> list[dict[str, object]]:
    out = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), "claims", "1", "--format", "json"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True)
    keep = ("start", "end", "text", "score", "kind", "reasons", "speaker", "speaker_span")
    return [{k: c[k] for k in keep} for c in json.loads(out.stdout)["claims"]]


def test_gui_screenshot_stores_what_import_analyze_stores_without_the_engine_in_the_window_process(
        article: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SANAD_HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SANAD_REVIEWER": "tester"}
    gui_db, cli_db = tmp_path / "gui.sqlite3", tmp_path / "cli.sqlite3"
    # PySide6 reads the source of each module imported after it (shibokensupport.feature keeps
    # the names it looked at): the core comes first, so SQLAlchemy's modules are not among them.
    code = ("import atexit, gc, sys; from app.cli import main; "
            "atexit.register(lambda: print('engine:', 'app.analysis.engine' in sys.modules, "
            "any(m.startswith('camel_tools') for m in sys.modules), 'gc:', gc.isenabled(), 'scanned:', "
            "sorted(m for m in getattr(sys.modules.get('shibokensupport.feature'), 'pyside_feature_dict', {'?': 0}) "
            "if m.startswith('sqlalchemy.orm.') or m == '?'), "
            "'postgresql:', 'sqlalchemy.dialects.postgresql' in sys.modules)); "
            "sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "--db", str(gui_db), "gui", str(article), "--screenshot",
                           str(tmp_path / "shot.png")], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=240)
    assert done.returncode == 0, done.stderr
    assert "engine: False False" in done.stdout
    assert "gc: True" in done.stdout  # off while starting only
    assert "scanned: []" in done.stdout
    assert "postgresql: False" in done.stdout  # a SQLite database does not load that dialect
    subprocess.run([sys.executable, "-m", "app.cli", "--db", str(cli_db), "import", "--analyze", str(article)],
                   capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True)
    assert _claims(gui_db, env) == _claims(cli_db, env)
    assert len(_claims(gui_db, env)) >= 2
