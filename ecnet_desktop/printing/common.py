"""What every printed document shares: wording in the chosen language, atomic output, a canvas
that knows "page x of y", and text wrapping that keeps long names inside their cell."""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from ..domain import countries
from ..domain.collation import person_order
from ..domain.enums import RegistrationStatus
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, Source, msg
from ..domain.progress import Progress
from ..services.participants import Participant
from .fonts import SANS

Translate = Callable[[str, str], str]
CountryName = Callable[[str], str]
DateFormat = Callable[[dt.date], str]

# Proper names of the project and of the EU programme: printed as they are in every language.
PROJECT = "EC-NET – European Citizenship Network of Towns"
PROGRAMME = "Europe for Citizens – Network of Towns"
AUTHOR = "EC-NET Desktop"

# Paper sizes in points (portrait): A4 in Europe, US Letter (wider and shorter) elsewhere.
PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
DEFAULT_PAPER = "A4"
BAD_PAPER = QT_TRANSLATE_NOOP("printing", "Unknown paper size “{paper}”: choose A4 or Letter.")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def keep_english(context: str, text: str) -> str:
    """The default ``translate``: the English source text (the command line prints English)."""
    return text


def paper_size(paper: str) -> tuple[float, float]:
    """The portrait (width, height) in points of "A4" or "Letter"; a UserError otherwise."""
    try:
        width, height = PAPERS[paper]
    except KeyError:
        raise UserError(msg(BAD_PAPER, paper=paper)) from None
    return float(width), float(height)


def english_date(day: dt.date) -> str:
    """"12 November 2020": month names, since 05/06/21 means different days in Europe."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Wording:
    """The chosen language for a document: texts, country names and dates."""

    translate: Translate = keep_english
    country_name: CountryName = countries.name
    format_date: DateFormat = english_date

    @classmethod
    def make(cls, translate: Translate | None = None, country_name: CountryName | None = None,
             format_date: DateFormat | None = None) -> Wording:
        return cls(translate or keep_english, country_name or countries.name,
                   format_date or english_date)

    def __call__(self, source: Source, **params: Any) -> str:
        """The text in the chosen language, its {placeholders} filled after translating."""
        text = str(self.translate(source.context, str(source)))
        try:
            return text.format(**params) if params else text
        except (KeyError, IndexError, ValueError):
            # A broken translation must never stop a document from printing.
            return str(source).format(**params)

    def english(self, source: Source, **params: Any) -> str:
        return str(source).format(**params) if params else str(source)

    def pair(self, source: Source, **params: Any) -> tuple[str, str | None]:
        """(chosen language, English) — the English None when both read the same."""
        local, english = self(source, **params), self.english(source, **params)
        return local, (english if english != local else None)

    def both(self, source: Source, sep: str = " / ", **params: Any) -> str:
        local, english = self.pair(source, **params)
        return local if english is None else f"{local}{sep}{english}"

    def country(self, code: str) -> str:
        return self.country_name(code) if code else ""

    def dates(self, start: dt.date, end: dt.date) -> str:
        if start == end:
            return self.format_date(start)
        return f"{self.format_date(start)} – {self.format_date(end)}"


def markup(text: str) -> str:
    """Text made safe for a reportlab Paragraph (names may hold & or <)."""
    return escape(text)


@functools.lru_cache(maxsize=8192)
def wrap(text: str, font: str, size: float, width: float) -> str:
    """The text broken into lines that fit ``width`` (joined by newlines, for table cells).

    Words break at spaces; a word longer than the cell (an e-mail address) breaks after
    '@', '.' or '-' where it can, else between letters, so nothing runs over the cell edge.
    Cached: towns, countries and organisations repeat down a list, and measuring text is
    most of what preparing a table costs.
    """
    width += 0.01  # rounding of float widths must not break a word that fits
    if not text or stringWidth(text, font, size) <= width:
        return text
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        if stringWidth(line, font, size) <= width:
            lines.append(line)
        else:
            lines.extend(_break_word(line, font, size, width))
    return "\n".join(lines)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    rest = word
    while rest and stringWidth(rest, font, size) > width:
        fit = 1
        while fit < len(rest) and stringWidth(rest[:fit + 1], font, size) <= width:
            fit += 1
        cut = fit
        # "name@" / "example.org" reads better than "name@example." / "org".
        for marks in ("@", ".-_"):
            best = max(rest.rfind(c, 0, fit) + 1 for c in marks)
            if best > fit // 3:
                cut = best
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def fit_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest font size up to ``size`` at which the text fits on one line (≥ smallest)."""
    actual = stringWidth(text, font, size)
    if actual <= width or actual == 0:
        return size
    # A hair smaller than exact, so rounding never makes the text a fraction too wide.
    return max(smallest, float(size * width / actual) * 0.995)


@contextlib.contextmanager
def atomic_output(out_path: Path) -> Iterator[Path]:
    """A temporary file beside ``out_path`` that replaces it only when the block succeeds.

    A cancel or an error removes the temporary file, so no half-written PDF is ever left,
    and an older document at ``out_path`` stays as it was.
    """
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp",
                                    dir=out_path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, out_path)
    finally:
        temp.unlink(missing_ok=True)


