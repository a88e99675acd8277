"""The Reports section: choose a printed document (attendance sheet, badges, certificates), its
event and options, generate it in the background, preview its pages, print or open it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShowEvent,
    QTransform,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import RegistrationStatus
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.progress import Progress
from ..domain.records import EventRecord
from ..domain.text import fold
from ..paths import user_data_dir
from ..printing.attendance_sheet import MAX_BLANK_ROWS, AttendanceSheetOptions, build_attendance_sheet
from ..printing.badges import BadgeOptions, build_badges
from ..printing.certificates import CertificateOptions, build_certificates
from ..printing.common import PrintResult
from ..printing.event_report import EventReportOptions, build_event_report
from .country_combo import localised_name
from .event_form import ErrorLabel
from .hints import set_hint
from .i18n import format_date, sort_language
from .report_workbooks import ReportWorkbooks
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext
    from ..services.container import Services

ATTENDANCE, BADGES, CERTIFICATES = "attendance", "badges", "certificates"
REPORT = "report"
PREVIEW_PAGES = 6  # enough to judge a document; the PDF viewer shows the rest
PREVIEW_SIDE = 1100  # pixels of a page's longer side in the preview (shrunk to fit the view)
PRINT_DPI = 300  # pages are rendered for the printer at most this sharp


@dataclass(frozen=True)
class Person:
    id: str
    label: str


@dataclass(frozen=True)
class Generated:
    result: PrintResult
    previews: list[QImage]
    paper: str = "A4"  # the paper it was laid out for, which the printer is then set to


def printouts_dir() -> Path:
    """Generated documents live in the user data folder until saved elsewhere."""
    folder = user_data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "event"


def render_pages(path: Path, count: int, side: int) -> list[QImage]:
    """The first ``count`` pages as images whose longer side is ``side`` pixels.

    Runs on a worker thread: QPdfDocument and QImage need no GUI thread.
    """
    document = QPdfDocument()
    try:
        document.load(str(path))
        images = []
        for page in range(min(count, document.pageCount())):
            points = document.pagePointSize(page)
            scale = side / max(points.width(), points.height())
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            images.append(document.render(page, size).copy())
        return images
    finally:
        document.close()


def paint_pages(path: Path, printer: QPrinter, progress: Progress) -> int:
    """Paint the PDF's pages onto a printer configured by QPrintDialog; returns pages printed.

    QPainter may paint on a QPrinter from a worker thread, so a long print never blocks the
    window and Cancel aborts the print job.
    """
    document = QPdfDocument()
    painter = QPainter()
    try:
        document.load(str(path))
        last = document.pageCount()
        pages = list(range(last))
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, min(printer.toPage() or last, last)))
        if not painter.begin(printer):
            raise UserError(msg(QT_TRANSLATE_NOOP(
                "ReportsSection", "The printer could not be opened.")))
        dpi = min(printer.resolution(), PRINT_DPI)
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            target = painter.viewport()
            if (image.width() > image.height()) != (target.width() > target.height()):
                image = image.transformed(QTransform().rotate(90))
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # The paint engine scales the image to the device (no 1200 dpi copy in memory).
            painter.drawImage(QRect(QPoint((target.width() - scaled.width()) // 2,
                                           (target.height() - scaled.height()) // 2), scaled),
                              image)
            progress.step(n + 1, len(pages), "")
        return len(pages)
    except Exception:
        printer.abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def registered_people(services: Services, event_id: str) -> list[Person]:
    """The event's registered people, by name, for the "only this person" choices."""
    return [Person(p.person.id, _person_label(p.person.family_name, p.person.given_name,
                                              p.person.organisation_name))
            for p in services.participants.participants(event_id)
            if p.registration.status == RegistrationStatus.REGISTERED.value
            and not p.person.erased]


def _person_label(family: str, given: str, organisation: str) -> str:
    name = ", ".join(x for x in (family, given) if x)
    return f"{name} — {organisation}" if organisation else name


