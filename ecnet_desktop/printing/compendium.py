"""The EC-NET Toolkit and EC-NET Recommendations as PDF compendia, grouped by priority.

Every item names the events and sessions it comes from (title, town, dates). Nothing personal
is printed: a note's free-text author field is left out and no participant is named.
"""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from ..domain.enums import Priority, RecommendationLevel
from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..domain.records import MethodologyRecord
from ..services.container import Services
from ..services.methodologies import MethodologyUse, group_methods
from ..services.notes import NoteEntry, Place, group_by_priority
from .common import (
    AUTHOR,
    DEFAULT_PAPER,
    PAGE_X_OF_Y,
    PREPARING_PAGE,
    PROGRAMME,
    PROJECT,
    CountryName,
    DateFormat,
    Line,
    PageInfo,
    PrintResult,
    Translate,
    Wording,
    atomic_output,
    build_pdf,
    draw_lines,
    markup,
    paper_size,
)
from .fonts import SANS, SANS_BOLD, SANS_OBLIQUE, register_fonts

TOOLKIT_TITLE = QT_TRANSLATE_NOOP("printing", "EC-NET Toolkit")
TOOLKIT_INTRO = QT_TRANSLATE_NOOP(
    "printing", "Participatory methods tested at the events of the network, grouped by the "
    "programme priority they serve, each with the sessions where it was used.")
RECOMMENDATIONS_TITLE = QT_TRANSLATE_NOOP("printing", "EC-NET Recommendations")
RECOMMENDATIONS_INTRO = QT_TRANSLATE_NOOP(
    "printing", "Recommendations agreed at the events of the network and marked for "
    "publication, grouped by programme priority, each traced to the event and session "
    "where it was made.")
NO_PRIORITY = QT_TRANSLATE_NOOP("printing", "Other topics")
NOTHING = QT_TRANSLATE_NOOP("printing", "Nothing to list yet.")
AIM = QT_TRANSLATE_NOOP("printing", "Aim")
STEPS = QT_TRANSLATE_NOOP("printing", "Steps")
MATERIALS = QT_TRANSLATE_NOOP("printing", "Materials")
TIPS = QT_TRANSLATE_NOOP("printing", "Tips")
FACTS = QT_TRANSLATE_NOOP("printing", "Duration: {duration} · Group size: {size} · "
                                      "Source network: {network}")
MINUTES = QT_TRANSLATE_NOOP("printing", "{minutes} min")
USED_AT = QT_TRANSLATE_NOOP("printing", "Used at")
NOT_USED = QT_TRANSLATE_NOOP("printing", "Not used at a recorded session yet.")
OUTCOMES = QT_TRANSLATE_NOOP("printing", "Outcomes")
LEVEL_TO = QT_TRANSLATE_NOOP("printing", "Level: {level} · Addressed to: {addressee}")
LEVEL_ONLY = QT_TRANSLATE_NOOP("printing", "Level: {level}")
MADE_AT = QT_TRANSLATE_NOOP("printing", "Made at")
SEE_ALSO = QT_TRANSLATE_NOOP("printing", "See also: {items}")
ALSO_UNDER = QT_TRANSLATE_NOOP("printing", "{number} {title} — described under {priority}")
WHOLE_EVENT = QT_TRANSLATE_NOOP("printing", "whole event")

_MARGIN = 18 * mm
_FOOTER = 10 * mm


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=20, leading=25,
                                    spaceAfter=4)
        self.sub = ParagraphStyle("sub", fontName=SANS, fontSize=9, leading=12,
                                  textColor=HexColor("#444444"), spaceAfter=10)
        self.group = ParagraphStyle("group", fontName=SANS_BOLD, fontSize=14, leading=18,
                                    spaceBefore=10, spaceAfter=6,
                                    textColor=HexColor("#1f3c88"))
        self.item = ParagraphStyle("item", fontName=SANS_BOLD, fontSize=11, leading=14,
                                   spaceBefore=8, spaceAfter=2)
        self.label = ParagraphStyle("label", fontName=SANS_BOLD, fontSize=8.5, leading=11,
                                    spaceBefore=3)
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12,
                                   spaceAfter=2)
        # Bullets name their font: reportlab's default would be Helvetica, not embedded.
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=12,
                                     bulletIndent=2, spaceAfter=1, bulletFontName=SANS)
        self.meta = ParagraphStyle("meta", fontName=SANS_OBLIQUE, fontSize=8, leading=10.5,
                                   textColor=HexColor("#444444"))
        self.trace = ParagraphStyle("trace", parent=self.meta, fontName=SANS, leftIndent=12,
                                    bulletIndent=2, bulletFontName=SANS)


