"""The walk-in form of the check-in desk: one short form that creates the person, registers them
for the event and checks them in, warning about people who may already be stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import PersonCategory
from ..domain.errors import UserError, ValidationError
from ..domain.records import EventRecord, OrganisationRecord, PersonRecord
from ..domain.text import clean, fold
from ..services.checkin import CheckinResult, CheckinService
from ..services.consent import require_processing_consent
from ..services.duplicates import DuplicateCandidate
from .country_combo import CountryCombo, localised_name
from .event_form import ErrorLabel, FieldErrors
from .hints import set_hint
from .i18n import enum_label
from .person_form import CONSENT_TEXT_VERSION, duplicate_warning
from .tasks import if_alive
from .tones import warning_style
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

DUPLICATE_CHECK_MS = 250


@dataclass(frozen=True)
class WalkIn:
    """A walk-in as done: the check-in, and the organisation created for them (if any)."""

    checkin: CheckinResult
    created_organisation_id: str | None


def register_walk_in(ctx: AppContext, service: CheckinService, event_id: str, session_id: str,
                     values: dict[str, Any], new_organisation: str, text: str) -> CheckinResult:
    """Create the person (and a new organisation), register and check them in, as one
    undoable edit: undo takes the check-in and registration back and deletes the person."""
    people, organisations = ctx.services.people, ctx.services.organisations
    done: list[WalkIn] = []

    def first_time() -> WalkIn:
        # Refused before anything is created: no person left behind without consent.
        require_processing_consent(SimpleNamespace(**values), named=False)
        created = None
        if new_organisation:
            try:
                created = organisations.create(name=new_organisation,
                                               country=values["country"]).id
            except ValidationError as exc:
                # The organisation's country is the person's: that error belongs there.
                field = "organisation" if exc.field in ("name", "type") else exc.field
                raise ValidationError(field, exc.message) from None
        try:
            person = people.create(**values | {"organisation_id": created
                                               or values.get("organisation_id")})
            checkin = service.check_in(event_id, session_id, person.id)
        except UserError:
            if created:
                organisations.delete(created)  # nobody was created: no orphan organisation
            raise
        return WalkIn(checkin, created)

    def do() -> WalkIn:
        if not done:
            done.append(first_time())
            return done[0]
        # Redo: the same person and organisation come back (same ids), checked in again.
        walk_in = done[0]
        people.restore(walk_in.checkin.person.id)
        if walk_in.created_organisation_id:
            organisations.restore(walk_in.created_organisation_id)
        again = service.check_in(event_id, session_id, walk_in.checkin.person.id)
        done[0] = WalkIn(again, walk_in.created_organisation_id)
        return done[0]

    def undo(walk_in: WalkIn) -> None:
        service.undo_check_in(walk_in.checkin)
        people.delete(walk_in.checkin.person.id)
        if walk_in.created_organisation_id:
            organisations.delete(walk_in.created_organisation_id)

    result: WalkIn = push(ctx.undo_stack, text, do, undo)
    return result.checkin


class WalkinDialog(QDialog):
    """Given and family name, country, organisation, category and consent; Enter saves.

    Afterwards ``result_checkin`` holds the check-in of the new person, or ``existing`` the
    stored person the facilitator picked from the possible duplicates instead.
    """

    def __init__(self, ctx: AppContext, service: CheckinService, event: EventRecord,
                 session_id: str, parent: QWidget | None = None, typed: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.event_record = event
        self.session_id = session_id
        self.result_checkin: CheckinResult | None = None
        self.existing: PersonRecord | None = None
        self._organisations: dict[str, OrganisationRecord] = {}
        self._check_generation = 0
        self.setWindowTitle(self.tr("Walk-in"))

        self.given_edit = QLineEdit()
        self.given_edit.setMinimumWidth(380)
        self.family_edit = QLineEdit()
        self.country_combo = CountryCombo(self)
        self.country_combo.set_code(event.country)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("Optional; a new name is created"))
        self.category_combo = QComboBox()
        for category in PersonCategory:
            self.category_combo.addItem(enum_label(category), category.value)
        self.category_combo.setCurrentIndex(
            self.category_combo.findData(PersonCategory.CITIZEN.value))
        self.consent_box = QCheckBox(self.tr(
            "Agrees to the processing of their personal data (consent text {version})").format(
            version=CONSENT_TEXT_VERSION))
        self.consent_box.setObjectName("walkinConsent")

        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(warning_style())
        self.candidates = QListWidget()
        self.candidates.setObjectName("duplicateCandidates")
        self.use_button = QPushButton(self.tr("Check in the selected person &instead"))
        set_hint(self.use_button, self.tr(
            "Do not add a new person: check in the selected existing person"))
        self.use_button.clicked.connect(self.use_existing)
        self.candidates.itemDoubleClicked.connect(lambda _i: self.use_existing())
        for hidden in (self.duplicates, self.candidates, self.use_button):
            hidden.hide()

        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout()
        for text, fields, widget in (
            (self.tr("&Given name:"), ("given_name",), self.given_edit),
            (self.tr("&Family name:"), ("family_name",), self.family_edit),
            (self.tr("C&ountry:"), ("country",), self.country_combo),
            (self.tr("O&rganisation:"), ("organisation", "organisation_id"),
             self.organisation_edit),
            (self.tr("C&ategory:"), ("category",), self.category_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.errors.row(fields, widget))
        form.addRow("", self.errors.row(("consent_processing_at",), self.consent_box))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = box.addButton(self.tr("&Register and check in"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows when error lines or the possible duplicates appear.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(self.tr("Register a new person for {event} and check them in.").format(
            event=event.title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.candidates)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.errors.general)
        layout.addWidget(box)
        # Set once the button is inside the dialog (a parentless button cannot be the
        # dialog's default); the hidden "instead" button must never take Enter.
        self.use_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.setTabOrder(self.given_edit, self.family_edit)
        self.setTabOrder(self.family_edit, self.country_combo)
        self.setTabOrder(self.country_combo, self.organisation_edit)
        self.setTabOrder(self.organisation_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.consent_box)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(DUPLICATE_CHECK_MS)
        self.check_timer.timeout.connect(self.check_duplicates)
        for edit in (self.given_edit, self.family_edit):
            edit.textEdited.connect(lambda _t: self.check_timer.start())
        self._prefill(typed)
        self.given_edit.setFocus()
        self._load_organisations()

    def _prefill(self, typed: str) -> None:
        """What was typed in the search box is most likely the name: "Given Family"."""
        words = clean(typed).split(" ")
        if not words[0]:
            return
        self.given_edit.setText(words[0])
        self.family_edit.setText(" ".join(words[1:]))
        self.check_timer.start()

    # -- organisations ---------------------------------------------------------------------

    def _load_organisations(self) -> None:
        organisations = self.ctx.services.organisations
        self.ctx.runner.start(lambda _p: organisations.list(),
                              on_success=if_alive(self, self._organisations_loaded))

    def _organisations_loaded(self, orgs: list[OrganisationRecord]) -> None:
        self._organisations = {fold(o.name): o for o in orgs}
        completer = QCompleter(sorted({o.name for o in orgs}, key=fold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_edit.setCompleter(completer)

    def organisation_choice(self) -> tuple[str | None, str]:
        """(id of the stored organisation typed, or None; the name to create when new)."""
        text = clean(self.organisation_edit.text())
        if not text:
            return None, ""
        found = self._organisations.get(fold(text))
        return (found.id, "") if found else (None, text)

    # -- possible duplicates ---------------------------------------------------------------

    def check_duplicates(self) -> None:
        self.check_timer.stop()
        self._check_generation += 1
        generation = self._check_generation
        duplicates = self.ctx.services.duplicates
        given, family = self.given_edit.text(), self.family_edit.text()
        self.ctx.runner.start(
            lambda _p: duplicates.candidates(given_name=given, family_name=family),
            on_success=if_alive(self, lambda found: self._show_duplicates(generation, found)))

    def _show_duplicates(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation != self._check_generation:
            return  # typing went on; a newer check is running
        self.duplicates.setText(duplicate_warning(found))
        self.candidates.clear()
        for candidate in found:
            person = candidate.person
            where = " · ".join(x for x in (person.organisation_name, person.town,
                                          localised_name(person.country)) if x)
            item = QListWidgetItem(f"{person.full_name} — {where}" if where
                                   else person.full_name)
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.candidates.addItem(item)
        if found:
            self.candidates.setCurrentRow(0)
            rows = min(len(found), 4)
            self.candidates.setFixedHeight(rows * self.candidates.sizeHintForRow(0)
                                           + 2 * self.candidates.frameWidth() + 4)
        for shown in (self.duplicates, self.candidates, self.use_button):
            shown.setVisible(bool(found))
        self._fit()

    def use_existing(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            return
        self.existing = item.data(Qt.ItemDataRole.UserRole)
        super().accept()

    # -- saving ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        chosen, _new = self.organisation_choice()
        values: dict[str, Any] = {
            "given_name": self.given_edit.text(),
            "family_name": self.family_edit.text(),
            "country": self.country_combo.code(),
            "organisation_id": chosen,
            "category": self.category_combo.currentData(),
        }
        if self.consent_box.isChecked():
            values |= {
                "consent_processing_at": dt.datetime.now().replace(microsecond=0),
                "consent_processing_version": CONSENT_TEXT_VERSION,
                "consent_processing_by": self.ctx.services.replica.device_name(),
            }
        return values

    def accept(self) -> None:
        self.errors.clear()
        values = self.values()
        _chosen, new_organisation = self.organisation_choice()
        name = " ".join(f"{values['given_name']} {values['family_name']}".split())
        try:
            self.result_checkin = register_walk_in(
                self.ctx, self.service, self.event_record.id, self.session_id, values,
                new_organisation, self.tr("Walk-in “{name}”").format(name=name))
        except UserError as exc:
            self.errors.show(exc)  # the dialog stays open with everything typed
            self._fit()
            return
        super().accept()

    def _fit(self) -> None:
        """Grow to show a new error line or the duplicates: word-wrapped labels do not
        raise a window's minimum height by themselves."""
        QTimer.singleShot(0, self, lambda: self.resize(self.width(), max(
            self.height(), self.sizeHint().height(), self.heightForWidth(self.width()))))
