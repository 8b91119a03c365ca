"""Smoke-test a built bundle the way a journalist's machine would run it.

    python packaging/smoke_test.py dist/sanad

The bundle is first copied to a fresh folder whose name has a space (it must run from any
folder), then each step runs with a clean environment — only ``HOME`` (empty, temporary),
``PATH=/usr/bin:/bin`` and ``SANAD_HOME`` (temporary) — so nothing from this checkout or its
.venv can help it:

1. ``sanad --version``
2. ``sanad analyze`` on the sample article (JSON with claims), with no network at all
   (``unshare -rn``) where the system allows it: nothing is fetched at run time
3. ``sanad --db … import --analyze`` then ``claims`` (database, migrations, services)
4. ``sanad gui --screenshot`` with ``QT_QPA_PLATFORM=offscreen`` (a 1400×900 PNG)
5. ``sanad-gui --help`` (the windowed executable is ``sanad gui``)
6. the contents: library metadata for the About box, the licence, only the Qt modules
   Sanad uses, none of torch/scipy/pandas/numpy...
7. on Linux, ``ldd`` finds every library the bundle's own libraries and plugins need

Exit status 0 when every step passes. A bundle without the GUI entry (``ui.main``) is
reported as such (``MISSING``) and fails.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path("resources", "samples", "sample_article_ar.txt")


class Step:
    def __init__(self, name: str) -> None:
        self.name = name
        self.status = "FAIL"
        self.detail = ""
        self.seconds = 0.0


def internal_dir(bundle: Path) -> Path:
    """Where PyInstaller 6 puts everything but the executables (sys._MEIPASS)."""
    inner = bundle / "_internal"
    return inner if inner.is_dir() else bundle


def executable(bundle: Path, name: str) -> Path:
    return bundle / (name + ".exe" if os.name == "nt" else name)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "SANAD_HOME": str(home / "sanad-data")}
    if os.name == "nt":  # Windows needs these to start a process at all
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout)


def png_size(path: Path) -> tuple[int, int] | None:
    data = path.read_bytes()[:24]
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", data[16:24])


def tail(text: str, lines: int = 6) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def check_version(bundle: Path, env: dict[str, str], cwd: Path, step: Step) -> None:
    proc = run([str(executable(bundle, "sanad")), "--version"], env, cwd)
    step.detail = (proc.stdout + proc.stderr).strip()
    if proc.returncode == 0 and step.detail.startswith("sanad "):
        step.status = "ok"


def offline_prefix() -> list[str]:
    """``unshare -rn`` (no network at all) where this system allows it, else nothing."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "-rn"]
    return []


def check_analyze(bundle: Path, env: dict[str, str], cwd: Path, step: Step) -> None:
    sample = internal_dir(bundle) / SAMPLE
    offline = offline_prefix()
    proc = run([*offline, str(executable(bundle, "sanad")), "analyze", str(sample), "--format", "json"], env, cwd)
    if proc.returncode != 0:
        step.detail = f"exit {proc.returncode}: {tail(proc.stderr)}"
        return
    result = json.loads(proc.stdout)
    claims = result.get("claims", [])
    step.detail = ("without network; " if offline else "") + (
        f"{len(claims)} claims; first: {claims[0]['text'][:60]!r}" if claims else "no claims found")
    step.status = "ok" if claims else "FAIL"


def check_database(bundle: Path, env: dict[str, str], cwd: Path, step: Step) -> None:
    sample = internal_dir(bundle) / SAMPLE
    db = Path(env["HOME"]) / "smoke.sqlite3"
    sanad = [str(executable(bundle, "sanad")), "--db", str(db), "--reviewer", "smoke"]
    proc = run([*sanad, "import", "--analyze", str(sample)], env, cwd)
    if proc.returncode != 0:
        step.detail = f"import: exit {proc.returncode}: {tail(proc.stderr)}"
        return
    article_id = proc.stdout.strip().splitlines()[-1]
    proc = run([*sanad, "claims", article_id, "--format", "json"], env, cwd)
    if proc.returncode != 0:
        step.detail = f"claims: exit {proc.returncode}: {tail(proc.stderr)}"
        return
    claims = json.loads(proc.stdout)
    step.detail = f"article {article_id} imported and migrated, {len(claims)} claims stored"
    step.status = "ok" if claims else "FAIL"


def check_gui(bundle: Path, env: dict[str, str], cwd: Path, step: Step, shot: Path) -> None:
    sample = internal_dir(bundle) / SAMPLE
    genv = {**env, "QT_QPA_PLATFORM": "offscreen"}
    proc = run([str(executable(bundle, "sanad")), "--db", str(Path(env["HOME"]) / "gui.sqlite3"),
                "gui", str(sample), "--screenshot", str(shot)], genv, cwd)
    output = proc.stdout + proc.stderr
    if "No module named 'ui.main'" in output or "No module named 'ui'" in output:
        step.status = "MISSING"
        step.detail = "the bundle has no GUI entry: ui.main is not in the tree yet (ui/main.py)"
        return
    if proc.returncode != 0 or "Traceback" in output:
        step.detail = f"exit {proc.returncode}: {tail(output)}"
        return
    size = png_size(shot) if shot.is_file() else None
    if size is None:
        step.detail = f"no PNG written at {shot}"
        return
    said = " | ".join(line.strip() for line in output.strip().splitlines()[-3:])
    step.detail = f"{shot} {size[0]}×{size[1]}" + (f"; Qt said: {said}" if said else "")
    step.status = "ok"


