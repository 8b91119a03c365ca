"""The command line starts light: building the parser loads no feature dependency, --help stays complete."""

from __future__ import annotations

import subprocess
import sys

# What the commands use but the parser must not load: every command would pay for them.
HEAVY = ("sqlalchemy", "PySide6", "camel_tools", "docx", "alembic", "app.storage.models", "app.importers",
         "app.analysis.engine", "app.search.schema", "app.services", "ui")


def test_building_the_parser_imports_no_feature_dependency() -> None:
    code = ("import sys, app.cli; app.cli.build_parser(); "
            "print('\\n'.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = set(out.stdout.split())
    assert "app.search.cli" in loaded and "app.review_cli" in loaded  # the command modules themselves
    assert not sorted(m for m in loaded if m in HEAVY or m.startswith(tuple(f"{h}." for h in HEAVY)))


def test_help_lists_the_choices_read_on_demand(sanad) -> None:  # type: ignore[no-untyped-def]
    search = sanad("search", "--help", db_arg=False)
    assert search.returncode == 0
    assert "{claim,article,evidence,source}" in search.stdout
    assert "{new,in_progress,needs_second_review,done,dismissed}" in search.stdout
    review = sanad("review", "--help", db_arg=False)
    assert "{supports,refutes,context,unclear}" in review.stdout
    assert "{person,organisation,government,media,document,social,other}" in review.stdout
    top = sanad("--help", db_arg=False)
    for command in ("gui", "import", "analyze", "search", "bundle", "backup", "export", "review"):
        assert f"    {command}" in top.stdout


def test_a_choice_outside_the_list_is_refused_before_anything_opens(sanad, tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = sanad("review", "1", "--status", "finished")
    assert done.returncode == 2
    assert "invalid choice: 'finished'" in done.stderr and "needs_second_review" in done.stderr
    assert not (tmp_path / "e2e.sqlite3").exists()
    done = sanad("search", "مياه", "--kind", "claims")
    assert done.returncode == 2 and "invalid choice: 'claims'" in done.stderr


def test_the_analysis_engine_loads_without_camel_tools_downloader() -> None:
    # camel-tools' data catalogue (and the requests/tqdm it loads) is not needed to analyse;
    # it loads, the real one, the first time something asks the catalogue anything.
    code = (
        "import sys; from app.analysis.engine import analyze\n"
        "r = analyze('قالت الوزارة إن 12 مدرسة أغلقت بسبب السيول.')\n"
        "print(len(r.units) > 0, sorted({m.split('.')[0] for m in sys.modules} & {'requests', 'tqdm', 'pyrsistent'}))\n"
        "import camel_tools.morphology.database as db\n"
        "from camel_tools.data import CATALOGUE\n"
        "print(type(db.CATALOGUE).__name__, type(CATALOGUE).__name__, 'requests' in sys.modules,\n"
        "      db.CATALOGUE.components.keys() == CATALOGUE.components.keys())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    first, second = out.stdout.splitlines()
    assert first == "True []"
    assert second == "LazyCatalogue Catalogue True True"


def test_camel_tools_character_sets_come_from_the_cache_as_needed() -> None:
    code = (
        "import sys; from app.analysis.engine import analyze\n"
        "analyze('قالت الوزارة إن 12 مدرسة أغلقت بسبب السيول.')\n"
        "import camel_tools.utils.charsets as cs\n"
        "print('emoji' in sys.modules, 'UNICODE_LETTER_CHARSET' in vars(cs), len(cs.UNICODE_LETTER_CHARSET) > 100000,\n"
        "      len(cs.EMOJI_DATA) > 1000)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                           check=True).stdout.split() for _ in range(2)]
    assert runs[0][2:] == ["True", "True"]  # the first start builds the cache with camel-tools itself
    assert runs[1] == ["False", "False", "True", "True"]  # later ones: neither emoji nor unused sets
