"""The event report for the grant: place and dates, participants per country (local and
international), categories, sessions with attendance, the daily programme, the one-third
check, and the text the host town publishes on its website."""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.enums import EventKind, PersonCategory
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.progress import Progress
from ..services.event_report_data import (
    EventReport,
    load_event_report,
    place,
    session_kind_label,
    website_text,
)
from ..services.statistics import AGE_BAND_LABELS, UNKNOWN_LABEL, EventFigures
from .common import (
    AUTHOR,
    DEFAULT_PAPER,
    PAGE_X_OF_Y,
    PREPARING_PAGE,
    PROGRAMME,
    PROGRAMME_LABEL,
    PROJECT,
    CountryName,
    DateFormat,
    PageInfo,
    PrintResult,
    Translate,
    Wording,
    atomic_output,
    build_pdf,
    markup,
    paper_size,
)
from .fonts import CONDENSED, SANS, SANS_BOLD, SANS_OBLIQUE, register_fonts

if TYPE_CHECKING:
    from ..services.container import Services

C = "event report"
TITLE = QT_TRANSLATE_NOOP(C, "Event report")
PLACE = QT_TRANSLATE_NOOP(C, "Place")
DATES = QT_TRANSLATE_NOOP(C, "Dates")
KIND = QT_TRANSLATE_NOOP(C, "Kind of event")
HOST = QT_TRANSLATE_NOOP(C, "Host organisation")
SUMMARY = QT_TRANSLATE_NOOP(C, "In figures")
PARTICIPANTS = QT_TRANSLATE_NOOP(C, "Participants")
LOCAL = QT_TRANSLATE_NOOP(C, "Local")
INTERNATIONAL = QT_TRANSLATE_NOOP(C, "International")
TOTAL = QT_TRANSLATE_NOOP(C, "Total")
STAFF_INTERPRETERS = QT_TRANSLATE_NOOP(C, "Staff / interpreters (counted apart)")
ATTENDANCES = QT_TRANSLATE_NOOP(C, "Attendances (person × session, everyone present)")
PER_COUNTRY = QT_TRANSLATE_NOOP(C, "Participants per country")
COUNTRY = QT_TRANSLATE_NOOP(C, "Country")
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(C, "country not recorded")
CATEGORIES = QT_TRANSLATE_NOOP(C, "Participants per category")
CATEGORY = QT_TRANSLATE_NOOP(C, "Category")
AGE_GENDER = QT_TRANSLATE_NOOP(C, "Participants per age band")
AGE_BAND = QT_TRANSLATE_NOOP(C, "Age band")
COUNT = QT_TRANSLATE_NOOP(C, "Count")
SHARE = QT_TRANSLATE_NOOP(C, "Share")
ONE_THIRD = QT_TRANSLATE_NOOP(C, "One-third-international check")
ONE_THIRD_MET = QT_TRANSLATE_NOOP(
    C, "Met: {international} of {participants} participants ({share}) came from another "
       "country than the host; at least {needed} were needed.")
ONE_THIRD_NOT_MET = QT_TRANSLATE_NOOP(
    C, "Not met: {international} of {participants} participants ({share}) came from another "
       "country than the host; at least {needed} were needed.")
ONE_THIRD_NA = QT_TRANSLATE_NOOP(
    C, "Not required: this is not an international event ({international} of {participants} "
       "participants came from abroad).")
SESSIONS = QT_TRANSLATE_NOOP(C, "Sessions and attendance")
DATE = QT_TRANSLATE_NOOP(C, "Date")
TIME = QT_TRANSLATE_NOOP(C, "Time")
SESSION = QT_TRANSLATE_NOOP(C, "Session")
SESSION_KIND = QT_TRANSLATE_NOOP(C, "Kind")
PRESENT = QT_TRANSLATE_NOOP(C, "Present")
OF_WHOM_PARTICIPANTS = QT_TRANSLATE_NOOP(C, "Participants")
NO_SESSIONS = QT_TRANSLATE_NOOP(C, "The programme has no sessions yet.")
PROGRAMME_DAYS = QT_TRANSLATE_NOOP(C, "Daily activities")
WEBSITE = QT_TRANSLATE_NOOP(C, "Text for the host town's website")
WEBSITE_NOTE = QT_TRANSLATE_NOOP(
    C, "The programme asks the host town to publish this on its website.")
