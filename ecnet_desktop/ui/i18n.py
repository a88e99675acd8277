"""Translation in the UI: render messages from lower layers, load and switch translators."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from ..domain.enums import LabelledEnum
from ..domain.i18n import Message
from ..paths import resource_path


def render(message: Message) -> str:
    """A message from below the UI, translated in its context and then formatted."""
    return message.render(QCoreApplication.translate)


def enum_label(member: LabelledEnum) -> str:
    return QCoreApplication.translate("enum", member.label)


def format_date(day: dt.date, *, long: bool = False, weekday: bool = False) -> str:
    """A date as the chosen language writes it (short: "12 May 2021"; with the weekday)."""
    qdate = QDate(day.year, day.month, day.day)
    if long:
        return QLocale().toString(qdate, QLocale.FormatType.LongFormat)
    # Month names, not numbers: "05/06/21" means different days in different countries.
    return QLocale().toString(qdate, "ddd d MMM yyyy" if weekday else "d MMM yyyy")


def format_time(moment: dt.time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def translations_dir() -> str:
    return str(resource_path().parent / "translations")


class Translators:
    """Holds the app's and Qt's translators so switching language replaces both."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def apply(self, language: str | None) -> str:
        """Install translations for ``language`` (None: the system's); returns the code used."""
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        locale = QLocale(language) if language else QLocale.system()
        code = locale.name().split("_")[0]
        if code != "en":
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
