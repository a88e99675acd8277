"""Erasing people (GDPR): a confirmation that says what goes and what stays, then the erasure
in the background with progress and Cancel; and the person actions of the People page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import Progress
from ..domain.records import PersonRecord
from ..services.erasure import ErasureResult
from .tasks import ProgressRunner, if_alive

if TYPE_CHECKING:
    from ..app import AppContext

MAX_NAMES = 12


class EraseDialog(QDialog):
    """Asks once, clearly: erasure cannot be undone. ``erased`` fires with the result (None
    when Cancel stopped a bulk erasure part-way)."""

    erased = Signal(object)

    def __init__(self, ctx: AppContext, people: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people = list(people)  # (id, name)
        self.result_erasure: ErasureResult | None = None
        self.setWindowTitle(self.tr("Erase personal data"))
        names = [name or self.tr("(no name)") for _id, name in self.people[:MAX_NAMES]]
        if len(self.people) > MAX_NAMES:
            names.append(self.tr("… and %Ln more", "", len(self.people) - MAX_NAMES))
        who = QLabel(self.tr("Erase every personal detail of %Ln people:", "",
                            len(self.people)) if len(self.people) != 1 else
            self.tr("Erase every personal detail of {name}?").format(name=names[0]))
        who.setWordWrap(True)
        listing = QLabel("\n".join(names) if len(self.people) != 1 else "")
        listing.setVisible(len(self.people) != 1)
        what = QLabel(self.tr(
            "<p><b>Removed for good:</b> name, e-mail, phone, town, organisation, gender, "
            "birth year and consents; their name on notes and interviews; their data in the "
            "backups beside the database.</p>"
            "<p><b>Kept, without a name:</b> country, category, registrations and attendance, "
            "so the project's figures stay right.</p>"
            "<p>The erasure travels to the other laptops with the next exchange workbook; "
            "an older workbook cannot bring the data back. It cannot be undone.</p>"))
        what.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I &understand that this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("&Erase"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (who, listing, what, self.understood, self.buttons):
            layout.addWidget(widget)
        # Cancel is the default (set once inside the dialog): Enter alone never erases anybody.
        self.erase_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.resize(520, self.sizeHint().height())
        self.understood.setFocus()

    def start(self) -> None:
        """Erase in the background: a progress dialog with Cancel for many people."""
        if not self.understood.isChecked():
            return
        self.erase_button.setEnabled(False)
        ids = [pid for pid, _name in self.people]
        erasure = self.ctx.services.erasure
        runner = ProgressRunner(self.ctx.runner, self, self.tr("Erasing personal data…"))

        def work(progress: Progress) -> ErasureResult:
            return erasure.erase_many(ids, progress=progress)

        runner.start(work, if_alive(self, self._done), if_alive(self, self._failed),
                     if_alive(self, self._cancelled))

    def _done(self, result: ErasureResult) -> None:
        self.result_erasure = result
        # Undo steps recorded before may hold the erased values: they must never come back.
        self.ctx.undo_stack.clear()
        self.erased.emit(result)
        self.accept()

    def _cancelled(self) -> None:
        # People erased before Cancel stay erased (each erasure is complete on its own).
        self.ctx.undo_stack.clear()
        self.erased.emit(None)
        self.reject()

    def _failed(self, message: str, _details: str) -> None:
        self.erase_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Erase personal data"), message)


class PersonPrivacyActions(QWidget):
    """The People page's "Erase…" and "Export everything…" buttons for the chosen person."""

    def __init__(self, ctx: AppContext, selected: Callable[[], list[PersonRecord]],
                 after_erasure: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected = selected
        self.after_erasure = after_erasure
        self.dialog: QDialog | None = None
        self.erase_button = QPushButton(self.tr("Er&ase…"))
        self.erase_button.setToolTip(self.tr("GDPR erasure: remove this person's personal data"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.access_button = QPushButton(self.tr("E&xport everything about them…"))
        self.access_button.setToolTip(self.tr("Answer a subject access request: everything "
                                              "held about this person, as xlsx or PDF"))
        self.access_button.clicked.connect(self.export_selected)
        self.hide()  # only a holder: the buttons sit in the page's button row

    def update_buttons(self, chosen: int) -> None:
        one = chosen == 1
        self.erase_button.setEnabled(chosen >= 1)
        self.access_button.setEnabled(one)

    def erase_selected(self) -> None:
        people = self.selected()
        if not people:
            return
        dialog = EraseDialog(self.ctx, [(p.id, p.full_name) for p in people], self.window())
        dialog.erased.connect(lambda _r: self.after_erasure())
        self.dialog = dialog
        dialog.open()

    def export_selected(self) -> None:
        from .subject_access_dialog import SubjectAccessDialog

        people = self.selected()
        if len(people) != 1:
            return
        self.dialog = SubjectAccessDialog(self.ctx, people[0], self.window())
        self.dialog.open()
