"""The import wizard: choose a list, map its columns, preview, import in one go, see the result."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import UserError
from ..domain.i18n import Source
from ..services import import_aliases as aliases
from ..services.registration_import import (
    ImportPlan,
    ImportResult,
    ImportRow,
    RejectedRow,
    RepeatedRow,
    apply_import,
    plan_import,
    read_source,
)
from ..services.tabular import Table, sheet_names
from .hints import set_hint
from .i18n import render
from .record_model import Column, RecordRole, RecordTableModel, SortRole
from .tasks import ProgressRunner, Task
from .tones import text_style

if TYPE_CHECKING:
    from ..app import AppContext

Index = QModelIndex | QPersistentModelIndex
SETTINGS_KEY = "import_mapping/{signature}"
CHOICES = tuple(f for f in aliases.FIELDS)  # what a column can be imported as


def _t(source: Source) -> str:
    return QCoreApplication.translate(source.context, str(source))


def field_text(field: str) -> str:
    return _t(aliases.field_label(field))


def red_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(text_style("error"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, example values, and the field it feeds."""

    HEADER, SAMPLES, FIELD = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.samples: list[tuple[str, ...]] = []
        self.fields: list[str] = []

    def load(self, headers: tuple[str, ...], samples: tuple[tuple[str, ...], ...],
             fields: list[str]) -> None:
        self.beginResetModel()
        self.headers, self.samples, self.fields = list(headers), list(samples), list(fields)
        self.endResetModel()

    def mapping(self) -> dict[str, str]:
        return {h: f for h, f in zip(self.headers, self.fields, strict=True) if h}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.FIELD and self.headers[index.row()]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.headers):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.HEADER:
                return self.headers[row] or self.tr("(no header: column {n})").format(n=row + 1)
            if column == self.SAMPLES:
                return " · ".join(self.samples[row])
            return field_text(self.fields[row])
        if role == Qt.ItemDataRole.EditRole and column == self.FIELD:
            return self.fields[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HEADER:
            return self.headers[row] or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SAMPLES:
            return "\n".join(self.samples[row]) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIELD and not self.fields[row]:
            return self.tr("Not recognised: choose what this column holds, or “do not import”.")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FIELD and (
                self.fields[row] in ("", aliases.IGNORE, aliases.TIMESTAMP)):
            return _muted()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != self.FIELD or str(value) not in (*CHOICES, "")):
            return False
        field, row = str(value), index.row()
        if field not in ("", aliases.IGNORE, aliases.TIMESTAMP):
            # One column per field: the column that had it gives it up.
            for other, current in enumerate(self.fields):
                if current == field and other != row:
                    self.fields[other] = ""
                    changed = self.index(other, self.FIELD)
                    self.dataChanged.emit(changed, changed)
        self.fields[row] = field
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < 3):
            return (self.tr("Column in the file"), self.tr("Examples"),
                    self.tr("Imported as"))[section]
        return None


def _muted() -> QColor:
    """The colour of a choice that imports nothing."""
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


