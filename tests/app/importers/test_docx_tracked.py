"""DOCX as editors send it: tracked changes, Arabic runs in w:dir, smart tags, fields and content controls."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.importers import load_text

W = nsdecls("w")
CHANGE = 'w:author="محرر الديسك" w:date="2025-01-05T10:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(*paragraphs: str, block: str = "") -> bytes:
    document = docx.Document()
    body = document.element.body
    for xml in paragraphs:
        body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{xml}</w:p>"))
    if block:
        body.insert(len(body) - 1, parse_xml(block))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_text_is_read_with_changes_accepted() -> None:
    data = _docx(
        _run("قال الوزير إن ") + f'<w:ins w:id="1" {CHANGE}>{_run("عدد الضحايا بلغ ")}</w:ins>'
        + f'<w:del w:id="2" {CHANGE}><w:r><w:delText>عشرين </w:delText></w:r></w:del>' + _run("25 شخصاً."),
        _run("ونقل ") + f'<w:moveFrom w:id="3" {CHANGE}>{_run("لاحقاً ")}</w:moveFrom>'
        + f'<w:moveTo w:id="4" {CHANGE}>{_run("المتحدث")}</w:moveTo>' + _run(" البيان."),
    )
    text = load_text(data, name="تعديلات.docx").text
    # python-docx's Paragraph.text gave "قال الوزير إن 25 شخصاً." and "ونقل  البيان."
    assert text == "قال الوزير إن عدد الضحايا بلغ 25 شخصاً.\n\nونقل المتحدث البيان."


def test_runs_inside_wrappers_keep_their_words() -> None:
    data = _docx(
        _run("وأضاف ") + f'<w:dir w:val="rtl">{_run("أن الحكومة خصصت")}</w:dir>' + _run(" 40 مليون دولار."),
        _run("وذكرت ") + f'<w:smartTag w:uri="urn:x" w:element="place">{_run("بلدية النخيل")}</w:smartTag>'
        + _run(" أن المياه انحسرت."),
        _run("المصدر: ") + f'<w:fldSimple w:instr="HYPERLINK &quot;https://x.example&quot;">{_run("بيان الوزارة")}'
        "</w:fldSimple>" + _run(" الرسمي."),
        _run("بحسب ") + f"<w:sdt><w:sdtContent>{_run('التقرير السنوي')}</w:sdtContent></w:sdt>" + _run(" للوزارة."),
        _run("الرابط: ") + f'<w:hyperlink w:anchor="x">{_run("هنا")}</w:hyperlink>' + _run("\u0020اليوم")
        + '<w:r><w:tab/><w:t>بعد</w:t><w:br/><w:t>سطر</w:t><w:br w:type="page"/></w:r>',
        block=f'<w:customXml {W} w:element="story"><w:p>{_run("فقرة داخل وسم مخصص.")}</w:p></w:customXml>',
    )
    assert load_text(data, name="أغلفة.docx").text.split("\n\n") == [
        "وأضاف أن الحكومة خصصت 40 مليون دولار.",
        "وذكرت بلدية النخيل أن المياه انحسرت.",
        "المصدر: بيان الوزارة الرسمي.",
        "بحسب التقرير السنوي للوزارة.",
        "الرابط: هنا اليوم\tبعد\nسطر",
        "فقرة داخل وسم مخصص.",
    ]


def test_a_text_box_and_field_codes_are_not_article_text() -> None:
    box = (f'<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
           f"<w:p>{_run('إعلان جانبي')}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    data = _docx(_run("قالت الشرطة ") + box + _run("إن الطريق فُتح."), _run("الصفحة ") + field)
    assert load_text(data, name="صندوق.docx").text == "قالت الشرطة إن الطريق فُتح.\n\nالصفحة 3"
