"""DOCX files generated here with python-docx: order, tables, core properties, corruption."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import docx
import pytest

from app.errors import InputError
from app.importers import load_document, load_text

from .conftest import ARABIC, ARABIC_2


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.core_properties.title = "تقرير الاختبار"
    document.core_properties.author = "فاطمة علي"
    document.core_properties.created = datetime.datetime(2021, 6, 1, 9, 30)
    document.add_heading("العنوان الرئيسي", level=1)
    document.add_paragraph(ARABIC)
    document.add_paragraph("")  # empty paragraphs are skipped
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "الخلية الأولى"
    table.cell(0, 1).text = "الخلية الثانية"
    inner = table.cell(1, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "خلية متداخلة"
    table.cell(1, 1).paragraphs[0].add_run("سطر")
    table.cell(1, 1).paragraphs[0].add_run().add_break()
    table.cell(1, 1).paragraphs[0].add_run("سطر آخر")
    paragraph = document.add_paragraph("نص ")
    paragraph.add_run("عريض").bold = True
    document.add_paragraph(ARABIC_2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(_docx_bytes())
    doc = load_document(path)
    assert doc.format == "docx"
    assert doc.encoding is None
    assert doc.source_filename == "report.docx"
    assert doc.text.split("\n\n") == [
        "العنوان الرئيسي",
        ARABIC,
        "الخلية الأولى",
        "الخلية الثانية",
        "خلية متداخلة",
        "سطر\nسطر آخر",
        "نص عريض",
        ARABIC_2,
    ]
    assert doc.title == "تقرير الاختبار"
    assert doc.author == "فاطمة علي"
    assert doc.published_on == datetime.date(2021, 6, 1)
    assert doc.url is None and doc.outlet is None


def test_docx_is_recognised_by_content_and_from_bytes(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes(_docx_bytes())
    assert load_document(path).format == "docx"
    assert load_text(_docx_bytes(), name="dropped.docx").text.startswith("العنوان الرئيسي")


def test_empty_docx_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    path = tmp_path / "empty.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match=r'^cannot import "empty.docx": it is empty$'):
        load_document(path)


def _rezip(
    drop: str | None = None, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == drop:
                continue
            data = (replace or {}).get(info.filename, source.read(info.filename))
            target.writestr(info.filename, data)
        for filename, data in (add or {}).items():
            target.writestr(filename, data)
    return out.getvalue()


CORRUPT = {
    "truncated": _docx_bytes()[:2000],
    "not a zip": b"this is not a zip file at all",
    "zip without a document": _rezip(drop="word/document.xml"),
    "zip without content types": _rezip(drop="[Content_Types].xml"),
    "invalid document xml": _rezip(replace={"word/document.xml": b"<w:document><unclosed"}),
    "invalid core properties": _rezip(replace={"docProps/core.xml": b"<<<"}),
    "another zip": _rezip(drop=None, replace={"[Content_Types].xml": b"<Types/>"}),
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupt_docx_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(CORRUPT[name])
    with pytest.raises(InputError) as info:
        load_document(path)
    message = str(info.value)
    assert message.startswith('cannot import "bad.docx": ')
    assert "\n" not in message


def test_plain_zip_named_txt_is_binary(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    path = tmp_path / "notes.txt"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match=r"binary file \(a ZIP archive\)"):
        load_document(path)


def test_docx_unpacking_past_the_limit_is_refused(tmp_path: Path) -> None:
    data = _rezip(add={"word/media/padding.bin": b"\0" * 2_000_000})
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    assert len(data) < 100_000
    with pytest.raises(InputError, match="unpacks to .* bytes, over the import limit"):
        load_document(path, max_bytes=len(data) + 1)
    assert load_document(path).format == "docx"  # under the default limit it is fine


def test_docx_under_a_text_suffix_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(_docx_bytes())
    with pytest.raises(InputError, match=r"binary file \(a DOCX document\), not text"):
        load_document(path)
    assert load_document(path, fmt="docx").title == "تقرير الاختبار"
