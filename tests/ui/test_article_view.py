"""The article view: highlights with a colour and an underline style, speaker and figures, clicks, tooltips."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextCharFormat

from tests.ui.helpers import background_at, format_at, same_rgb
from ui import styles
from ui.article_view import ArticleView
from ui.snapshot import ClaimRow, RatingInfo


def test_article_is_right_to_left_in_the_shipped_font(shown) -> None:
    view = shown.view
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert view.font().family() == "Noto Sans Arabic"
    assert view.toPlainText() == shown.article.text


def test_claims_have_status_underline_speaker_and_figures(shown, sample) -> None:
    view = shown.view
    claim = view.claims[sample["evacuated"]]
    fmt = format_at(view, claim.start + 2)
    assert fmt is not None and fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert same_rgb(background_at(view, claim.start + 2), styles.STATUS_COLORS["new"])
    figure = format_at(view, claim.figures[0][0])
    assert figure.fontWeight() == QFont.Weight.Bold and figure.foreground().color().name() == styles.FIGURE_INK.lower()
    speaker = view.claims[sample["killed"]].speaker_span
    assert format_at(view, speaker[0]).foreground().color().name() == styles.SPEAKER_INK.lower()
    assert format_at(view, 0) is None  # the headline is not a claim


def test_clicking_a_highlight_selects_its_claim(shown, sample, qtbot) -> None:
    view = shown.view
    claim = view.claims[sample["toll"]]
    cursor = view.textCursor()
    cursor.setPosition(view.offsets.to_qt(claim.start + 5))
    point: QPoint = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.panel.detail is not None and shown.panel.detail.id == claim.id
    assert shown.claims.current_id() == claim.id


def test_selecting_a_claim_scrolls_the_article_to_it(window, gui_ws, qtbot) -> None:
    from app.services import claims
    from app.services.articles import NewArticle, import_article

    text = "\n\n".join(f"الفقرة رقم {n} تقول إن {n * 3} أشخاص حضروا الاجتماع." for n in range(400))
    article_id = int(import_article(gui_ws, NewArticle(text=text, title="طويل")).result)
    claims.add_claim(gui_ws, article_id, 0, 30)
    start = text.index("الفقرة رقم 390")
    last = int(claims.add_claim(gui_ws, article_id, start, start + 40).result)
    window.show()
    qtbot.waitExposed(window)
    window.show_article(article_id)
    assert window.view.verticalScrollBar().value() == 0
    window.claims.select(last)
    assert window.view.verticalScrollBar().value() > 0
    assert window.view.viewport().rect().intersects(window.view.cursorRect())


def test_tooltip_shows_score_reasons_and_speaker(shown, sample) -> None:
    tip = shown.view.tooltip_text(sample["killed"])
    assert "0.90" in tip and "Reasons: figure, attributed to a source" in tip and "وزارة الصحة" in tip


def test_changing_one_claim_repaints_only_its_blocks(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    text = "\n".join(f"سطر {n} فيه رقم {n}" for n in range(300))
    rows = [ClaimRow(id=n + 1, version=1, start=text.index(f"سطر {n} "), end=text.index(f"سطر {n} ") + 5,
                     quote="", status="new", kind="other", origin="manual", score=None, verdict=None, speaker="",
                     speaker_span=None, figures=(), reasons=()) for n in range(0, 300, 3)]
    view.set_article(text, rows, {})
    done = rows[10].__class__(**{**rows[10].__dict__, "status": "done"})
    assert view.highlighter.update({done.id: view._spans(done)}) == 1
    view.claims[done.id] = done
    assert format_at(view, done.start).underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline


def test_zoom_shortcut_actions_change_the_font(shown) -> None:
    size = shown.view.font().pointSizeF()
    shown.registry["view.zoom_in"].trigger()
    shown.registry["view.zoom_in"].trigger()
    assert shown.view.font().pointSizeF() == size + 2
    shown.registry["view.zoom_out"].trigger()
    assert shown.settings.zoom() == 1


def test_speaker_named_outside_the_claim_is_not_painted_over_another_claim(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    text = "قال الوزير إن 25 شخصاً قتلوا. وأضاف أن 6500 شخص نزحوا."
    first_end = text.index(".") + 1
    second = text.index("وأضاف")
    common = {"version": 1, "status": "new", "kind": "statistic", "origin": "manual", "score": None,
              "speaker": "الوزير", "reasons": ()}
    rows = [ClaimRow(id=1, start=0, end=first_end, quote=text[:first_end], verdict="false",
                     speaker_span=(4, 10), figures=((14, 22),), **common),
            ClaimRow(id=2, start=second, end=len(text), quote=text[second:], verdict="true",
                     speaker_span=(4, 10), figures=(), **common)]
    ratings = {key: RatingInfo(n, key, key, key, color, n) for n, (key, color) in
               enumerate((("true", "#2E7D32"), ("false", "#C62828")))}
    view.set_article(text, rows, ratings)
    assert same_rgb(background_at(view, 5), "#C62828")  # the first claim's speaker keeps its claim's colour
    assert [s.layer for s in view.highlighter.spans(2)] == [0]


def test_arabic_is_shaped_with_the_shipped_font_not_a_system_fallback(shown) -> None:
    from PySide6.QtGui import QTextLayout

    text = shown.view.document().findBlockByNumber(2).text()  # a paragraph of the sample
    layout = QTextLayout(text, shown.view.font())
    layout.setTextOption(shown.view.document().defaultTextOption())
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and {run.rawFont().familyName() for run in runs} == {"Noto Sans Arabic"}
    glyphs = sum(len(run.glyphIndexes()) for run in runs)
    assert 0 < glyphs <= len(text)  # contextual forms and ligatures, not one box per letter
    assert all(index != 0 for run in runs for index in run.glyphIndexes())  # no .notdef (tofu) glyph


def test_the_selected_claim_has_a_line_above_it_and_a_stronger_colour(shown, sample) -> None:
    shown.select_claim(sample["killed"])
    chosen, other = shown.view.claims[sample["killed"]], shown.view.claims[sample["toll"]]
    selected_fmt, other_fmt = format_at(shown.view, chosen.start + 2), format_at(shown.view, other.start + 2)
    assert selected_fmt.fontOverline() and not other_fmt.fontOverline()
    assert selected_fmt.background().color().alpha() > 2 * other_fmt.background().color().alpha()
    shown.select_claim(sample["toll"])  # the line moves with the selection
    assert not format_at(shown.view, chosen.start + 2).fontOverline()
    assert format_at(shown.view, other.start + 2).fontOverline()


def test_the_speaker_and_figure_inks_stay_readable_on_every_selected_colour(shown) -> None:
    from PySide6.QtGui import QColor

    def luminance(c: QColor) -> float:
        def linear(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())

    colours = [r.color for r in shown.ratings_list] + list(styles.STATUS_COLORS.values())
    for colour in colours:
        alpha = styles.selected_alpha(colour) / 255
        c = QColor(colour)
        fill = QColor(*(round(255 - alpha * (255 - v)) for v in (c.red(), c.green(), c.blue())))
        for ink in (styles.SPEAKER_INK, styles.FIGURE_INK):
            contrast = (luminance(fill) + 0.05) / (luminance(QColor(ink)) + 0.05)
            assert contrast >= 3.0, (colour, ink, round(contrast, 2))
        assert styles.selected_alpha(colour) > styles.NORMAL_ALPHA + 30  # still clearly the selected one


def test_the_legend_names_every_status_and_verdict_each_on_one_line(shown) -> None:
    text = shown.legend.text()
    for rating in shown.ratings_list:
        assert rating.label("en").replace(" ", "&nbsp;") in text  # "Mostly true" does not break
    assert "Needs&nbsp;second&nbsp;review" in text
    assert shown.legend.contentsMargins().left() == shown.legend.contentsMargins().right() > 0
