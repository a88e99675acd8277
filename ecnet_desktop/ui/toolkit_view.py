"""The Toolkit tab: the methodologies (search, list) and the chosen one in full, with the
sessions that used it and their outcome notes; seed the Toolkit, save it as PDF or xlsx."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import decode_priorities
from ..domain.records import MethodologyRecord
from ..domain.text import fold
from ..services.methodologies import MethodologyUse
from ..services.toolkit_seed import seed_toolkit
from .hints import set_hint
from .i18n import enum_label, format_date, translate
from .record_model import Column, RecordRole, RecordTableModel, SortRole
from .toolkit_printing import start_compendium


def toolkit_columns() -> list[Column[MethodologyUse]]:
    return [
        Column(lambda: translate("ToolkitView", "Methodology"), lambda u: u.methodology.name,
               sort=lambda u: fold(u.methodology.name)),
        Column(lambda: translate("ToolkitView", "Duration"), lambda u: translate("ToolkitView", "{minutes} min").format(
            minutes=u.methodology.duration_minutes) if u.methodology.duration_minutes else "",
            sort=lambda u: u.methodology.duration_minutes or 0, align_right=True),
        Column(lambda: translate("ToolkitView", "Group size"), lambda u: u.methodology.group_size),
        Column(lambda: translate("ToolkitView", "Priorities"), lambda u: ", ".join(
            enum_label(p) for p in decode_priorities(u.methodology.priorities))),
        Column(lambda: translate("ToolkitView", "Used"), lambda u: str(len(u.sessions) or ""),
               sort=lambda u: len(u.sessions), align_right=True),
    ]


def method_markdown(use: MethodologyUse) -> str:
    """The methodology in full, then where it was used and what came out of it."""
    m: MethodologyRecord = use.methodology
    parts = [f"## {m.name}"]
    facts = [x for x in (
        translate("ToolkitView", "{minutes} min").format(minutes=m.duration_minutes) if m.duration_minutes else "",
        translate("ToolkitView", "group: {size}").format(size=m.group_size) if m.group_size else "",
        translate("ToolkitView", "from: {network}").format(network=m.source_network) if m.source_network else "",
    ) if x]
    if facts:
        parts.append("*" + " · ".join(facts) + "*")
    for title, text in ((translate("ToolkitView", "Aim"), m.aim),
                        (translate("ToolkitView", "Summary"), m.summary),
                        (translate("ToolkitView", "Steps"), m.steps),
                        (translate("ToolkitView", "Materials"), m.materials),
                        (translate("ToolkitView", "Tips"), m.tips)):
        if text:
            parts.append(f"### {title}\n\n{text}")
    parts.append("### " + translate("ToolkitView", "Where it was used"))
    if use.sessions:
        parts.append("\n".join(
            f"- {p.session_title} — {p.event_title}, {p.town}, "
            f"{format_date(p.session_start.date() if p.session_start else p.start_date)}"
            for p in use.sessions))
    else:
        parts.append(translate("ToolkitView", "Not used at a recorded session yet."))
    if use.outcomes:
        parts.append("### " + translate("ToolkitView", "Outcomes of those sessions"))
        parts.append("\n".join(f"- {' '.join(o.note.text.split())} *({o.place.session_title})*"
                               for o in use.outcomes))
    return "\n\n".join(parts)


class ToolkitFilter(QSortFilterProxyModel):
    """Every typed word must occur in the name, aim or summary (accents folded)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        use = self.sourceModel().index(source_row, 0, source_parent).data(RecordRole)
        if not isinstance(use, MethodologyUse):
            return False
        m = use.methodology
        haystack = fold(f"{m.name} {m.aim} {m.summary}")
        return all(w in haystack for w in self.words)


class ToolkitView(QWidget):
    """List and detail of the EC-NET Toolkit."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.search = QLineEdit()
        self.search.setObjectName("toolkitSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.model: RecordTableModel[MethodologyUse] = RecordTableModel(toolkit_columns(), self)
        self.proxy = ToolkitFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setObjectName("toolkitTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((190, 75, 110, 190, 50)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("toolkitDetail")
        self.seed_button = QPushButton()
        self.seed_button.setObjectName("seedToolkit")
        self.seed_button.clicked.connect(self.seed)
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.pdf_button.clicked.connect(lambda: self.save_compendium("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_compendium("xlsx"))
        self.status = QLabel()
        self.status.setObjectName("toolkitStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.seed_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def reload(self, message: str = "") -> None:
        """Read the Toolkit again; ``message`` (what was just done) replaces the count."""
        self._generation += 1
        generation = self._generation
        services = self.ctx.services
        self.ctx.runner.start(lambda _p: services.methodologies.usages(),
                              on_success=lambda uses: self._show(generation, uses, message),
                              on_error=self._failed)

    def _show(self, generation: int, uses: dict[str, MethodologyUse], message: str) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        chosen = self.selected()
        self.model.set_records(sorted(uses.values(), key=lambda u: fold(u.methodology.name)))
        self.status.setText(message or self.tr("%Ln methodology(ies)", "", len(uses)))
        if chosen is not None:
            self.select(chosen.methodology.id)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._selected()

    def _failed(self, message: str, _details: str = "") -> None:
        if shiboken6.isValid(self):
            self.status.setText(message)

    def selected(self) -> MethodologyUse | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select(self, methodology_id: str) -> bool:
        for row, use in enumerate(self.model.records()):
            if use.methodology.id == methodology_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return True
        return False

    def _selected(self) -> None:
        use = self.selected()
        self.detail.setMarkdown(method_markdown(use) if use else "")

    def seed(self) -> None:
        """Add the Toolkit's seed methodologies that this database does not hold yet."""
        services = self.ctx.services

        def done(added: int) -> None:
            if shiboken6.isValid(self):
                self.reload(self.tr("Added %Ln methodology(ies) to the Toolkit.", "", added))

        self.ctx.runner.start(lambda _p: seed_toolkit(services.methodologies),
                              on_success=done, on_error=self._failed)

    def save_compendium(self, kind: str) -> None:
        wanted = "PDF (*.pdf)" if kind == "pdf" else self.tr("Workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the EC-NET Toolkit"),
                                              f"ecnet-toolkit.{kind}", wanted)
        if path:
            start_compendium(self.ctx, "toolkit", path, self.status)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Words in the name, aim or summary"))
        self.seed_button.setText(self.tr("Add the &standard methods"))
        self.seed_button.setToolTip(self.tr(
            "Adds the participatory methods of the EC-NET Toolkit that this database does "
            "not hold yet (methods you deleted stay deleted)."))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        set_hint(self.pdf_button, self.tr("Save the toolkit as a PDF to print or share"))
        self.xlsx_button.setText(self.tr("Save as &workbook…"))
        set_hint(self.xlsx_button, self.tr("Save the toolkit as an Excel workbook"))

    def showEvent(self, event: Any) -> None:
        if not self.model.rowCount():
            self.reload()
        super().showEvent(event)
