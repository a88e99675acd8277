"""Import registrations from a partner's spreadsheet: preview first, then one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from sqlalchemy import select

from ..domain.enums import PersonCategory, RegistrationRole, RegistrationStatus
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, Source, msg
from ..domain.ids import new_id, registration_id
from ..domain.progress import Progress
from ..domain.text import clean, fold
from ..domain.validation import EMAIL_RE, PHONE_RE
from ..store.database import now_utc
from ..store.models import Event, Organisation, Person, Registration
from . import import_aliases as aliases
from .base import ServiceBase
from .duplicates import NAME_CUTOFF, SAME_EMAIL, SIMILAR_NAME
from .import_backup import backup_before_import
from .people import search_key, sort_key
from .tabular import SourceRow, Table, parse_date, parse_timestamp, read_table

if TYPE_CHECKING:
    from .container import Services

@dataclass(frozen=True)
class PersonMatch:
    """A person already stored who may be the one on a row."""

    person_id: str
    given_name: str
    family_name: str
    email: str
    organisation: str
    reason: Source
    registered: bool = False  # already registered for the event being imported

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def name_parts(self) -> tuple[str, str]:
        return self.given_name, self.family_name


@dataclass(frozen=True)
class ImportRow:
    """A valid row, cleaned: what will be stored, and whom it may already be."""

    row: int
    given_name: str
    family_name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    town: str = ""
    country: str = ""
    category: str = PersonCategory.CITIZEN.value
    role: str = RegistrationRole.PARTICIPANT.value
    gender: str | None = None
    birth_year: int | None = None
    invited_by_town: str = ""
    consents: tuple[tuple[str, bool], ...] = ()  # ("processing", True): only mapped columns
    consent_at: dt.datetime | None = None
    match: PersonMatch | None = None
    use_existing: bool = False  # register the matched person instead of creating one

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def already_registered(self) -> bool:
        return self.use_existing and self.match is not None and self.match.registered


@dataclass(frozen=True)
class RejectedRow:
    """One problem of a row that is not imported: row number, column, value and why."""

    row: int
    column: str
    value: str
    field: str
    message: Message


CONSENTS = ("processing", "photos", "lists")
_TEXTS = {"given_name": 200, "family_name": 200, "organisation": 300, "town": 200,
          "invited_by_town": 200}


def _year(text: str) -> int:
    """A year of birth from a year, a date as text or a spreadsheet serial."""
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    return parse_date(text).year


def convert_row(
    source: SourceRow, header: tuple[str, ...], columns: Mapping[str, int]
) -> tuple[dict[str, Any], list[RejectedRow]]:
    """The checked values of one row, or the problems that keep it out (each cell's)."""
    problems: list[RejectedRow] = []

    def cell(name: str) -> str:
        return clean(source.cell(columns[name])) if name in columns else ""

    def reject(name: str, text: Source, **params: Any) -> None:
        column = header[columns[name]] if name in columns else ""
        value = cell(name)
        problems.append(RejectedRow(source.number, column, value, name, msg(
            text, row=source.number, column=column, value=value, **params)))

    values: dict[str, Any] = {name: cell(name) for name in _TEXTS}
    for name, limit in _TEXTS.items():
        if len(values[name]) > limit:
            reject(name, QT_TRANSLATE_NOOP(
                "import", "Row {row}, column “{column}”: the text is too long "
                "({length} characters; at most {limit})."), length=len(values[name]),
                limit=limit)
    if not values["given_name"] and not values["family_name"]:
        reject("given_name" if "given_name" in columns else "family_name", QT_TRANSLATE_NOOP(
            "import", "Row {row}: there is neither a given nor a family name."))
    values["email"] = cell("email").lower()
    if values["email"] and not (EMAIL_RE.match(values["email"]) and len(values["email"]) <= 320):
        reject("email", QT_TRANSLATE_NOOP(
            "import", "Row {row}, column “{column}”: “{value}” is not an e-mail address "
            "(expected e.g. name@example.org)."))
    values["phone"] = cell("phone")
    if values["phone"] and not (PHONE_RE.match(values["phone"]) and len(values["phone"]) <= 64):
        reject("phone", QT_TRANSLATE_NOOP(
            "import", "Row {row}, column “{column}”: “{value}” is not a phone number "
            "(expected digits, spaces and + ( ) . / -)."))
    values["country"] = aliases.country_of(cell("country")) or "" if cell("country") else ""
    if cell("country") and not values["country"]:
        reject("country", QT_TRANSLATE_NOOP(
            "import", "Row {row}, column “{column}”: “{value}” is not a known country "
            "(expected an ISO code such as HR, or the country's name)."))
    values["category"] = (aliases.category_of(cell("category")) if cell("category")
                          else PersonCategory.CITIZEN.value)
    if values["category"] is None:
        reject("category", QT_TRANSLATE_NOOP(
            "import", "Row {row}, column “{column}”: “{value}” is not a category (expected "
            "policy maker, public officer, activist, citizen or other)."))
    values["role"] = (aliases.role_of(cell("role")) if cell("role")
                      else RegistrationRole.PARTICIPANT.value)
    if values["role"] is None:
        reject("role", QT_TRANSLATE_NOOP(
            "import", "Row {row}, column “{column}”: “{value}” is not a role (expected "
            "participant, speaker, facilitator, staff or interpreter)."))
    values["gender"] = aliases.gender_of(cell("gender")) if cell("gender") else None
    if cell("gender") and values["gender"] is None:
        reject("gender", QT_TRANSLATE_NOOP(
            "import", "Row {row}, column “{column}”: “{value}” is not a gender (expected "
            "female, male, other or prefers not to say)."))
    values["birth_year"] = None
    for name in ("birth_year", "birth_date"):
        if not cell(name) or values["birth_year"] is not None:
            continue
        try:
            year = _year(cell(name))
        except ValueError:
            reject(name, QT_TRANSLATE_NOOP(
                "import", "Row {row}, column “{column}”: “{value}” is not a date of birth "
                "(expected e.g. 31.12.1980, 1980-12-31 or a spreadsheet date)."))
            continue
        last = dt.date.today().year
        if not 1900 <= year <= last:
            reject(name, QT_TRANSLATE_NOOP(
                "import", "Row {row}, column “{column}”: “{value}” is not a year of birth "
                "between 1900 and {last}."), last=last)
        values["birth_year"] = year
    consents = []
    for consent in CONSENTS:
        name = f"consent_{consent}"
        if name in columns:
            given = aliases.consent_of(cell(name))
            if given is None:
                reject(name, QT_TRANSLATE_NOOP(
                    "import", "Row {row}, column “{column}”: “{value}” is neither yes nor no."))
            consents.append((consent, bool(given)))
    values["consents"] = tuple(consents)
    return values, problems


@dataclass(frozen=True)
class RepeatedRow:
    """A row that repeats an earlier one of the same file (e.g. a form sent twice)."""

    row: int
    first_row: int
    name: str


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import; nothing is written until apply_import()."""

    path: str
    event_id: str
    event_title: str
    sheet: str
    sheets: tuple[str, ...]
    encoding: str
    delimiter: str
    header_row: int
    headers: tuple[str, ...]
    fields: tuple[str, ...]  # the field each column is imported as ("" unknown)
    samples: tuple[tuple[str, ...], ...]
    rows: tuple[ImportRow, ...]
    repeated: tuple[RepeatedRow, ...]
    rejected: tuple[RejectedRow, ...]
    skipped_rows: tuple[int, ...]
    notes: tuple[Message, ...] = ()

    @property
    def file_name(self) -> str:
        return Path(self.path).name

    @property
    def mapping(self) -> dict[str, str]:
        """Source header → field, as chosen (remember it per signature)."""
        return {h: f for h, f in zip(self.headers, self.fields, strict=True) if h}

    @property
    def signature(self) -> str:
        return aliases.header_signature(self.headers)

    @property
    def unknown_headers(self) -> tuple[str, ...]:
        return tuple(h for h, f in zip(self.headers, self.fields, strict=True) if h and not f)

    @property
    def new_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.use_existing)

    @property
    def existing_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.use_existing)

    @property
    def possible_duplicates(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.match is not None)

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({r.row for r in self.rejected}))

    def with_choice(self, row: int, use_existing: bool) -> ImportPlan:
        """The same plan with one possible duplicate created as new, or registered as existing."""
        rows = tuple(
            dataclasses.replace(r, use_existing=use_existing and r.match is not None)
            if r.row == row else r for r in self.rows)
        return dataclasses.replace(self, rows=rows)


def read_source(path: Path | str, sheet: str | None = None) -> Table:
    """The file's rows below the header recognised by the known header words."""
    return read_table(Path(path), sheet=sheet, header_matcher=aliases.is_known_header)


@dataclass(frozen=True)
class ImportResult:
    """What an import stored (and, for the summary, what it left out)."""

    created_people: int
    registered_existing: int
    already_registered: int
    organisations_created: int
    registrations: int
    rejected_rows: int
    repeated_rows: int
    person_ids: tuple[str, ...] = field(default=())
    backup: str = ""


def _name_key(row: ImportRow) -> tuple[str, str]:
    return row.email, fold(f"{row.given_name} {row.family_name}")


def _sorted_name(given: str, family: str) -> str:
    # fuzz.ratio on tokens sorted once equals token_sort_ratio, at a fraction of the cost.
    return " ".join(sorted(fold(f"{given} {family}").split()))


class PeopleIndex:
    """Live people read once, matched by DuplicateService's rules: the same e-mail, or
    names alike (token_sort_ratio ≥ NAME_CUTOFF once folded).

    DuplicateService.candidates() reads every name per call (0.5 s on 35,000 people, so
    90 s for a list of 150); an import asks for hundreds of rows at once.
    """

    def __init__(self, people: list[PersonMatch], names: list[str]) -> None:
        self.people = people
        self.names = names
        self.by_email: dict[str, list[int]] = {}
        for index, person in enumerate(people):
            if person.email:
                self.by_email.setdefault(person.email.lower(), []).append(index)

    def candidates(self, row: ImportRow, limit: int = 3) -> list[PersonMatch]:
        found: dict[int, tuple[int, Source]] = {
            i: (100, SAME_EMAIL) for i in self.by_email.get(row.email, [])}
        key = _sorted_name(row.given_name, row.family_name)
        if len(key) >= 3:
            for _name, score, index in process.extract(
                    key, self.names, scorer=fuzz.ratio, processor=None,
                    score_cutoff=NAME_CUTOFF, limit=limit + 1):
                found.setdefault(index, (int(score), SIMILAR_NAME))
        ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], self.people[kv[0]].person_id))
        return [dataclasses.replace(self.people[i], reason=reason)
                for i, (_score, reason) in ranked[:limit]]

    def match(self, row: ImportRow) -> tuple[PersonMatch | None, bool]:
        """The stored person this row may be, and whether it is likely the same person.

        Likely: names alike and no conflicting e-mail. A family sharing one e-mail, or a
        namesake with another e-mail, is reported but created as a new person.
        """
        first: PersonMatch | None = None
        for match in self.candidates(row):
            alike = fuzz.ratio(_sorted_name(row.given_name, row.family_name),
                               _sorted_name(*match.name_parts)) >= NAME_CUTOFF
            conflict = bool(row.email and match.email and row.email != match.email.lower())
            if alike and not conflict:
                return match, True
            first = first or match
        return first, False


