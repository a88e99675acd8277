"""Undo and redo of edits made through services (QUndoStack; Ctrl+Z, Ctrl+Shift+Z).

An undoable edit is a pair of callables that each run one service call: undoing a change is
itself a change that is stamped and travels to other laptops, never a rollback of history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import UserError
from .i18n import render


class UndoStack(QUndoStack):
    """A QUndoStack that reports an undo or redo the services refused (e.g. old event dates
    that no longer hold sessions added since) instead of letting the error escape."""

    refused = Signal(str)


class ServiceCommand(QUndoCommand):
    """Holds the result of an edit already done; redo() repeats it, undo() reverses it."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None],
                 result: Any) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self.result = result
        self._skip_first_redo = True
        self._stack: UndoStack | None = None

    def redo(self) -> None:
        # QUndoStack.push() calls redo(); the edit has already run (so its validation error
        # could reach the form), so only later redos repeat it.
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        try:
            self.result = self._do()
        except UserError as exc:
            self._refuse(exc)

    def undo(self) -> None:
        try:
            self._undo(self.result)
        except UserError as exc:
            self._refuse(exc)

    def _refuse(self, exc: UserError) -> None:
        # The data did not change, so this step can no longer be undone or redone in order:
        # mark it obsolete (Qt drops it) and tell the person why.
        self.setObsolete(True)
        stack = self._stack
        if stack is not None:
            stack.refused.emit(render(exc.message))


def push(stack: QUndoStack, text: str, do: Callable[[], Any],
         undo: Callable[[Any], None]) -> Any:
    """Run ``do`` now (its UserError propagates and nothing is pushed), then make it undoable."""
    result = do()
    command = ServiceCommand(text, do, undo, result)
    if isinstance(stack, UndoStack):
        command._stack = stack
    stack.push(command)
    return result
