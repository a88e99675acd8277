"""Name badges on A4 or Letter sheets (2×4, 2×5 or 3×3): name large, organisation, country,
role, and a QR code the check-in desk's scanner reads as the person's and the event's ids."""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..domain import badges
from ..domain.enums import RegistrationRole
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.progress import Progress
from ..domain.records import EventRecord
from ..services.container import Services
from ..services.participants import Participant
from .common import (
    AUTHOR,
    DEFAULT_PAPER,
    PREPARING_PAGE,
    PROGRAMME,
    CountryName,
    DateFormat,
    PageInfo,
    PrintResult,
    Translate,
    Wording,
    atomic_output,
    build_pdf,
    fit_size,
    paper_size,
    registered_people,
    wrap,
)
from .fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, register_fonts

BADGES_TITLE = QT_TRANSLATE_NOOP("printing", "Badges")
NOBODY = QT_TRANSLATE_NOOP("printing", "Nobody is registered for “{event}” yet: there are no badges to print.")
NOT_REGISTERED = QT_TRANSLATE_NOOP("printing", "That person is not registered for “{event}”.")
BAD_LAYOUT = QT_TRANSLATE_NOOP("printing", "Unknown badge layout “{layout}”: choose 2x4, 2x5 or 3x3.")
ROLE_LABELS = {
    RegistrationRole.PARTICIPANT.value: QT_TRANSLATE_NOOP("printing", "Participant"),
    RegistrationRole.SPEAKER.value: QT_TRANSLATE_NOOP("printing", "Speaker"),
    RegistrationRole.FACILITATOR.value: QT_TRANSLATE_NOOP("printing", "Facilitator"),
    RegistrationRole.STAFF.value: QT_TRANSLATE_NOOP("printing", "Staff"),
    RegistrationRole.INTERPRETER.value: QT_TRANSLATE_NOOP("printing", "Interpreter"),
}
# Role bands that stay distinct when photocopied in grey, too (light to dark).
ROLE_COLOURS = {
    RegistrationRole.PARTICIPANT.value: "#1f4e9c",
    RegistrationRole.SPEAKER.value: "#b3261e",
    RegistrationRole.FACILITATOR.value: "#1b7a3a",
    RegistrationRole.STAFF.value: "#333333",
    RegistrationRole.INTERPRETER.value: "#8a5a00",
}

_MARGIN_X, _MARGIN_Y = 10 * mm, 10 * mm


@dataclass(frozen=True)
class Layout:
    columns: int
    rows: int
    qr: float  # side of the QR code, quiet zone included

    def cell(self, page: tuple[float, float]) -> tuple[float, float]:
        """A badge's (width, height) when the grid fills ``page`` inside its margins."""
        return ((page[0] - 2 * _MARGIN_X) / self.columns, (page[1] - 2 * _MARGIN_Y) / self.rows)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS = {
    "2x4": Layout(2, 4, 28 * mm),
    "2x5": Layout(2, 5, 26 * mm),
    "3x3": Layout(3, 3, 26 * mm),
}


@dataclass(frozen=True)
class BadgeOptions:
    layout: str = "2x4"
    person_id: str | None = None  # one person's badge (e.g. a replacement), else everyone's
    cut_marks: bool = True
    paper: str = DEFAULT_PAPER  # "A4" or "Letter"


