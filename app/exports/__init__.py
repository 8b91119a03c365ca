"""Review reports: one data model (:mod:`app.exports.report`) rendered in eight formats.

The GUI's File → Export and ``sanad export`` both call :func:`export_article`. Files are
written atomically (a temporary file beside the target, then ``os.replace``): a failed
export never leaves a half-written report.

The two steps can also be taken apart: :func:`build_report` reads the report model from the
database (plain Python, any thread), then ``export_article(..., report=report)`` only writes
it. The GUI builds the model on the thread pool and paints the PDF, which needs Qt's GUI
thread, from it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InputError
from app.exports.labels import LANGS

if TYPE_CHECKING:
    from app.exports.report import Report

FORMATS = ("html", "pdf", "docx", "csv", "xlsx", "json", "md", "claimreview")
EXTENSIONS = {"html": ".html", "pdf": ".pdf", "docx": ".docx", "csv": ".csv", "xlsx": ".xlsx",
              "json": ".json", "md": ".md", "claimreview": ".jsonld"}


@dataclass
class ExportResult:
    path: Path
    format: str
    claims: int
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None  # PDF only


def build_report(ws_or_db: Any, article_id: int) -> Report:
    """The report model of one article, read in one read transaction (raises NotFoundError).

    Only database reads and plain Python: it may run off the GUI thread. Hand the result to
    :func:`export_article` as ``report=`` to write it in any format.
    """
    from app.exports.report import gather

    db = getattr(ws_or_db, "db", ws_or_db)
    with db.read_session() as s:
        return gather(s, article_id)


_SQLITE_HEADER = b"SQLite format 3\x00"


def check_target(target: Path, database: Path | None = None, what: str = "report") -> None:
    """Refuse a path for a report (or a bundle: ``what``) that is a folder, a device or pipe, or a
    database (the open one or any other).

    A report written over Sanad's database would replace every review in it with a PDF.
    Raises InputError; checks only, writes nothing.
    """
    try:
        if target.is_dir():
            raise InputError(f"{target}: is a folder; name the {what} file to write")
        if database is not None:
            guarded = [database.with_name(database.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
            if any(target.resolve() == g.resolve() for g in guarded):
                raise InputError(f"{target}: is Sanad's database; name another file for the {what}")
        if target.exists() and not target.is_file():  # /dev/null, a pipe: os.replace would put a file there
            raise InputError(f"{target}: is not a regular file (a device or a pipe); name a {what} file")
        if target.is_file():
            with open(target, "rb") as fh:
                if fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                    raise InputError(f"{target}: is a database; name another file for the {what}")
    except OSError as exc:
        raise InputError(f"{target}: cannot write the {what} ({exc.strerror or exc})") from None


def _write(report: Report, fmt: str, path: Path, lang: str, *, annotated: bool, org_name: str | None,
           org_url: str | None, page_url: str | None,
           progress: Callable[[float], None] | None, start: float) -> tuple[list[str], int | None]:
    from app.exports.common import write_atomic

    if fmt == "html":
        from app.exports.html import render_html

        write_atomic(path, render_html(report, lang, annotated=annotated).encode("utf-8"))
    elif fmt == "pdf":
        from app.exports.pdf import write_pdf

        pages = write_pdf(report, path, lang, annotated=annotated,
                          progress=(lambda f: progress(start + (1 - start) * f)) if progress else None)
        return [], pages
    elif fmt == "docx":
        from app.exports.docx import render_docx

        render_docx(report, path, lang, annotated=annotated)
    elif fmt == "csv":
        from app.exports.tabular import write_csv

        write_csv(report, path, lang)
    elif fmt == "xlsx":
        from app.exports.tabular import write_xlsx

        write_xlsx(report, path, lang)
    elif fmt == "json":
        from app.exports.json_report import write_json

        write_json(report, path)
    elif fmt == "md":
        from app.exports.markdown import render_markdown

        write_atomic(path, render_markdown(report, lang, annotated=annotated).encode("utf-8"))
    else:
        from app.exports.claimreview import Organisation, write_claimreview

        return write_claimreview(report, path, lang, Organisation.from_env(org_name, org_url), page_url=page_url), None
    return [], None


def export_article(ws_or_db: Any, article_id: int, fmt: str, path: str | os.PathLike[str], lang: str = "ar",
                   progress: Callable[[float], None] | None = None, *, annotated: bool = False,
                   org_name: str | None = None, org_url: str | None = None,
                   page_url: str | None = None, report: Report | None = None) -> ExportResult:
    """Write the review report of one article.

    ``ws_or_db`` is a Workspace or a Database; ``fmt`` one of :data:`FORMATS`; ``lang``
    ``"ar"`` (right-to-left, the default) or ``"en"``; ``progress`` receives fractions
    0..1. ClaimReview takes the organisation from ``org_name``/``org_url`` or the
    environment (``SANAD_ORG_NAME``/``SANAD_ORG_URL``). Raises NotFoundError for an unknown
    article, InputError for a bad format, language or a ClaimReview missing required fields.

    ``report``, from :func:`build_report` for ``article_id``, is written as it is instead of
    being read again; ``progress`` then counts the writing alone (0..1).
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise InputError(f"unknown report language {lang!r}; use one of: {', '.join(LANGS)}")
    target = Path(path)
    check_target(target, getattr(getattr(ws_or_db, "db", ws_or_db), "path", None))
    if report is not None and report.article.id != article_id:
        raise InputError(f"the report given is of article {report.article.id}, not of article {article_id}")
    if progress:
        progress(0.0)
    start = 0.0
    if report is None:
        report = build_report(ws_or_db, article_id)
        start = 0.3
        if progress:
            progress(start)
    try:
        warnings, pages = _write(report, fmt, target, lang, annotated=annotated, org_name=org_name,
                                 org_url=org_url, page_url=page_url, progress=progress, start=start)
    except OSError as exc:
        raise InputError(f"{target}: cannot write the report ({exc.strerror or exc})") from None
    if progress:
        progress(1.0)
    return ExportResult(target, fmt, len(report.claims), warnings, pages)
