"""A quiet line in the middle of an empty list that says what to do to fill it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from .tones import text_style


class EmptyHint(QObject):
    """Shows `text` over the view's viewport while its model has no rows; follows the model."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(text_style("secondary") + " padding: 24px;")
        # Clicks and drops go to the view underneath, as if the hint were not there.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def refresh(self) -> None:
        self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(self.view.model().rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False


def show_when_empty(view: QAbstractItemView, text: str) -> EmptyHint:
    return EmptyHint(view, text)