# -- a safe subset of Markdown ------------------------------------------------------------------

_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?!\w)")


def inline(text: str) -> str:
    """Paragraph markup for one line: everything escaped, then **bold** and *italic* only."""
    safe = markup(text)
    safe = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", safe)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", safe)


def markdown_blocks(text: str) -> list[tuple[str, str, str]]:
    """(kind, bullet, markup) per block: "p" paragraphs (lines joined) and "li" list items.

    Headings print as bold paragraphs; links, images, HTML and tables stay plain text.
    """
    blocks: list[tuple[str, str, str]] = []
    lines: list[str] = []

    def close() -> None:
        if lines:
            blocks.append(("p", "", inline(" ".join(x.strip() for x in lines))))
            lines.clear()

    for raw in text.splitlines():
        if not raw.strip():
            close()
        elif found := _BULLET.match(raw):
            close()
            blocks.append(("li", "•", inline(found.group(1))))
        elif found := _NUMBERED.match(raw):
            close()
            blocks.append(("li", f"{found.group(1)}.", inline(found.group(2))))
        elif found := _HEADING.match(raw):
            close()
            blocks.append(("p", "", f"<b>{inline(found.group(1))}</b>"))
        else:
            lines.append(raw)
    close()
    return blocks


def markdown_flowables(text: str, styles: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for kind, bullet, body in markdown_blocks(text):
        if kind == "li":
            out.append(Paragraph(body, styles.bullet, bulletText=bullet))
        else:
            out.append(Paragraph(body, styles.body))
    return out


def plain_markdown(text: str) -> str:
    """The text without Markdown marks (for workbooks and lists)."""
    out = []
    for kind, bullet, body in markdown_blocks(text):
        plain = re.sub(r"</?[bi]>", "", body)
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        out.append(f"{bullet} {plain}" if kind == "li" else plain)
    return "\n".join(out)


# -- where an item comes from -------------------------------------------------------------------


def place_text(place: Place, words: Wording) -> str:
    """"Event title, Town (Country), dates — session title, date" (plain text)."""
    where = ", ".join(x for x in (place.town, words.country(place.country)) if x)
    text = f"{place.event_title}, {where}, {words.dates(place.start_date, place.end_date)}"
    if place.session_id:
        day = words.format_date(place.session_start.date()) if place.session_start else ""
        text += f" — {place.session_title}" + (f", {day}" if day else "")
    else:
        text += f" — {words(WHOLE_EVENT)}"
    return text


def enum_text(member: Priority | RecommendationLevel, words: Wording) -> str:
    """An enum's label in the document's language (labels live in context "enum")."""
    return str(words.translate("enum", member.label))


def priority_title(priority: Priority | None, words: Wording) -> str:
    return enum_text(priority, words) if priority is not None else words(NO_PRIORITY)


def level_text(entry: NoteEntry, words: Wording) -> str:
    note = entry.note
    level = ""
    if note.level:
        try:
            level = enum_text(RecommendationLevel(note.level), words)
        except ValueError:
            level = note.level
    if level and note.addressee:
        return words(LEVEL_TO, level=level, addressee=note.addressee)
    if level:
        return words(LEVEL_ONLY, level=level)
    return note.addressee


def numbered(items: Sequence[str], prefix: str) -> dict[str, str]:
    return {item_id: f"{prefix}{n}" for n, item_id in enumerate(items, 1)}


# -- documents ----------------------------------------------------------------------------------


def build_recommendations_pdf(
    services: Services, out_path: Path | str, progress: Progress | None = None, *,
    translate: Translate | None = None, country_name: CountryName | None = None,
    format_date: DateFormat | None = None, paper: str = DEFAULT_PAPER,
) -> PrintResult:
    """Every publishable recommendation, under each programme priority it serves, on A4
    or Letter paper."""
    paper_size(paper)  # an unknown paper fails before any work
    words = Wording.make(translate, country_name, format_date)
    register_fonts()
    styles = _Styles()
    entries = services.notes.recommendations(publishable_only=True)
    numbers = numbered([e.note.id for e in entries], "R")
    by_id = {e.note.id: e for e in entries}
    story: list[Flowable] = _front(words, styles, RECOMMENDATIONS_TITLE, RECOMMENDATIONS_INTRO)
    groups = group_by_priority(entries)
    first: dict[str, Priority | None] = {}
    for priority, items in groups:
        story += [CondPageBreak(40 * mm), Paragraph(markup(priority_title(priority, words)),
                                                   styles.group)]
        for entry in items:
            number = numbers[entry.note.id]
            if entry.note.id in first:
                story.append(Paragraph(markup(words(
                    ALSO_UNDER, number=number, title=entry.note.heading,
                    priority=priority_title(first[entry.note.id], words))), styles.meta))
                continue
            first[entry.note.id] = priority
            story.append(KeepTogether(_recommendation(entry, number, numbers, by_id, words,
                                                      styles)))
    if not groups:
        story.append(Paragraph(markup(words(NOTHING)), styles.body))
    return _write(story, words, RECOMMENDATIONS_TITLE, Path(out_path), progress, paper)


def _recommendation(entry: NoteEntry, number: str, numbers: dict[str, str],
                    by_id: dict[str, NoteEntry], words: Wording,
                    styles: _Styles) -> list[Flowable]:
    note = entry.note
    out: list[Flowable] = [Paragraph(f"{number}&nbsp;&nbsp;{markup(note.heading)}", styles.item)]
    level = level_text(entry, words)
    if level:
        out.append(Paragraph(markup(level), styles.meta))
    out += markdown_flowables(note.text, styles)
    out.append(Paragraph(markup(words(MADE_AT)), styles.label))
    out.append(Paragraph(markup(place_text(entry.place, words)), styles.trace, bulletText="•"))
    linked = [f"{numbers[i]} {by_id[i].note.heading}" for i in note.related if i in numbers]
    if linked:
        out.append(Paragraph(markup(words(SEE_ALSO, items="; ".join(linked))), styles.meta))
    return out


def build_toolkit_pdf(
    services: Services, out_path: Path | str, progress: Progress | None = None, *,
    translate: Translate | None = None, country_name: CountryName | None = None,
    format_date: DateFormat | None = None, paper: str = DEFAULT_PAPER,
) -> PrintResult:
    """Every methodology of the Toolkit, under each programme priority it serves, on A4 or
    Letter paper."""
    paper_size(paper)  # an unknown paper fails before any work
    words = Wording.make(translate, country_name, format_date)
    register_fonts()
    styles = _Styles()
    uses = services.methodologies.usages()
    methods = sorted((u.methodology for u in uses.values()), key=lambda m: (m.name, m.id))
    numbers = numbered([m.id for m in methods], "T")
    story: list[Flowable] = _front(words, styles, TOOLKIT_TITLE, TOOLKIT_INTRO)
    groups = group_methods(methods)
    first: dict[str, Priority | None] = {}
    for priority, items in groups:
        story += [CondPageBreak(40 * mm), Paragraph(markup(priority_title(priority, words)),
                                                   styles.group)]
        for method in items:
            if progress is not None:
                progress.token.check()
            number = numbers[method.id]
            if method.id in first:
                story.append(Paragraph(markup(words(
                    ALSO_UNDER, number=number, title=method.name,
                    priority=priority_title(first[method.id], words))), styles.meta))
                continue
            first[method.id] = priority
            story += _method(method, uses[method.id], number, words, styles)
    if not groups:
        story.append(Paragraph(markup(words(NOTHING)), styles.body))
    return _write(story, words, TOOLKIT_TITLE, Path(out_path), progress, paper)


def _method(method: MethodologyRecord, use: MethodologyUse, number: str, words: Wording,
            styles: _Styles) -> list[Flowable]:
    head: list[Flowable] = [Paragraph(f"{number}&nbsp;&nbsp;{markup(method.name)}", styles.item)]
    duration = words(MINUTES, minutes=method.duration_minutes) if method.duration_minutes else "–"
    head.append(Paragraph(markup(words(FACTS, duration=duration, size=method.group_size or "–",
                                       network=method.source_network or "–")), styles.meta))
    if method.aim:
        head += [Paragraph(markup(words(AIM)), styles.label),
                 *markdown_flowables(method.aim, styles)]
    out: list[Flowable] = [KeepTogether(head + markdown_flowables(method.summary, styles))]
    for label, text in ((STEPS, method.steps), (MATERIALS, method.materials),
                        (TIPS, method.tips)):
        if text:
            out.append(KeepTogether([Paragraph(markup(words(label)), styles.label),
                                     *markdown_flowables(text, styles)]))
    used: list[Flowable] = [
        Paragraph(markup(place_text(p, words)), styles.trace, bulletText="•")
        for p in use.sessions] or [Paragraph(markup(words(NOT_USED)), styles.meta)]
    # A label never ends a page alone: it stays with its first line.
    out += [KeepTogether([Paragraph(markup(words(USED_AT)), styles.label), used[0]]),
            *used[1:]]
    published = [o for o in use.outcomes if o.note.publishable]
    for n, outcome in enumerate(published):
        lines: list[Flowable] = [
            Paragraph(inline(" ".join(outcome.note.text.split())), styles.bullet,
                      bulletText="•"),
            Paragraph(markup(place_text(outcome.place, words)), styles.trace)]
        if n == 0:
            lines.insert(0, Paragraph(markup(words(OUTCOMES)), styles.label))
        out.append(KeepTogether(lines))
    out.append(Spacer(1, 3 * mm))
    return out


def _front(words: Wording, styles: _Styles, title: Source, intro: Source) -> list[Flowable]:
    return [Paragraph(markup(words(title)), styles.title),
            Paragraph(markup(f"{PROJECT} · {PROGRAMME}"), styles.sub),
            Paragraph(markup(words(intro)), styles.body), Spacer(1, 4 * mm)]


def _write(story: list[Flowable], words: Wording, title: Source, out_path: Path,
           progress: Progress | None, paper: str) -> PrintResult:
    width, height = page = paper_size(paper)
    frame = Frame(_MARGIN, _MARGIN + _FOOTER, width - 2 * _MARGIN,
                  height - 2 * _MARGIN - _FOOTER, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    heading = words(title)

    def decorate(canvas: Canvas, info: PageInfo) -> None:
        footer = [Line(f"{heading} · {PROJECT}", SANS, 7, "#555555")]
        draw_lines(canvas, _MARGIN, _MARGIN + 4, footer)
        draw_lines(canvas, width - _MARGIN, _MARGIN + 4,
                   [Line(words(PAGE_X_OF_Y, page=info.number, pages=info.total), SANS, 7,
                         "#555555")], right=True)

    with atomic_output(out_path) as temp:
        doc = BaseDocTemplate(str(temp), pagesize=page,
                              pageTemplates=[PageTemplate(id="page", frames=[frame])],
                              title=heading, author=AUTHOR, subject=PROGRAMME, creator=AUTHOR)
        count = build_pdf(doc, story, decorate, progress, max(len(story) // 25, 1),
                          lambda page: words(PREPARING_PAGE, page=page))
    return PrintResult(out_path, count)
