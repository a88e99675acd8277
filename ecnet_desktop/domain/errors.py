"""Errors a person can act on (bad input, missing records), carrying translatable messages."""

from __future__ import annotations

from .i18n import Message


class UserError(Exception):
    """A mistake a person made or can fix; shown as one translated line, never a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class ValidationError(UserError):
    """One or more fields of an input are invalid; ``field`` names the first bad one."""

    def __init__(self, field: str, message: Message) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(UserError):
    """A record asked for by id does not exist (or was deleted)."""


class Cancelled(Exception):
    """Raised inside long work when the person pressed Cancel; nothing is committed."""
