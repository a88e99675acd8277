"""A subject access answer as a PDF: the same sections as the xlsx, one table each, with a
"contains personal data" footer on every page."""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..services.subject_access import INTRO, TITLE, SubjectAccessReport, cell_text
from .common import (
    DEFAULT_PAPER,
    PAGE_X_OF_Y,
    PageInfo,
    PrintResult,
    atomic_output,
    build_pdf,
    markup,
    paper_size,
)
from .fonts import SANS, SANS_BOLD, SANS_OBLIQUE, register_fonts

if TYPE_CHECKING:
    from ..services.container import Services

Translate = Callable[[str, str], str]
FOOTER = QT_TRANSLATE_NOOP("subject access", "Contains personal data — confidential")
NOTHING = QT_TRANSLATE_NOOP("subject access", "(nothing held)")
MARGIN = 15 * mm
HEADER_FILL = HexColor("#DDE4EE")
GRID = HexColor("#9AA5B1")


def _english(_context: str, text: str) -> str:
    return text


def print_subject_access(services: Services, person_id: str, out_path: Path | str, *,
                         translate: Translate | None = None,
                         paper: str = DEFAULT_PAPER) -> PrintResult:
    """Write everything held about the person as a PDF on A4 or Letter paper (atomically);
    audited."""
    paper_size(paper)  # an unknown paper fails before any work
    report = services.subject_access.report(person_id)
    result = write_pdf(report, Path(out_path), translate=translate, paper=paper)
    services.subject_access.record_delivery(person_id, "pdf")
    return result


def write_pdf(report: SubjectAccessReport, out_path: Path, *,
              translate: Translate | None = None, paper: str = DEFAULT_PAPER) -> PrintResult:
    register_fonts()
    page = paper_size(paper)
    say = translate or _english

    def tr(source: Source, **params: Any) -> str:
        return say(source.context, str(source)).format(**params)

    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5)
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=SANS_BOLD, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", fontName=SANS_BOLD, fontSize=16, leading=20, spaceAfter=4 * mm)
    h2 = ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=11.5, leading=14,
                        spaceBefore=5 * mm, spaceAfter=2 * mm, keepWithNext=1)
    width = page[0] - 2 * MARGIN
    story: list[Any] = [
        Paragraph(markup(tr(TITLE, name=report.full_name)), h1),
        Paragraph(markup(tr(INTRO, device=report.device_name,
                            date=report.generated_at.date().isoformat())), body),
    ]
    for section in report.sections:
        story.append(Paragraph(markup(tr(section.title)), h2))
        if not section.rows:
            story.append(Paragraph(markup(tr(NOTHING)),
                                   ParagraphStyle("none", parent=body, fontName=SANS_OBLIQUE)))
            continue
        data = [[Paragraph(markup(tr(h)), head) for h in section.headers]]
        data += [[Paragraph(markup(cell_text(v, say)), cell) for v in row]
                 for row in section.rows]
        columns = _widths(section.key, len(section.headers), width)
        table = Table(data, colWidths=columns, repeatRows=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        story.append(table)
    story.append(Spacer(1, 4 * mm))

    def decorate(canvas: Canvas, info: PageInfo) -> None:
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(HexColor("#555555"))
        canvas.drawString(MARGIN, 9 * mm, tr(FOOTER))
        canvas.drawRightString(page[0] - MARGIN, 9 * mm,
                               tr(PAGE_X_OF_Y, page=info.number, pages=info.total))

    with atomic_output(out_path) as temp:
        doc = BaseDocTemplate(str(temp), pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
                              title=tr(TITLE, name=report.full_name), author="EC-NET Desktop")
        frame = Frame(MARGIN, MARGIN + 4 * mm, width, page[1] - 2 * MARGIN - 4 * mm, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=page)])
        pages = build_pdf(doc, story, decorate, None, 1, lambda _n: "")
    return PrintResult(out_path, pages)


def _widths(key: str, count: int, width: float) -> list[float]:
    """Key/value sections get a narrow key column; others share the width, text widest."""
    if key == "personal":
        return [width * 0.3, width * 0.7]
    if key == "consents":
        shares = [0.14, 0.08, 0.16, 0.1, 0.16, 0.36]
    elif key == "notes":
        shares = [0.18, 0.16, 0.1, 0.14, 0.42]
    elif key == "answers":
        shares = [0.2, 0.12, 0.34, 0.34]
    elif key == "audit":
        shares = [0.2, 0.2, 0.2, 0.4]
    else:
        shares = [1 / count] * count
    return [width * s for s in shares[:count]]
