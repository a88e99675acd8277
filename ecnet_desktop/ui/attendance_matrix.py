"""The attendance matrix of an event: people × sessions with tick boxes and totals, for marking
attendance from signed paper sheets after the fact (method "paper sheet") at keyboard speed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import AttendanceMethod
from ..domain.records import PersonRecord, SessionRecord
from ..domain.text import fold
from ..services.checkin import AttendanceMatrix, CheckinService
from .country_combo import localised_name
from .i18n import format_date, format_time
from .record_model import IdRole
from .tasks import if_alive
from .tones import text_style, tone_color
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

translate = QCoreApplication.translate  # named so that pyside6-lupdate finds the calls
Index = QModelIndex | QPersistentModelIndex
Cell = tuple[str, str, bool]  # person id, session id, present
FIXED_COLUMNS = 2  # name, country; the sessions follow, then the row total
SearchRole = Qt.ItemDataRole.UserRole + 10


def checkin_service(ctx: AppContext) -> CheckinService:
    """The check-in service of the database open now (it changes with File → Open)."""
    return ctx.services.checkin


class MatrixModel(QAbstractTableModel):
    """Rows are people, columns are name, country, one tick box per session, and the total.

    Ticking a box calls ``writer`` with the cells to change; it returns whether they were
    saved, and only then does the model show them. Column totals are in the header.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionRecord] = []
        self.people: list[PersonRecord] = []
        self.registered: list[bool] = []
        self.present: list[list[bool]] = []
        self.writer: Callable[[list[Cell]], bool] | None = None
        self._rows: dict[str, int] = {}
        self._columns: dict[str, int] = {}

    def set_matrix(self, matrix: AttendanceMatrix | None) -> None:
        self.beginResetModel()
        self.sessions = list(matrix.sessions) if matrix else []
        rows = matrix.rows if matrix else ()
        self.people = [r.person for r in rows]
        self.registered = [r.registered for r in rows]
        self.present = [list(r.present) for r in rows]
        self._rows = {p.id: i for i, p in enumerate(self.people)}
        self._columns = {s.id: i for i, s in enumerate(self.sessions)}
        self.endResetModel()

    # -- totals ----------------------------------------------------------------------------

    def row_total(self, row: int) -> int:
        return sum(self.present[row])

    def column_total(self, session: int) -> int:
        return sum(row[session] for row in self.present)

    def total(self) -> int:
        return sum(sum(row) for row in self.present)

    # -- cells -----------------------------------------------------------------------------

    def session_of(self, column: int) -> int:
        """The session index of a model column, or -1 for name, country and total."""
        session = column - FIXED_COLUMNS
        return session if 0 <= session < len(self.sessions) else -1

    def cell(self, index: Index) -> Cell | None:
        """(person id, session id, present) of a tick box; None for other columns."""
        session = self.session_of(index.column())
        if not index.isValid() or session < 0:
            return None
        return (self.people[index.row()].id, self.sessions[session].id,
                self.present[index.row()][session])

    def write(self, cells: list[Cell]) -> bool:
        """Save through the writer, then show; cells that change nothing are left out."""
        wanted = [c for c in cells if self._is(c) is not None and self._is(c) != c[2]]
        if not wanted:
            return False
        if self.writer is not None and not self.writer(wanted):
            return False
        self.apply(wanted)
        return True

    def _is(self, cell: Cell) -> bool | None:
        row, column = self._rows.get(cell[0]), self._columns.get(cell[1])
        if row is None or column is None:
            return None
        return self.present[row][column]

    def apply(self, cells: list[Cell]) -> None:
        """Show cells as saved (after a write, or an undo or redo of one)."""
        for person_id, session_id, present in cells:
            row, session = self._rows.get(person_id), self._columns.get(session_id)
            if row is None or session is None or self.present[row][session] == present:
                continue
            self.present[row][session] = present
            column = session + FIXED_COLUMNS
            self.dataChanged.emit(self.index(row, column), self.index(row, column),
                                  [Qt.ItemDataRole.CheckStateRole])
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, last), self.index(row, last),
                                  [Qt.ItemDataRole.DisplayRole])
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, last, last)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.sessions) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session_of(index.column()) >= 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        row, column = index.row(), index.column()
        person = self.people[row]
        session = self.session_of(column)
        if role == IdRole:
            return person.id
        if role == SearchRole:
            return fold(f"{person.given_name} {person.family_name} {person.organisation_name}"
                        f" {person.town}")
        if session >= 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if self.present[row][session]
                        else Qt.CheckState.Unchecked)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("MatrixModel", "{name} — {session}").format(
                    name=person.full_name, session=self.sessions[session].title)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ", ".join(x for x in (person.family_name, person.given_name) if x)
            if column == 1:
                return localised_name(person.country) if person.country else ""
            return QLocale().toString(self.row_total(row))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            details = " · ".join(x for x in (person.organisation_name, person.town) if x)
            if self.registered[row]:
                return details
            return (translate("MatrixModel", "{details} (not registered)").format(details=details)
                    if details else translate("MatrixModel", "Not registered"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.columnCount() - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.cell(index)
        if role != Qt.ItemDataRole.CheckStateRole or cell is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        return self.write([(cell[0], cell[1], checked)])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        session = self.session_of(section)
        if role == Qt.ItemDataRole.ToolTipRole and session >= 0:
            return self.sessions[session].title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        if section == 0:
            return translate("MatrixModel", "Name")
        if section == 1:
            return translate("MatrixModel", "Country")
        if session >= 0:
            s = self.sessions[session]
            title = s.title if len(s.title) <= 14 else s.title[:13].rstrip() + "…"
            return "{day} {time}\n{title}\n✓ {count}".format(
                day=format_date(s.start.date()).rsplit(" ", 1)[0],
                time=format_time(s.start.time()), title=title,
                count=locale.toString(self.column_total(session)))
        return translate("MatrixModel", "Total\n{count}").format(
            count=locale.toString(self.total()))


class MatrixFilter(QSortFilterProxyModel):
    """Keeps the people whose name, organisation or town hold every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.words:
            return True
        haystack = str(self.sourceModel().index(source_row, 0, source_parent).data(SearchRole))
        return all(word in haystack for word in self.words)


class CenteredCheckDelegate(QStyledItemDelegate):
    """Tick boxes in the middle of their cell on a green tint when ticked: a column of
    sessions reads at a glance, like the signatures on the paper sheet."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            super().paint(painter, option, index)
            return
        checked = state == Qt.CheckState.Checked
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        item.text = ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if checked and not selected:
            painter.fillRect(option.rect, tone_color("present_bg", option.palette))
        style = option.widget.style() if option.widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, option.widget)
        box = QStyleOptionButton()
        box.rect = self._indicator(option, style)
        box.state = option.state | (QStyle.StateFlag.State_On if checked
                                    else QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box,
                            painter, option.widget)

    @staticmethod
    def _indicator(option: QStyleOptionViewItem, style: QStyle) -> QRect:
        rect = QRect(0, 0, style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth),
                     style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight))
        rect.moveCenter(option.rect.center())
        return rect

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        # A click anywhere in the cell toggles: a wide target for a quick hand.
        if index.data(Qt.ItemDataRole.CheckStateRole) is None:
            return super().editorEvent(event, model, option, index)
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and option.rect.contains(event.position().toPoint())):
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            return bool(model.setData(index, Qt.CheckState.Unchecked if checked
                                      else Qt.CheckState.Checked,
                                      Qt.ItemDataRole.CheckStateRole))
        return event.type() in (QEvent.Type.MouseButtonPress,
                                QEvent.Type.MouseButtonDblClick)