def check_gui_entry(bundle: Path, env: dict[str, str], cwd: Path, step: Step) -> None:
    if os.name == "nt":  # a windowed program: it has no console to print its help on
        step.status, step.detail = "skipped", "windowed executable on Windows"
        return
    proc = run([str(executable(bundle, "sanad-gui")), "--help"], env, cwd)
    step.detail = (proc.stdout + proc.stderr).strip().splitlines()[0] if (proc.stdout + proc.stderr).strip() else ""
    if proc.returncode == 0 and "--screenshot" in proc.stdout:
        step.status = "ok"


NOT_WANTED = ("torch", "transformers", "scipy", "pandas", "numpy", "sklearn", "tkinter", "pytest", "mypy")


def check_contents(bundle: Path, env: dict[str, str], cwd: Path, step: Step) -> None:
    """Metadata for the About box, the licence, only the Qt modules Sanad uses, no heavy stack."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from app.about import BUNDLED_LIBRARIES

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bundle_rules import QT_MODULES_USED

    inner = internal_dir(bundle)
    have = {p.name.split("-")[0].lower().replace("_", "-") for p in inner.glob("*.dist-info")}
    no_metadata = [lib.distribution for lib in BUNDLED_LIBRARIES
                   if lib.distribution.lower().replace("_", "-") not in have]
    qt = {p.name.split(".")[0] for p in (inner / "PySide6").glob("Qt*.*") if p.suffix in (".so", ".pyd")}
    extra_qt = sorted(qt - set(QT_MODULES_USED))
    heavy = [name for name in NOT_WANTED if (inner / name).exists()]
    problems = []
    if no_metadata:
        problems.append(f"no metadata for {no_metadata}")
    for licence in ("LICENSE", "licenses/LGPL-3.0.txt"):
        if not (inner / licence).is_file():
            problems.append(f"no {licence}")
    if extra_qt:
        problems.append(f"unused Qt modules {extra_qt}")
    if heavy:
        problems.append(f"unwanted packages {heavy}")
    step.detail = "; ".join(problems) or (
        f"metadata for {len(BUNDLED_LIBRARIES)} libraries, GPL and LGPL texts, Qt modules {sorted(qt)}")
    step.status = "FAIL" if problems else "ok"


def check_libraries(bundle: Path, env: dict[str, str], cwd: Path, step: Step) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        step.status, step.detail = "skipped", "not Linux"
        return
    missing: dict[str, set[str]] = {}
    files = [p for p in internal_dir(bundle).rglob("*.so*") if p.is_file()]
    for path in files:
        proc = run(["ldd", str(path)], {"PATH": "/usr/bin:/bin"}, cwd, timeout=60)
        for line in proc.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
    # Libraries a desktop provides (X11/Wayland/GTK/GL) may be absent on a build server; the
    # ones the bundle itself should carry (Qt, Python, ICU...) may not.
    ours = {lib: users for lib, users in missing.items() if lib.startswith(("libQt6", "libpyside", "libshiboken",
                                                                              "libpython", "libicu"))}
    step.detail = f"{len(files)} libraries checked"
    if missing:
        step.detail += "; system libraries not on this machine: " + ", ".join(sorted(missing))
    if ours:
        step.detail += "; MISSING FROM THE BUNDLE: " + "; ".join(f"{k} (for {', '.join(sorted(v))})"
                                                               for k, v in sorted(ours.items()))
        return
    step.status = "ok"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python packaging/smoke_test.py BUNDLE_DIR [SCREENSHOT.png]", file=sys.stderr)
        return 2
    source = Path(args[0]).resolve()
    shot_target = Path(args[1]).resolve() if len(args) == 2 else source.parent / "sanad-smoke-screenshot.png"
    if not executable(source, "sanad").is_file():
        print(f"smoke test: {source} has no sanad executable", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sanad-smoke-") as tmp:
        tmpdir = Path(tmp)
        bundle = tmpdir / "any folder" / "sanad"
        shutil.copytree(source, bundle, symlinks=True)
        home = tmpdir / "home"
        home.mkdir()
        env = clean_env(home)
        shot = tmpdir / "gui.png"
        steps = [
            (Step("--version"), lambda s: check_version(bundle, env, tmpdir, s)),
            (Step("analyze sample"), lambda s: check_analyze(bundle, env, tmpdir, s)),
            (Step("import + claims"), lambda s: check_database(bundle, env, tmpdir, s)),
            (Step("gui --screenshot"), lambda s: check_gui(bundle, env, tmpdir, s, shot)),
            (Step("sanad-gui --help"), lambda s: check_gui_entry(bundle, env, tmpdir, s)),
            (Step("contents"), lambda s: check_contents(bundle, env, tmpdir, s)),
            (Step("libraries (ldd)"), lambda s: check_libraries(bundle, env, tmpdir, s)),
        ]
        print(f"smoke test of {source} (copied to {bundle}), clean environment: {sorted(env)}")
        for step, check in steps:
            start = time.monotonic()
            try:
                check(step)
            except Exception as exc:  # noqa: BLE001 - report and go on to the next step
                step.detail = f"{type(exc).__name__}: {exc}"
            step.seconds = time.monotonic() - start
            print(f"  {step.status:8} {step.name:18} {step.seconds:5.1f}s  {step.detail}")
        if shot.is_file():
            shutil.copyfile(shot, shot_target)
            print(f"screenshot: {shot_target}")
    failed = [s.name for s, _ in steps if s.status not in ("ok", "skipped")]
    print("smoke test: " + ("passed" if not failed else "FAILED: " + ", ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
