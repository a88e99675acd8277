"""A row of widgets that wraps onto a second line when a longer language needs the room."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Lays items out left to right and wraps them; with ``last_right`` the last one keeps to
    the right edge (a group of buttons on the right, as after a stretch).

    A row of buttons in a box layout makes the whole window wider when its texts get longer
    (Hungarian, Bulgarian); wrapping keeps every label whole at the usual window size.
    """

    def __init__(self, parent: QWidget | None = None, *, last_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._last_right = last_right
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        gap = self.spacing()
        hints = [item.sizeHint() for item in self._items]
        width = sum(h.width() for h in hints) + gap * max(len(hints) - 1, 0)
        height = max((h.height() for h in hints), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: anything wider wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = max(self.spacing(), 0)
        x, y, line_height = area.x(), area.y(), 0
        last = len(self._items) - 1
        for index, item in enumerate(self._items):
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + gap, 0  # wrap
            left = x
            if index == last and self._last_right:
                left = max(x, area.right() + 1 - hint.width())
            if move:
                item.setGeometry(QRect(QPoint(left, y), hint))
            x = left + hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def wrapping_row(left: list[QWidget], right: list[QWidget], parent: QWidget | None = None) -> QWidget:
    """Buttons in two groups, ``left`` at the start and ``right`` at the end of one line, the
    right group moving onto a second line when both do not fit."""
    row = QWidget(parent)
    flow = FlowLayout(row, last_right=True)
    flow.setSpacing(6)
    for group in (left, right):
        box = QWidget(row)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in group:
            line.addWidget(widget)
        flow.addWidget(box)
    return row
