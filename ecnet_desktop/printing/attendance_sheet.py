"""The EU attendance sheet (Europe for Citizens practice): the lists participants sign, per event,
day or session, optionally one per invited town and with local and international people apart.

Only people on a signed list count for the grant, so every page names the project, programme
and event, the table header repeats, each list ends with the legal representative's
certification, and texts in the chosen language keep the English alongside.
"""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, Source, msg
from ..domain.progress import Progress
from ..domain.records import EventRecord, SessionRecord
from ..domain.text import fold
from ..services.container import Services
from ..services.participants import Participant
from ..services.print_data import PrintDataService
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
    Line,
    PageInfo,
    PrintResult,
    SetPageGroup,
    Translate,
    Wording,
    atomic_output,
    build_pdf,
    draw_lines,
    paper_size,
    registered_people,
    wrap,
    wrap_lines,
)
from .fonts import CONDENSED, CONDENSED_BOLD, register_fonts
from .ruled_table import RuledStyle, RuledTable

PER_EVENT, PER_DAY, PER_SESSION = "event", "day", "session"
PER_CHOICES = (PER_EVENT, PER_DAY, PER_SESSION)
ORIENTATIONS = ("auto", "portrait", "landscape")
MAX_BLANK_ROWS = 500
# A landscape A4 page holds five signature columns of a useful width (a landscape Letter page,
# shorter on its long side, four); longer events get more lists (days 1–5, days 6–7) rather
# than columns too narrow to sign in.
MAX_SIGNATURE_COLUMNS = 5

TITLE = QT_TRANSLATE_NOOP("printing", "Attendance sheet")
NO = QT_TRANSLATE_NOOP("printing", "No.")
FAMILY = QT_TRANSLATE_NOOP("printing", "Family name")
GIVEN = QT_TRANSLATE_NOOP("printing", "Given name")
ORGANISATION = QT_TRANSLATE_NOOP("printing", "Organisation")
TOWN = QT_TRANSLATE_NOOP("printing", "Town")
COUNTRY = QT_TRANSLATE_NOOP("printing", "Country")
CONTACT = QT_TRANSLATE_NOOP("printing", "E-mail or phone")
SIGNATURE = QT_TRANSLATE_NOOP("printing", "Signature")
VENUE = QT_TRANSLATE_NOOP("printing", "Venue")
DATES = QT_TRANSLATE_NOOP("printing", "Dates")
LIST_N_OF_M = QT_TRANSLATE_NOOP("printing", "List {n} of {total}")
DAY_N = QT_TRANSLATE_NOOP("printing", "Day {n}: {date}")
DAYS_RANGE = QT_TRANSLATE_NOOP("printing", "Days {first}–{last}")
INVITED_BY = QT_TRANSLATE_NOOP("printing", "Invited by {town}")
NOT_INVITED = QT_TRANSLATE_NOOP("printing", "Not invited by a partner town")
LOCAL = QT_TRANSLATE_NOOP("printing", "Local participants ({country})")
LOCAL_NO_COUNTRY = QT_TRANSLATE_NOOP("printing", "Local participants")
INTERNATIONAL = QT_TRANSLATE_NOOP("printing", "International participants")
CERTIFICATION = QT_TRANSLATE_NOOP("printing", "Certification by the legal representative")
CERTIFY = QT_TRANSLATE_NOOP(
    "printing",
    "I, the undersigned legal representative of {organisation}, certify that the persons who "
    "signed this list took part in the event above.")
THE_ORGANISER = QT_TRANSLATE_NOOP("printing", "the organising body")
NAME = QT_TRANSLATE_NOOP("printing", "Name")
PLACE = QT_TRANSLATE_NOOP("printing", "Place")
DATE = QT_TRANSLATE_NOOP("printing", "Date")
STAMP = QT_TRANSLATE_NOOP("printing", "Stamp")
NOTICE = QT_TRANSLATE_NOOP(
    "printing",
    "Data protection: {organiser} collects these data only to document participation in the "
    "EC-NET project to the European Commission (Europe for Citizens programme) and keeps them "
    "as long as the grant rules require. E-mail addresses and phone numbers are printed only "
    "for people who agreed to appear on lists. You may ask the organiser to see, correct or "
    "erase your data.")