class MatrixTable(QTableView):
    """Space ticks the selected boxes, or unticks them when every one is ticked already."""

    def __init__(self, model: MatrixModel, proxy: MatrixFilter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = model
        self.proxy = proxy

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_selected()
            return
        super().keyPressEvent(event)

    def toggle_selected(self) -> None:
        chosen = [self.proxy.mapToSource(i) for i in self.selectionModel().selectedIndexes()]
        if not chosen and self.currentIndex().isValid():
            chosen = [self.proxy.mapToSource(self.currentIndex())]
        cells = [c for c in (self.matrix.cell(i) for i in chosen) if c is not None]
        if not cells:
            return
        present = not all(c[2] for c in cells)
        self.matrix.write([(person, session, present) for person, session, _ in cells])


class AttendanceMatrixView(QWidget):
    """The current event's matrix; set_event() chooses it, reload() reads it again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self._generation = 0
        self.model = MatrixModel(self)
        self.model.writer = self._write
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("matrixFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.returnPressed.connect(self._into_table)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter_edit)
        self.summary = QLabel()
        self.summary.setObjectName("matrixSummary")
        self.table = MatrixTable(self.model, self.proxy)
        self.table.setObjectName("attendanceMatrix")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CenteredCheckDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(40)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(text_style("secondary"))
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.model.modelReset.connect(self._update_summary)
        self.model.headerDataChanged.connect(lambda *_a: self._update_summary())
        self.retranslate()
        self._update_summary()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Any part of a name, organisation or town"))
        self.hint.setText(self.tr(
            "Marking a signed paper sheet: arrows move, Space ticks or unticks (every selected "
            "box at once; Shift+arrows select), Ctrl+Z undoes. Ticks made here are recorded as “paper sheet”."))

    @property
    def service(self) -> CheckinService:
        return checkin_service(self.ctx)

    # -- loading ---------------------------------------------------------------------------

    def set_event(self, event_id: str | None) -> None:
        if event_id != self.event_id:
            self.event_id = event_id
            self.model.set_matrix(None)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, event_id = self._generation, self.event_id
        if event_id is None:
            self.model.set_matrix(None)
            return
        service = self.service
        self.ctx.runner.start(
            lambda _p: service.matrix(event_id),
            on_success=if_alive(self, lambda m: self._loaded(generation, m)),
            on_error=if_alive(self, lambda message, _d: self.summary.setText(message)))

    def _loaded(self, generation: int, matrix: AttendanceMatrix) -> None:
        if generation != self._generation or matrix.event.id != self.event_id:
            return
        current = self.table.currentIndex()
        where = (current.row(), current.column()) if current.isValid() else None
        self.model.set_matrix(matrix)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 110)
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            self.table.setColumnWidth(column, 108)
        if where and where[0] < self.proxy.rowCount() and where[1] < self.proxy.columnCount():
            self.table.setCurrentIndex(self.proxy.index(*where))

    def _update_summary(self) -> None:
        locale = QLocale()
        if not self.model.people:
            self.summary.setText(self.tr("No event chosen") if self.event_id is None
                                 else self.tr("Nobody registered or present yet"))
            return
        self.summary.setText(self.tr("{people} people · {sessions} sessions · {ticks} present "
                                     "in all").format(
            people=locale.toString(len(self.model.people)),
            sessions=locale.toString(len(self.model.sessions)),
            ticks=locale.toString(self.model.total())))

    def _into_table(self) -> None:
        """Enter in the filter: to the tick boxes of the first person shown."""
        if not self.proxy.rowCount() or not self.model.sessions:
            return
        self.table.setFocus()
        current = self.table.currentIndex()
        column = current.column() if current.isValid() and self.model.session_of(
            current.column()) >= 0 else FIXED_COLUMNS
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(0, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- writing ---------------------------------------------------------------------------

    def _write(self, cells: list[Cell]) -> bool:
        """Save ticks as one undoable edit; undo puts every cell back as it was."""
        service, model = self.service, self.model
        method = AttendanceMethod.PAPER_SHEET.value
        before = [(person, session, not present) for person, session, present in cells]

        def do() -> None:
            service.set_attendance_many(cells, method)
            if_alive(model, model.apply)(cells)

        def undo(_result: None) -> None:
            service.set_attendance_many(before, method)
            if_alive(model, model.apply)(before)

        ticked = sum(1 for c in cells if c[2])
        text = (self.tr("Tick %Ln attendances", "", ticked) if ticked == len(cells)
                else self.tr("Untick %Ln attendances", "", len(cells)) if not ticked
                else self.tr("Change %Ln attendances", "", len(cells)))
        push(self.ctx.undo_stack, text, do, undo)
        return True