def plan_import(
    services: Services,
    path: Path | str,
    *,
    event_id: str,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read and check the file and compare it with the database, writing nothing."""
    progress = progress or Progress()
    event = services.events.get(event_id)
    table = read_source(path, sheet)
    fields, notes = aliases.resolve_fields(table, mapping)
    columns = {f: i for i, f in reversed(list(enumerate(fields))) if f}
    registered = {r.person_id for r in services.registrations.of_event(event_id)}
    index = RegistrationImportService(services.replica).people_index()
    import_time = now_utc()
    rows: list[ImportRow] = []
    rejected: list[RejectedRow] = []
    repeated: list[RepeatedRow] = []
    first_seen: dict[tuple[str, str], int] = {}
    total = len(table.rows)
    for done, source in enumerate(table.rows):
        progress.step(done, total, "")
        values, problems = convert_row(source, table.header, columns)
        if problems:
            rejected.extend(problems)
            continue
        stamp = source.cell(columns["timestamp"]) if "timestamp" in columns else ""
        at = parse_timestamp(stamp) or import_time
        row = ImportRow(row=source.number, consent_at=at, **values)
        key = _name_key(row)
        if key in first_seen:
            repeated.append(RepeatedRow(row.row, first_seen[key], row.full_name))
            continue
        first_seen[key] = row.row
        match, likely = index.match(row)
        if match is not None:
            match = dataclasses.replace(match, registered=match.person_id in registered)
            row = dataclasses.replace(row, match=match, use_existing=likely)
        rows.append(row)
    progress.step(total, total, "")
    if table.header_row > 1:
        notes.insert(0, msg(QT_TRANSLATE_NOOP(
            "import", "The header is on row {row}; the rows above it were skipped."),
            row=table.header_row))
    if table.skipped_rows:
        notes.append(msg(QT_TRANSLATE_NOOP(
            "import", "Blank or totals rows skipped: {rows}."),
            rows=", ".join(str(n) for n in table.skipped_rows)))
    return ImportPlan(
        path=str(path), event_id=event.id, event_title=event.title, sheet=table.sheet,
        sheets=table.sheets, encoding=table.encoding, delimiter=table.delimiter,
        header_row=table.header_row, headers=table.header, fields=fields,
        samples=aliases.samples_of(table), rows=tuple(rows), repeated=tuple(repeated),
        rejected=tuple(rejected), skipped_rows=table.skipped_rows, notes=tuple(notes))


class RegistrationImportService(ServiceBase):
    """Writes a plan in one transaction: all of it, or (on error or cancel) nothing."""

    def people_index(self) -> PeopleIndex:
        """Every live person, for matching the rows of a list against."""
        with self.sessions() as s:
            rows = s.execute(
                select(Person.id, Person.given_name, Person.family_name, Person.email,
                       Organisation.name)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.deleted.is_(False), Person.merged_into_id.is_(None),
                       Person.erased.is_(False))
                .order_by(Person.id)).all()
        people = [PersonMatch(pid, given, family, email or "", org or "", SIMILAR_NAME)
                  for pid, given, family, email, org in rows]
        return PeopleIndex(people, [_sorted_name(g, f) for _p, g, f, _e, _o in rows])

    def apply(self, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
        progress = progress or Progress()
        counts = dict.fromkeys(("created", "existing", "already", "orgs", "registrations"), 0)
        person_ids: list[str] = []
        by = f"import: {plan.file_name}"[:200]
        total = len(plan.rows)
        with self.sessions.begin() as s:
            self._live(s, Event, plan.event_id, "event_id")
            orgs = {fold(o.name): o for o in s.scalars(
                select(Organisation).where(Organisation.deleted.is_(False)))}
            for done, row in enumerate(plan.rows):
                # Checked per row: a cancel raises here and the transaction rolls back.
                progress.step(done, total, "")
                if row.use_existing and row.match is not None:
                    person = self._live(s, Person, row.match.person_id, "person_id")
                    outcome = self._register(s, person.id, plan.event_id, row)
                    counts["existing" if outcome == "registrations" else "already"] += 1
                else:
                    person = self._person(s, row, self._organisation(s, orgs, row, counts), by)
                    counts["created"] += 1
                    outcome = self._register(s, person.id, plan.event_id, row, new=True)
                counts["registrations"] += outcome == "registrations"
                person_ids.append(person.id)
            progress.step(total, total, "")
        return ImportResult(
            created_people=counts["created"], registered_existing=counts["existing"],
            already_registered=counts["already"], organisations_created=counts["orgs"],
            registrations=counts["registrations"], rejected_rows=len(plan.rejected_rows),
            repeated_rows=len(plan.repeated), person_ids=tuple(person_ids))

    def _organisation(self, s: Any, orgs: dict[str, Organisation], row: ImportRow,
                      counts: dict[str, int]) -> Organisation | None:
        key = fold(row.organisation)
        if not key:
            return None
        org = orgs.get(key)
        if org is None:
            org = self._new(s, Organisation(id=new_id(), name=row.organisation, town=row.town,
                                            country=row.country, type="other"))
            s.flush()  # people inserted next refer to it
            orgs[key] = org
            counts["orgs"] += 1
        return org

    def _person(self, s: Any, row: ImportRow, org: Organisation | None, by: str) -> Person:
        values: dict[str, Any] = {
            "given_name": row.given_name, "family_name": row.family_name, "email": row.email,
            "phone": row.phone, "town": row.town, "country": row.country,
            "organisation_id": org.id if org else None, "category": row.category,
            "gender": row.gender, "birth_year": row.birth_year,
        }
        for consent in CONSENTS:
            values.update({f"consent_{consent}_at": None, f"consent_{consent}_version": "",
                           f"consent_{consent}_by": ""})
        for consent, given in row.consents:
            # A refused (or empty) consent stays unrecorded: no date means no consent.
            if given:
                values[f"consent_{consent}_at"] = row.consent_at
                values[f"consent_{consent}_by"] = by
        person = self._new(s, Person(id=new_id(), erased=False, merged_into_id=None, **values))
        person.search_text = search_key(row.given_name, row.family_name,
                                        org.name if org else "", row.town)
        person.sort_key = sort_key(row.given_name, row.family_name)
        return person

    def _register(self, s: Any, person_id: str, event_id: str, row: ImportRow,
                  new: bool = False) -> str:
        values = {"role": row.role, "status": RegistrationStatus.REGISTERED.value,
                  "invited_by_town": row.invited_by_town}
        rid = registration_id(person_id, event_id)
        # A person created just now has no registration yet: no lookup (and no flush) needed.
        existing = None if new else s.get(Registration, rid)
        if existing is None:
            self._new(s, Registration(id=rid, person_id=person_id, event_id=event_id,
                                      deleted=False, **values))
            return "registrations"
        if existing.deleted:
            self._change(existing, values | {"deleted": False})
            return "registrations"
        return "already"  # never silently change a registration made before


def apply_import(
    services: Services, plan: ImportPlan, progress: Progress | None = None, *,
    backup: bool = True,
) -> ImportResult:
    """Back the SQLite database up, then store the plan in one transaction."""
    copy = ""
    if backup:
        made = backup_before_import(services.database, reason="pre-register")
        copy = str(made) if made is not None else ""
    result = RegistrationImportService(services.replica).apply(plan, progress)
    return dataclasses.replace(result, backup=copy)

