"""The pinned Qt binding keeps Python's reference counts right (PySide6 6.12.0 on 3.11 did not).

PySide6 6.12.0 took one reference from None on every Qt call returning nothing; on Python 3.11
the app then died with "Fatal Python error: none_dealloc". This guards any upgrade of the pin.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_leave_none_refcount_alone(qapp: object) -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -10
