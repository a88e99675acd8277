"""The person form: every field of a person, consents, an organisation picker that can create
one, and a warning about possible duplicates shown while the name or e-mail is typed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Gender, PersonCategory
from ..domain.errors import UserError, ValidationError
from ..domain.records import OrganisationRecord, PersonRecord
from ..domain.text import clean, fold
from ..services.duplicates import DuplicateCandidate
from ..services.people import PERSON_DEFAULTS
from .country_combo import CountryCombo
from .event_form import ErrorLabel, FieldErrors, date_edit, from_qdate, to_qdate
from .i18n import enum_label
from .tasks import if_alive
from .tones import text_style, warning_style
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

CONSENT_TEXT_VERSION = "2020-1"  # the consent wording people sign in this release
DUPLICATE_CHECK_MS = 300
SearchRole = Qt.ItemDataRole.UserRole + 1


class ConsentRow:
    """One consent: ticked or not, the date, the wording's version and who recorded it."""

    def __init__(self, label: str, device_name: str) -> None:
        self.device_name = device_name
        # The newest stored wording of this consent (People → Privacy → Consent texts).
        self.current_version = CONSENT_TEXT_VERSION
        self.box = QCheckBox(label)
        self.date = date_edit()
        self.date.setDate(QDate.currentDate())
        self.version = QLineEdit()
        self.version.setMaximumWidth(90)
        self.by = QLineEdit()
        self._original: dt.datetime | None = None
        self.box.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        for widget in (self.date, self.version, self.by):
            widget.setEnabled(on)
        if not on:
            self.version.clear()
            self.by.clear()
        elif not self.version.text():
            # Ticking records consent now, to the wording people are shown today.
            self.date.setDate(QDate.currentDate())
            self.version.setText(self.current_version)
            self.by.setText(self.device_name)

    def set_value(self, at: dt.datetime | None, version: str, by: str) -> None:
        self._original = at
        self.version.setText(version if at else "")
        self.by.setText(by if at else "")
        if at:
            self.date.setDate(to_qdate(at.date()))
        self.box.setChecked(at is not None)

    def value(self) -> tuple[dt.datetime | None, str, str]:
        if not self.box.isChecked():
            return None, "", ""
        day = from_qdate(self.date.date())
        original = self._original
        # Keep the recorded time when the day is unchanged, so an edit elsewhere stays put.
        at = original if original and original.date() == day else dt.datetime.combine(
            day, dt.datetime.now().time().replace(microsecond=0)
            if day == dt.date.today() else dt.time())
        return at, self.version.text(), self.by.text()


