"""Certificates of attendance: one page per person with the event, its dates, the sessions the
person attended with their hours, and a signature block — for one person or everyone present."""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.collation import person_order
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.progress import Progress
from ..domain.records import EventRecord, PersonRecord, SessionRecord
from ..services.container import Services
from ..services.print_data import PrintDataService, hours
from .common import (
    AUTHOR,
    DEFAULT_PAPER,
    PAGE_X_OF_Y,
    PREPARING_PAGE,
    PROGRAMME,
    PROGRAMME_LABEL,
    PROJECT,
    PROJECT_LABEL,
    CountryName,
    DateFormat,
    PageInfo,
    PrintResult,
    SetPageGroup,
    Translate,
    Wording,
    atomic_output,
    build_pdf,
    markup,
    paper_size,
    registered_people,
    wrap,
)
from .fonts import CONDENSED, SANS, SANS_BOLD, SANS_OBLIQUE, register_fonts

TITLE = QT_TRANSLATE_NOOP("printing", "Certificate of attendance")
CERTIFIES = QT_TRANSLATE_NOOP("printing", "This is to certify that")
TOOK_PART = QT_TRANSLATE_NOOP("printing", "took part in the event")
HELD = QT_TRANSLATE_NOOP("printing", "held at {place} from {start} to {end}.")
HELD_ONE_DAY = QT_TRANSLATE_NOOP("printing", "held at {place} on {date}.")
SESSIONS = QT_TRANSLATE_NOOP("printing", "Sessions attended")
DATE = QT_TRANSLATE_NOOP("printing", "Date")
TIME = QT_TRANSLATE_NOOP("printing", "Time")
SESSION = QT_TRANSLATE_NOOP("printing", "Session")
HOURS = QT_TRANSLATE_NOOP("printing", "Hours")
TOTAL = QT_TRANSLATE_NOOP("printing", "Total")
NO_SESSIONS = QT_TRANSLATE_NOOP("printing", "Present at the event; no session check-ins were recorded.")
PLACE_DATE = QT_TRANSLATE_NOOP("printing", "{place}, {date}")
SIGNATURE = QT_TRANSLATE_NOOP("printing", "Signature")
STAMP = QT_TRANSLATE_NOOP("printing", "Stamp")
FOR_ORGANISER = QT_TRANSLATE_NOOP("printing", "For {organiser}")
NOBODY = QT_TRANSLATE_NOOP(
    "printing",
    "Nobody was checked in at “{event}” yet: certificates go to people present at least once.")
NOT_THERE = QT_TRANSLATE_NOOP("printing", "That person was neither checked in nor registered at “{event}”.")
CERTIFICATES_TITLE = QT_TRANSLATE_NOOP("printing", "Certificates of attendance")

_MARGIN = 20 * mm


@dataclass(frozen=True)
class CertificateOptions:
    person_id: str | None = None  # one person's certificate, else everyone present
    signatory: str = ""  # name printed under the signature line
    signatory_role: str = ""  # e.g. "Mayor of Évora" or "Project coordinator"
    place: str = ""  # where it is signed; the event's town when empty
    issued_on: dt.date | None = None  # the date it is signed; today when empty
    paper: str = DEFAULT_PAPER  # "A4" or "Letter"


@dataclass(frozen=True)
class _Certificate:
    person: PersonRecord
    sessions: tuple[SessionRecord, ...]


def _hours(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


class _Styles:
    def __init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=11, leading=15,
                                   alignment=1)
        self.name = ParagraphStyle("name", fontName=SANS_BOLD, fontSize=24, leading=29,
                                   alignment=1, spaceBefore=4, spaceAfter=4)
        self.event = ParagraphStyle("event", fontName=SANS_BOLD, fontSize=15, leading=19,
                                    alignment=1, spaceBefore=3, spaceAfter=3)
        self.small = ParagraphStyle("small", fontName=SANS, fontSize=10, leading=13,
                                    alignment=1, textColor=HexColor("#333333"))
        self.title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=26, leading=32,
                                    alignment=1, textColor=HexColor("#1f4e9c"), spaceAfter=10)
        self.heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=10.5,
                                      leading=13, spaceBefore=8, spaceAfter=4)
        self.note = ParagraphStyle("note", fontName=SANS_OBLIQUE, fontSize=9.5, leading=12)