class FieldDelegate(QStyledItemDelegate):
    """Shows the field cell as a combo box and edits it with one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state
        box.palette = option.palette
        box.currentText = str(index.data())
        style = QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("fieldCombo")
        for field in CHOICES:
            combo.addItem(field_text(field), field)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or aliases.IGNORE)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)


def table_view(model: QAbstractItemModel, name: str) -> QTableView:
    """A sortable, read-only table (sorted by SortRole, so row numbers sort as numbers)."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    # Sized from a sample of rows (QHeaderView's precision), so long lists stay quick.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _col(header: Callable[[], str], show: Callable[[Any], str],
         sort: Callable[[Any], Any] | None = None) -> Column[Any]:
    return Column(header, show, sort)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the list"))
        self.setSubTitle(self.tr(
            "A CSV or XLSX file from a partner town or an online form. Nothing is imported "
            "before you have seen the preview."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("registrations.xlsx"))
        self.browse = QPushButton(self.tr("&Browse…"))
        set_hint(self.browse, self.tr("Choose the coordinator's workbook (.xlsx) to import"))
        self.browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setEnabled(False)
        self.error = red_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        form.addRow(file_label, row)
        form.addRow(sheet_label, self.sheet_combo)
        form.addRow(self.error)
        self.path_edit.textChanged.connect(self._path_changed)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() if self.sheet_combo.count() else None

    def isComplete(self) -> bool:
        return self.path().is_file() and not self.error.text()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the list"),
                                              str(self.path().parent),
                                              self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            self.path_edit.setText(name)

    def _path_changed(self) -> None:
        self.sheet_combo.clear()
        self.error.setText("")
        if self.path().is_file():
            try:
                # Only the workbook's index is read here: quick even for a large file.
                self.sheet_combo.addItems(sheet_names(self.path()))
            except UserError as exc:
                self.error.setText(render(exc.message))
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What do the columns hold?"))
        self.setSubTitle(self.tr(
            "Recognised columns are filled in. Change a choice with a click, or F2 and the "
            "arrow keys. Columns marked “not imported” are left out."))
        self.model = MappingModel(self)
        self.view = QTableView()
        self.view.setObjectName("mappingView")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MappingModel.FIELD, 260)
        self.view.clicked.connect(self._clicked)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = red_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        self.model.dataChanged.connect(self.completeChanged)
        self.table: Table | None = None
        self._generation = 0

    def initializePage(self) -> None:
        self._generation += 1
        generation = self._generation
        self.table = None
        self.model.load((), (), [])
        self.view.resizeColumnToContents(MappingModel.HEADER)
        self.error.setText("")
        self.info.setText(self.tr("Reading the file…"))
        path, sheet = self.owner.file_page.path(), self.owner.file_page.sheet()
        self.owner.track(self.owner.ctx.runner.start(
            lambda _p: read_source(path, sheet),
            on_success=lambda table: self._loaded(generation, table),
            on_error=lambda message, _d: self._failed(generation, message)))

    def _loaded(self, generation: int, table: Table) -> None:
        if generation != self._generation:
            return  # the person went back and chose another file meanwhile
        self.table = table
        fields = list(aliases.auto_fields(table.header))
        remembered = self.owner.remembered_mapping(table.header)
        fields = [remembered.get(h, f) if h else f for h, f in zip(table.header, fields,
                                                                      strict=True)]
        self.model.load(table.header, aliases.samples_of(table), fields)
        where = (self.tr("sheet “{sheet}”").format(sheet=table.sheet) if table.sheet else
                 self.tr("encoding {encoding}").format(encoding=table.encoding))
        self.info.setText(self.tr(
            "%Ln rows below the header on row {header} ({where}).", "", len(table.rows)).format(
            header=table.header_row, where=where))
        self.view.resizeColumnToContents(MappingModel.HEADER)
        if self.view.columnWidth(MappingModel.HEADER) > 340:
            self.view.setColumnWidth(MappingModel.HEADER, 340)  # long form questions
        self.view.setCurrentIndex(self.model.index(0, MappingModel.FIELD))
        self.view.setFocus()
        self.completeChanged.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.info.setText("")
            self.error.setText(message)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == MappingModel.FIELD:
            self.view.edit(index)
            editor = self.view.indexWidget(index)
            if isinstance(editor, QComboBox):
                QTimer.singleShot(0, editor.showPopup)

    def isComplete(self) -> bool:
        fields = set(self.model.fields)
        return self.table is not None and bool(fields & {"given_name", "family_name"})

    def validatePage(self) -> bool:
        if not self.isComplete():
            self.error.setText(self.tr("Choose the column with the given or family name."))
        return self.isComplete()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr(
            "Check what will happen. Only the valid rows are imported, all of them at once, "
            "when you press Import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.error = red_label()
        self.tabs = QTabWidget()
        self.rejected: RecordTableModel[RejectedRow] = RecordTableModel([
            _col(lambda: self.tr("Row"), lambda r: str(r.row), lambda r: r.row),
            _col(lambda: self.tr("Column"), lambda r: r.column),
            _col(lambda: self.tr("Value"), lambda r: r.value),
            _col(lambda: self.tr("Why it is not imported"), lambda r: render(r.message)),
        ], self)
        self.duplicates: RecordTableModel[ImportRow] = RecordTableModel([
            _col(lambda: self.tr("Row"), lambda r: str(r.row), lambda r: r.row),
            _col(lambda: self.tr("In the file"), lambda r: f"{r.full_name} {r.email}".strip()),
            _col(lambda: self.tr("Already in the database"), self._existing),
            _col(lambda: self.tr("Because"), lambda r: _t(r.match.reason) if r.match else ""),
            _col(lambda: self.tr("What happens"), self._action),
        ], self)
        self.repeated: RecordTableModel[RepeatedRow] = RecordTableModel([
            _col(lambda: self.tr("Row"), lambda r: str(r.row), lambda r: r.row),
            _col(lambda: self.tr("Repeats row"), lambda r: str(r.first_row),
                 lambda r: r.first_row),
            _col(lambda: self.tr("Name"), lambda r: r.name),
        ], self)
        self.new: RecordTableModel[ImportRow] = RecordTableModel([
            _col(lambda: self.tr("Row"), lambda r: str(r.row), lambda r: r.row),
            _col(lambda: self.tr("Name"), lambda r: r.full_name),
            _col(lambda: self.tr("E-mail"), lambda r: r.email),
            _col(lambda: self.tr("Organisation"), lambda r: r.organisation),
            _col(lambda: self.tr("Country"), lambda r: r.country),
        ], self)
        self.views = {name: table_view(model, name) for name, model in (
            ("rejectedView", self.rejected), ("duplicatesView", self.duplicates),
            ("repeatedView", self.repeated), ("newView", self.new))}
        self.toggle = QPushButton(self.tr("&Change what happens to this person"))
        set_hint(self.toggle, self.tr(
            "Switch between adding this row as a new person and updating the matching person"))
        self.toggle.setObjectName("toggleDuplicate")
        self.toggle.clicked.connect(self._toggle)
        duplicates = QWidget()
        box = QVBoxLayout(duplicates)
        box.addWidget(self.views["duplicatesView"])
        box.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages = [self.views["rejectedView"], duplicates, self.views["repeatedView"],
                      self.views["newView"]]
        for page in self.pages:
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self.plan: ImportPlan | None = None
        self._generation = 0
        self._imported = False

    def _existing(self, row: ImportRow) -> str:
        match = row.match
        return ", ".join(p for p in (match.name, match.email, match.organisation) if p) \
            if match else ""

    def _action(self, row: ImportRow) -> str:
        if row.already_registered:
            return self.tr("already registered: nothing to do")
        if row.use_existing:
            return self.tr("register the person already in the database")
        if row.match is not None:
            return self.tr("create a new person (the names or e-mails differ)")
        return self.tr("create a new person")

    def initializePage(self) -> None:
        self._generation += 1
        generation = self._generation
        self.plan = None
        self._show(None)
        self.busy.show()
        mapping = self.owner.mapping_page.model.mapping()
        self.owner.remember_mapping(self.owner.mapping_page.model.headers, mapping)
        path, sheet = self.owner.file_page.path(), self.owner.file_page.sheet()
        services, event_id = self.owner.ctx.services, self.owner.event_id
        self.owner.track(self.owner.ctx.runner.start(
            lambda progress: plan_import(services, path, event_id=event_id, sheet=sheet,
                                         mapping=mapping, progress=progress),
            on_success=lambda plan: self._planned(generation, plan),
            on_error=lambda message, _d: self._failed(generation, message)))

    def _planned(self, generation: int, plan: ImportPlan) -> None:
        if generation == self._generation:
            self._show(plan)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.busy.hide()
            self.error.setText(message)

    def _show(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.busy.setVisible(plan is None)
        self.error.setText("")
        self.rejected.set_records(plan.rejected if plan else [])
        self.duplicates.set_records(plan.possible_duplicates if plan else [])
        self.repeated.set_records(plan.repeated if plan else [])
        self.new.set_records(plan.new_rows if plan else [])
        self.toggle.setEnabled(bool(plan and plan.possible_duplicates))
        counts = (len(plan.rejected_rows), len(plan.possible_duplicates), len(plan.repeated),
                  len(plan.new_rows)) if plan else (0, 0, 0, 0)
        titles = (self.tr("&Rejected rows ({n})"), self.tr("&Possible duplicates ({n})"),
                  self.tr("Re&peated in the file ({n})"), self.tr("&New people ({n})"))
        for tab, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(tab, title.format(n=count))
        if plan is None:
            self.summary.setText(self.tr("Checking every row…"))
        else:
            lines = [self.tr(
                "For “{event}”: new people: {new}; people already in the database: "
                "{existing}; rows repeated in the file: {repeated}; rows rejected: "
                "{rejected}.").format(event=plan.event_title, new=len(plan.new_rows),
                                      existing=len(plan.existing_rows),
                                      repeated=len(plan.repeated), rejected=counts[0])]
            lines += [render(note) for note in plan.notes]
            if plan.unknown_headers:
                lines.append(self.tr("Columns not imported: {headers}.").format(
                    headers=", ".join(f"“{h}”" for h in plan.unknown_headers)))
            if not plan.rows:
                lines.append(self.tr("There is no valid row to import."))
            self.summary.setText("\n".join(lines))
            first = next((i for i, n in enumerate(counts) if n), 3)
            self.tabs.setCurrentIndex(first)
        self.completeChanged.emit()

    def _toggle(self) -> None:
        view = self.views["duplicatesView"]
        index = view.currentIndex()
        if self.plan is None or not index.isValid():
            return
        row = index.data(RecordRole)
        assert isinstance(row, ImportRow)
        self._show(self.plan.with_choice(row.row, not row.use_existing))
        self.tabs.setCurrentIndex(1)
        view.selectRow(index.row())

    def isComplete(self) -> bool:
        return bool(self.plan and self.plan.rows)

    def validatePage(self) -> bool:
        if self._imported:
            return True
        plan = self.plan
        if plan is None:
            return False
        services = self.owner.ctx.services
        runner = ProgressRunner(self.owner.ctx.runner, self, self.tr("Importing…"))
        self.owner.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.owner.track(runner.start(
            lambda progress: apply_import(services, plan, progress),
            on_success=self._done, on_error=self._import_failed,
            on_cancel=lambda: self._import_failed(
                self.tr("Import cancelled; nothing was changed."), "")))
        return False  # the wizard moves on once the import has finished

    def _done(self, result: ImportResult) -> None:
        self._imported = True
        self.owner.import_result = result
        self.owner.imported.emit(result)
        self.owner.next()

    def _import_failed(self, message: str, _details: str) -> None:
        self.error.setText(message)
        self.owner.button(QWizard.WizardButton.CommitButton).setEnabled(True)


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The people are registered for the event."))
        self.text = QLabel()
        self.text.setObjectName("resultText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        result = self.owner.import_result
        if result is None:
            return
        lines = [
            self.tr("People created and registered: {n}").format(n=result.created_people),
            self.tr("People already in the database, now registered: {n}").format(
                n=result.registered_existing),
            self.tr("Already registered for this event: {n}").format(
                n=result.already_registered),
            self.tr("Organisations created: {n}").format(n=result.organisations_created),
            self.tr("Rows not imported: {n}").format(
                n=result.rejected_rows + result.repeated_rows),
        ]
        if result.backup:
            lines.append(self.tr("A copy of the database from before the import: {path}")
                         .format(path=result.backup))
        self.text.setText("\n".join(lines))


class ImportRegistrationsWizard(QWizard):
    """Import registrations for one event; ``imported`` carries the ImportResult."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.import_result: ImportResult | None = None
        self._tasks: list[Task] = []
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import registrations"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(960, 620)

    def track(self, task: Task) -> None:
        self._tasks.append(task)

    def done(self, code: int) -> None:
        for task in self._tasks:
            task.cancel()  # reading or checking a big file stops when the wizard closes
        # Whatever still arrives from those tasks is stale: the pages drop it.
        self.mapping_page._generation += 1
        self.preview_page._generation += 1
        super().done(code)

    def remembered_mapping(self, headers: tuple[str, ...]) -> dict[str, str]:
        key = SETTINGS_KEY.format(signature=aliases.header_signature(headers))
        try:
            stored = json.loads(str(self.ctx.settings.qsettings.value(key, "{}")))
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        return {str(h): str(f) for h, f in stored.items() if str(f) in CHOICES}

    def remember_mapping(self, headers: list[str], mapping: dict[str, str]) -> None:
        key = SETTINGS_KEY.format(signature=aliases.header_signature(headers))
        self.ctx.settings.qsettings.setValue(key, json.dumps(mapping, ensure_ascii=False))
