"""Tooltips and status-bar hints on buttons: what a click does, and its key if it has one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_hint(widget: QWidget, text: str) -> None:
    """The same translated sentence on hover and in the main window's status bar."""
    widget.setToolTip(text)
    widget.setStatusTip(text)