def _page(cert: _Certificate, event: EventRecord, organiser: str, options: CertificateOptions,
          words: Wording, styles: _Styles, width: float) -> list[Flowable]:
    person = cert.person
    about = ", ".join(x for x in (person.organisation_name, person.town,
                                  words.country(person.country)) if x)
    place = ", ".join(x for x in (event.venue, event.host_town, words.country(event.country))
                      if x)
    if event.start_date == event.end_date:
        held = words(HELD_ONE_DAY, place=place, date=words.format_date(event.start_date))
    else:
        held = words(HELD, place=place, start=words.format_date(event.start_date),
                     end=words.format_date(event.end_date))
    story: list[Flowable] = [
        SetPageGroup(cert),
        Spacer(1, 6 * mm),
        Paragraph(markup(words(TITLE)), styles.title),
        Paragraph(markup(words(CERTIFIES)), styles.body),
        Paragraph(markup(person.full_name), styles.name),
    ]
    if about:
        story.append(Paragraph(markup(about), styles.small))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(markup(words(TOOK_PART)), styles.body),
        Paragraph(markup(event.title), styles.event),
        Paragraph(markup(held), styles.body),
        Spacer(1, 6 * mm),
    ]
    story.append(_sessions_table(cert.sessions, words, styles, width))
    story.append(_signature_block(event, organiser, options, words, styles, width))
    return story


def _sessions_table(sessions: tuple[SessionRecord, ...], words: Wording, styles: _Styles,
                    width: float) -> Flowable:
    if not sessions:
        return Paragraph(markup(words(NO_SESSIONS)), styles.note)
    widths = [34 * mm, 26 * mm, width - 34 * mm - 26 * mm - 18 * mm, 18 * mm]
    body_size = 9.5 if len(sessions) <= 14 else 8
    rows: list[list[str]] = [[words(DATE), words(TIME), words(SESSION), words(HOURS)]]
    for s in sessions:
        rows.append([
            words.format_date(s.start.date()),
            f"{s.start:%H:%M}–{s.end:%H:%M}",
            wrap(s.title, CONDENSED, body_size, widths[2] - 8),
            _hours(hours([s])),
        ])
    rows.append(["", "", words(TOTAL), _hours(hours(sessions))])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), CONDENSED, body_size, body_size * 1.2),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 9, 11),
        ("FONT", (0, -1), (-1, -1), SANS_BOLD, body_size, body_size * 1.2),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, HexColor("#bbbbbb")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor("#333333")),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("ALIGN", (2, -1), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return KeepTogether([Paragraph(markup(words(SESSIONS)), styles.heading), table])


def _signature_block(event: EventRecord, organiser: str, options: CertificateOptions,
                     words: Wording, styles: _Styles, width: float) -> Flowable:
    issued = options.issued_on or dt.date.today()
    place = options.place or event.host_town
    when = words(PLACE_DATE, place=place, date=words.format_date(issued)) if place else \
        words.format_date(issued)
    signer = [x for x in (options.signatory, options.signatory_role) if x]
    if organiser:
        signer.append(words(FOR_ORGANISER, organiser=organiser))
    left = [Paragraph(markup(when), styles.note)]
    right: list[Flowable] = [Spacer(1, 16 * mm)]
    right.append(Table([[""]], colWidths=[80 * mm], rowHeights=[1],
                       style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6,
                                          HexColor("#000000")),
                                         ("FONT", (0, 0), (-1, -1), SANS, 9)])))
    sign_style = ParagraphStyle("sign", parent=styles.note, fontName=SANS, alignment=1)
    right.append(Paragraph(markup(words(SIGNATURE)), sign_style))
    right += [Paragraph(markup(text), sign_style) for text in signer]
    stamp = Table([[words(STAMP)]], colWidths=[34 * mm], rowHeights=[30 * mm])
    stamp.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 7),
        ("TEXTCOLOR", (0, 0), (-1, -1), HexColor("#999999")),
        ("BOX", (0, 0), (-1, -1), 0.4, HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    block = Table([[left, stamp, right]],
                  colWidths=[width - 34 * mm - 88 * mm, 34 * mm, 88 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("FONT", (0, 0), (-1, -1), SANS, 9)]))
    return KeepTogether([Spacer(1, 14 * mm), block])


