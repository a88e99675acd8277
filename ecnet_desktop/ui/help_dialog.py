"""Help: the keyboard shortcuts (F1) and a short page on how laptops exchange data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .record_model import Column, RecordTableModel


@dataclass(frozen=True)
class Shortcut:
    where: str
    keys: str
    what: str


def _native(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def action_shortcuts(actions: Iterable[QAction], where: str) -> list[Shortcut]:
    """The window's own actions, read from the actions themselves so the list never goes stale."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = list(dict.fromkeys(k for k in keys if k))  # Redo's two keys may be the same
        if keys:
            what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append(Shortcut(where, " / ".join(keys), what.rstrip("…").rstrip(".")))
    return rows


class HelpDialog(QDialog):
    """Two pages: keyboard shortcuts (first) and "How syncing works"."""

    SHORTCUTS_PAGE = 0
    SYNCING_PAGE = 1

    def __init__(self, parent: QWidget | None = None, actions: Iterable[QAction] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self._actions = list(actions)
        self.model: RecordTableModel[Shortcut] = RecordTableModel(self.shortcut_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.syncing = QTextBrowser(self)
        self.syncing.setObjectName("syncingPage")
        self.syncing.setOpenExternalLinks(True)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.table, "")
        self.pages.addTab(self.syncing, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(760, 540)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EC-NET Desktop Help"))
        self.pages.setTabText(self.SHORTCUTS_PAGE, self.tr("&Keyboard shortcuts"))
        self.pages.setTabText(self.SYNCING_PAGE, self.tr("How &syncing works"))
        self.model.set_records(action_shortcuts(self._actions, self.tr("Anywhere")) + self.section_shortcuts())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.syncing.setHtml(self.syncing_html())

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.pages.currentWidget().setFocus()

    def section_shortcuts(self) -> list[Shortcut]:
        """Keys that work inside sections (listed by hand: they are key handlers, not actions)."""
        desk = self.tr("Check-in desk")
        lists = self.tr("Lists")
        dialogs = self.tr("Dialogs")
        arrows = "{} / {}".format(_native("Up"), _native("Down"))
        pages = "{} / {}".format(_native("PgUp"), _native("PgDown"))
        return [
            Shortcut(desk, self.tr("Type a name or scan a badge"),
                     self.tr("Search the people of the event")),
            Shortcut(desk, _native("Return"), self.tr("Check in the selected person")),
            Shortcut(desk, arrows, self.tr("Move through the results")),
            Shortcut(desk, pages, self.tr("Move a page at a time")),
            Shortcut(desk, _native("Esc"), self.tr("Clear the search")),
            Shortcut(desk, _native("Ctrl+N"), self.tr("Register a walk-in")),
            Shortcut(desk, _native("Ctrl+Z"), self.tr("Undo the last check-in")),
            Shortcut(lists, _native("Return"), self.tr("Open the selected record")),
            Shortcut(lists, _native("Del"), self.tr("Delete the selected record (can be undone)")),
            Shortcut(lists, _native("Space"), self.tr("Tick or untick attendance in the matrix")),
            Shortcut(dialogs, _native("Return"), self.tr("Confirm (the default button)")),
            Shortcut(dialogs, _native("Esc"), self.tr("Cancel and close")),
            Shortcut(dialogs, self.tr("Alt + underlined letter"),
                     self.tr("Jump to that field or button")),
        ]

    def shortcut_columns(self) -> list[Column[Shortcut]]:
        return [
            Column(lambda: self.tr("Where"), lambda s: s.where),
            Column(lambda: self.tr("Keys"), lambda s: s.keys),
            Column(lambda: self.tr("What it does"), lambda s: s.what),
        ]

    def syncing_html(self) -> str:
        return self.tr(
            "<h2>How syncing works</h2>"
            "<p>Every laptop keeps its own database and works without a network. Laptops exchange "
            "data through <b>exchange workbooks</b> (.xlsx files) carried on a USB stick or sent "
            "by e-mail.</p>"
            "<h3>At the venue</h3>"
            "<ol><li>Register people, check them in and take notes as usual.</li>"
            "<li>At the end of the day open <b>Exchange → Export</b> and save a workbook. It holds "
            "everything this laptop knows; give it a password if it travels on a USB stick.</li>"
            "<li>Hand the workbook to the coordinator.</li></ol>"
            "<h3>At the coordinator's desk</h3>"
            "<ol><li>Open <b>Exchange → Import</b> and choose the workbooks from every laptop, in any "
            "order. Each file is checked and previewed first: new, updated, conflicting and rejected "
            "rows. Nothing changes until you press Import, and a backup is made before it.</li>"
            "<li>Export a combined workbook and import it on every laptop, so all of them hold the "
            "same data again.</li></ol>"
            "<h3>What happens to edits</h3>"
            "<ul><li>Edits of <i>different</i> fields of the same person, made on two laptops, both "
            "survive.</li>"
            "<li>Edits of the <i>same</i> field made without seeing each other are a "
            "<b>conflict</b>: one value wins the same way on every laptop, and the other is kept in "
            "<b>Exchange → Conflicts</b>, where you can restore it.</li>"
            "<li>Importing the same workbook twice changes nothing; the order of imports does not "
            "matter.</li>"
            "<li>The same person registered on two laptops shows up in <b>Exchange → Duplicates</b>; "
            "merging them travels with the next workbook.</li>"
            "<li>Deletions and GDPR erasures travel too; an old workbook cannot bring erased "
            "personal data back.</li>"
            "<li>A cell corrected by hand in Excel or LibreOffice is recognised and imported as a "
            "new edit.</li></ul>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
