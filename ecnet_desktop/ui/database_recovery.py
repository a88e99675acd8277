"""A damaged database at start-up: say so, offer the latest good backup, restore it on request."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.restore import BackupInfo, DatabaseCorrupt, RestoreResult, backups, restore_backup
from .i18n import format_date, format_time, render, translate

if TYPE_CHECKING:
    from ..app import AppContext

PathRole = Qt.ItemDataRole.UserRole + 1


class RecoveryDialog(QDialog):
    """Lists the backups of ``database`` (the recommended one selected) and restores one."""

    def __init__(self, database: Path, intro: str, recommended: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = Path(database)
        self.result_: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore the database from a backup"))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setMinimumHeight(160)
        found = backups(self.database)
        for info in found:
            item = QListWidgetItem(self._describe(info, info.path == recommended))
            item.setData(PathRole, str(info.path))
            self.list.addItem(item)
            if info.path == recommended:
                self.list.setCurrentItem(item)
        choose = QLabel(self.tr("&Backups (newest first):"))
        choose.setBuddy(self.list)
        self.note = QLabel(self.tr("The current file is not deleted: it is renamed and kept "
                                   "beside the database."))
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore selected backup"))
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        for widget in (self.intro, choose, self.list, self.note, self.error, self.buttons):
            layout.addWidget(widget)
        if not found:
            self.list.hide()
            choose.hide()
            self.note.setText(self.tr("There are no backups of this database in {folder}.")
                              .format(folder=str(self.database.parent / "backups")))
        self._update()
        self.resize(640, 380)

    def _describe(self, info: BackupInfo, recommended: bool) -> str:
        when = f"{format_date(info.taken_at.date(), weekday=True)} {format_time(info.taken_at.time())}"
        reasons = {"pre-import": self.tr("before an import"),
                   "pre-migrate": self.tr("before an update of the app"),
                   "pre-register": self.tr("before adding a list of people")}
        text = self.tr("{when} — {why} ({size} kB)").format(
            when=when, why=reasons.get(info.reason, info.reason), size=max(info.size // 1024, 1))
        return self.tr("{backup} — latest good backup").format(backup=text) if recommended else text

    def _update(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PathRole)) if item is not None else None

    def restore(self) -> None:
        """Restore the selected backup; on failure show why and stay open."""
        chosen = self.selected()
        if chosen is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_ = restore_backup(self.database, chosen)
        except UserError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def recover_or_raise(parent: QWidget | None, path: Path | None, exc: Exception) -> bool:
    """Offer the latest good backup for a damaged database; True when one was restored.

    Call it where opening the database failed: anything but a DatabaseCorrupt is raised
    again. False means the person chose not to restore (or there was nothing to restore).
    """
    if not isinstance(exc, DatabaseCorrupt):
        raise exc
    database = path or exc.path
    if database is None:
        raise exc
    intro = render(exc.message) + "\n\n" + (
        translate("RecoveryDialog", "Restore the selected backup to go on working; changes made after it "
                   "was taken are not in it.") if exc.backup is not None else
        translate("RecoveryDialog", "Without a backup the database cannot be repaired by the app."))
    dialog = RecoveryDialog(Path(database), intro, exc.backup, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return False
    _tell_restored(parent, dialog.result_)
    return True


def restore_from_app(parent: QWidget | None, ctx: AppContext) -> bool:
    """The "Restore from backup…" command: close the database, restore, open it again."""
    database = ctx.services.database.path
    if database is None:
        QMessageBox.information(parent, translate("RecoveryDialog", "Restore from backup"), translate("RecoveryDialog",
            "A database on a server is backed up and restored by the server's administrator."))
        return False
    intro = translate("RecoveryDialog", "Replace the database {path} with one of its backups. Changes made "
                       "after the backup was taken are not in it.").format(path=str(database))
    good = [info.path for info in backups(database)]
    dialog = RecoveryDialog(database, intro, good[0] if good else None, parent)
    # Shown before closing: cancelling must leave the open database untouched.
    dialog.restore_button.clicked.disconnect()
    dialog.restore_button.clicked.connect(lambda: _close_then_restore(dialog, ctx))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return False
    _tell_restored(parent, dialog.result_)
    return True


def _close_then_restore(dialog: RecoveryDialog, ctx: AppContext) -> None:
    database = dialog.database
    ctx.runner.cancel_all()
    ctx.runner.wait()
    ctx.services.close()
    dialog.restore()
    # Reopen whatever is there now: the restored backup, or the untouched original.
    ctx.switch_database(database)


def _tell_restored(parent: QWidget | None, result: RestoreResult) -> None:
    text = translate("RecoveryDialog", "The database was restored from {backup}.").format(
        backup=result.restored_from.name)
    if result.kept_aside is not None:
        text += "\n" + translate("RecoveryDialog", "The replaced file was kept as {aside}.").format(
            aside=str(result.kept_aside))
    QMessageBox.information(parent, translate("RecoveryDialog", "Database restored"), text)
