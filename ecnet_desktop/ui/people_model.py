"""The people list: a lazily paged Qt model, the debounced search that fills it, and the
search box with its table that the People section and the people picker share."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.collation import languages as collation_languages
from ..domain.enums import PersonCategory
from ..domain.progress import Progress
from ..domain.records import PersonRecord
from .country_combo import localised_name
from .empty_hint import show_when_empty
from .i18n import enum_label, sort_language
from .record_model import IdRole, RecordRole
from .tasks import if_alive

if TYPE_CHECKING:
    from ..app import AppContext
    from .tasks import TaskRunner

translate = QCoreApplication.translate  # named so that pyside6-lupdate finds the calls

Index = QModelIndex | QPersistentModelIndex
# (search, offset, limit) -> one page of people in the service's order.
PageLoader = Callable[[str, int, int], list[PersonRecord]]

PAGE_SIZE = 200
DEBOUNCE_MS = 150
LOADING = "…"


def _category(person: PersonRecord) -> str:
    try:
        return enum_label(PersonCategory(person.category))
    except ValueError:
        return person.category  # a value from a newer app version: shown as stored


# (header, cell text) per column; the order is the order on screen.
COLUMNS: tuple[tuple[Callable[[], str], Callable[[PersonRecord], str]], ...] = (
    (lambda: translate("PeopleModel", "Family name"), lambda p: p.family_name),
    (lambda: translate("PeopleModel", "Given name"), lambda p: p.given_name),
    (lambda: translate("PeopleModel", "Organisation"), lambda p: p.organisation_name),
    (lambda: translate("PeopleModel", "Town"), lambda p: p.town),
    (lambda: translate("PeopleModel", "Country"),
     lambda p: localised_name(p.country) if p.country else ""),
    (lambda: translate("PeopleModel", "Category"), _category),
)


class PeopleModel(QAbstractTableModel):
    """Knows how many people match and holds only the pages that were looked at.

    rowCount() is the full count, so the scroll bar is honest on 35,000 people, but a page of
    records is read only when the view asks for one of its rows. With a runner the page is read
    on a pool thread (the cells show "…" meanwhile); pages of an older search are dropped.
    Rows come sorted by the service (folded family and given name); a sort proxy is not used
    because it would have to read every row.
    """

    def __init__(self, load_page: PageLoader, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._runner = runner
        self._search = ""
        self._total = 0
        self._pages: dict[int, list[PersonRecord]] = {}
        self._pending: set[int] = set()
        self._generation = 0

    # -- filling ---------------------------------------------------------------------------

    def show_result(self, search: str, total: int, first_page: list[PersonRecord]) -> None:
        """Replace everything with a new search's count and first page."""
        self.beginResetModel()
        self._generation += 1
        self._search = search
        self._total = max(total, len(first_page))
        self._pages = {0: list(first_page)} if first_page or total else {}
        self._pending.clear()
        self.endResetModel()

    @property
    def search(self) -> str:
        return self._search

    @property
    def total(self) -> int:
        return self._total

    def record(self, row: int) -> PersonRecord | None:
        """The person on that row, or None while its page is still being read."""
        if not 0 <= row < self._total:
            return None
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._request(row // PAGE_SIZE)
            page = self._pages.get(row // PAGE_SIZE)  # there already when read in this thread
            if page is None:
                return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, person_id: str) -> int:
        """The row of a person among the pages read so far; -1 when not (yet) there."""
        for number, page in self._pages.items():
            for offset, person in enumerate(page):
                if person.id == person_id:
                    return number * PAGE_SIZE + offset
        return -1

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation, search = self._generation, self._search
        if self._runner is None:
            self._page_loaded(generation, page, self._load_page(search, page * PAGE_SIZE,
                                                                 PAGE_SIZE))
            return
        load = self._load_page
        self._runner.start(
            lambda _p: load(search, page * PAGE_SIZE, PAGE_SIZE),
            on_success=if_alive(self, lambda records: self._page_loaded(generation, page,
                                                                        records)),
            on_error=if_alive(self, lambda _m, _d: self._pending.discard(page)),
        )

    def _page_loaded(self, generation: int, page: int, records: list[PersonRecord]) -> None:
        if generation != self._generation:
            return  # a newer search replaced the rows this page was read for
        self._pending.discard(page)
        self._pages[page] = list(records)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        RecordRole, IdRole):
            return None
        person = self.record(index.row())
        if person is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == RecordRole:
            return person
        if role == IdRole:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.email or None
        return COLUMNS[index.column()][1](person)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section][0]()
        return None