class _Decorator:
    """Project and programme at the top; the event and "page x of y" at the foot when a
    certificate runs over one page."""

    def __init__(self, event: EventRecord, words: Wording) -> None:
        self.event, self.words = event, words

    def __call__(self, canvas: Canvas, info: PageInfo) -> None:
        width, height = canvas._pagesize
        grey = "#555555"
        canvas.setFont(SANS_BOLD, 12)
        canvas.setFillColor(HexColor("#1f4e9c"))
        canvas.drawCentredString(width / 2, height - 15 * mm, PROJECT)
        canvas.setFont(SANS, 9)
        canvas.setFillColor(HexColor(grey))
        canvas.drawCentredString(width / 2, height - 20 * mm,
                                 f"{self.words(PROGRAMME_LABEL)}: {PROGRAMME}")
        canvas.setStrokeColor(HexColor("#1f4e9c"))
        canvas.setLineWidth(1.2)
        canvas.line(_MARGIN, height - 24 * mm, width - _MARGIN, height - 24 * mm)
        canvas.line(_MARGIN, 16 * mm, width - _MARGIN, 16 * mm)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(HexColor(grey))
        canvas.drawString(_MARGIN, 11 * mm, f"{self.words(PROJECT_LABEL)}: {PROJECT} · "
                                            f"{self.words(PROGRAMME_LABEL)}: {PROGRAMME}")
        if info.group_total > 1:
            canvas.drawRightString(width - _MARGIN, 11 * mm, self.words(
                PAGE_X_OF_Y, page=info.group_number, pages=info.group_total))


def build_certificates(
    services: Services,
    event_id: str,
    out_path: Path | str,
    options: CertificateOptions | None = None,
    progress: Progress | None = None,
    *,
    translate: Translate | None = None,
    country_name: CountryName | None = None,
    format_date: DateFormat | None = None,
    language: str = "",
) -> PrintResult:
    """Write one certificate page per person present at least once (or for one person)."""
    options = options or CertificateOptions()
    page = paper_size(options.paper)  # an unknown paper fails before any work
    words = Wording.make(translate, country_name, format_date)
    register_fonts()
    data = PrintDataService(services.replica)
    event = services.participants.event(event_id)
    sessions = {s.id: s for s in services.events.sessions_of(event_id)}
    present = data.people_present(event_id, options.person_id)
    certificates = [_Certificate(p.person, tuple(sessions[i] for i in p.session_ids
                                                 if i in sessions)) for p in present]
    # One certificate a page, in the document language's alphabet (Č after C in Croatian).
    certificates.sort(key=lambda c: person_order(c.person, language))
    if not certificates:
        certificates = _registered_only(services, event, options, language)
    organiser = data.organisation_name(event.host_organisation_id)
    styles = _Styles()
    width = page[0] - 2 * _MARGIN
    story: list[Flowable] = []
    for n, cert in enumerate(certificates):
        if n:
            story.append(PageBreak())
        story += _page(cert, event, organiser, options, words, styles, width)
        if progress is not None:
            progress.token.check()
    out = Path(out_path)
    with atomic_output(out) as temp:
        doc = BaseDocTemplate(str(temp), pagesize=page,
                              title=f"{words(CERTIFICATES_TITLE)} – {event.title}",
                              author=AUTHOR, subject=PROGRAMME, creator=AUTHOR)
        frame = Frame(_MARGIN, 20 * mm, width, page[1] - 20 * mm - 28 * mm,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="certificate", frames=[frame], pagesize=page)])
        count = build_pdf(doc, story, _Decorator(event, words), progress, len(certificates),
                          lambda page: words(PREPARING_PAGE, page=page))
    return PrintResult(out, count)


def _registered_only(services: Services, event: EventRecord,
                     options: CertificateOptions, language: str) -> list[_Certificate]:
    """One person registered but never checked in (lists signed on paper only) still gets a
    certificate of presence; nobody present at all is a mistake worth saying."""
    if options.person_id is None:
        raise UserError(msg(NOBODY, event=event.title))
    found = registered_people(services.participants.participants(event.id), options.person_id,
                              language=language)
    if not found:
        raise UserError(msg(NOT_THERE, event=event.title))
    return [_Certificate(found[0].person, ())]