class _AnyPartCompleter(QCompleter):
    """Matches typed text anywhere (diacritics folded) but inserts the organisation's name."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


@dataclass(frozen=True)
class SavedPerson:
    """The saved person and the organisation created on the way (undo removes it too)."""

    person: PersonRecord
    created_organisation_id: str | None


def _save(ctx: AppContext, person_id: str | None, values: dict[str, Any],
          new_organisation: str) -> SavedPerson:
    """Create or update, creating the typed organisation first when it is new."""
    organisations, people = ctx.services.organisations, ctx.services.people
    created = None
    if new_organisation:
        try:
            org = organisations.create(name=new_organisation, town=values["town"],
                                       country=values["country"])
        except ValidationError as exc:
            field = "organisation_id" if exc.field in ("name", "type") else exc.field
            raise ValidationError(field, exc.message) from None
        created = org.id
        values = values | {"organisation_id": org.id}
    try:
        person = (people.create(**values) if person_id is None
                  else people.update(person_id, **values))
    except UserError:
        if created:
            organisations.delete(created)  # the person was refused: no orphan organisation
        raise
    return SavedPerson(person, created)


def create_person(ctx: AppContext, values: dict[str, Any], new_organisation: str,
                  text: str) -> PersonRecord:
    """Create as one undoable edit; undo deletes the person (and a new organisation)."""
    done: list[SavedPerson] = []

    def do() -> SavedPerson:
        if done:
            # Redo revives the same records, so later steps on the undo stack still apply.
            ctx.services.people.restore(done[0].person.id)
            if done[0].created_organisation_id:
                ctx.services.organisations.restore(done[0].created_organisation_id)
            return done[0]
        done[:] = [_save(ctx, None, values, new_organisation)]
        return done[0]

    def undo(saved: SavedPerson) -> None:
        ctx.services.people.delete(saved.person.id)
        if saved.created_organisation_id:
            ctx.services.organisations.delete(saved.created_organisation_id)

    saved: SavedPerson = push(ctx.undo_stack, text, do, undo)
    return saved.person


def update_person(ctx: AppContext, person: PersonRecord, values: dict[str, Any],
                  new_organisation: str, text: str) -> PersonRecord:
    """Update as one undoable edit; undo writes the old values back (a new, stamped edit)."""
    before = {key: getattr(person, key) for key in PERSON_DEFAULTS}

    def undo(saved: SavedPerson) -> None:
        ctx.services.people.update(person.id, **before)
        if saved.created_organisation_id:
            ctx.services.organisations.delete(saved.created_organisation_id)

    saved: SavedPerson = push(ctx.undo_stack, text,
                              lambda: _save(ctx, person.id, values, new_organisation), undo)
    return saved.person


def delete_person(ctx: AppContext, person: PersonRecord, text: str) -> None:
    """Delete (tombstone) a person as an undoable edit; undo revives the same record, so
    registrations and attendance stay linked."""
    people = ctx.services.people

    def undo(_result: None) -> None:
        people.restore(person.id)

    push(ctx.undo_stack, text, lambda: people.delete(person.id), undo)


def duplicate_warning(candidates: list[DuplicateCandidate]) -> str:
    """"Possibly the same person as: Ivana Đurđević (Grad Šibenik) — same e-mail"."""
    if not candidates:
        return ""
    translate = QCoreApplication.translate  # named so that pyside6-lupdate finds the calls
    parts = []
    for c in candidates:
        where = c.person.organisation_name or c.person.town
        reason = translate(c.reason.context, str(c.reason))
        parts.append(translate("PersonDialog", "{name} ({where}) — {reason}").format(
            name=c.person.full_name, where=where, reason=reason) if where else
            translate("PersonDialog", "{name} — {reason}").format(name=c.person.full_name,
                                                           reason=reason))
    return translate("PersonDialog", "Possibly the same person as: {people}").format(
        people="; ".join(parts))


class PersonDialog(QDialog):
    """New person (``person`` None) or edit of one; ``saved`` holds the result once accepted."""

    def __init__(self, ctx: AppContext, person: PersonRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: PersonRecord | None = None
        self._check_generation = 0
        self._organisations: dict[str, OrganisationRecord] = {}
        self.setWindowTitle(self.tr("New person") if person is None else self.tr("Edit person"))
        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(warning_style())
        self.duplicates.hide()
        self.given_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.town_edit = QLineEdit()
        self.country_combo = CountryCombo(self)
        self.organisation_combo = self._organisation_picker()
        self.organisation_hint = QLabel()
        self.organisation_hint.setStyleSheet(text_style("secondary"))
        self.organisation_hint.hide()
        self.category_combo = QComboBox()
        for category in PersonCategory:
            self.category_combo.addItem(enum_label(category), category.value)
        self.gender_combo = QComboBox()
        self.gender_combo.addItem("—", "")
        for gender in Gender:
            self.gender_combo.addItem(enum_label(gender), gender.value)
        self.birth_year_edit = QLineEdit()
        self.birth_year_edit.setMaxLength(4)
        self.birth_year_edit.setMaximumWidth(80)
        device = ctx.services.replica.device_name()
        self.consents = {
            "processing": ConsentRow(self.tr("Data &processing"), device),
            "photos": ConsentRow(self.tr("P&hotos"), device),
            "lists": ConsentRow(self.tr("Appearing on &lists"), device),
        }
        for key, row in self.consents.items():
            row.current_version = ctx.services.consents.current_version(key)
        self.errors = FieldErrors(ErrorLabel())
        self._build_layout()
        self._fill(person)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(DUPLICATE_CHECK_MS)
        self.check_timer.timeout.connect(self.check_duplicates)
        for edit in (self.given_edit, self.family_edit, self.email_edit):
            edit.textEdited.connect(lambda _t: self.check_timer.start())
        self.organisation_combo.editTextChanged.connect(self._organisation_typed)
        self.given_edit.setFocus()
        self._load_organisations()

    def _build_layout(self) -> None:
        form = QFormLayout()
        organisation = QWidget()
        org_layout = QVBoxLayout(organisation)
        org_layout.setContentsMargins(0, 0, 0, 0)
        org_layout.setSpacing(2)
        org_layout.addWidget(self.organisation_combo)
        org_layout.addWidget(self.organisation_hint)
        for text, field, widget in (
            (self.tr("&Given name:"), "given_name", self.given_edit),
            (self.tr("&Family name:"), "family_name", self.family_edit),
            (self.tr("&E-mail:"), "email", self.email_edit),
            (self.tr("Pho&ne:"), "phone", self.phone_edit),
            (self.tr("&Town:"), "town", self.town_edit),
            (self.tr("C&ountry:"), "country", self.country_combo),
            (self.tr("O&rganisation:"), "organisation_id", organisation),
            (self.tr("C&ategory:"), "category", self.category_combo),
            (self.tr("Gen&der:"), "gender", self.gender_combo),
            (self.tr("&Birth year:"), "birth_year", self.birth_year_edit),
        ):
            label = QLabel(text)
            label.setBuddy(self.organisation_combo if widget is organisation else widget)
            form.addRow(label, self.errors.row((field,), widget))
        self.errors.widgets["organisation_id"] = self.organisation_combo
        consents = QGroupBox(self.tr("Consents"))
        grid = QGridLayout(consents)
        for column, text in enumerate((self.tr("Date"), self.tr("Text version"),
                                       self.tr("Recorded by")), start=1):
            grid.addWidget(QLabel(text), 0, column)
        for row, (key, consent) in enumerate(self.consents.items(), start=1):
            grid.addWidget(consent.box, row * 2 - 1, 0)
            for column, (suffix, widget) in enumerate(
                    (("at", consent.date), ("version", consent.version), ("by", consent.by)),
                    start=1):
                grid.addWidget(widget, row * 2 - 1, column)
                label = ErrorLabel()
                grid.addWidget(label, row * 2, column)
                self.errors.labels[f"consent_{key}_{suffix}"] = label
                self.errors.widgets[f"consent_{key}_{suffix}"] = widget
        grid.setColumnStretch(3, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates)
        layout.addLayout(form)
        layout.addWidget(consents)
        layout.addWidget(self.errors.general)
        layout.addWidget(box)
        self.setMinimumWidth(620)

    def _fill(self, person: PersonRecord | None) -> None:
        self.category_combo.setCurrentIndex(
            self.category_combo.findData(person.category if person else "citizen"))
        if person is None:
            return
        self.given_edit.setText(person.given_name)
        self.family_edit.setText(person.family_name)
        self.email_edit.setText(person.email)
        self.phone_edit.setText(person.phone)
        self.town_edit.setText(person.town)
        self.country_combo.set_code(person.country)
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(person.gender or ""),
                                              0))
        self.birth_year_edit.setText(str(person.birth_year or ""))
        if person.organisation_id:
            self._set_organisations([OrganisationRecord(
                person.organisation_id, person.organisation_name, "", "", "other")],
                person.organisation_id)
        for key, consent in self.consents.items():
            consent.set_value(getattr(person, f"consent_{key}_at"),
                              getattr(person, f"consent_{key}_version"),
                              getattr(person, f"consent_{key}_by"))

    # -- organisation ----------------------------------------------------------------------

    def _organisation_picker(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(QStandardItemModel(combo))
        edit = combo.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(self.tr("Type to find or create one"))
        completer = _AnyPartCompleter(combo.model(), combo)
        completer.setCompletionRole(SearchRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        return combo

    def _load_organisations(self) -> None:
        # Thousands of organisations on a big database: read them off the GUI thread.
        organisations = self.ctx.services.organisations
        self.ctx.runner.start(lambda _p: organisations.list(),
                              on_success=if_alive(self, self._organisations_loaded))

    def _organisations_loaded(self, orgs: list[OrganisationRecord]) -> None:
        typed = self.organisation_combo.currentText()
        chosen, _new = self.organisation_choice()
        known = list(self._organisations.values())
        self._set_organisations(orgs + [o for o in known if o.id not in
                                        {x.id for x in orgs}], chosen)
        if chosen is None:
            self.organisation_combo.setEditText(typed)

    def _set_organisations(self, orgs: list[OrganisationRecord], chosen: str | None) -> None:
        self._organisations = {o.id: o for o in orgs}
        model = self.organisation_combo.model()
        assert isinstance(model, QStandardItemModel)
        model.clear()
        empty = QStandardItem("")
        empty.setData("", Qt.ItemDataRole.UserRole)
        model.appendRow(empty)
        for org in orgs:
            item = QStandardItem(org.name)
            item.setData(org.id, Qt.ItemDataRole.UserRole)
            item.setData(f"{org.name} {fold(org.name)} {org.town} {fold(org.town)}",
                         SearchRole)
            item.setToolTip(", ".join(x for x in (org.town, org.country) if x))
            model.appendRow(item)
        row = self.organisation_combo.findData(chosen or "", Qt.ItemDataRole.UserRole)
        self.organisation_combo.setCurrentIndex(max(row, 0))

    def organisation_choice(self) -> tuple[str | None, str]:
        """(id of the chosen organisation, or None; the name to create when it is new)."""
        combo = self.organisation_combo
        text = clean(combo.currentText())
        if not text:
            return None, ""
        row = combo.currentIndex()
        if row > 0 and combo.itemText(row) == text:
            return str(combo.itemData(row, Qt.ItemDataRole.UserRole)), ""
        typed = fold(text)
        for row in range(1, combo.count()):
            if fold(combo.itemText(row)) == typed:
                return str(combo.itemData(row, Qt.ItemDataRole.UserRole)), ""
        return None, text

    def _organisation_typed(self, _text: str) -> None:
        _chosen, new = self.organisation_choice()
        self.organisation_hint.setText(
            self.tr("“{name}” is new: it will be created when you save.").format(name=new)
            if new else "")
        self.organisation_hint.setVisible(bool(new))

    # -- possible duplicates ---------------------------------------------------------------

    def check_duplicates(self) -> None:
        """Ask, off the GUI thread, who already stored may be the person being typed."""
        self.check_timer.stop()
        self._check_generation += 1
        generation = self._check_generation
        duplicates = self.ctx.services.duplicates
        given, family = self.given_edit.text(), self.family_edit.text()
        email, exclude = self.email_edit.text(), self.person.id if self.person else None
        self.ctx.runner.start(
            lambda _p: duplicates.candidates(given_name=given, family_name=family,
                                             email=email, exclude_id=exclude),
            on_success=if_alive(self, lambda found: self._show_duplicates(generation, found)),
        )

    def _show_duplicates(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation != self._check_generation:
            return  # typing went on; a newer check is running
        self.duplicates.setText(duplicate_warning(found))
        self.duplicates.setVisible(bool(found))

    # -- saving ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        chosen, _new = self.organisation_choice()
        values: dict[str, Any] = {
            "given_name": self.given_edit.text(),
            "family_name": self.family_edit.text(),
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "town": self.town_edit.text(),
            "country": self.country_combo.code(),
            "organisation_id": chosen,
            "category": self.category_combo.currentData(),
            "gender": self.gender_combo.currentData() or None,
            "birth_year": self.birth_year_edit.text().strip() or None,
        }
        for key, consent in self.consents.items():
            at, version, by = consent.value()
            values |= {f"consent_{key}_at": at, f"consent_{key}_version": version,
                       f"consent_{key}_by": by}
        return values

    def accept(self) -> None:
        self.errors.clear()
        values = self.values()
        _chosen, new_organisation = self.organisation_choice()
        name = " ".join(f"{values['given_name']} {values['family_name']}".split())
        try:
            if self.person is None:
                self.saved = create_person(self.ctx, values, new_organisation,
                                           self.tr("Create person “{name}”").format(name=name))
            else:
                self.saved = update_person(self.ctx, self.person, values, new_organisation,
                                           self.tr("Edit person “{name}”").format(name=name))
        except UserError as exc:
            self.errors.show(exc)  # the dialog stays open with everything typed
            return
        super().accept()