DEFINITION = QT_TRANSLATE_NOOP(
    C, "Participants: people checked in for at least one session, registered as participant, "
       "speaker or facilitator (or not registered); staff and interpreters are counted apart. "
       "International: from another country than the host country.")

_MARGIN = 18 * mm
_BLUE = "#1f4e9c"


@dataclass(frozen=True)
class EventReportOptions:
    """What the report holds and the paper it is printed on."""

    include_website_text: bool = True
    paper: str = DEFAULT_PAPER  # "A4" or "Letter"


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=18, leading=22,
                                    textColor=HexColor(_BLUE), spaceAfter=2)
        self.event = ParagraphStyle("event", fontName=SANS_BOLD, fontSize=13, leading=16,
                                    spaceAfter=6)
        self.heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=11.5, leading=14,
                                      textColor=HexColor(_BLUE), spaceBefore=10, spaceAfter=4)
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5)
        self.cell = ParagraphStyle("cell", fontName=CONDENSED, fontSize=8.5, leading=10.5)
        self.note = ParagraphStyle("note", fontName=SANS_OBLIQUE, fontSize=8, leading=10,
                                   textColor=HexColor("#555555"))
        self.web = ParagraphStyle("web", fontName=SANS, fontSize=9.5, leading=13,
                                  spaceAfter=5)
        self.pass_ = ParagraphStyle("pass", parent=self.body, fontName=SANS_BOLD,
                                    textColor=HexColor("#1b7a2f"))
        self.fail = ParagraphStyle("fail", parent=self.body, fontName=SANS_BOLD,
                                   textColor=HexColor("#b3261e"))


def _table(rows: list[list[object]], widths: list[float], *, numeric_from: int = 1,
           total_row: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, 8.5, 10.5),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8.5, 10.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HexColor("#cccccc")),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e8edf5")),
    ]
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), SANS_BOLD, 8.5, 10.5),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor("#333333"))]
    table.setStyle(TableStyle(style))
    return table


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _enum_label(words: Wording, enum: type[PersonCategory] | type[EventKind],
                value: str) -> str:
    try:
        member = enum(value)
    except ValueError:
        return value
    return words.translate("enum", member.label)


def _heading(words: Wording, report: EventReport, styles: _Styles,
             width: float) -> list[Flowable]:
    figures = report.figures
    event = figures.event
    rows = [[words(PLACE), place(report, words.country) or "–"],
            [words(DATES), words.dates(event.start_date, event.end_date)],
            [words(KIND), _enum_label(words, EventKind, event.kind)]]
    if report.host_organisation:
        rows.append([words(HOST), report.host_organisation])
    facts = Table([[Paragraph(markup(a), styles.body), Paragraph(markup(b), styles.body)]
                   for a, b in rows], colWidths=[40 * mm, width - 40 * mm])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9.5),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Paragraph(markup(words(TITLE)), styles.title),
            Paragraph(markup(event.title), styles.event), facts]


def _summary(words: Wording, figures: EventFigures, styles: _Styles,
             width: float) -> list[Flowable]:
    count = len(figures.participants)
    rows: list[list[object]] = [
        [words(SUMMARY), ""],
        [words(PARTICIPANTS), str(count)],
        [f"  {words(LOCAL)}", f"{figures.local}  ({_percent(figures.local, count)})"],
        [f"  {words(INTERNATIONAL)}",
         f"{figures.international}  ({_percent(figures.international, count)})"],
        [words(STAFF_INTERPRETERS), f"{figures.staff} / {figures.interpreters}"],
        [words(ATTENDANCES), str(figures.attendances)],
    ]
    return [Spacer(1, 3 * mm), _table(rows, [width * 0.6, width * 0.4])]


