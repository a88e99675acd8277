"""Undo and redo of edits made through services (QUndoStack; Ctrl+Z, Ctrl+Shift+Z).

An undoable edit is a pair of callables that each run one service call: undoing a change is
itself a change that is stamped and travels to other laptops, never a rollback of history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


class ServiceCommand(QUndoCommand):
    """Holds the result of an edit already done; redo() repeats it, undo() reverses it."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None],
                 result: Any) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self.result = result
        self._skip_first_redo = True

    def redo(self) -> None:
        # QUndoStack.push() calls redo(); the edit has already run (so its validation error
        # could reach the form), so only later redos repeat it.
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.result = self._do()

    def undo(self) -> None:
        self._undo(self.result)


def push(stack: QUndoStack, text: str, do: Callable[[], Any],
         undo: Callable[[Any], None]) -> Any:
    """Run ``do`` now (its UserError propagates and nothing is pushed), then make it undoable."""
    result = do()
    stack.push(ServiceCommand(text, do, undo, result))
    return result
