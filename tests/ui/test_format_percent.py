"""Percentages follow the chosen language's digits and percent sign."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from ecnet_desktop.ui.i18n import format_percent


@pytest.fixture
def keep_locale(qapp: object) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_a_share_is_written_the_locales_way(keep_locale: None) -> None:
    QLocale.setDefault(QLocale("en"))
    assert format_percent(0.4472) == "45%"
    QLocale.setDefault(QLocale("ar_EG"))  # other digits and percent sign: proves it is localised
    assert format_percent(0.4472) == QLocale("ar_EG").toString(45) + QLocale("ar_EG").percent()
    assert format_percent(0.4472) != "45%"
