"""A ruled table of plain text lines drawn straight onto the canvas, its header repeated on
every page: what the attendance sheet needs at a fraction of what platypus' Table costs.

platypus' Table resolves a style per cell, measures every cell again for each page it splits
onto and draws each line of text as its own text object. Here the rows are measured once (their
lines are known when they are wrapped), a page's text goes into one text object, and the grid
is one path. It draws like Table with VALIGN MIDDLE, a GRID and a shaded header row.
"""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, count

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .common import Line


@dataclass(frozen=True)
class RuledStyle:
    """How a ruled table looks: fonts, paddings, grid, the shaded header row and columns."""

    font: str
    size: float
    leading: float
    head_leading: float
    pad: float  # left and right in every cell
    head_pad: float  # top and bottom of the header row
    row_pad: float  # top and bottom of every other row
    right_columns: frozenset[int] = frozenset()
    grid: str = "#7a7a7a"
    grid_width: float = 0.5
    head_background: str = "#e6e6e6"
    # Columns from this one on are shaded below the header, with a heavier rule before them.
    shaded_from: int | None = None
    shade: str = "#fafafa"
    rule: str = "#333333"
    rule_width: float = 1.2
    min_height: float = 0  # of every row below the header (boxes to write in)


class RuledTable(Flowable):  # type: ignore[misc]
    """``header``: one list of lines per column (each line its own font, size and colour);
    ``rows``: one text per cell, lines separated by newlines ("" for an empty cell).

    The header row is the same on every page the table spans: it is drawn once, into a form
    (a PDF XObject) that each page shows."""

    def __init__(self, widths: Sequence[float], header: Sequence[Sequence[Line]],
                 rows: Sequence[Sequence[str]], style: RuledStyle) -> None:
        cells = [tuple(tuple(text.split("\n")) if text else () for text in row) for row in rows]
        heights = [max(max(map(len, row), default=0) * style.leading + 2 * style.row_pad,
                       style.min_height) for row in cells]
        self._setup(list(widths), [list(cell) for cell in header], cells, heights, style,
                    f"RuledHeader{next(_forms)}")

    def _setup(self, widths: list[float], header: list[list[Line]],
               cells: list[tuple[tuple[str, ...], ...]], heights: list[float],
               style: RuledStyle, form: str) -> None:
        super().__init__()
        self.widths, self.header, self.cells, self.heights, self.style = (
            widths, header, cells, heights, style)
        self.form = form
        self.head_height = (max(map(len, header), default=0) * style.head_leading
                            + 2 * style.head_pad)
        self.width = sum(widths)
        self.height = self.head_height + sum(heights)

    def _part(self, start: int, stop: int) -> RuledTable:
        part: RuledTable = RuledTable.__new__(RuledTable)
        part._setup(self.widths, self.header, self.cells[start:stop], self.heights[start:stop],
                    self.style, self.form)
        return part

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The rows that fit under the header here, and the rest under a header of its own."""
        room = available_height - self.head_height + 1e-6
        fits, used = 0, 0.0
        for height in self.heights:
            if used + height > room:
                break
            used += height
            fits += 1
        if fits == 0 or fits == len(self.cells):
            return [] if fits == 0 else [self]
        return [self._part(0, fits), self._part(fits, len(self.cells))]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        xs = [0.0, *accumulate(self.widths)]
        body_top = self.height - self.head_height
        tops = [body_top, *(body_top - y for y in accumulate(self.heights))]
        if not canvas.hasForm(self.form):
            canvas.beginForm(self.form, 0, 0, self.width, self.head_height)
            self._draw_header(xs)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(0, body_top)
        canvas.doForm(self.form)
        canvas.restoreState()
        canvas.saveState()
        shaded = style.shaded_from
        if shaded is not None and self.cells:
            canvas.setFillColor(HexColor(style.shade))
            canvas.rect(xs[shaded], 0, self.width - xs[shaded], body_top, stroke=0, fill=1)
        self._draw_rows(xs, tops)
        path = canvas.beginPath()
        for y in (self.height, *tops):
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        for x in xs:
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        canvas.setStrokeColor(HexColor(style.grid))
        canvas.setLineWidth(style.grid_width)
        canvas.drawPath(path, stroke=1, fill=0)
        if shaded is not None:
            canvas.setStrokeColor(HexColor(style.rule))
            canvas.setLineWidth(style.rule_width)
            canvas.line(xs[shaded], 0, xs[shaded], self.height)
        canvas.restoreState()

    def _draw_header(self, xs: list[float]) -> None:
        """The shaded header row with its bottom at 0; each cell's lines centred vertically
        as Table's VALIGN MIDDLE puts them."""
        canvas, style = self.canv, self.style
        canvas.setFillColor(HexColor(style.head_background))
        canvas.rect(0, 0, self.width, self.head_height, stroke=0, fill=1)
        text = canvas.beginText()
        font: tuple[str, float] = ("", 0.0)
        color = ""
        for column, lines in enumerate(self.header):
            y = self.head_height - (self.head_height - len(lines) * style.head_leading) / 2
            if lines:
                y -= lines[0].size
            for line in lines:
                if (line.font, line.size) != font:
                    font = (line.font, line.size)
                    text.setFont(line.font, line.size)
                if line.color != color:
                    color = line.color
                    text.setFillColor(HexColor(color))
                x = (xs[column + 1] - style.pad - stringWidth(line.text, line.font, line.size)
                     if column in style.right_columns else xs[column] + style.pad)
                text.setTextOrigin(x, y)
                text.textOut(line.text)
                y -= style.head_leading
        canvas.drawText(text)

    def _draw_rows(self, xs: list[float], tops: list[float]) -> None:
        """Every cell's lines in one text object, row by row, so text extraction reads each
        row in order; the first baseline sits where Table's VALIGN MIDDLE puts it."""
        style = self.style
        right = style.right_columns
        text = self.canv.beginText()
        text.setFont(style.font, style.size, style.leading)
        text.setFillColor(HexColor("#000000"))
        for top, row_height, row in zip(tops, self.heights, self.cells, strict=False):
            for column, lines in enumerate(row):
                if not lines:
                    continue
                y = top - (row_height - len(lines) * style.leading) / 2 - style.size
                if column in right:
                    for line in lines:
                        width = stringWidth(line, style.font, style.size)
                        text.setTextOrigin(xs[column + 1] - style.pad - width, y)
                        text.textOut(line)
                        y -= style.leading
                else:  # one position per cell, its lines a leading apart
                    text.setTextOrigin(xs[column] + style.pad, y)
                    for line in lines:
                        text.textLine(line)
        self.canv.drawText(text)


_forms = count(1)  # names of header forms, unique within a process