NO_SESSIONS = QT_TRANSLATE_NOOP(
    "printing",
    "The event “{event}” has no sessions yet: print the attendance sheet per day or for the "
    "whole event instead.")
BAD_PER = QT_TRANSLATE_NOOP("printing", "Unknown choice “{per}”: print per event, day or session.")
BAD_BLANK = QT_TRANSLATE_NOOP("printing", "The number of blank rows must be between 0 and {most}.")

# Column widths in mm: minimum, and a share of any width left over on landscape pages.
_DATA_COLUMNS: tuple[tuple[Source, float, float], ...] = (
    (NO, 7, 0), (FAMILY, 27, 2), (GIVEN, 23, 1.5), (ORGANISATION, 33, 3.5), (TOWN, 20, 1),
    (COUNTRY, 18, 0.5), (CONTACT, 32, 2),
)
_SIGNATURE_MIN, _SIGNATURE_MAX = 22 * mm, 38 * mm
_MARGIN = 10 * mm
# Two faces for the whole sheet, condensed and its bold: each face a document uses is a font
# subset built, compressed and embedded anew in every PDF, costing about as much as drawing a
# page of the table. The notice sets itself apart by size and grey, not by an oblique face.
BODY_FONT, BODY_SIZE, BODY_LEADING = CONDENSED, 8.0, 9.5
HEAD_FONT, HEAD_SIZE, HEAD_LEADING = CONDENSED_BOLD, 7.5, 9.0
_CELL_PAD = 3.0  # left and right padding in every cell, in points
_ROW_PAD = 8.0  # top and bottom: a one-line row is about 9 mm high, room to sign


@dataclass(frozen=True)
class AttendanceSheetOptions:
    per: str = PER_EVENT
    blank_rows: int = 10
    by_town: bool = False
    split_international: bool = False
    orientation: str = "auto"
    # The legal representative's name, pre-printed in the certification block when known.
    representative: str = ""
    paper: str = DEFAULT_PAPER  # "A4" or "Letter"


@dataclass(frozen=True)
class SignatureColumn:
    day: dt.date
    session: SessionRecord | None = None


@dataclass(frozen=True, eq=False)
class SheetList:
    """One list to sign: which days or session it covers and which people it holds."""

    scope: str
    group: str
    columns: tuple[SignatureColumn, ...]
    people: tuple[Participant, ...]
    landscape: bool
    number: int = 0
    total: int = 0


def listed(participants: Sequence[Participant], language: str = "") -> list[Participant]:
    """The people a sheet pre-fills (see common.registered_people), in ``language``'s
    alphabet."""
    return registered_people(participants, language=language)


def plan_lists(event: EventRecord, sessions: Sequence[SessionRecord],
               participants: Sequence[Participant], options: AttendanceSheetOptions,
               words: Wording, language: str = "") -> list[SheetList]:
    """The lists of the sheet, in print order: per scope, then town, then local/international."""
    people = listed(participants, language)
    scopes = _scopes(event, sessions, options, words)
    groups = _groups(event, people, options, words)
    lists: list[SheetList] = []
    for scope_label, columns in scopes:
        wide = _landscape(len(columns), options.orientation)
        for group_label, members in groups:
            lists.append(SheetList(scope_label, group_label, columns, tuple(members), wide))
    total = len(lists)
    return [SheetList(s.scope, s.group, s.columns, s.people, s.landscape, n, total)
            for n, s in enumerate(lists, 1)]


def _landscape(columns: int, orientation: str) -> bool:
    if orientation == "portrait":
        return False
    return orientation == "landscape" or columns >= 2