Decorate = Callable[[Canvas, "PageInfo"], None]


@dataclass(frozen=True)
class PageInfo:
    """Where a page sits: in the whole document and in its group (one attendance list)."""

    number: int
    total: int
    group: Any
    group_number: int
    group_total: int


def build_pdf(doc: BaseDocTemplate, story: list[Flowable], decorate: Decorate,
              progress: Progress | None, estimate: int, label: Callable[[int], str], *,
              initial_font: str = SANS) -> int:
    """Build the story with a canvas that holds pages back until the end, so each can say
    "page x of y"; returns the number of pages.

    ``initial_font`` is embedded in every document: a face the document uses anyway.

    Flowables set ``canvas.page_group`` (e.g. the attendance list a page belongs to);
    ``decorate`` then draws headers and footers knowing the page's place in its group.
    Progress is reported per page, which also lets a cancel stop the build.
    """
    counted = [0]

    class _Canvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Else the canvas starts in Helvetica, which lands unembedded in the PDF.
            kwargs["initialFontName"] = initial_font
            super().__init__(*args, **kwargs)
            self.page_group: Any = None
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            if progress is not None:
                done = len(self._held)
                progress.step(done, max(estimate, done), label(done))
            self._startPage()

        def save(self) -> None:
            keys = [id(state["page_group"]) for state in self._held]
            sizes: dict[int, int] = {}
            for key in keys:
                sizes[key] = sizes.get(key, 0) + 1
            seen: dict[int, int] = {}
            total = counted[0] = len(self._held)
            for number, (state, key) in enumerate(zip(self._held, keys, strict=True), 1):
                seen[key] = seen.get(key, 0) + 1
                self.__dict__.update(state)
                decorate(self, PageInfo(number, total, state["page_group"], seen[key],
                                        sizes[key]))
                Canvas.showPage(self)
            Canvas.save(self)

    doc.build(story, canvasmaker=_Canvas)
    return counted[0]


class SetPageGroup(Flowable):  # type: ignore[misc]
    """An invisible flowable that marks the pages from here on as belonging to ``group``."""

    def __init__(self, group: Any) -> None:
        super().__init__()
        self.group = group
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_group = self.group


@dataclass(frozen=True)
class PrintResult:
    """A document written: where, and how many pages."""

    path: Path
    pages: int


# Shared wording, marked for pyside6-lupdate in the "printing" context.
PAGE_X_OF_Y = QT_TRANSLATE_NOOP("printing", "Page {page} of {pages}")
PREPARING_PAGE = QT_TRANSLATE_NOOP("printing", "Preparing page {page}…")
PROJECT_LABEL = QT_TRANSLATE_NOOP("printing", "Project")
PROGRAMME_LABEL = QT_TRANSLATE_NOOP("printing", "Programme")


@dataclass(frozen=True)
class Line:
    """One line of text drawn straight on the canvas (headers and footers of every page)."""

    text: str
    font: str
    size: float
    color: str = "#000000"
    gap: float = 0  # extra space above the line, in points

    @property
    def height(self) -> float:
        return self.gap + self.size * 1.25


def wrap_lines(lines: list[Line], width: float) -> list[Line]:
    """Each line broken to fit ``width``; the continuation lines keep its font, no gap."""
    out: list[Line] = []
    for line in lines:
        for n, part in enumerate(wrap(line.text, line.font, line.size, width).split("\n")):
            out.append(Line(part, line.font, line.size, line.color, line.gap if n == 0 else 0))
    return out


def draw_lines(canvas: Canvas, x: float, top: float, lines: list[Line], *,
               right: bool = False) -> float:
    """Draw lines downwards from ``top`` (left-aligned at x, or right-aligned to x)."""
    y = top
    for line in lines:
        y -= line.gap + line.size
        canvas.setFont(line.font, line.size)
        canvas.setFillColor(HexColor(line.color))
        if right:
            canvas.drawRightString(x, y, line.text)
        else:
            canvas.drawString(x, y, line.text)
        y -= line.size * 0.25
    canvas.setFillColor(HexColor("#000000"))
    return y


def collation_key(p: Participant, language: str = "") -> tuple[str, str]:
    """Alphabetical by family then given name in the document's language (domain/collation:
    Đurđević among the Ds in Italian, after every D in Croatian), then by id so the order
    never wobbles."""
    return person_order(p.person, language)


def registered_people(participants: Sequence[Participant],
                      person_id: str | None = None, *,
                      published: bool = False, language: str = "") -> list[Participant]:
    """Who a printed document names: status "registered", not erased, not merged into
    someone else, by name; only ``person_id`` when given. One rule for sheets, badges and
    certificates.

    ``published``: a list handed out or put online names only people who consented to
    appearing on lists (GDPR); the others still count in its totals. The signed attendance
    sheet is evidence for the grant, not a published list; badges and certificates are each
    one person's own document."""
    keep = [p for p in participants
            if p.registration.status == RegistrationStatus.REGISTERED.value
            and not p.person.erased and not p.person.merged_into_id
            and (person_id is None or p.person.id == person_id)
            and (not published or p.person.consent_lists_at is not None)]
    return sorted(keep, key=lambda p: collation_key(p, language))
