"""Consents: the wording shown to people (versioned texts that travel) and each person's
consents to data processing, photos and appearing on published lists — when, to which
version of the text, recorded by whom."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..domain import validation as v
from ..domain.enums import ConsentKind
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import new_id
from ..domain.records import PersonRecord
from ..store.models import ConsentText
from .base import ServiceBase, to_record
from .people import PersonService
from .replica import Replica

# The wording people signed before texts were kept in the database (person form, walk-ins).
DEFAULT_VERSION = "2020-1"
NO_PROCESSING_CONSENT = QT_TRANSLATE_NOOP(
    "services", "{name} has no recorded consent to the processing of their personal data; "
                "record it (Edit person, Consents) before checking them in.")
CONSENT_MISSING = QT_TRANSLATE_NOOP(
    "services", "Nobody is checked in without a recorded consent to the processing of "
                "their personal data.")


@dataclass(frozen=True)
class ConsentTextRecord:
    id: str
    kind: str
    version: str
    language: str
    text: str


def has_consent(person: Any, kind: ConsentKind | str) -> bool:
    """True when the person (record or row) has a recorded consent of that kind."""
    return getattr(person, f"consent_{ConsentKind(kind).value}_at", None) is not None


def may_be_published(person: Any) -> bool:
    """Who may appear on published lists: only people who consented to it."""
    return has_consent(person, ConsentKind.LISTS)


def require_processing_consent(person: Any, *, named: bool = True) -> None:
    """Refuse (a ValidationError on the consent) to check in someone without a recorded
    processing consent; ``named=False`` for a form whose person is not saved yet."""
    if has_consent(person, ConsentKind.PROCESSING):
        return
    name = " ".join(p for p in (getattr(person, "given_name", ""),
                                getattr(person, "family_name", "")) if p)
    message = msg(NO_PROCESSING_CONSENT, name=name) if named and name else msg(CONSENT_MISSING)
    raise ValidationError("consent_processing_at", message)


def _version_key(version: str) -> tuple[tuple[int, Any], ...]:
    """Orders "2020-1" < "2020-2" < "2021-1" < "2021-10" (numbers as numbers)."""
    parts = version.replace(".", "-").split("-")
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


class ConsentService(ServiceBase):
    def __init__(self, replica: Replica) -> None:
        super().__init__(replica)
        self.people = PersonService(replica)

    # -- texts -----------------------------------------------------------------------------------

    def texts(self, kind: ConsentKind | str | None = None) -> list[ConsentTextRecord]:
        """Live consent texts by kind, language and version (newest last)."""
        with self.sessions() as s:
            query = select(ConsentText).where(ConsentText.deleted.is_(False))
            if kind is not None:
                query = query.where(ConsentText.kind == ConsentKind(kind).value)
            rows = [to_record(r, ConsentTextRecord) for r in s.scalars(query)]
        kinds = [k.value for k in ConsentKind]
        return sorted(rows, key=lambda r: (kinds.index(r.kind) if r.kind in kinds else 9,
                                           r.language, _version_key(r.version), r.id))

    def get_text(self, text_id: str) -> ConsentTextRecord:
        with self.sessions() as s:
            return to_record(self._live(s, ConsentText, text_id, "id"), ConsentTextRecord)

    def add_text(self, kind: str, version: str, text: str, language: str = "en"
                 ) -> ConsentTextRecord:
        clean = self._clean(kind, version, language, text)
        with self.sessions.begin() as s:
            self._unique(s, clean, None)
            row = ConsentText(id=new_id(), **clean)
            self._new(s, row)
            return to_record(row, ConsentTextRecord)

    def update_text(self, text_id: str, **changes: Any) -> ConsentTextRecord:
        with self.sessions.begin() as s:
            row = self._live(s, ConsentText, text_id, "id")
            values = {k: getattr(row, k) for k in ("kind", "version", "language", "text")}
            clean = self._clean(**(values | changes))
            self._unique(s, clean, text_id)
            self._change(row, clean)
            return to_record(row, ConsentTextRecord)

    def delete_text(self, text_id: str) -> None:
        with self.sessions.begin() as s:
            self._delete(self._live(s, ConsentText, text_id, "id"))

    def restore_text(self, text_id: str) -> ConsentTextRecord:
        with self.sessions.begin() as s:
            row = self._dead(s, ConsentText, text_id, "id")
            self._change(row, {"deleted": False})
            return to_record(row, ConsentTextRecord)

    def current_version(self, kind: ConsentKind | str, language: str = "en") -> str:
        """The newest version of a kind's text (in that language, else any); the default
        wording's version while no text is stored."""
        texts = self.texts(kind)
        chosen = [t for t in texts if t.language == language] or texts
        return max((t.version for t in chosen), key=_version_key, default=DEFAULT_VERSION)

    def text_of(self, kind: ConsentKind | str, version: str,
                language: str = "en") -> ConsentTextRecord | None:
        """The wording a person consented to (in their language when stored)."""
        found = [t for t in self.texts(kind) if t.version == version]
        return next((t for t in found if t.language == language), found[0] if found else None)

    @staticmethod
    def _clean(kind: str, version: str, language: str, text: str) -> dict[str, Any]:
        try:
            clean_kind = ConsentKind(kind).value
        except ValueError:
            raise ValidationError("kind", msg(QT_TRANSLATE_NOOP(
                "validation", "Choose the kind of consent."))) from None
        clean_version = v.optional_text("version", version, 32)
        if not clean_version:
            raise ValidationError("version", msg(QT_TRANSLATE_NOOP(
                "validation", "A consent text needs a version, e.g. 2021-1.")))
        clean_text = v.limited("text", (text or "").strip(), v.CELL_LIMIT)
        if not clean_text:
            raise ValidationError("text", msg(QT_TRANSLATE_NOOP(
                "validation", "Write the text people are shown.")))
        clean_language = v.optional_text("language", language, 8) or "en"
        return {"kind": clean_kind, "version": clean_version, "language": clean_language,
                "text": clean_text}

    @staticmethod
    def _unique(s: Any, clean: dict[str, Any], own_id: str | None) -> None:
        clash = s.scalar(select(ConsentText.id).where(
            ConsentText.deleted.is_(False), ConsentText.kind == clean["kind"],
            ConsentText.version == clean["version"], ConsentText.language == clean["language"],
            ConsentText.id != (own_id or "")))
        if clash is not None:
            raise ValidationError("version", msg(QT_TRANSLATE_NOOP(
                "validation", "There is already a text of this kind with version {version} "
                              "in this language."), version=clean["version"]))

    # -- a person's consents --------------------------------------------------------------------

    def record(self, person_id: str, kind: ConsentKind | str, *, by: str,
               version: str | None = None, at: dt.datetime | None = None) -> PersonRecord:
        """Record a consent: now (or ``at``), to ``version`` (else the current text)."""
        key = ConsentKind(kind).value
        if not by.strip():
            raise ValidationError(f"consent_{key}_by", msg(QT_TRANSLATE_NOOP(
                "validation", "Say who recorded the consent.")))
        return self.people.update(person_id, **{
            f"consent_{key}_at": at or dt.datetime.now().replace(microsecond=0),
            f"consent_{key}_version": version or self.current_version(key),
            f"consent_{key}_by": by.strip(),
        })

    def withdraw(self, person_id: str, kind: ConsentKind | str) -> PersonRecord:
        """A withdrawn consent is no consent: date, version and recorder are cleared."""
        key = ConsentKind(kind).value
        return self.people.update(person_id, **{
            f"consent_{key}_at": None, f"consent_{key}_version": "", f"consent_{key}_by": ""})

    def check_processing(self, person_id: str) -> None:
        """Raise unless the person has a recorded processing consent (the check-in rule)."""
        person = self.people.get(person_id)
        require_processing_consent(person)