def _scopes(event: EventRecord, sessions: Sequence[SessionRecord],
            options: AttendanceSheetOptions, words: Wording
            ) -> list[tuple[str, tuple[SignatureColumn, ...]]]:
    days = event.days or [event.start_date]
    if options.per == PER_SESSION:
        if not sessions:
            raise UserError(msg(NO_SESSIONS, event=event.title))
        return [(_session_label(s, words), (SignatureColumn(s.start.date(), s),))
                for s in sessions]
    if options.per == PER_DAY:
        return [(words(DAY_N, n=n, date=words.format_date(day)), (SignatureColumn(day),))
                for n, day in enumerate(days, 1)]
    size = 1 if options.orientation == "portrait" else signature_columns(options.paper)
    chunks = [days[i:i + size] for i in range(0, len(days), size)]
    scopes = []
    for chunk in chunks:
        first, last = days.index(chunk[0]) + 1, days.index(chunk[-1]) + 1
        if len(chunks) == 1:
            label = ""
        elif first == last:
            label = words(DAY_N, n=first, date=words.format_date(chunk[0]))
        else:
            label = words(DAYS_RANGE, first=first, last=last)
        scopes.append((label, tuple(SignatureColumn(day) for day in chunk)))
    return scopes


def _session_label(session: SessionRecord, words: Wording) -> str:
    return (f"{session.title} — {words.format_date(session.start.date())}, "
            f"{session.start:%H:%M}–{session.end:%H:%M}")


def _groups(event: EventRecord, people: list[Participant], options: AttendanceSheetOptions,
            words: Wording) -> list[tuple[str, list[Participant]]]:
    towns: list[tuple[str, list[Participant]]] = [("", people)]
    if options.by_town:
        by_town: dict[str, list[Participant]] = {}
        for p in people:
            by_town.setdefault(p.registration.invited_by_town.strip(), []).append(p)
        # Towns alphabetically; people not invited by a partner town last.
        order = sorted(by_town, key=lambda t: (not t, fold(t), t))
        towns = [(words(INVITED_BY, town=t) if t else words(NOT_INVITED), by_town[t])
                 for t in order] or [("", [])]
    groups: list[tuple[str, list[Participant]]] = []
    host = words.country(event.country)
    local_label = words(LOCAL, country=host) if host else words(LOCAL_NO_COUNTRY)
    for town_label, members in towns:
        if not options.split_international:
            groups.append((town_label, members))
            continue
        local = [p for p in members if not p.international]
        abroad = [p for p in members if p.international]
        # Without towns, both lists always print: walk-ins of either kind need blank rows.
        for label, part in ((local_label, local), (words(INTERNATIONAL), abroad)):
            if part or not options.by_town:
                groups.append((" · ".join(x for x in (town_label, label) if x), part))
    # Nobody registered yet: still one list, its blank rows for whoever comes.
    return groups or [("", [])]


# -- layout -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    size: tuple[float, float]
    header: float
    footer: float

    @property
    def width(self) -> float:
        return float(self.size[0] - 2 * _MARGIN)

    @property
    def frame_height(self) -> float:
        return float(self.size[1] - 2 * _MARGIN - self.header - self.footer)