def _one_third(words: Wording, figures: EventFigures, styles: _Styles) -> list[Flowable]:
    count = len(figures.participants)
    needed = -(-count // 3)  # at least one in three, rounded up
    params = {"international": figures.international, "participants": count,
              "share": _percent(figures.international, count), "needed": needed}
    if not figures.is_international_event:
        text, style = words(ONE_THIRD_NA, **params), styles.body
    elif figures.one_third_met:
        text, style = "✔ " + words(ONE_THIRD_MET, **params), styles.pass_
    else:
        text, style = "✘ " + words(ONE_THIRD_NOT_MET, **params), styles.fail
    return [KeepTogether([Paragraph(markup(words(ONE_THIRD)), styles.heading),
                          Paragraph(markup(text), style)])]


def _countries(words: Wording, figures: EventFigures, styles: _Styles,
               width: float) -> list[Flowable]:
    rows: list[list[object]] = [[words(COUNTRY), words(LOCAL), words(INTERNATIONAL),
                                 words(TOTAL)]]
    for code, local, abroad in figures.by_country():
        name = words.country(code) if code else words(UNKNOWN_COUNTRY)
        rows.append([Paragraph(markup(name), styles.cell), local, abroad, local + abroad])
    rows.append([words(TOTAL), figures.local, figures.international,
                 len(figures.participants)])
    return [Paragraph(markup(words(PER_COUNTRY)), styles.heading),
            _table(rows, [width * 0.46] + [width * 0.18] * 3, total_row=True)]


def _categories(words: Wording, figures: EventFigures, styles: _Styles,
                width: float) -> list[Flowable]:
    count = len(figures.participants)
    left: list[list[object]] = [[words(CATEGORY), words(COUNT), words(SHARE)]]
    for key, n in figures.by_category():
        left.append([_enum_label(words, PersonCategory, key) if key else words(UNKNOWN_LABEL),
                     n, _percent(n, count)])
    right: list[list[object]] = [[words(AGE_BAND), words(COUNT), words(SHARE)]]
    for key, n in figures.by_age_band():
        right.append([words(AGE_BAND_LABELS[key]), n, _percent(n, count)])
    half = (width - 8 * mm) / 2
    pair = Table([[[Paragraph(markup(words(CATEGORIES)), styles.heading),
                    _table(left, [half * 0.56, half * 0.22, half * 0.22])],
                   [Paragraph(markup(words(AGE_GENDER)), styles.heading),
                    _table(right, [half * 0.56, half * 0.22, half * 0.22])]]],
                 colWidths=[half + 8 * mm, half])
    pair.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm),
                              ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    return [pair]


def _sessions(words: Wording, report: EventReport, styles: _Styles,
              width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(markup(words(SESSIONS)), styles.heading)]
    figures = report.figures
    if not figures.sessions:
        return [*out, Paragraph(markup(words(NO_SESSIONS)), styles.note)]
    rows: list[list[object]] = [[words(DATE), words(TIME), words(SESSION), words(SESSION_KIND),
                                 words(PRESENT), words(OF_WHOM_PARTICIPANTS)]]
    widths = [28 * mm, 21 * mm, 0.0, 27 * mm, 17 * mm, 23 * mm]
    widths[2] = width - sum(widths)
    for s in figures.sessions:
        x = s.session
        rows.append([words.format_date(x.start.date()), f"{x.start:%H:%M}–{x.end:%H:%M}",
                     Paragraph(markup(x.title), styles.cell),
                     session_kind_label(x.kind, words.translate), s.present, s.participants])
    rows.append([words(TOTAL), "", "", "", figures.attendances,
                 figures.participant_attendances])
    return [*out, _table(rows, widths, numeric_from=4, total_row=True)]


def _programme(words: Wording, report: EventReport, styles: _Styles) -> list[Flowable]:
    if not report.days:
        return []
    out: list[Flowable] = [Paragraph(markup(words(PROGRAMME_DAYS)), styles.heading)]
    for day in report.days:
        items = "; ".join(
            f"{s.session.start:%H:%M} {markup(s.session.title)} "
            f"({markup(session_kind_label(s.session.kind, words.translate))})"
            for s in day.sessions)
        out.append(Paragraph(f'<font name="{SANS_BOLD}">{markup(words.format_date(day.day))}'
                             f"</font>: {items}",
                             styles.web))
    return out


