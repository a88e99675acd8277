"""The page shown beside the sidebar: what the open database holds and the current event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import EventKind, SessionKind, decode_priorities
from .i18n import enum_label, format_date, format_time

if TYPE_CHECKING:
    from ..domain.records import DatabaseSummary, EventRecord, SessionRecord


class HomePage(QWidget):
    """Read-only facts; filled by the main window from service results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("homeTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.counts = QLabel()
        self.counts.setObjectName("homeCounts")
        self.counts.setWordWrap(True)
        self.event_box = QGroupBox()
        self.event_form = QFormLayout(self.event_box)
        self.programme = QTableWidget(0, 4)
        self.programme.setObjectName("programme")
        self.programme.verticalHeader().hide()
        self.programme.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.programme.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.programme.setWordWrap(False)
        self.programme.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.event_box)
        layout.addWidget(self.programme, 1)
        # Takes the programme's room while there is none, so the text stays at the top.
        self.filler = QWidget()
        self.filler.hide()
        layout.addWidget(self.filler, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("EC-NET Desktop"))
        self.event_box.setTitle(self.tr("Current event"))
        self.programme.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Time"), self.tr("Session"), self.tr("Kind")]
        )

    def show_opening(self, *, failed: bool = False) -> None:
        """While the database is being opened (or when it could not be)."""
        self.counts.setText(
            self.tr("The database could not be opened. Use File → Open to choose one.")
            if failed else self.tr("Opening database…"))
        self.event_box.hide()
        self.programme.hide()
        self.filler.show()

    def show_summary(self, summary: DatabaseSummary) -> None:
        self.filler.hide()
        self.event_box.show()
        self.programme.show()
        if summary.events == 0 and summary.people == 0:
            self.counts.setText(self.tr(
                "This database is empty. Use File → New or Open, or start from the demo."))
            return
        figures = [
            (self.tr("Events"), summary.events),
            (self.tr("Sessions"), summary.sessions),
            (self.tr("People"), summary.people),
            (self.tr("Countries"), summary.countries),
            (self.tr("Organisations"), summary.organisations),
            (self.tr("Registrations"), summary.registrations),
            (self.tr("Attendances"), summary.attendances),
            (self.tr("Notes"), summary.notes),
        ]
        locale = QLocale()
        # "Label: figure" pairs need no plural forms, which keeps every language correct.
        self.counts.setText(
            "   ·   ".join(f"{label}: {locale.toString(value)}" for label, value in figures)
        )

    def show_event(self, event: EventRecord | None, sessions: list[SessionRecord]) -> None:
        while self.event_form.rowCount():
            self.event_form.removeRow(0)
        self.programme.setRowCount(0)
        if event is None:
            self.event_form.addRow(QLabel(self.tr("No event chosen.")))
            return
        dates = format_date(event.start_date, long=True) + " – " + format_date(
            event.end_date, long=True)
        # pycountry loads its tables on import: only once there is an event to show.
        from ..domain import countries

        priorities = ", ".join(enum_label(p) for p in decode_priorities(event.priorities))
        self.event_form.addRow(self.tr("Title:"), QLabel(event.title))
        self.event_form.addRow(self.tr("Kind:"), QLabel(enum_label(EventKind(event.kind))))
        self.event_form.addRow(
            self.tr("Where:"),
            QLabel(", ".join(x for x in (event.venue, event.host_town,
                                         countries.name(event.country)) if x)),
        )
        self.event_form.addRow(self.tr("When:"), QLabel(dates))
        self.event_form.addRow(self.tr("Priorities:"), QLabel(priorities or "—"))
        self.programme.setRowCount(len(sessions))
        for row, session in enumerate(sessions):
            cells = [
                format_date(session.start.date(), weekday=True),
                format_time(session.start.time()) + "–" + format_time(session.end.time()),
                session.title,
                enum_label(SessionKind(session.kind)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.programme.setItem(row, col, item)