class _Badge(Flowable):  # type: ignore[misc]
    """One badge, drawn inside its cell with a dashed cutting line around it."""

    def __init__(self, person: Participant, event: EventRecord, layout: Layout,
                 size: tuple[float, float], words: Wording, cut_marks: bool) -> None:
        super().__init__()
        self.p, self.event, self.layout, self.words = person, event, layout, words
        self.width, self.height = size
        self.cut_marks = cut_marks

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        w, h = self.width, self.height
        if self.cut_marks:
            c.saveState()
            c.setDash(2, 3)
            c.setStrokeColor(HexColor("#9a9a9a"))
            c.setLineWidth(0.3)
            c.rect(0, 0, w, h, stroke=1, fill=0)
            c.restoreState()
        pad = 5 * mm
        inner = w - 2 * pad
        role = self.p.registration.role
        band = 8 * mm
        # Top: the event, so a badge found in a bag still says where it belongs.
        y = h - pad - 7
        c.setFillColor(HexColor("#555555"))
        for line in wrap(self.event.title, CONDENSED, 7, inner).split("\n")[:2]:
            c.setFont(CONDENSED, 7)
            c.drawString(pad, y, line)
            y -= 8.5
        c.setFont(CONDENSED, 7)
        c.drawString(pad, y, f"{self.event.host_town} · "
                             f"{self.words.dates(self.event.start_date, self.event.end_date)}")
        y -= 4.5 * mm
        qr = self.layout.qr
        qr_x = w - pad - qr + 2 * mm  # the quiet zone counts as margin
        qr_y = band + 1 * mm
        qr_top = qr_y + qr - 2 * mm  # the top of the symbol, below its quiet zone
        beside = qr_x - pad - 1 * mm  # room left of the code, its quiet zone kept clear

        def width_below(top: float, size: float) -> float:
            """Full width above the QR code; beside it, only the room left of it."""
            return float(inner if top - size * 1.25 > qr_top else beside)

        # The name, as large as it fits: given name above, family name bold below.
        person = self.p.person
        c.setFillColor(HexColor("#000000"))
        for text, font, size in ((person.given_name, SANS, 16.0),
                                 (person.family_name, SANS_BOLD, 20.0)):
            if not text:
                continue
            fitted = fit_size(text, font, size, inner, 9)
            width = width_below(y, fitted)
            if width < inner:
                fitted = fit_size(text, font, size, width, 9)
            for line in wrap(text, font, fitted, width).split("\n"):
                y -= fitted
                c.setFont(font, fitted)
                c.drawString(pad, y, line)
                y -= fitted * 0.25
        y -= 2 * mm
        # Then organisation, town and country (beside the QR code when they reach it).
        place = ", ".join(x for x in (person.town, self.words.country(person.country)) if x)
        for text, font, most in ((person.organisation_name, CONDENSED_BOLD, 3),
                                 (place, CONDENSED, 2)):
            lines = wrap(text, font, 9, width_below(y, 9)).split("\n")[:most] if text else []
            for line in lines:
                y -= 9
                if y < band + 2 * mm:
                    break
                c.setFont(font, 9)
                c.setFillColor(HexColor("#222222"))
                c.drawString(pad, y, line)
                y -= 9 * 0.3
        code = QrCode(badges.encode(person.id, self.event.id), width=qr, height=qr,
                      qrLevel="M", qrBorder=4)
        code.drawOn(c, qr_x, qr_y)
        # Bottom: the role on a coloured band, readable across a room.
        c.setFillColor(HexColor(ROLE_COLOURS.get(role, "#333333")))
        c.rect(0.6, 0.6, w - 1.2, band, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        source = ROLE_LABELS.get(role)
        label = self.words(source) if source is not None else role
        size = fit_size(label.upper(), SANS_BOLD, 11, inner, 7)
        c.setFont(SANS_BOLD, size)
        c.drawCentredString(w / 2, 0.6 + (band - size) / 2 + size * 0.15, label.upper())


def badge_people(participants: list[Participant], person_id: str | None,
                 language: str = "") -> list[Participant]:
    """Who gets a badge (see common.registered_people), in ``language``'s alphabet."""
    return registered_people(participants, person_id, language=language)


def build_badges(
    services: Services,
    event_id: str,
    out_path: Path | str,
    options: BadgeOptions | None = None,
    progress: Progress | None = None,
    *,
    translate: Translate | None = None,
    country_name: CountryName | None = None,
    format_date: DateFormat | None = None,
    language: str = "",
) -> PrintResult:
    """Write sheets of badges (A4 or Letter) for the event's registered people (or one
    person); the grid's cells are the page inside its margins, split by the layout."""
    options = options or BadgeOptions()
    layout = LAYOUTS.get(options.layout)
    if layout is None:
        raise UserError(msg(BAD_LAYOUT, layout=options.layout))
    page = paper_size(options.paper)
    words = Wording.make(translate, country_name, format_date)
    register_fonts()
    event = services.participants.event(event_id)
    people = badge_people(services.participants.participants(event_id), options.person_id,
                          language)
    if not people:
        raise UserError(msg(NOT_REGISTERED if options.person_id else NOBODY, event=event.title))
    size = layout.cell(page)
    frame_args = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0,
                  "showBoundary": 0}
    frames = [
        Frame(_MARGIN_X + col * size[0], page[1] - _MARGIN_Y - (row + 1) * size[1], size[0],
              size[1], id=f"r{row}c{col}", **frame_args)
        for row in range(layout.rows) for col in range(layout.columns)
    ]
    story: list[Flowable] = []
    for person in people:
        story.append(_Badge(person, event, layout, size, words, options.cut_marks))
        if progress is not None:
            progress.token.check()
    pages = math.ceil(len(people) / layout.per_page)
    out = Path(out_path)
    with atomic_output(out) as temp:
        doc = BaseDocTemplate(str(temp), pagesize=page, title=f"{words(BADGES_TITLE)} – {event.title}",
                              author=AUTHOR, subject=PROGRAMME, creator=AUTHOR)
        doc.addPageTemplates([PageTemplate(id="badges", frames=frames, pagesize=page)])
        count = build_pdf(doc, story, _no_decoration, progress, pages,
                          lambda page: words(PREPARING_PAGE, page=page))
    return PrintResult(out, count)


def _no_decoration(canvas: Canvas, info: PageInfo) -> None:
    """Badges carry everything themselves; no header or footer is drawn."""