def _website(words: Wording, report: EventReport, styles: _Styles,
             width: float) -> list[Flowable]:
    text = website_text(report, words.translate, words.country, words.format_date)
    paragraphs = [Paragraph(markup(p), styles.web) for p in text.split("\n\n")]
    box = Table([[paragraphs]], colWidths=[width])
    box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9),
                             ("BOX", (0, 0), (-1, -1), 0.6, HexColor(_BLUE)),
                             ("BACKGROUND", (0, 0), (-1, -1), HexColor("#f5f7fb")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    # The heading never stays alone at the foot of a page, away from its text.
    return [KeepTogether([Paragraph(markup(words(WEBSITE)), styles.heading),
                          Paragraph(markup(words(WEBSITE_NOTE)), styles.note),
                          Spacer(1, 2 * mm), box])]


class _Decorator:
    def __init__(self, report: EventReport, words: Wording) -> None:
        self.report, self.words = report, words

    def __call__(self, canvas: Canvas, info: PageInfo) -> None:
        width, height = canvas._pagesize
        canvas.setFont(SANS_BOLD, 9)
        canvas.setFillColor(HexColor(_BLUE))
        canvas.drawString(_MARGIN, height - 12 * mm, PROJECT)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(HexColor("#555555"))
        canvas.drawRightString(width - _MARGIN, height - 12 * mm,
                               f"{self.words(PROGRAMME_LABEL)}: {PROGRAMME}")
        canvas.setStrokeColor(HexColor(_BLUE))
        canvas.setLineWidth(0.8)
        canvas.line(_MARGIN, height - 14 * mm, width - _MARGIN, height - 14 * mm)
        canvas.line(_MARGIN, 14 * mm, width - _MARGIN, 14 * mm)
        canvas.setFont(SANS, 7.5)
        title = self.report.figures.event.title
        canvas.drawString(_MARGIN, 10 * mm, f"{self.words(TITLE)} – {title}"[:110])
        canvas.drawRightString(width - _MARGIN, 10 * mm,
                               self.words(PAGE_X_OF_Y, page=info.number, pages=info.total))


def build_event_report(
    services: Services,
    event_id: str,
    out_path: Path | str,
    options: EventReportOptions | None = None,
    progress: Progress | None = None,
    *,
    translate: Translate | None = None,
    country_name: CountryName | None = None,
    format_date: DateFormat | None = None,
) -> PrintResult:
    """Write the event's report as a PDF, atomically; cancelling writes nothing."""
    options = options or EventReportOptions()
    paper_size(options.paper)  # an unknown paper fails before any work
    words = Wording.make(translate, country_name, format_date)
    register_fonts()
    report = load_event_report(services, event_id, progress)
    return write_event_report(report, Path(out_path), options, progress, words)


def write_event_report(report: EventReport, out: Path, options: EventReportOptions,
                       progress: Progress | None, words: Wording) -> PrintResult:
    styles = _Styles()
    page = paper_size(options.paper)
    width = page[0] - 2 * _MARGIN
    figures = report.figures
    story: list[Flowable] = [
        *_heading(words, report, styles, width),
        *_summary(words, figures, styles, width),
        *_one_third(words, figures, styles),
        *_countries(words, figures, styles, width),
        *_categories(words, figures, styles, width),
        *_sessions(words, report, styles, width),
        *_programme(words, report, styles),
    ]
    if options.include_website_text:
        story += _website(words, report, styles, width)
    story += [Spacer(1, 4 * mm), Paragraph(markup(words(DEFINITION)), styles.note)]
    with atomic_output(out) as temp:
        doc = BaseDocTemplate(str(temp), pagesize=page,
                              title=f"{words(TITLE)} – {figures.event.title}",
                              author=AUTHOR, subject=PROGRAMME, creator=AUTHOR)
        frame = Frame(_MARGIN, 18 * mm, width, page[1] - 18 * mm - 18 * mm,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame], pagesize=page)])
        count = build_pdf(doc, story, _Decorator(report, words), progress, 3,
                          lambda page: words(PREPARING_PAGE, page=page))
    return PrintResult(out, count)

