"""Importing registrations from the files partner towns and online forms really send."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ecnet_desktop.domain.errors import Cancelled, NotFoundError, ValidationError
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.domain.records import EventRecord, PersonRecord
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.duplicates import SAME_EMAIL, SIMILAR_NAME
from ecnet_desktop.services.import_aliases import header_field
from ecnet_desktop.services.registration_import import ImportPlan, apply_import, plan_import
from ecnet_desktop.store.models import Organisation, Person, Registration

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
ONLINE = "registrations_online_form.csv"
SZENTENDRE = "registrations_szentendre_cp1250.csv"
SIBENIK = "registrations_sibenik_handmade.xlsx"


@pytest.fixture
def samples() -> Path:
    assert SAMPLES.is_dir(), f"the sample files are missing: {SAMPLES}"
    return SAMPLES


@pytest.fixture
def event(services: Services) -> EventRecord:
    return services.events.create(kind="international_event", title="Šibenik 2021",
                                  host_town="Šibenik", country="HR",
                                  start_date="2021-10-14", end_date="2021-10-16")


def counts(services: Services) -> tuple[int, int, int]:
    with services.database.sessions() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore
                     for m in (Person, Organisation, Registration))


def people(services: Services) -> dict[str, PersonRecord]:
    return {p.full_name: p for p in services.people.list()}


def test_online_form(services: Services, event: EventRecord, samples: Path) -> None:
    before = counts(services)
    plan = plan_import(services, samples / ONLINE, event_id=event.id)
    assert counts(services) == before  # a preview writes nothing
    assert [r.row for r in plan.rows] == [2, 3, 4, 7, 8]
    assert plan.unknown_headers == ()
    assert plan.mapping["I am a..."] == "category"
    assert plan.mapping["Timestamp"] == "timestamp"
    # The same form sent twice a minute apart: imported once, the repeat reported.
    assert [(r.row, r.first_row, r.name) for r in plan.repeated] == [(5, 4, "Ana Gonçalves")]
    [bad] = plan.rejected
    assert (bad.row, bad.column, bad.value, bad.field) == (
        6, "Email address", "jan.kowalski@example", "email")
    assert str(bad.message) == ("Row 6, column “Email address”: “jan.kowalski@example” is "
                                "not an e-mail address (expected e.g. name@example.org).")
    assert plan.rejected_rows == (6,)
    luis = plan.rows[-1]
    assert (luis.given_name, luis.family_name, luis.email, luis.category, luis.country) == (
        "Luis", "de la Fuente", "luis.delafuente@example.es", "other", "ES")

    result = apply_import(services, plan, backup=False)
    assert (result.created_people, result.registrations, result.rejected_rows,
            result.repeated_rows, result.organisations_created) == (5, 5, 1, 1, 4)
    found = people(services)
    assert sorted(found) == ["Ana Gonçalves", "Ivana Petrova", "Luis de la Fuente",
                             "Marija Horvat", "Paolo Esposito"]
    assert {p.country for p in found.values()} == {"HR", "IT", "PT", "BG", "ES"}
    marija, paolo, ivana = found["Marija Horvat"], found["Paolo Esposito"], found["Ivana Petrova"]
    assert (marija.category, marija.organisation_name, marija.phone) == (
        "public_officer", "Grad Šibenik", "+385 91 234 5678")
    # Consent given at the moment the form was sent; refused consent is no consent.
    assert marija.consent_processing_at == dt.datetime(2021, 9, 2, 10, 14, 55)
    assert marija.consent_photos_at == dt.datetime(2021, 9, 2, 10, 14, 55)
    assert marija.consent_processing_by == f"import: {ONLINE}"
    assert paolo.consent_processing_at is not None and paolo.consent_photos_at is None
    assert ivana.consent_processing_at is None and ivana.consent_photos_at is None
    assert ivana.town == "Габрово" and ivana.organisation_name == "Община Габрово"
    assert {r.person_id for r in services.registrations.of_event(event.id)} == {
        p.id for p in found.values()}


def test_szentendre_cp1250(services: Services, event: EventRecord, samples: Path) -> None:
    plan = plan_import(services, samples / SZENTENDRE, event_id=event.id)
    assert (plan.encoding, plan.delimiter) == ("cp1250", ";")
    assert [r.row for r in plan.rows] == [2, 3, 4, 5]
    assert plan.skipped_rows == (6, 7)  # the empty row and "Összesen: 4 fő"
    assert plan.rejected == () and plan.repeated == ()
    apply_import(services, plan, backup=False)
    found = people(services)
    assert sorted(found) == ["Anna Kovács", "Péter Nagy", "Zsuzsanna Tóth-Bíró", "Ödön Szőke"]
    szoke = found["Ödön Szőke"]
    assert (szoke.family_name, szoke.town, szoke.country, szoke.email,
            szoke.organisation_id) == ("Szőke", "Pomáz", "HU", "", None)
    assert found["Anna Kovács"].country == "HU"  # written "Magyarország"
    assert {p.full_name: p.category for p in found.values()} == {
        "Péter Nagy": "public_officer", "Anna Kovács": "activist", "Ödön Szőke": "citizen",
        "Zsuzsanna Tóth-Bíró": "policy_maker"}
    # One organisation for the two people of the town hall.
    town_hall = {p.organisation_id for p in found.values()
                 if p.organisation_name == "Szentendre Város Önkormányzata"}
    assert len(town_hall) == 1
    assert services.people.list("szoke odon")[0].id == szoke.id  # searchable, folded


def test_sibenik_xlsx(services: Services, event: EventRecord, samples: Path) -> None:
    plan = plan_import(services, samples / SIBENIK, event_id=event.id)
    assert (plan.sheet, plan.sheets, plan.header_row) == ("Prijave", ("Prijave", "Napomene"), 3)
    assert plan.fields == ("given_name", "family_name", "organisation", "town", "country",
                           "email", "birth_date", "role")
    assert [r.row for r in plan.rows] == [4, 5, 7]
    [bad] = plan.rejected
    assert (bad.row, bad.column, bad.value) == (6, "E-pošta", "tomislav.juric@example")
    assert any("category" in str(n) for n in plan.notes)
    apply_import(services, plan, backup=False)
    found = people(services)
    durda, ivan, maja = found["Đurđa Čučković"], found["Ivan Babić"], found["Maja Šarić"]
    # "12.03.1978." as text and 28473 as a spreadsheet serial (1977-12-14).
    assert (durda.birth_year, ivan.birth_year, maja.birth_year) == (1978, 1977, None)
    assert {p.country for p in found.values()} == {"HR"}  # "Hrvatska" and "HR"
    roles = {r.person_id: r.role for r in services.registrations.of_event(event.id)}
    assert (roles[durda.id], roles[ivan.id], roles[maja.id]) == (
        "participant", "speaker", "participant")
    assert durda.organisation_name == "Udruga građana Šibenik"


def test_the_iso_birth_date_is_read_when_the_row_is_valid(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Ime;Prezime;Datum rođenja\nTomislav;Jurić;1990-07-01\n"
                    "Ana;Kos;1985\nIvo;Car;31.02.1980\n", encoding="utf-8")
    plan = plan_import(services, path, event_id=event.id)
    assert [(r.full_name, r.birth_year) for r in plan.rows] == [
        ("Tomislav Jurić", 1990), ("Ana Kos", 1985)]
    assert [(r.row, r.value) for r in plan.rejected] == [(4, "31.02.1980")]
    assert "not a date of birth" in str(plan.rejected[0].message)


def write_list(path: Path, rows: int, bad_row: int | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Given name", "Family name", "E-mail", "Organisation", "Country",
                         "Category", "Role"])
        for i in range(rows):
            email = "not-an-address" if i == bad_row else f"person{i}@example.org"
            writer.writerow([f"Given{i}", f"Family{i}", email, f"Organisation {i % 7}",
                             ["HR", "Italia", "Magyarország"][i % 3], "citizen",
                             "participant"])
    return path


def test_150_registrations_with_one_bad_row(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.csv", 150, bad_row=41)
    plan = plan_import(services, path, event_id=event.id)
    assert len(plan.rows) == 149
    [bad] = plan.rejected
    assert (bad.row, bad.value) == (43, "not-an-address")  # header is row 1, data from 2
    result = apply_import(services, plan, backup=False)
    assert (result.created_people, result.registrations, result.organisations_created) == (
        149, 149, 7)
    assert services.people.count() == 149
    assert len(services.registrations.of_event(event.id)) == 149


def test_importing_twice_does_not_duplicate_people(
        services: Services, event: EventRecord, samples: Path) -> None:
    for name in (ONLINE, SZENTENDRE, SIBENIK):
        apply_import(services, plan_import(services, samples / name, event_id=event.id),
                     backup=False)
    first = counts(services)
    for name in (ONLINE, SZENTENDRE, SIBENIK):
        plan = plan_import(services, samples / name, event_id=event.id)
        assert plan.new_rows == ()
        assert all(r.use_existing and r.already_registered for r in plan.rows)
        result = apply_import(services, plan, backup=False)
        assert (result.created_people, result.registrations) == (0, 0)
        assert result.already_registered == len(plan.rows)
    assert counts(services) == first


def test_cancel_leaves_the_database_unchanged(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    plan = plan_import(services, write_list(tmp_path / "list.csv", 150), event_id=event.id)
    before = counts(services)
    token = CancelToken()

    def report(done: int, total: int, label: str) -> None:
        if done == 100:
            token.cancel()  # the person pressed Cancel two thirds of the way in

    with pytest.raises(Cancelled):
        apply_import(services, plan, Progress(report, token), backup=False)
    assert counts(services) == before


def test_existing_person_is_registered_not_created(
        services: Services, event: EventRecord, samples: Path) -> None:
    marija = services.people.create(given_name="Marija", family_name="Horvat",
                                    email="Marija.Horvat@example.hr", country="HR")
    odon = services.people.create(given_name="Odon", family_name="Szoke", country="HU")
    plan = plan_import(services, samples / ONLINE, event_id=event.id)
    [row] = plan.possible_duplicates
    assert row.match is not None
    assert (row.row, row.match.person_id, row.match.reason, row.use_existing) == (
        2, marija.id, SAME_EMAIL, True)
    result = apply_import(services, plan, backup=False)
    assert (result.created_people, result.registered_existing) == (4, 1)
    assert [p.id for p in services.people.list("marija horvat")] == [marija.id]
    # Similar name once diacritics are folded, no e-mail on either side: the same person.
    plan = plan_import(services, samples / SZENTENDRE, event_id=event.id)
    [row] = plan.possible_duplicates
    assert row.match is not None
    assert (row.row, row.match.person_id, row.match.reason, row.use_existing) == (
        4, odon.id, SIMILAR_NAME, True)


def test_namesake_with_another_email_is_reported_but_created(
        services: Services, event: EventRecord, samples: Path) -> None:
    other = services.people.create(given_name="Marija", family_name="Horvat",
                                   email="marija@grad-split.hr")
    plan = plan_import(services, samples / ONLINE, event_id=event.id)
    [row] = plan.possible_duplicates
    assert row.match is not None and row.match.person_id == other.id
    assert not row.use_existing
    assert len(plan.new_rows) == 5
    # The person may decide otherwise: register the existing one after all.
    chosen = plan.with_choice(row.row, use_existing=True)
    assert isinstance(chosen, ImportPlan) and len(chosen.new_rows) == 4
    result = apply_import(services, chosen, backup=False)
    assert (result.created_people, result.registered_existing) == (4, 1)


def test_organisations_are_reused_by_folded_name(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    grad = services.organisations.create(name="Grad Šibenik", type="municipality")
    path = tmp_path / "orgs.csv"
    path.write_text("First name,Last name,Organisation\nIvo,Car,GRAD SIBENIK\n",
                    encoding="utf-8")
    result = apply_import(services, plan_import(services, path, event_id=event.id),
                          backup=False)
    assert result.organisations_created == 0
    assert services.people.list()[0].organisation_id == grad.id


def test_every_bad_cell_is_reported_with_row_column_value(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Nome,Cognome,Paese,Categoria,Ruolo,Sesso,Consent to photos,Telefono\n"
        "Ana,Kos,Atlantis,astronaut,clown,x,maybe,call me\n"
        ",,HR,citizen,participant,f,yes,+385 1 234\n"
        "Ivo,Car,Croazia,građanin,predavač,m,sì,+385 1 234\n", encoding="utf-8")
    plan = plan_import(services, path, event_id=event.id)
    assert plan.rejected_rows == (2, 3)
    assert [(p.row, p.column, p.value) for p in plan.rejected] == [
        (2, "Telefono", "call me"), (2, "Paese", "Atlantis"), (2, "Categoria", "astronaut"),
        (2, "Ruolo", "clown"), (2, "Sesso", "x"), (2, "Consent to photos", "maybe"),
        (3, "Nome", "")]
    messages = [str(p.message) for p in plan.rejected]
    assert messages[1] == ("Row 2, column “Paese”: “Atlantis” is not a known country "
                           "(expected an ISO code such as HR, or the country's name).")
    assert "expected policy maker, public officer" in messages[2]
    assert messages[-1] == "Row 3: there is neither a given nor a family name."
    [ivo] = plan.rows
    assert (ivo.country, ivo.category, ivo.role, ivo.gender, ivo.consents) == (
        "HR", "citizen", "speaker", "male", (("photos", True),))


def test_unknown_headers_are_reported_and_mapping_can_be_chosen(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Name,Surname,Napomena,Dieta\nAna,Kos,vegan,none\n", encoding="utf-8")
    plan = plan_import(services, path, event_id=event.id)
    assert plan.unknown_headers == ("Name", "Napomena", "Dieta")
    assert plan.fields == ("", "family_name", "", "")
    chosen = dict(plan.mapping, Name="given_name", Napomena="ignore")
    plan = plan_import(services, path, event_id=event.id, mapping=chosen)
    assert plan.unknown_headers == ("Dieta",)
    assert plan.mapping == {"Name": "given_name", "Surname": "family_name",
                            "Napomena": "ignore", "Dieta": ""}
    assert plan.rows[0].full_name == "Ana Kos"


def test_a_file_without_name_columns_is_refused(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "nonames.csv"
    path.write_text("E-mail,Town\nana@example.org,Split\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="given or the family name"):
        plan_import(services, path, event_id=event.id)


def test_two_columns_for_one_field_keep_the_first(
        services: Services, event: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("First name,Last name,E-mail,Email address\nAna,Kos,a@x.hr,b@y.hr\n",
                    encoding="utf-8")
    plan = plan_import(services, path, event_id=event.id)
    assert plan.fields == ("given_name", "family_name", "email", "")
    assert plan.rows[0].email == "a@x.hr"
    assert any("only “E-mail” is imported" in str(n) for n in plan.notes)


def test_unknown_event_and_bad_files(
        services: Services, event: EventRecord, samples: Path, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        plan_import(services, samples / ONLINE, event_id="no-such-event")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(Exception, match="holds no rows"):
        plan_import(services, tmp_path / "empty.csv", event_id=event.id)


@pytest.mark.sqlite_only("a copy of the SQLite file; a server is backed up with pg_dump")
def test_a_backup_is_taken_before_writing(
        services: Services, event: EventRecord, samples: Path) -> None:
    plan = plan_import(services, samples / SZENTENDRE, event_id=event.id)
    result = apply_import(services, plan)
    assert result.backup and Path(result.backup).exists()


@pytest.mark.parametrize(("header", "field"), [
    ("Given name / Nome", "given_name"),
    ("Cognome", "family_name"), ("Apellidos", "family_name"), ("Nazwisko", "family_name"),
    ("Priimek", "family_name"), ("Фамилия", "family_name"), ("Keresztnév", "given_name"),
    ("Imię", "given_name"), ("Adres e-mail", "email"), ("Telefonszám", "phone"),
    ("Miejscowość", "town"), ("Občina", "town"), ("Държава", "country"),
    ("Organização", "organisation"), ("Rola", "role"),
    ("I agree to the processing of my personal data (Yes/No)", "consent_processing"),
    ("Acconsento al trattamento dei dati personali", "consent_processing"),
    ("Wyrażam zgodę na zdjęcia", "consent_photos"),
    ("I agree that my name appears on the participant list", "consent_lists"),
    ("Informazioni cronologiche", "timestamp"),
    ("Napomena", ""),
])
def test_headers_in_partner_languages(header: str, field: str) -> None:
    assert header_field(header) == field
