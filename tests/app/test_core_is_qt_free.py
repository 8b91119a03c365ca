"""The core never imports Qt: importing every module of app/ leaves PySide6 out."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_importing_every_app_module_leaves_qt_out() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import app
        names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")
                 if ".migrations." not in m.name and not m.name.endswith("__main__")]
        for name in names:
            importlib.import_module(name)
        bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
        print(len(names), bad)
        assert not bad, bad
        heavy = sorted(m for m in ("torch", "transformers", "scipy", "pandas", "sklearn") if m in sys.modules)
        assert not heavy, heavy
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count = int(out.stdout.split()[0])
    assert count >= 20  # the walk really found the core's modules


def test_no_heavy_ml_packages_installed() -> None:
    import importlib.util

    for name in ("torch", "transformers", "scipy", "pandas", "sklearn"):
        assert importlib.util.find_spec(name) is None, f"{name} should not be in the environment"
