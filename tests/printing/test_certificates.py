"""Certificates of attendance: a page per person present, with the sessions they attended, the
hours, the event and its dates, and a signature block."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.domain.errors import Cancelled, UserError
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.printing.certificates import CertificateOptions, build_certificates
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.print_data import PrintDataService

from . import assert_only_embedded_fonts, copy_database, flat, make_demo, page_count, text

ISSUED = dt.date(2021, 9, 24)


@pytest.fixture(scope="module")
def s_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("demo") / "s.sqlite", "S")


@pytest.fixture
def demo(s_template: Path, tmp_path: Path) -> Iterator[Services]:
    services = Services.open(copy_database(s_template, tmp_path))
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def small(services: Services) -> dict[str, str]:
    """An event with three sessions (1.5 h, 2 h, 1 h) and people present in some of them."""
    org = services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR")
    event = services.events.create(kind="international_event", title="Solidarity in Šibenik",
                                   host_town="Šibenik", country="HR", venue="Gradska vijećnica",
                                   start_date=dt.date(2021, 9, 23), end_date=dt.date(2021, 9, 24),
                                   host_organisation_id=org.id)
    times = [((2021, 9, 23, 9, 30), (2021, 9, 23, 11, 0), "Opening plenary"),
             ((2021, 9, 23, 14, 0), (2021, 9, 23, 16, 0), "World café on solidarity"),
             ((2021, 9, 24, 10, 0), (2021, 9, 24, 11, 0), "Closing session")]
    sessions = [services.events.add_session(event.id, title=title, start=dt.datetime(*start),
                                            end=dt.datetime(*end)).id
                for start, end, title in times]
    ids = {"event": event.id}
    for key, given, family, attended in (("ivana", "Ivana", "Đurđević", [0, 1, 2]),
                                         ("gyorgos", "Γιώργος", "Παπαδόπουλος", [1]),
                                         ("absent", "Ödön", "Őry", [])):
        person = services.people.create(given_name=given, family_name=family, country="HR",
                                        town="Šibenik")
        services.registrations.register(person.id, event.id)
        for index in attended:
            services.attendance.check_in(person.id, sessions[index])
        ids[key] = person.id
    return ids


def test_one_page_per_person_present_with_sessions_and_hours(services: Services,
                                                             small: dict[str, str],
                                                             tmp_path: Path) -> None:
    out = tmp_path / "certificates.pdf"
    options = CertificateOptions(signatory="Marija Perić", signatory_role="Mayor",
                                 issued_on=ISSUED)
    result = build_certificates(services, small["event"], out, options)
    assert result.pages == page_count(out) == 2  # Őry was never checked in
    assert_only_embedded_fonts(out)
    first, second = text(out, first=1, last=1), text(out, first=2, last=2)
    assert "Ivana Đurđević" in first and "Γιώργος Παπαδόπουλος" in second
    assert "Őry" not in text(out)
    for page in (first, second):
        assert "Certificate of attendance" in page and "Solidarity in Šibenik" in page
        assert "from 23 September 2021 to 24 September 2021" in page
        assert "Šibenik, 24 September 2021" in page
        assert "Marija Perić" in page and "Mayor" in page and "For Grad Šibenik" in page
    assert "Opening plenary" in first and "Closing session" in first
    assert "Total 4.5" in first  # 1.5 + 2 + 1 hours
    assert "Opening plenary" not in second and "Total 2" in second


def test_one_persons_certificate(services: Services, small: dict[str, str],
                                 tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = build_certificates(services, small["event"], out,
                                CertificateOptions(person_id=small["gyorgos"], issued_on=ISSUED))
    assert result.pages == 1
    assert "Γιώργος Παπαδόπουλος" in text(out) and "Ivana" not in text(out)
    # Registered but never checked in (signed a paper list): a certificate without sessions.
    build_certificates(services, small["event"], out,
                       CertificateOptions(person_id=small["absent"], issued_on=ISSUED))
    content = text(out)
    assert "Ödön Őry" in content and "no session check-ins were recorded" in content


def test_nobody_present_is_a_users_mistake(services: Services, tmp_path: Path) -> None:
    event = services.events.create(kind="other", title="Not yet", start_date=dt.date(2022, 1, 1))
    with pytest.raises(UserError, match="Nobody was checked in"):
        build_certificates(services, event.id, tmp_path / "x.pdf")
    stranger = services.people.create(given_name="Ana", family_name="Kos")
    with pytest.raises(UserError, match="neither checked in nor registered"):
        build_certificates(services, event.id, tmp_path / "x.pdf",
                           CertificateOptions(person_id=stranger.id))
    assert not (tmp_path / "x.pdf").exists()


def test_everyone_present_at_the_demo_event(demo: Services, tmp_path: Path) -> None:
    (event,) = demo.events.list()
    present = PrintDataService(demo.replica).people_present(event.id)
    assert len(present) > 100
    out = tmp_path / "all.pdf"
    result = build_certificates(demo, event.id, out, CertificateOptions(issued_on=ISSUED))
    assert result.pages == len(present)
    content = text(out)
    for presence in present:
        assert flat(presence.person.full_name) in content


def test_cancel_leaves_no_file(services: Services, small: dict[str, str],
                               tmp_path: Path) -> None:
    token = CancelToken()
    out = tmp_path / "certificates.pdf"

    def cancel(done: int, total: int, label: str) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        build_certificates(services, small["event"], out, progress=Progress(cancel, token))
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")] == []


def test_a_person_merged_into_another_gets_no_certificate(
    services: Services, small: dict[str, str], tmp_path: Path
) -> None:
    """The same "who is named" rule as the sheets and badges: a duplicate merged away is gone."""
    from ecnet_desktop.store.models import Person

    with services.database.sessions.begin() as s:
        duplicate = s.get(Person, small["absent"])
        assert duplicate is not None
        duplicate.merged_into_id = small["ivana"]
    with pytest.raises(UserError, match="neither checked in nor registered"):
        build_certificates(services, small["event"], tmp_path / "merged.pdf",
                           CertificateOptions(person_id=small["absent"], issued_on=ISSUED))
    assert not (tmp_path / "merged.pdf").exists()