@dataclass(frozen=True)
class SearchResult:
    search: str
    total: int
    first_page: list[PersonRecord]
    seconds: float  # time the query took on the worker thread
    # Every id in order, when the language's alphabet is not the stored sort key's (Croatian
    # Č after C): pages are then read by id instead of by offset.
    ids: list[str] | None = None


def run_search(ctx: AppContext, search: str,
               language: str = "") -> Callable[[Progress], SearchResult]:
    """The work of one keystroke: count and first page (services taken now, not later)."""
    people = ctx.services.people

    def work(_progress: Progress) -> SearchResult:
        started = time.perf_counter()
        if language in collation_languages():
            ids = people.ordered_ids(search, language=language)
            return SearchResult(search, len(ids), people.by_ids(ids[:PAGE_SIZE]),
                                time.perf_counter() - started, ids)
        first = people.list(search, limit=PAGE_SIZE, offset=0)
        # A short first page is the whole answer: counting would scan the table again.
        total = len(first) if len(first) < PAGE_SIZE else people.count(search)
        return SearchResult(search, total, first, time.perf_counter() - started)

    return work


class PeopleSearch(QObject):
    """Typed text -> debounced background query -> the model; stale answers are dropped."""

    # total count, query time in seconds (also after an error: count -1).
    finished = Signal(int, float)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PeopleModel(
            self._page,
            ctx.runner, self,
        )
        self._text = ""
        self._ids: list[str] | None = None
        self._generation = 0
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)

    def _page(self, search: str, offset: int, limit: int) -> list[PersonRecord]:
        """A page of the shown result (on a worker thread; a page read for an older result is
        dropped by the model, whatever it holds)."""
        ids = self._ids
        if ids is not None:
            return self.ctx.services.people.by_ids(ids[offset:offset + limit])
        return self.ctx.services.people.list(search, limit=limit, offset=offset)

    def set_text(self, text: str) -> None:
        """Search again once typing pauses."""
        self._text = text
        self.timer.start()

    def run_now(self) -> None:
        """Query at once (after an edit, or when the section is shown)."""
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.ctx.runner.start(
            run_search(self.ctx, self._text, sort_language()),
            on_success=if_alive(self.model, lambda result: self._arrived(generation, result)),
            on_error=if_alive(self.model, lambda _m, _d: self._failed(generation)),
        )

    def _arrived(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # the person typed on; a newer query is running
        self.busy = False
        self._ids = result.ids
        self.model.show_result(result.search, result.total, result.first_page)
        self.finished.emit(result.total, result.seconds)

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self.busy = False
            self.finished.emit(-1, 0.0)


def compact_rows(table: QTableView) -> None:
    """One line per row at a fixed height: readable, and cheap on long lists."""
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


class PeopleList(QWidget):
    """Search box, count and the paged table of people; the People section and the people
    picker share it. Down or Enter in the search box moves into the results."""

    activated = Signal()  # Enter or a double click on a row
    delete_requested = Signal()  # the Delete key on a row

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = PeopleSearch(ctx, self)
        self.search.finished.connect(self._searched)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Any part of a name, organisation or town"))
        self.search_edit.textChanged.connect(self.search.set_text)
        self.search_edit.installEventFilter(self)
        self.label = QLabel(self.tr("&Search:"))
        self.label.setBuddy(self.search_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.search.model)
        show_when_empty(self.table, self.tr(
            "No one to show. New person… adds someone; or change the search."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        # Never ResizeToContents: it would read every one of 35,000 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(170)
        self.table.doubleClicked.connect(lambda _i: self.activated.emit())
        self.table.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _searched(self, total: int, _seconds: float) -> None:
        if total < 0:
            self.count_label.setText(self.tr("The search failed."))
        else:
            # English plural forms ("1 person") come from translations/ecnet_en.ts.
            self.count_label.setText(self.tr("%Ln people", "", total))

    def selected_people(self) -> list[PersonRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = (self.search.model.record(r) for r in rows)
        return [p for p in found if p is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.search_edit and (enter or key == Qt.Key.Key_Down):
                # Keyboard first: from the search box straight into the results.
                if self.search.model.rowCount():
                    self.table.setFocus()
                    if not self.table.selectionModel().hasSelection():
                        self.table.selectRow(0)
                return True
            if watched is self.table and enter:
                self.activated.emit()
                return True
            if watched is self.table and key == Qt.Key.Key_Delete:
                self.delete_requested.emit()
                return True
        return super().eventFilter(watched, event)
