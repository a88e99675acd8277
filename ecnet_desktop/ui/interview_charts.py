"""A bar chart (QtCharts) of one question's answers: one bar set per comparison group."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ..services.interview_analysis import Distribution

# Colour-blind-safe palette (Okabe–Ito), so compared groups stay apart in print too.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000")
MAX_GROUPS = 8
MAX_LABEL = 28


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


class DistributionChart(QChartView):
    """Shows a Distribution; percentages when groups are compared, counts otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.bar_sets: list[QBarSet] = []

    def clear(self, title: str = "") -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.bar_sets = []
        self.chart_.setTitle(title)

    def show_distribution(self, dist: Distribution, option_label: Callable[[str, str], str],
                          group_label: Callable[[str], str], title: str) -> None:
        """``option_label(value, english)`` and ``group_label(key)`` give the words shown."""
        self.clear(title)
        groups = list(dist.groups)
        groups.sort(key=lambda g: -sum(g[1]))
        groups = groups[:MAX_GROUPS]
        compared = len(groups) > 1 or bool(groups and groups[0][0] != "all")
        series = QBarSeries()
        top = 0.0
        for number, (key, counts) in enumerate(groups):
            total = sum(counts) or 1
            bar_set = QBarSet(group_label(key) + (f" (n={sum(counts)})" if compared else ""))
            bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
            for count in counts:
                value = 100.0 * count / total if compared else float(count)
                bar_set.append(value)
                top = max(top, value)
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        series.setLabelsVisible(not compared)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart_.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(option_label(v, en)) for v, en in dist.options])
        self.chart_.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        if compared:
            values.setRange(0, 100)
            values.setTickCount(6)
            values.setLabelFormat("%.0f%%")
        else:
            values.setRange(0, max(1.0, top * 1.15))
            values.setLabelFormat("%.0f")
            values.applyNiceNumbers()
        self.chart_.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.chart_.legend().setVisible(compared)
