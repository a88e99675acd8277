"""Subject access: everything held about one person, as xlsx and PDF, audited."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import msoffcrypto  # type: ignore[import-untyped]
import openpyxl
import pytest

from ecnet_desktop.exchange.subject_access_xlsx import export_subject_access
from ecnet_desktop.printing.subject_access_pdf import print_subject_access
from ecnet_desktop.services.audit import AuditAction
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.subject_access import cell_text

CONSENTED = dt.datetime(2021, 3, 1, 9)


@pytest.fixture
def person(services: Services) -> str:
    event = services.events.create(kind="international_event", title="Solidarity in Šibenik",
                                   country="HR", start_date=dt.date(2021, 9, 23),
                                   end_date=dt.date(2021, 9, 24)).id
    session = services.events.add_session(event, title="Opening plenary",
                                          start=dt.datetime(2021, 9, 23, 9, 30),
                                          end=dt.datetime(2021, 9, 23, 11)).id
    services.consents.add_text("processing", "2020-1", "I agree that EC-NET processes my data.")
    pid = services.people.create(
        given_name="Łukasz", family_name="Wójcik", email="lukasz@example.pl", country="PL",
        category="public_officer", consent_processing_at=CONSENTED,
        consent_processing_version="2020-1", consent_processing_by="Desk laptop").id
    other = services.people.create(given_name="Ana", family_name="Horvat", email="ana@x.hr")
    services.registrations.register(pid, event, role="speaker")
    services.checkin.check_in(event, session, pid)
    services.notes.create(event_id=event, kind="quote", text="Europe starts in our town.",
                          author="Łukasz Wójcik")
    services.notes.create(event_id=event, kind="quote", text="Someone else's words.",
                          author=other.full_name)
    guide = services.interviews.create_guide("Ten years of networks")
    question = services.interviews.add_question(guide.id, type="text",
                                                text={"en": "What changed in your town?"})
    interview = services.interviews.start(guide.id, event_id=event, person_id=pid)
    services.interviews.record_consent(interview.id, True)
    services.interviews.save_answers(interview.id, {question.id: "More young people vote."})
    return pid


def texts(rows: tuple[tuple[object, ...], ...]) -> list[list[str]]:
    return [[cell_text(c) for c in row] for row in rows]


def test_the_report_holds_everything_about_the_person_and_nothing_about_others(
    services: Services, person: str
) -> None:
    report = services.subject_access.report(person)
    personal = dict(texts(report.section("personal").rows))  # type: ignore[arg-type]
    assert personal["e-mail"] == "lukasz@example.pl" and personal["country"] == "Poland"
    assert personal["category"] == "public officer"
    consents = texts(report.section("consents").rows)
    assert consents[0] == ["data processing", "yes", "2021-03-01 09:00:00", "2020-1",
                           "Desk laptop", "I agree that EC-NET processes my data."]
    assert consents[1][:2] == ["photos", "no"]
    assert texts(report.section("registrations").rows) == [
        ["Solidarity in Šibenik", "2021-09-23", "2021-09-24", "speaker", "registered", ""]]
    assert texts(report.section("attendance").rows)[0][:4] == [
        "Solidarity in Šibenik", "Opening plenary", "2021-09-23 09:30:00", "yes"]
    assert [r[-1] for r in texts(report.section("notes").rows)] == ["Europe starts in our town."]
    assert texts(report.section("answers").rows)[0][2:] == [
        "What changed in your town?", "More young people vote."]
    assert "ana@x.hr" not in repr(report)


def test_xlsx_and_pdf_answers_are_written_and_audited(
    services: Services, person: str, tmp_path: Path
) -> None:
    xlsx = export_subject_access(services, person, tmp_path / "sar.xlsx")
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    assert wb.sheetnames[:3] == ["About", "Personal data", "Consents"]
    values = [c for row in wb["Personal data"].iter_rows(values_only=True) for c in row]
    assert "lukasz@example.pl" in values
    wb.close()

    pdf = print_subject_access(services, person, tmp_path / "sar.pdf")
    assert pdf.pages >= 1
    text = subprocess.run(["pdftotext", str(pdf.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Łukasz Wójcik" in text and "More young people vote." in text
    assert "Contains personal data" in text

    entries = services.audit.list(action=AuditAction.SUBJECT_ACCESS)
    assert [(e.subject, e.detail) for e in entries] == [(person, "pdf"), (person, "xlsx")]
    # The audit log is part of the next answer.
    again = services.subject_access.report(person)
    assert len(again.section("audit").rows) == 2


def test_the_xlsx_answer_can_be_password_encrypted(
    services: Services, person: str, tmp_path: Path
) -> None:
    out = export_subject_access(services, person, tmp_path / "sar.xlsx", password="s3cret")
    with out.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        assert office.is_encrypted()
    with pytest.raises(Exception):  # noqa: B017 - openpyxl cannot read it without the password
        openpyxl.load_workbook(out)
    assert services.audit.list()[0].detail == "xlsx, encrypted"
