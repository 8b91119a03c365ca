import json
import os
import re
from pathlib import Path

from app.analysis import camel
from app.paths import resources_dir

APP = Path(__file__).resolve().parents[3] / "app"


def test_camel_tools_data_points_at_a_catalogue_without_network():
    folder = Path(os.environ["CAMELTOOLS_DATA"])
    data = json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))
    assert {"version", "packages", "components"} <= set(data)


def test_sanad_ships_an_offline_catalogue():
    data = json.loads((resources_dir() / "camel_data" / "catalogue.json").read_text(encoding="utf-8"))
    assert data["packages"] == {} and data["components"] == {}


def test_user_data_folder_and_full_db_are_detected(tmp_path):
    assert camel.user_camel_data(None, tmp_path) is None
    (tmp_path / "catalogue.json").write_text("{}", encoding="utf-8")
    assert camel.user_camel_data(str(tmp_path), tmp_path / "nohome") == tmp_path
    assert camel.morph_db_path(tmp_path) == camel.SANAD_MORPH_DB
    calima = tmp_path / camel.CALIMA_RELPATH
    calima.parent.mkdir(parents=True)
    calima.write_text("", encoding="utf-8")
    assert camel.morph_db_path(tmp_path) == calima
    assert camel.morph_db_path(None) == camel.SANAD_MORPH_DB


def test_every_camel_tools_import_goes_through_the_camel_module():
    pattern = re.compile(r"^\s*(from|import)\s+camel_tools", re.M)
    offenders = [
        str(p.relative_to(APP))
        for p in APP.rglob("*.py")
        if p.name != "camel.py" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
