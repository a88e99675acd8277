"""The Overview's charts (QtCharts): bars per country, category, gender and age band, local and
international per event, participants over time; each can be saved as a PNG."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .tones import text_style

BLUE = QColor("#1f4e9c")
ORANGE = QColor("#e0892b")
GREEN = QColor("#2e8b57")


def _nice_max(value: float) -> float:
    """An axis end a little above the largest value, so the top bar has room for its label."""
    if value <= 5:
        return 5
    return float(int(value * 1.12) + 1)


def _label_font(size: float = 8.0) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    return font


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, _nice_max(top))
    axis.setLabelFormat("%d")
    axis.setLabelsFont(_label_font())
    axis.applyNiceNumbers()
    return axis


def _category_axis(labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    axis.setLabelsFont(_label_font())
    return axis


def bar_height(bars: int) -> int:
    """A chart tall enough that every category label has room (else QtCharts elides it)."""
    return max(220, 22 * bars + 70)


def _new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    return chart


def bar_chart(labels: Sequence[str], values: Sequence[int], color: QColor = BLUE) -> QChart:
    """Horizontal bars, the first label at the top, each bar labelled with its value."""
    chart = _new_chart()
    bars = QBarSet("")
    # QtCharts draws the first category at the bottom; reversed, the list reads top down.
    bars.append([float(v) for v in reversed(values)])
    bars.setColor(color)
    bars.setBorderColor(color)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    axis_y = _category_axis(list(reversed(labels)))
    axis_x = _value_axis(max(values, default=0))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    return chart


def stacked_chart(labels: Sequence[str], parts: Sequence[tuple[str, Sequence[int], QColor]]
                  ) -> QChart:
    """Horizontal stacked bars (e.g. local and international participants per event)."""
    chart = _new_chart()
    series = QHorizontalStackedBarSeries()
    for name, values, color in parts:
        bars = QBarSet(name)
        bars.append([float(v) for v in reversed(values)])
        bars.setColor(color)
        bars.setBorderColor(color)
        series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    axis_y = _category_axis(list(reversed(labels)))
    totals = [sum(p[1][i] for p in parts) for i in range(len(labels))]
    axis_x = _value_axis(max(totals, default=0))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def time_chart(months: Sequence[str], cumulative: Sequence[int], per_month: Sequence[int],
               cumulative_name: str, per_month_name: str) -> QChart:
    """Unique participants so far (a line) over participants' attendances per month (bars)."""
    chart = _new_chart()
    bars = QBarSet(per_month_name)
    bars.append([float(v) for v in per_month])
    bars.setColor(QColor("#9db7e0"))
    bars.setBorderColor(QColor("#9db7e0"))
    bar_series = QBarSeries()
    bar_series.append(bars)
    line = QLineSeries()
    line.setName(cumulative_name)
    for i, value in enumerate(cumulative):
        line.append(QPointF(i, value))
    pen = line.pen()
    pen.setColor(BLUE)
    pen.setWidth(3)
    line.setPen(pen)
    line.setPointsVisible(True)
    chart.addSeries(bar_series)
    chart.addSeries(line)
    axis_x = _category_axis(months)
    axis_x.setLabelsAngle(-90 if len(months) > 8 else 0)
    axis_y = _value_axis(max([*cumulative, *per_month], default=0))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (bar_series, line):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ChartPanel(QFrame):
    """A titled chart with a "Save as PNG" button; ``save_requested`` asks for a file name."""

    save_requested = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.save_button = QToolButton()
        self.save_button.setObjectName(f"save_{key}")
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(self.save_requested)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(text_style("secondary"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()
        self.save_button.setEnabled(False)

    def set_chart(self, chart: QChart | None, empty_text: str = "", height: int = 220) -> None:
        self.view.setMinimumHeight(height)
        old = self.view.chart()
        if chart is None:
            self.view.hide()
            self.empty.setText(empty_text)
            self.empty.show()
            self.save_button.setEnabled(False)
            return
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.empty.hide()
        self.view.show()
        self.save_button.setEnabled(True)

    def image(self) -> QPixmap:
        """The chart as shown now (at least 800 px wide, so a saved PNG reads well)."""
        size = self.view.size()
        if size.width() < 800:
            size.scale(800, max(int(800 * size.height() / max(size.width(), 1)), 400),
                       Qt.AspectRatioMode.IgnoreAspectRatio)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.render(painter, pixmap.rect().toRectF(), self.view.viewport().rect())
        painter.end()
        return pixmap

    def save_png(self, path: Path) -> bool:
        """Write the PNG beside ``path`` first, then rename: never a half-written image."""
        path = Path(path)
        temp = path.with_name(f".{path.name}.part")
        try:
            if not self.image().save(str(temp), "PNG"):
                return False
            os.replace(temp, path)
        except OSError:
            return False
        finally:
            temp.unlink(missing_ok=True)
        return True
