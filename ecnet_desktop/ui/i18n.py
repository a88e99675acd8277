"""Translation in the UI: render messages from lower layers, load and switch translators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtWidgets import QSpinBox

from ..domain.enums import LabelledEnum
from ..domain.i18n import Message
from ..paths import resource_path


def render(message: Message) -> str:
    """A message from below the UI, translated in its context and then formatted."""
    return message.render(QCoreApplication.translate)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name lupdate also looks for (module-level columns)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def enum_label(member: LabelledEnum) -> str:
    return QCoreApplication.translate("enum", member.label)


def collation_key() -> Callable[[str], Any]:
    """A sort key for names in the chosen language's alphabetical order (QCollator).

    Čačak sorts after Cuneo in Croatian and with it in Italian; case and accents are secondary.
    """
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return cmp_to_key(collator.compare)


def sort_language() -> str:
    """The chosen language's code ("hr") for name orders made below the UI: the People list
    read page by page from the database, printed lists (domain/collation.py)."""
    return QLocale().name().split("_")[0]


def format_date(day: dt.date, *, long: bool = False, weekday: bool = False) -> str:
    """A date as the chosen language writes it (short: "12 May 2021"; with the weekday)."""
    qdate = QDate(day.year, day.month, day.day)
    if long:
        return QLocale().toString(qdate, QLocale.FormatType.LongFormat)
    # Month names, not numbers: "05/06/21" means different days in different countries.
    return QLocale().toString(qdate, "ddd d MMM yyyy" if weekday else "d MMM yyyy")


def format_time(moment: dt.time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_percent(share: float) -> str:
    """A share as a whole percentage with the chosen language's digits and percent sign."""
    locale = QLocale()
    return locale.toString(round(share * 100)) + locale.percent()


def follow_count(spin: QSpinBox, text: Callable[[int], str]) -> None:
    """Show a spin box's unit as the whole plural phrase ("%Ln years") split around the number.

    ``text`` is ``lambda n: self.tr("%Ln years", "", n)`` at the call site (so lupdate sees it);
    the words before and after the number become the prefix and suffix, in every language.
    """
    def update(value: int) -> None:
        phrase = getattr(spin, "_count_phrase", text)
        # %Ln writes the number as the language does, like the spin box itself.
        before, number, after = phrase(value).partition(QLocale().toString(value))
        spin.setPrefix(before if number else "")
        spin.setSuffix(after if number else " " + phrase(value))

    # Called again on a language change: replace the phrase, connect only once.
    if not hasattr(spin, "_count_phrase"):
        spin.valueChanged.connect(update)
    spin._count_phrase = text  # type: ignore[attr-defined]
    update(spin.value())


def translations_dir() -> str:
    return str(resource_path().parent / "translations")


_ENGLISH: list[QTranslator] = []  # the one English plural translator, once per application


def install_english_plurals() -> None:
    """English plural forms ("1 person" for "%Ln people"): installed first and kept, so every
    other language's translator, installed later, takes precedence over it."""
    app = QCoreApplication.instance()
    if app is None or _ENGLISH:
        return
    english = QTranslator(app)
    if english.load("ecnet_en", translations_dir()):
        app.installTranslator(english)
        _ENGLISH.append(english)


class Translators:
    """Holds the app's and Qt's translators so switching language replaces both."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        install_english_plurals()

    def apply(self, language: str | None) -> str:
        """Install translations for ``language`` (None: the system's); returns the code used."""
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        locale = QLocale(language) if language else QLocale.system()
        code = locale.name().split("_")[0]
        if code not in ("en", "C"):
            ours = QTranslator(app)
            if ours.load(locale, "ecnet", "_", translations_dir()):
                app.installTranslator(ours)
                self._installed.append(ours)
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(locale, "qtbase", "_", qt_dir):
                app.installTranslator(qt)
                self._installed.append(qt)
        QLocale.setDefault(locale)
        return code
