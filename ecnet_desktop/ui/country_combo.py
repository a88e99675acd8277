"""A country picker with names in the interface language, found by typing any name or code."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..domain import countries
from ..domain.text import fold
from .i18n import collation_key

CodeRole = Qt.ItemDataRole.UserRole + 1  # the ISO 3166-1 alpha-2 code ("" for none)
SearchRole = Qt.ItemDataRole.UserRole + 2  # every name and code the item is found by


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    """pycountry's translations of country names (Debian iso-codes), or none."""
    wanted = [language, language.split("_")[0]]
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=wanted,
                               fallback=True)


def _language() -> str:
    name = QLocale().name()
    return "en" if name in ("C", "") or name.startswith("en") else name


def localised_name(code: str, language: str | None = None) -> str:
    """The country's name in ``language`` (default: the interface's), else in English."""
    english = countries.name(code)
    language = language or _language()
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None or language == "en":
        return english
    catalogue = _catalogue(language)
    # Prefer the short common name ("Bolivia") where it is translated, then the name.
    for source in (getattr(country, "common_name", None), country.name):
        if source:
            translated = catalogue.gettext(source)
            if translated != source or source == english:
                return str(translated)
    return english


def _search_text(code: str, shown: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    english = countries.name(code)
    words = [shown, english, code, getattr(country, "alpha_3", ""), fold(shown), fold(english)]
    return " ".join(w for w in words if w)


class _AnyPartCompleter(QCompleter):
    """Matches the typed text anywhere in the search text, but inserts the shown name."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryCombo(QComboBox):
    """Editable: typing "Hrv", "Croatia", "Hrvatska" or "HR" offers Croatia."""

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.countries = QStandardItemModel(self)
        self.setModel(self.countries)
        completer = _AnyPartCompleter(self.countries, self)
        completer.setCompletionRole(SearchRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self._fill()

    def _fill(self) -> None:
        language = _language()
        by_name = collation_key()
        names = sorted(((localised_name(c, language), c) for c in countries.all_codes()),
                       key=lambda pair: by_name(pair[0]))
        self.countries.clear()
        if self.allow_empty:
            empty = QStandardItem("")
            empty.setData("", CodeRole)
            empty.setData("", SearchRole)
            self.countries.appendRow(empty)
        for shown, code in names:
            item = QStandardItem(shown)
            item.setData(code, CodeRole)
            item.setData(_search_text(code, shown), SearchRole)
            item.setToolTip(code)
            self.countries.appendRow(item)

    def code(self) -> str:
        """The chosen country's ISO code; "" when empty. Text that names no country is
        returned as typed, so the service's validation can say what is wrong with it."""
        text = " ".join(self.currentText().split())
        if not text:
            return ""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return str(self.itemData(index, CodeRole) or "")
        typed = fold(text)
        for row in range(self.count()):
            if fold(self.itemText(row)) == typed:
                return str(self.itemData(row, CodeRole) or "")
        return countries.lookup(text) or text

    def set_code(self, code: str) -> None:
        row = self.findData(code.upper(), CodeRole) if code else -1
        if row >= 0:
            self.setCurrentIndex(row)
        elif code:
            self.setCurrentIndex(-1)
            self.setEditText(code)  # a code from a newer list: shown as stored
        else:
            self.setCurrentIndex(0 if self.allow_empty else -1)
            self.setEditText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Translators are installed before the default locale changes: rename later.
            QTimer.singleShot(0, self, self._relocalise)
        super().changeEvent(event)

    def _relocalise(self) -> None:
        """Rename every country in the interface language, keeping the choice."""
        code = self.code()
        self._fill()
        self.set_code(code)