class ReportsSection(QWidget):
    """Document, event and options on the left; the generated document's pages on the right."""

    # The person picked another event here; the main window makes it the current one.
    current_event_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.people: list[Person] = []
        self.generated: Generated | None = None
        self._generation = 0
        self._people_generation = 0
        self._busy = False
        self.progress_runner: ProgressRunner | None = None  # the running task's progress dialog
        self._printer: QPrinter | None = None
        self._build()
        self.retranslate()
        self._document_changed()
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("documentCombo")
        for key in (ATTENDANCE, BADGES, CERTIFICATES, REPORT):
            self.document_combo.addItem("", key)
        self.document_combo.currentIndexChanged.connect(self._document_changed)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("reportEventCombo")
        self.event_combo.setMinimumContentsLength(30)
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.document_label, self.event_label = QLabel(), QLabel()
        self.document_label.setBuddy(self.document_combo)
        self.event_label.setBuddy(self.event_combo)
        top = QFormLayout()
        top.addRow(self.document_label, self.document_combo)
        top.addRow(self.event_label, self.event_combo)

        # Attendance sheet options.
        self.per_combo = QComboBox()
        for key in ("event", "day", "session"):
            self.per_combo.addItem("", key)
        self.blank_spin = QSpinBox()
        self.blank_spin.setRange(0, MAX_BLANK_ROWS)
        # Preferences give the default; what the person types here wins until they leave it.
        self._blank_default = self._blank_rows_preference()
        self.blank_spin.setValue(self._blank_default)
        self.by_town_check = QCheckBox()
        self.split_check = QCheckBox()
        self.orientation_combo = QComboBox()
        for key in ("auto", "portrait", "landscape"):
            self.orientation_combo.addItem("", key)
        self.representative_edit = QLineEdit()
        self.per_label, self.blank_label = QLabel(), QLabel()
        self.orientation_label, self.representative_label = QLabel(), QLabel()
        attendance = QWidget()
        form = QFormLayout(attendance)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels in some languages
        form.setContentsMargins(0, 0, 0, 0)
        rows: list[tuple[QLabel, QWidget]] = [
            (self.per_label, self.per_combo), (self.blank_label, self.blank_spin),
            (self.orientation_label, self.orientation_combo),
            (self.representative_label, self.representative_edit)]
        for label, widget in rows:
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.by_town_check)
        form.addRow(self.split_check)
        # Items get their words in retranslate(): sized to them (not to the empty first ones),
        # so a long choice in a long language wraps its row instead of being cut.
        for combo in (self.per_combo, self.orientation_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        # Badge options.
        self.layout_combo = QComboBox()
        for key in ("2x4", "2x5", "3x3"):
            self.layout_combo.addItem(key.replace("x", " × "), key)
        self.badge_person_combo = QComboBox()
        self.layout_label, self.badge_person_label = QLabel(), QLabel()
        badges = QWidget()
        form = QFormLayout(badges)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels in some languages
        form.setContentsMargins(0, 0, 0, 0)
        rows = [(self.layout_label, self.layout_combo),
                (self.badge_person_label, self.badge_person_combo)]
        for label, widget in rows:
            label.setBuddy(widget)
            form.addRow(label, widget)

        # Certificate options.
        self.certificate_person_combo = QComboBox()
        self.signatory_edit = QLineEdit()
        self.signatory_role_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.issued_edit = QDateEdit(QDate.currentDate())
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat("d MMMM yyyy")
        self.certificate_person_label, self.signatory_label = QLabel(), QLabel()
        self.signatory_role_label, self.place_label, self.issued_label = QLabel(), QLabel(), QLabel()
        certificates = QWidget()
        form = QFormLayout(certificates)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels in some languages
        form.setContentsMargins(0, 0, 0, 0)
        rows = [(self.certificate_person_label, self.certificate_person_combo),
                (self.signatory_label, self.signatory_edit),
                (self.signatory_role_label, self.signatory_role_edit),
                (self.place_label, self.place_edit), (self.issued_label, self.issued_edit)]
        for label, widget in rows:
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.report_workbooks = ReportWorkbooks(
            self.ctx, lambda: self.event_id,
            lambda: self.event_combo.currentText().split(" — ")[0], self._wording,
            printouts_dir)
        self.options_stack = QStackedWidget()
        for page in (attendance, badges, certificates, self.report_workbooks):
            self.options_stack.addWidget(page)
        self.options_box = QGroupBox()
        box_layout = QVBoxLayout(self.options_box)
        box_layout.addWidget(self.options_stack)

        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.error_label = ErrorLabel()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(mid);")
        self.paper_label = QLabel()
        self.paper_label.setObjectName("paperSizeLabel")
        self.paper_label.setWordWrap(True)

        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(top)
        column.addWidget(self.options_box)
        column.addWidget(self.paper_label)
        column.addWidget(self.generate_button)
        column.addWidget(self.error_label)
        column.addWidget(self.hint_label)
        column.addStretch(1)

        # Preview and what to do with the document.
        self.status_label = QLabel()
        self.status_label.setObjectName("previewStatus")
        self.status_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_in_viewer)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_as)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.print_button, self.open_button, self.save_button):
            actions.addWidget(button)
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("previewArea")
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.pages_widget)
        self.preview_area.installEventFilter(self)
        self.preview_area.setStyleSheet("QScrollArea { background: #8a8a8a; }")
        self.pages_widget.setStyleSheet("background: #8a8a8a;")
        right = QWidget()
        preview = QVBoxLayout(right)
        preview.addWidget(self.status_label)
        preview.addLayout(actions)
        preview.addWidget(self.preview_area, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        # Room for the options' labels and choices, longer in some languages than in English.
        splitter.setSizes([max(420, left.sizeHint().width() + 24), 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.page_labels: list[QLabel] = []
        self._pixmaps: list[QPixmap] = []
        self._update_actions()

    def retranslate(self) -> None:
        self.document_label.setText(self.tr("&Document:"))
        self.event_label.setText(self.tr("&Event:"))
        for index, text in enumerate((self.tr("Attendance sheet (EU, to sign)"),
                                      self.tr("Name badges with QR code"),
                                      self.tr("Certificates of attendance"),
                                      self.tr("Event report (grant)"))):
            self.document_combo.setItemText(index, text)
        self.options_box.setTitle(self.tr("Options"))
        self.per_label.setText(self.tr("&Lists:"))
        self.per_combo.setToolTip(self.tr("One list for the whole event has a signature column "
                                          "per day."))
        for index, text in enumerate((self.tr("for the whole event"), self.tr("one per day"),
                                      self.tr("one per session"))):
            self.per_combo.setItemText(index, text)
        self.blank_label.setText(self.tr("&Blank rows for walk-ins:"))
        self.orientation_label.setText(self.tr("&Orientation:"))
        self.orientation_combo.setToolTip(self.tr("Automatic: landscape when a list has a "
                                                  "signature column for several days."))
        for index, text in enumerate((self.tr("automatic"), self.tr("portrait"),
                                      self.tr("landscape"))):
            self.orientation_combo.setItemText(index, text)
        self.representative_label.setText(self.tr("Legal &representative:"))
        self.representative_edit.setPlaceholderText(self.tr("pre-printed in the certification"))
        self.by_town_check.setText(self.tr("One list per invited &town"))
        self.split_check.setText(self.tr("&Local and international participants on separate lists"))
        set_hint(self.by_town_check, self.tr(
            "Prints a separate list for the participants invited by each partner town"))
        set_hint(self.split_check, self.tr(
            "Prints local participants and participants from other countries on separate lists"))
        self.layout_label.setText(self.tr("&Badges per sheet:"))
        self.badge_person_label.setText(self.tr("&For:"))
        self.certificate_person_label.setText(self.tr("&For:"))
        self.signatory_label.setText(self.tr("&Signed by:"))
        self.signatory_role_label.setText(self.tr("R&ole of the signatory:"))
        self.signatory_role_edit.setPlaceholderText(self.tr("e.g. Mayor, Project coordinator"))
        self.place_label.setText(self.tr("&Place:"))
        self.place_edit.setPlaceholderText(self.tr("the event's town"))
        self.issued_label.setText(self.tr("&Date:"))
        self.generate_button.setText(self.tr("&Generate"))
        self.print_button.setText(self.tr("P&rint…"))
        self.open_button.setText(self.tr("Open in PDF &viewer"))
        self.save_button.setText(self.tr("Sa&ve as…"))
        self.generate_button.setToolTip(self.tr(
            "Writes the chosen document for the chosen event as a PDF, on the paper size set "
            "in Preferences, and shows its first pages here."))
        self.print_button.setToolTip(self.tr(
            "Chooses a printer, then sends the generated document's pages to it."))
        self.open_button.setToolTip(self.tr(
            "Opens the generated PDF in the computer's PDF viewer, to see or print every page."))
        self.save_button.setToolTip(self.tr(
            "Saves a copy of the generated PDF where you choose (a USB stick, a shared "
            "folder)."))
        self.apply_preferences()
        self._fill_people()
        self._document_changed()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.apply_preferences()
        super().showEvent(event)

    # -- preferences -----------------------------------------------------------------------

    def paper(self) -> str:
        """The paper size chosen in Preferences ("A4" or "Letter"), read each time."""
        return str(self.ctx.settings.paper_size)

    def _blank_rows_preference(self) -> int:
        return int(self.ctx.settings.attendance_blank_rows)

    def apply_preferences(self) -> None:
        """Follow Preferences changed since: the paper shown, and the blank rows unless the
        person has typed their own number here. Called when the section shows and before
        each document is generated (the main window may also call it after Preferences)."""
        wanted = self._blank_rows_preference()
        if self.blank_spin.value() == self._blank_default:
            self.blank_spin.setValue(wanted)
        self._blank_default = wanted
        self.paper_label.setText(self.tr("Paper size: {paper} (change it in Edit ▸ "
                                         "Preferences).").format(paper=self.paper()))

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the events again, off the GUI thread (older answers are dropped)."""
        self._generation += 1
        generation = self._generation
        services = self.ctx.services
        self.ctx.runner.start(
            lambda _p: services.events.list(),
            on_success=if_alive(self, lambda events: self._loaded(generation, events)),
            on_error=if_alive(self, lambda message, _d: self._load_failed(generation, message)))

    def _loaded(self, generation: int, events: list[EventRecord]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event in events:
            self.event_combo.addItem(f"{event.title} — {event.host_town}, "
                                     f"{format_date(event.start_date)}", event.id)
        wanted = self.event_combo.findData(self.event_id) if self.event_id else -1
        self.event_combo.setCurrentIndex(wanted if wanted >= 0 else self.event_combo.count() - 1)
        self.event_combo.blockSignals(False)
        self._show_event()

    def _load_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.error_label.show_text(message)

    def set_current_event(self, event_id: str | None) -> None:
        """Follow the window's current event."""
        if event_id == self.event_id:
            return
        self.event_id = event_id
        index = self.event_combo.findData(event_id) if event_id else -1
        if index >= 0:
            self.event_combo.blockSignals(True)
            self.event_combo.setCurrentIndex(index)
            self.event_combo.blockSignals(False)
            self._show_event()
        elif event_id:
            self.reload()  # an event created since the last reload

    def _event_changed(self) -> None:
        """The person picked an event in this section's combo."""
        self._show_event()
        if self.event_id:
            self.current_event_changed.emit(self.event_id)

    def _show_event(self) -> None:
        data = self.event_combo.currentData()
        self.event_id = str(data) if data else None
        self.people = []
        self._fill_people()
        self._update_actions()
        if self.event_id is None:
            return
        self._people_generation += 1
        generation, event_id, services = self._people_generation, self.event_id, self.ctx.services
        self.ctx.runner.start(
            lambda _p: registered_people(services, event_id),
            on_success=if_alive(self, lambda people: self._people_loaded(generation, people)),
            on_error=if_alive(self, lambda message, _d: self._load_failed(self._generation,
                                                                         message)))

    def _people_loaded(self, generation: int, people: list[Person]) -> None:
        if generation == self._people_generation:
            self.people = people
            self._fill_people()

    def _fill_people(self) -> None:
        for combo, everyone in ((self.badge_person_combo, self.tr("everyone registered")),
                                (self.certificate_person_combo,
                                 self.tr("everyone checked in at least once"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for person in self.people:
                combo.addItem(person.label, person.id)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _document_changed(self) -> None:
        self.options_stack.setCurrentIndex(max(self.document_combo.currentIndex(), 0))
        hints = {
            ATTENDANCE: self.tr("Registered participants are listed alphabetically; cancelled "
                                "registrations and no-shows are left out. Labels keep the "
                                "English alongside the chosen language."),
            BADGES: self.tr("The QR code on each badge checks the person in at the desk "
                            "for this event."),
            CERTIFICATES: self.tr("One page per person, with the sessions they were checked "
                                  "in for and their hours."),
            REPORT: self.tr("Place and dates, participants per country (local and "
                            "international), categories, sessions, the one-third check and "
                            "the text for the host town's website."),
        }
        self.hint_label.setText(hints.get(self.document(), ""))

    def document(self) -> str:
        return str(self.document_combo.currentData() or ATTENDANCE)

    # -- generating ------------------------------------------------------------------------

    def _wording(self) -> dict[str, Callable[..., str]]:
        """The chosen language for the document, fixed now on the GUI thread."""
        locale = QLocale()
        language = "en" if locale.name() in ("C", "") or locale.name().startswith("en") \
            else locale.name()

        def date(day: dt.date) -> str:
            return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

        return {"translate": QCoreApplication.translate,
                "country_name": lambda code: localised_name(code, language),
                "format_date": date}

    def _build_work(self, event_id: str, out: Path) -> Callable[[Progress], Generated]:
        services = self.ctx.services
        wording = self._wording()
        document = self.document()
        paper = self.paper()
        if document == ATTENDANCE:
            options: Any = AttendanceSheetOptions(
                per=str(self.per_combo.currentData()), blank_rows=self.blank_spin.value(),
                by_town=self.by_town_check.isChecked(),
                split_international=self.split_check.isChecked(),
                orientation=str(self.orientation_combo.currentData()),
                representative=self.representative_edit.text().strip(), paper=paper)
            build: Callable[..., PrintResult] = build_attendance_sheet
        elif document == REPORT:
            options = EventReportOptions(paper=paper)
            build = build_event_report
        elif document == BADGES:
            options = BadgeOptions(layout=str(self.layout_combo.currentData()),
                                   person_id=self.badge_person_combo.currentData() or None,
                                   paper=paper)
            build = build_badges
        else:
            day = self.issued_edit.date()
            options = CertificateOptions(
                person_id=self.certificate_person_combo.currentData() or None,
                signatory=self.signatory_edit.text().strip(),
                signatory_role=self.signatory_role_edit.text().strip(),
                place=self.place_edit.text().strip(),
                issued_on=dt.date(day.year(), day.month(), day.day()), paper=paper)
            build = build_certificates

        # Lists of names follow the language's alphabet (the report lists no names).
        order = {} if document == REPORT else {"language": sort_language()}

        def work(progress: Progress) -> Generated:
            result = build(services, event_id, out, options, progress, **wording, **order)
            return Generated(result, render_pages(result.path, PREVIEW_PAGES, PREVIEW_SIDE),
                             paper)

        return work

    def output_path(self, event_id: str) -> Path:
        title = self.event_combo.currentText().split(" — ")[0]
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return printouts_dir() / f"{self.document()}-{_slug(title)}-{stamp}.pdf"

    def generate(self) -> None:
        """Write the chosen document in the background, with progress and Cancel."""
        event_id = self.event_id
        if not event_id or self._busy:
            if not event_id:
                self.error_label.show_text(self.tr("Choose an event first."))
            return
        self.error_label.show_text("")
        self.apply_preferences()
        out = self.output_path(event_id)
        work = self._build_work(event_id, out)
        self._busy = True
        self._update_actions()
        self.status_label.setText(self.tr("Generating…"))
        self.progress_runner = ProgressRunner(self.ctx.runner, self,
                                              self.tr("Generating the document…"))
        self.progress_runner.start(work, on_success=if_alive(self, self._generated),
                                   on_error=if_alive(self, self._failed),
                                   on_cancel=if_alive(self, self._cancelled))

    def _generated(self, generated: Generated) -> None:
        self._busy = False
        self.generated = generated
        self._show_pages(generated.previews)
        self._update_status()
        self._update_actions()

    def _failed(self, message: str, _details: str) -> None:
        self._busy = False
        self._printer = None
        self.error_label.show_text(message)
        self._update_status()
        self._update_actions()

    def _cancelled(self) -> None:
        self._busy = False
        self.status_label.setText(self.tr("Cancelled; no document was written."))
        self._update_actions()

    def _show_pages(self, images: list[QImage]) -> None:
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self._pixmaps = [QPixmap.fromImage(image) for image in images]
        for number in range(1, len(images) + 1):
            label = QLabel()
            label.setObjectName(f"previewPage{number}")
            label.setStyleSheet("background: white; border: 1px solid #555;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self._fit_pages()
        self.preview_area.verticalScrollBar().setValue(0)

    def _fit_pages(self) -> None:
        """Pages as wide as the preview (never enlarged), so a whole row of the table shows."""
        width = max(self.preview_area.viewport().width() - 40, 200)
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=True):
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The preview follows its own width (window resized or splitter dragged).
        if watched is self.preview_area and event.type() == QEvent.Type.Resize and self.page_labels:
            self._fit_pages()
        return super().eventFilter(watched, event)

    def _update_status(self) -> None:
        if self._busy:
            return
        if self.generated is None:
            self.status_label.setText(self.tr("Choose a document and press Generate."))
            return
        result = self.generated.result
        shown = len(self.generated.previews)
        text = self.tr("{name}: %Ln page(s).", "", result.pages).format(name=result.path.name)
        if result.pages > shown:
            text += " " + self.tr("The first {shown} are shown here; open it in the PDF viewer "
                                  "to see all.").format(shown=shown)
        self.status_label.setText(text)

    def _update_actions(self) -> None:
        ready = self.generated is not None and self.generated.result.path.exists()
        for button in (self.print_button, self.open_button, self.save_button):
            button.setEnabled(ready and not self._busy)
        self.generate_button.setEnabled(not self._busy and bool(self.event_id))

    # -- with the document -----------------------------------------------------------------

    def print_document(self) -> None:
        """Choose a printer (QPrintDialog), then print the pages in the background."""
        if self.generated is None:
            return
        path = self.generated.result.path
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter
                                      if self.generated.paper == "Letter"
                                      else QPageSize.PageSizeId.A4))
        first = self.generated.previews[0] if self.generated.previews else None
        if first is not None and first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {name}").format(name=path.name))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.generated.result.pages)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._printer = printer  # kept alive until the worker has finished with it
        self._busy = True
        self._update_actions()
        self.status_label.setText(self.tr("Printing…"))
        self.progress_runner = ProgressRunner(self.ctx.runner, self, self.tr("Printing…"))
        self.progress_runner.start(lambda progress: paint_pages(path, printer, progress),
                                   on_success=if_alive(self, self._printed),
                                   on_error=if_alive(self, self._failed),
                                   on_cancel=if_alive(self, self._print_cancelled))

    def _printed(self, pages: int) -> None:
        self._busy = False
        self._printer = None
        self._update_actions()
        self.status_label.setText(self.tr("Sent %Ln page(s) to the printer.", "", pages))

    def _print_cancelled(self) -> None:
        self._busy = False
        self._printer = None
        self._update_actions()
        self.status_label.setText(self.tr("Printing cancelled."))

    def open_in_viewer(self) -> None:
        if self.generated is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.generated.result.path)))

    def save_as(self) -> None:
        """Copy the generated PDF where the person wants it (USB stick, shared folder)."""
        if self.generated is None:
            return
        source = self.generated.result.path
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"),
                                              str(Path.home() / source.name),
                                              self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        try:
            shutil.copyfile(source, name)
        except OSError as exc:
            self.error_label.show_text(self.tr("Could not save {path}: {reason}").format(
                path=name, reason=exc.strerror or str(exc)))
            return
        self.status_label.setText(self.tr("Saved as {path}.").format(path=name))