def signature_columns(paper: str) -> int:
    """How many signature columns of a useful width fit beside the data on a landscape page
    of this paper (at most MAX_SIGNATURE_COLUMNS, at least one)."""
    width = max(paper_size(paper)) - 2 * _MARGIN
    data_min = sum(w for _, w, _ in _DATA_COLUMNS) * mm
    return max(1, min(MAX_SIGNATURE_COLUMNS, int((width - data_min + 0.01) // _SIGNATURE_MIN)))


def column_widths(signature_columns: int, width: float) -> list[float]:
    """Data columns at their minimum, signature columns as wide as useful, the rest shared.

    Never wider than ``width``: when even the minimums do not fit (more signature columns
    than the paper holds), every column shrinks alike rather than one being cut off."""
    data_min = sum(w for _, w, _ in _DATA_COLUMNS) * mm
    n = max(signature_columns, 1)
    signature = min(max((width - data_min) / n, _SIGNATURE_MIN), _SIGNATURE_MAX)
    spare = max(width - data_min - n * signature, 0)
    shares = sum(share for _, _, share in _DATA_COLUMNS)
    data = [w * mm + spare * share / shares for _, w, share in _DATA_COLUMNS]
    widths = data + [signature] * n
    total = sum(widths)
    return widths if total <= width else [w * width / total for w in widths]


def _header_cells(sheet: SheetList, words: Wording, widths: list[float]) -> list[list[Line]]:
    """The header row, each label wrapped to its column; with a translation the English sits
    below in smaller grey type, the signature columns' dates (and times) last."""
    sources = [source for source, _, _ in _DATA_COLUMNS]
    labels = sources + [SIGNATURE] * len(sheet.columns)
    cells: list[list[Line]] = []
    for n, (label, width) in enumerate(zip(labels, widths, strict=False)):
        room = width - 2 * _CELL_PAD
        lines = _label_lines(words, label, room)
        if n >= len(sources):
            column = sheet.columns[n - len(sources)]
            lines += _lines(words.format_date(column.day), HEAD_FONT, HEAD_SIZE, room, "#000000")
            if column.session is not None:
                lines.append(Line(f"{column.session.start:%H:%M}–{column.session.end:%H:%M}",
                                  HEAD_FONT, HEAD_SIZE))
        cells.append(lines)
    return cells


def _label_lines(words: Wording, label: Source, width: float) -> list[Line]:
    """A column label in the chosen language, and below it the English in smaller grey type."""
    local, english = words.pair(label)
    lines = _lines(local, HEAD_FONT, HEAD_SIZE, width, "#000000")
    if english is not None:
        lines += _lines(english, CONDENSED, 6.5, width, "#555555")
    return lines


def _lines(text: str, font: str, size: float, width: float, color: str) -> list[Line]:
    return [Line(part, font, size, color) for line in text.split("\n")
            for part in wrap(line, font, size, width).split("\n")]


def _person_row(number: int, p: Participant, widths: list[float], words: Wording,
                columns: int) -> list[str]:
    person = p.person
    # Contact details only for people who agreed to appear on lists (said in the notice).
    contact = (person.email or person.phone) if person.consent_lists_at else ""
    values = (person.family_name, person.given_name, person.organisation_name, person.town,
              words.country(person.country), contact)
    row = [str(number)]
    for value, width in zip(values, widths[1:], strict=False):
        row.append(wrap(value, BODY_FONT, BODY_SIZE, width - 2 * _CELL_PAD) if value else "")
    return row + [""] * columns


_TABLE_STYLE = RuledStyle(
    font=BODY_FONT, size=BODY_SIZE, leading=BODY_LEADING, head_leading=HEAD_LEADING,
    pad=_CELL_PAD, head_pad=3, row_pad=_ROW_PAD, right_columns=frozenset({0}))


def _table(sheet: SheetList, widths: list[float], words: Wording, blank_rows: int,
           step: Callable[[], None]) -> RuledTable:
    columns = len(sheet.columns)
    rows: list[list[str]] = []
    for number, p in enumerate(sheet.people, 1):
        rows.append(_person_row(number, p, widths, words, columns))
        step()
    start = len(sheet.people) + 1
    rows += [[str(n)] + [""] * (len(widths) - 1) for n in range(start, start + blank_rows)]
    # Signature columns stand out a little, so nobody signs in the e-mail column.
    style = replace(_TABLE_STYLE, shaded_from=len(widths) - columns)
    return RuledTable(widths, _header_cells(sheet, words, widths), rows, style)


_BOX_PAD = 6.0  # the boxes to fill in keep platypus Table's roomier padding
_BOX_STYLE = RuledStyle(
    font=CONDENSED, size=9, leading=10.8, head_leading=HEAD_LEADING, pad=_BOX_PAD, head_pad=3,
    row_pad=3, min_height=18 * mm)


def _certification(event: EventRecord, organiser: str, options: AttendanceSheetOptions,
                   width: float, words: Wording) -> Flowable:
    title, title_en = words.pair(CERTIFICATION)
    body, body_en = words.pair(CERTIFY, organisation=organiser or words(THE_ORGANISER))
    lines = wrap_lines([Line(body, CONDENSED, 8, gap=2)], width)
    if body_en is not None:  # the English names the organiser in English words too
        body_en = words.english(CERTIFY, organisation=organiser or words.english(THE_ORGANISER))
        lines += wrap_lines([Line(body_en, CONDENSED, 7, "#555555")], width)
    widths = [width * share for share in (0.24, 0.18, 0.14, 0.24, 0.20)]
    labels = [_label_lines(words, label, w - 2 * _BOX_PAD)
              for label, w in zip((NAME, PLACE, DATE, SIGNATURE, STAMP), widths, strict=True)]
    values = [wrap(value, CONDENSED, 9, w - 2 * _BOX_PAD) for value, w in zip(
        (options.representative, event.host_town, "", "", ""), widths, strict=True)]
    return _Certification(width, (title, title_en), lines,
                          RuledTable(widths, labels, [values], _BOX_STYLE))


class _Certification(Flowable):  # type: ignore[misc]
    """The legal representative's certification under each list: a heading in the chosen
    language with the English after it in grey, the text, and the boxes to fill in.
    Never split: when it does not fit under the list, it starts the next page."""

    _ABOVE, _BELOW_TEXT = 5 * mm, 2 * mm

    def __init__(self, width: float, heading: tuple[str, str | None], lines: list[Line],
                 boxes: RuledTable) -> None:
        super().__init__()
        local, english = heading
        size = 9.0
        # The English follows on the same line when it fits, else on a line of its own.
        together = english is not None and stringWidth(
            f"{local} / {english}", CONDENSED_BOLD, size) <= width
        self.heading = wrap_lines([Line(local, CONDENSED_BOLD, size)], width)
        self.english_after = f" / {english}" if together else ""
        if english is not None and not together:
            self.heading += wrap_lines([Line(f"/ {english}", CONDENSED_BOLD, size, "#555555")],
                                       width)
        self.lines, self.boxes, self.width = lines, boxes, width
        _, self.boxes_height = boxes.wrap(width, 0)
        self.height = (self._ABOVE + sum(line.height for line in (*self.heading, *lines))
                       + self._BELOW_TEXT + self.boxes_height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - self._ABOVE
        y = draw_lines(canvas, 0, top, self.heading)
        if self.english_after:
            first = self.heading[0]
            canvas.setFont(first.font, first.size)
            canvas.setFillColor(HexColor("#555555"))
            canvas.drawString(stringWidth(first.text, first.font, first.size),
                              top - first.gap - first.size, self.english_after)
            canvas.setFillColor(HexColor("#000000"))
        draw_lines(canvas, 0, y, self.lines)
        self.boxes.drawOn(canvas, 0, 0)


# -- page decoration ----------------------------------------------------------------------------


def _header_lines(event: EventRecord, sheet: SheetList, words: Wording, width: float
                  ) -> list[Line]:
    grey = "#444444"
    place = "   ".join(part for part in (
        f"{words.both(VENUE)}: {event.venue}" if event.venue else "",
        f"{words.both(TOWN)}: {event.host_town}" if event.host_town else "",
        f"{words.both(COUNTRY)}: {words.country(event.country)}" if event.country else "",
    ) if part)
    which = " · ".join(x for x in (
        words(LIST_N_OF_M, n=sheet.number, total=sheet.total) if sheet.total > 1 else "",
        sheet.scope, sheet.group) if x)
    lines = [
        Line(f"{words.both(PROJECT_LABEL)}: {PROJECT}", CONDENSED, 7, grey),
        Line(f"{words.both(PROGRAMME_LABEL)}: {PROGRAMME}", CONDENSED, 7, grey),
        Line(words.both(TITLE), CONDENSED_BOLD, 14, gap=3),
        Line(event.title, CONDENSED_BOLD, 10.5, gap=1),
    ]
    if place:
        lines.append(Line(place, CONDENSED, 8.5))
    lines.append(Line(f"{words.both(DATES)}: {words.dates(event.start_date, event.end_date)}",
                      CONDENSED, 8.5))
    if which:
        lines.append(Line(which, CONDENSED_BOLD, 9, gap=2))
    return wrap_lines(lines, width)


def _notice_lines(organiser: str, words: Wording, width: float) -> list[Line]:
    who = organiser or words(THE_ORGANISER)
    local, english = words.pair(NOTICE, organiser=who)
    lines = [Line(local, CONDENSED, 6, "#333333")]
    if english is not None:
        who_en = organiser or words.english(THE_ORGANISER)
        lines.append(Line(words.english(NOTICE, organiser=who_en), CONDENSED, 6, "#666666"))
    return wrap_lines(lines, width)


_NUMBER_WIDTH = 42 * mm


class _Decorator:
    """Draws each page's header (project, programme, event, list) and footer (data-protection
    notice, "page x of y" within its list) once every page is known.

    A list's header and an orientation's notice are the same on each of their pages: each is
    drawn once into a form (a PDF XObject) that every page then shows, which costs far less
    to write than the same lines of text on every page and keeps the file small."""

    def __init__(self, event: EventRecord, organiser: str, words: Wording,
                 headers: dict[int, list[Line]], notices: dict[bool, list[Line]]) -> None:
        self.event, self.organiser, self.words = event, organiser, words
        self.headers, self.notices = headers, notices
        self.forms: set[str] = set()

    def _show(self, canvas: Canvas, name: str, draw: Callable[[], object]) -> None:
        if name not in self.forms:
            canvas.beginForm(name)
            draw()
            canvas.endForm()
            self.forms.add(name)
        canvas.doForm(name)

    def __call__(self, canvas: Canvas, info: PageInfo) -> None:
        sheet = info.group
        if not isinstance(sheet, SheetList):
            return
        page_width, page_height = canvas._pagesize
        top = page_height - _MARGIN
        self._show(canvas, f"header{sheet.number}",
                   lambda: draw_lines(canvas, _MARGIN, top, self.headers[sheet.number]))
        notice = self.notices[sheet.landscape]
        bottom_top = _MARGIN + sum(line.height for line in notice)

        def footer() -> None:
            canvas.setStrokeColor(HexColor("#999999"))
            canvas.setLineWidth(0.4)
            canvas.line(_MARGIN, bottom_top + 2, page_width - _MARGIN, bottom_top + 2)
            draw_lines(canvas, _MARGIN, bottom_top, notice)

        self._show(canvas, f"notice{int(sheet.landscape)}", footer)
        page = self.words.both(PAGE_X_OF_Y, page=info.group_number, pages=info.group_total)
        draw_lines(canvas, page_width - _MARGIN, bottom_top,
                   wrap_lines([Line(page, CONDENSED_BOLD, 8)], _NUMBER_WIDTH), right=True)


# -- building -----------------------------------------------------------------------------------


def build_attendance_sheet(
    services: Services,
    event_id: str,
    out_path: Path | str,
    options: AttendanceSheetOptions | None = None,
    progress: Progress | None = None,
    *,
    translate: Translate | None = None,
    country_name: CountryName | None = None,
    format_date: DateFormat | None = None,
    language: str = "",
) -> PrintResult:
    """Write the attendance sheet of an event as a PDF (atomically; a cancel leaves no file).

    ``translate(context, text)`` gives the chosen language (the UI passes
    QCoreApplication.translate); English stays alongside every label. Names are in
    ``language``'s alphabet (Č after C in Croatian; "" sorts accents folded).
    """
    options = options or AttendanceSheetOptions()
    paper_size(options.paper)  # an unknown paper fails before any work
    if options.per not in PER_CHOICES:
        raise UserError(msg(BAD_PER, per=options.per))
    if not 0 <= options.blank_rows <= MAX_BLANK_ROWS:
        raise UserError(msg(BAD_BLANK, most=MAX_BLANK_ROWS))
    words = Wording.make(translate, country_name, format_date)
    register_fonts()
    event = services.participants.event(event_id)
    sessions = services.events.sessions_of(event_id) if options.per == PER_SESSION else []
    participants = services.participants.participants(event_id)
    organiser = PrintDataService(services.replica).organisation_name(event.host_organisation_id)
    sheets = plan_lists(event, sessions, participants, options, words, language)
    return _render(event, organiser, sheets, options, words, Path(out_path), progress)


def _render(event: EventRecord, organiser: str, sheets: list[SheetList],
            options: AttendanceSheetOptions, words: Wording, out_path: Path,
            progress: Progress | None) -> PrintResult:
    portrait_size = paper_size(options.paper)
    landscape_size = landscape(portrait_size)
    headers = {s.number: _header_lines(event, s, words, (landscape_size if s.landscape
                                                          else portrait_size)[0] - 2 * _MARGIN)
               for s in sheets}
    notices = {wide: _notice_lines(organiser, words, size[0] - 2 * _MARGIN - _NUMBER_WIDTH)
               for wide, size in ((False, portrait_size), (True, landscape_size))}
    pages: dict[bool, _Page] = {}
    for wide, size in ((False, portrait_size), (True, landscape_size)):
        tallest = max((sum(line.height for line in headers[s.number]) for s in sheets
                       if s.landscape == wide), default=0)
        pages[wide] = _Page(size, tallest + 3 * mm, sum(x.height for x in notices[wide]) + 3 * mm)
    templates = {
        wide: PageTemplate(
            id="landscape" if wide else "portrait", pagesize=page.size,
            frames=[Frame(_MARGIN, _MARGIN + page.footer, page.width, page.frame_height,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])
        for wide, page in pages.items()
    }
    first = sheets[0].landscape

    def step() -> None:
        if progress is not None:  # building rows is quick; only honour a cancel here
            progress.token.check()

    story: list[Flowable] = []
    estimate = 0
    for n, sheet in enumerate(sheets):
        page = pages[sheet.landscape]
        if n:
            story += [NextPageTemplate("landscape" if sheet.landscape else "portrait"),
                      PageBreak()]
        widths = column_widths(len(sheet.columns), page.width)
        story.append(SetPageGroup(sheet))
        story.append(_table(sheet, widths, words, options.blank_rows, step))
        story.append(_certification(event, organiser, options, page.width, words))
        rows = len(sheet.people) + options.blank_rows
        per_page = max(int(page.frame_height // (BODY_LEADING + 2 * _ROW_PAD)) - 2, 1)
        estimate += max(math.ceil((rows + 8) / per_page), 1)
    with atomic_output(out_path) as temp:
        doc = BaseDocTemplate(
            str(temp), pagesize=pages[first].size,
            pageTemplates=[templates[first], templates[not first]],
            title=f"{words(TITLE)} – {event.title}", author=AUTHOR, subject=PROGRAMME,
            creator=AUTHOR)
        count = build_pdf(doc, story, _Decorator(event, organiser, words, headers, notices),
                          progress, estimate,
                          lambda page: words(PREPARING_PAGE, page=page), initial_font=BODY_FONT)
    return PrintResult(out_path, count)
