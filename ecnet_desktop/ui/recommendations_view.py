"""The Recommendations tab: every recommendation across events, grouped by priority, with level
and addressee; similar ones suggested and linked (undoably); the compendium saved as PDF/xlsx."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Priority, RecommendationLevel
from ..domain.errors import UserError
from ..services.notes import NoteEntry, group_by_priority
from .hints import set_hint
from .i18n import enum_label, format_date, render, translate
from .note_editor import NoteEditor
from .record_model import Column, RecordTableModel, SortRole
from .undo import push

Row = tuple[Priority | None, NoteEntry]
_ORDER = {p: n for n, p in enumerate(Priority)}



def _priority(priority: Priority | None) -> str:
    return enum_label(priority) if priority is not None else translate("RecommendationsView", "(no priority)")


def _level(value: str | None) -> str:
    try:
        return enum_label(RecommendationLevel(value)) if value else ""
    except ValueError:
        return value or ""


def recommendation_columns() -> list[Column[Row]]:
    return [
        Column(lambda: translate("RecommendationsView", "Priority"), lambda r: _priority(r[0]),
               sort=lambda r: f"{_ORDER.get(r[0], 99) if r[0] else 99:02d} "
                              f"{r[1].place.start_date.isoformat()}"),
        Column(lambda: translate("RecommendationsView", "Recommendation"), lambda r: r[1].note.heading),
        Column(lambda: translate("RecommendationsView", "Level"), lambda r: _level(r[1].note.level)),
        Column(lambda: translate("RecommendationsView", "Addressed to"), lambda r: r[1].note.addressee),
        Column(lambda: translate("RecommendationsView", "Event"), lambda r: r[1].place.event_title),
        Column(lambda: translate("RecommendationsView", "Date"), lambda r: format_date(r[1].place.start_date),
               sort=lambda r: r[1].place.start_date.isoformat()),
        Column(lambda: translate("RecommendationsView", "Linked"), lambda r: str(len(r[1].note.related) or ""),
               sort=lambda r: len(r[1].note.related), align_right=True),
        Column(lambda: translate("RecommendationsView", "Publishable"),
               lambda r: translate("RecommendationsView", "yes") if r[1].note.publishable
               else ""),
    ]


class RecommendationsView(QWidget):
    """Recommendations grouped by priority; the selected one's text, links and look-alikes."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self._generation = 0
        self._similar_generation = 0
        self._entries: dict[str, NoteEntry] = {}
        self.model: RecordTableModel[Row] = RecordTableModel(recommendation_columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("recommendationsTable")
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
        for column, width in enumerate((130, 280, 110, 170, 200, 95, 55)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.publishable_only = QCheckBox()
        self.publishable_only.toggled.connect(lambda _c: self.reload())
        self.detail = QTextBrowser()
        self.detail.setObjectName("recommendationDetail")
        self.linked_label, self.similar_label = QLabel(), QLabel()
        self.linked = QListWidget()
        self.linked.setObjectName("linkedRecommendations")
        self.similar = QListWidget()
        self.similar.setObjectName("similarRecommendations")
        self.linked_label.setBuddy(self.linked)
        self.similar_label.setBuddy(self.similar)
        self.link_button, self.unlink_button = QPushButton(), QPushButton()
        self.link_button.setObjectName("linkRecommendation")
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.pdf_button.clicked.connect(lambda: self.save_compendium("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_compendium("xlsx"))
        self.status = QLabel()
        self.status.setObjectName("recommendationsStatus")
        self.status.setWordWrap(True)

        side = QWidget()
        panel = QVBoxLayout(side)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.detail, 2)
        panel.addWidget(self.linked_label)
        panel.addWidget(self.linked, 1)
        panel.addWidget(self.unlink_button)
        panel.addWidget(self.similar_label)
        panel.addWidget(self.similar, 1)
        panel.addWidget(self.link_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([700, 380])
        top = QHBoxLayout()
        top.addWidget(self.publishable_only)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._selected()

    def set_current_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        services = self.ctx.services
        only = self.publishable_only.isChecked()
        self.ctx.runner.start(
            lambda _p: services.notes.recommendations(publishable_only=only),
            on_success=lambda rows: self._show(generation, rows), on_error=self._failed)

    def _show(self, generation: int, entries: list[NoteEntry]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        chosen = self.selected()
        self._entries = {e.note.id: e for e in entries}
        rows = [(p, e) for p, items in group_by_priority(entries) for e in items]
        self.model.set_records(rows)
        self.status.setText(self.tr("%Ln recommendation(s)", "", len(entries)))
        if chosen is not None:
            self.select(chosen.note.id)
        self._selected()

    def _failed(self, message: str, _details: str = "") -> None:
        if shiboken6.isValid(self):
            self.status.setText(message)

    def selected(self) -> NoteEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())[1]

    def select(self, note_id: str) -> bool:
        for row, (_p, entry) in enumerate(self.model.records()):
            if entry.note.id == note_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return True
        return False

    def _selected(self) -> None:
        entry = self.selected()
        self.linked.clear()
        self.similar.clear()
        self.link_button.setEnabled(False)
        self.unlink_button.setEnabled(False)
        if entry is None:
            self.detail.setMarkdown("")
            return
        note, place = entry.note, entry.place
        facts = " · ".join(x for x in (_level(note.level), note.addressee) if x)
        where = place.event_title + (f" — {place.session_title}" if place.session_title else "")
        self.detail.setMarkdown(f"### {note.heading}\n\n*{facts}*\n\n{note.text}\n\n"
                                f"*{where}, {place.town}*")
        for other_id in note.related:
            other = self._entries.get(other_id)
            item = QListWidgetItem(self._line(other) if other else other_id)
            item.setData(Qt.ItemDataRole.UserRole, other_id)
            self.linked.addItem(item)
        self.unlink_button.setEnabled(bool(note.related))
        if note.related:
            self.linked.setCurrentRow(0)
        # Comparing with every recommendation takes a while on a big database.
        self._similar_generation += 1
        generation, services = self._similar_generation, self.ctx.services
        self.ctx.runner.start(lambda _p: services.notes.similar(note.id),
                              on_success=lambda found: self._show_similar(generation, found),
                              on_error=self._failed)

    def _show_similar(self, generation: int, found: list[NoteEntry]) -> None:
        if not shiboken6.isValid(self) or generation != self._similar_generation:
            return
        self.similar.clear()
        for similar in found:
            item = QListWidgetItem(self._line(similar))
            item.setData(Qt.ItemDataRole.UserRole, similar.note.id)
            self.similar.addItem(item)
        if self.similar.count():
            self.similar.setCurrentRow(0)
            self.link_button.setEnabled(True)

    @staticmethod
    def _line(entry: NoteEntry) -> str:
        return f"{entry.note.heading} — {entry.place.event_title}"

    def link_selected(self) -> None:
        self._relink(self.similar, link=True)

    def unlink_selected(self) -> None:
        self._relink(self.linked, link=False)

    def _relink(self, source: QListWidget, *, link: bool) -> None:
        entry = self.selected()
        item = source.currentItem()
        if entry is None or item is None:
            return
        notes = self.ctx.services.notes
        a, b = entry.note.id, str(item.data(Qt.ItemDataRole.UserRole))
        do, undo = (notes.link, notes.unlink) if link else (notes.unlink, notes.link)
        text = self.tr("Link recommendations") if link else self.tr("Unlink recommendations")
        try:
            push(self.ctx.undo_stack, text, lambda: do(a, b), lambda _r: undo(a, b))
        except UserError as exc:
            self.status.setText(render(exc.message))
            return
        self.reload()

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        editor = NoteEditor(self.ctx, event_id=entry.place.event_id, note=entry.note, parent=self)
        editor.saved.connect(lambda _n: self.reload() if shiboken6.isValid(self) else None)
        editor.show()

    def save_compendium(self, kind: str) -> None:
        """Ask where, then write the Recommendations compendium off the GUI thread."""
        wanted = "PDF (*.pdf)" if kind == "pdf" else self.tr("Workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the EC-NET Recommendations"),
            f"ecnet-recommendations.{kind}", wanted)
        if path:
            self.write_compendium(path)

    def write_compendium(self, path: str) -> None:
        from .toolkit_printing import start_compendium

        start_compendium(self.ctx, "recommendations", path, self.status)

    def retranslate(self) -> None:
        self.publishable_only.setText(self.tr("Only &publishable"))
        set_hint(self.publishable_only, self.tr(
            "Show only the recommendations marked as ready to publish"))
        self.linked_label.setText(self.tr("&Linked to:"))
        self.similar_label.setText(self.tr("&Similar, not linked yet:"))
        self.link_button.setText(self.tr("Lin&k"))
        set_hint(self.link_button, self.tr("Link the selected recommendation to another note"))
        self.unlink_button.setText(self.tr("&Unlink"))
        set_hint(self.unlink_button, self.tr("Remove the selected link"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        set_hint(self.pdf_button, self.tr(
            "Save the recommendations shown as a PDF to print or share"))
        self.xlsx_button.setText(self.tr("Save as &workbook…"))
        set_hint(self.xlsx_button, self.tr("Save the recommendations shown as an Excel workbook"))
