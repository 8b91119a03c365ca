"""Rebuilding the catalogues never writes over the file a running Sanad has mapped."""

from __future__ import annotations

import shutil
from pathlib import Path

from ui.i18n import translations_dir
from ui.i18n_build import build


def test_a_rebuilt_catalogue_is_a_new_file_not_the_old_one_rewritten(tmp_path: Path) -> None:
    ts = tmp_path / "sanad_ar.ts"
    shutil.copy(translations_dir() / "sanad_ar.ts", ts)
    (qm,) = build([ts])
    running = qm.open("rb")  # what a running program holds
    before = running.read()
    inode = qm.stat().st_ino
    (again,) = build([ts])
    assert again == qm and qm.stat().st_ino != inode  # renamed over, not written in place
    running.seek(0)
    assert running.read() == before  # the running program's catalogue is intact
    running.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sanad_ar.qm", "sanad_ar.ts"]  # no temporary left
