"""camel-tools' character sets from Sanad's cache are the same as camel-tools builds them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHECK = """
import runpy, sys
import app.analysis.camel  # installs the cache (SANAD_HOME/cache) before camel-tools' imports
import camel_tools.utils.charsets as cs
used = cs.__doc__.endswith("(from Sanad's cache).")
real = runpy.run_path(cs.__spec__.origin if cs.__spec__ else sys.argv[2])
names = [n for n, v in real.items() if n.isupper() and isinstance(v, frozenset)]
same = all(getattr(cs, n) == real[n] for n in names) and set(cs.__all__) == set(real["__all__"])
from camel_tools.utils.dediac import dediac_ar
print(used, same, len(names), dediac_ar("عَرَبِيّ"))
"""


def run(home: Path) -> list[str]:
    import camel_tools.utils

    origin = str(Path(camel_tools.utils.__file__).with_name("charsets.py"))
    env = {**os.environ, "SANAD_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", CHECK, "-", origin], capture_output=True, text=True,
                         check=True, env=env).stdout
    return out.split()


def test_first_start_writes_the_cache_next_start_reads_the_same_sets(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run(tmp_path) == ["False", "True", "25", "عربي"]
    assert len(list(cache.glob("camel-charsets-*.json"))) == 1
    assert run(tmp_path) == ["True", "True", "25", "عربي"]


def test_a_damaged_cache_falls_back_to_camel_tools(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run(tmp_path)
    for path in cache.glob("camel-charsets-*.json"):
        path.write_text("{not json", encoding="ascii")
    assert run(tmp_path)[:2] == ["False", "True"]
