"""Every printed document on US Letter: Letter-sized pages, every row still there, and nothing
drawn past the page's edges (Letter is wider and shorter than A4)."""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.domain.enums import RegistrationStatus
from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.printing.attendance_sheet import (
    MAX_SIGNATURE_COLUMNS,
    AttendanceSheetOptions,
    build_attendance_sheet,
    column_widths,
    signature_columns,
)
from ecnet_desktop.printing.badges import BadgeOptions, badge_people, build_badges
from ecnet_desktop.printing.certificates import CertificateOptions, build_certificates
from ecnet_desktop.printing.common import paper_size
from ecnet_desktop.printing.compendium import build_recommendations_pdf, build_toolkit_pdf
from ecnet_desktop.printing.event_report import EventReportOptions, build_event_report
from ecnet_desktop.printing.subject_access_pdf import print_subject_access
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.print_data import PrintDataService

from . import copy_database, flat, layout_lines, make_demo, page_count, page_sizes, run, text

LETTER_PORTRAIT = (612.0, 792.0)
LETTER_LANDSCAPE = (792.0, 612.0)


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


def only_event(services: Services) -> str:
    (event,) = services.events.list()
    return event.id


def all_sized(pdf: Path, expected: tuple[float, float]) -> bool:
    sizes = page_sizes(pdf)
    return bool(sizes) and all(abs(w - expected[0]) < 1 and abs(h - expected[1]) < 1
                               for w, h in sizes)


def words_outside(pdf: Path, margin: float) -> list[str]:
    """Words drawn closer than ``margin`` points to a page edge (or past it): clipped text."""
    page = r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>'
    word = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    outside = []
    for width, height, body in re.findall(page, run("pdftotext", "-bbox", str(pdf), "-"),
                                          re.DOTALL):
        w, h = float(width), float(height)
        for x0, y0, x1, y1, content in re.findall(word, body):
            if (float(x0) < margin or float(y0) < margin or float(x1) > w - margin
                    or float(y1) > h - margin):
                outside.append(html.unescape(content))
    return outside


def registered(services: Services, event_id: str) -> list[tuple[str, str]]:
    return [(p.person.family_name, p.person.given_name)
            for p in services.participants.participants(event_id)
            if p.registration.status == RegistrationStatus.REGISTERED.value]


def test_paper_sizes_and_an_unknown_one() -> None:
    assert paper_size("A4") == pytest.approx((595.28, 841.89), abs=0.01)
    assert paper_size("Letter") == LETTER_PORTRAIT
    with pytest.raises(UserError, match="Unknown paper size “Legal”"):
        paper_size("Legal")


def test_attendance_sheet_on_letter_keeps_every_row_inside_the_page(demo: Services,
                                                                   tmp_path: Path) -> None:
    event_id = only_event(demo)
    names = registered(demo, event_id)
    assert len(names) > 100
    out = tmp_path / "sheet.pdf"
    result = build_attendance_sheet(demo, event_id, out,
                                    AttendanceSheetOptions(blank_rows=6, paper="Letter"))
    # Three days: one landscape list with a signature column per day.
    assert all_sized(out, LETTER_LANDSCAPE)
    assert result.pages == page_count(out)
    content = text(out)
    for family, given in names:
        assert f"{flat(family)} {flat(given)}" in content, (family, given)
    alone = [int(line) for line in layout_lines(out) if re.fullmatch(r"\s*\d+\s*", line)]
    assert alone == list(range(len(names) + 1, len(names) + 7))
    assert text(out, first=1, last=1).count("Signature") == 3
    assert words_outside(out, 10) == []
    per_day = tmp_path / "days.pdf"
    build_attendance_sheet(demo, event_id, per_day,
                           AttendanceSheetOptions(per="day", paper="Letter"))
    assert all_sized(per_day, LETTER_PORTRAIT)
    assert words_outside(per_day, 10) == []


def test_a_long_event_on_letter_gets_lists_of_four_days(services: Services,
                                                        tmp_path: Path) -> None:
    event = services.events.create(kind="international_event", title="Summer school",
                                   country="SI", start_date=dt.date(2022, 7, 4),
                                   end_date=dt.date(2022, 7, 10))
    person = services.people.create(given_name="Živa", family_name="Hočevar", country="SI",
                                    organisation_name="Regionalna razvojna agencija")
    services.registrations.register(person.id, event.id)
    out = tmp_path / "week.pdf"
    build_attendance_sheet(services, event.id, out,
                           AttendanceSheetOptions(blank_rows=2, paper="Letter"))
    content = text(out)
    # Five signature columns of a useful width do not fit beside the data on Letter.
    assert "List 1 of 2 · Days 1–4" in content and "List 2 of 2 · Days 5–7" in content
    assert content.count("Hočevar Živa") == 2
    assert all_sized(out, LETTER_LANDSCAPE)
    assert words_outside(out, 10) == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_columns_never_exceed_the_page(paper: str) -> None:
    long_side = max(paper_size(paper)) - 2 * 28.35
    fitting = signature_columns(paper)
    assert fitting == (MAX_SIGNATURE_COLUMNS if paper == "A4" else 4)
    assert sum(column_widths(fitting, long_side)) <= long_side + 0.01
    # Even asked for more columns than fit, the table shrinks rather than spilling over.
    assert sum(column_widths(fitting + 3, long_side)) <= long_side + 0.01


@pytest.mark.parametrize(("layout", "per_page"), [("2x4", 8), ("2x5", 10), ("3x3", 9)])
def test_badges_on_letter_fill_the_sheet(demo: Services, tmp_path: Path, layout: str,
                                         per_page: int) -> None:
    event_id = only_event(demo)
    people = badge_people(demo.participants.participants(event_id), None)
    out = tmp_path / f"{layout}.pdf"
    result = build_badges(demo, event_id, out, BadgeOptions(layout=layout, paper="Letter"))
    assert all_sized(out, LETTER_PORTRAIT)
    assert result.pages == page_count(out) == math.ceil(len(people) / per_page)
    content = text(out)
    for p in people:
        assert flat(p.person.family_name) in content
    # The grid sits inside the page's 10 mm margins.
    assert words_outside(out, 28) == []
    stem = tmp_path / "page1"
    run("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(out),
        str(stem))
    assert len(run("zbarimg", "--raw", "-q", f"{stem}.png").split()) == per_page


def test_certificates_on_letter(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    present = PrintDataService(demo.replica).people_present(event_id)
    out = tmp_path / "certificates.pdf"
    result = build_certificates(demo, event_id, out, CertificateOptions(
        issued_on=dt.date(2021, 9, 11), paper="Letter"))
    assert result.pages == len(present)
    assert all_sized(out, LETTER_PORTRAIT)
    content = text(out)
    for presence in present:
        assert flat(presence.person.full_name) in content
    assert words_outside(out, 20) == []


def test_event_report_on_letter(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    out = tmp_path / "report.pdf"
    build_event_report(demo, event_id, out, EventReportOptions(paper="Letter"))
    assert all_sized(out, LETTER_PORTRAIT)
    content = text(out)
    for session in demo.events.sessions_of(event_id):
        assert flat(session.title)[:20] in content, session.title
    assert words_outside(out, 20) == []


def test_compendia_on_letter(demo: Services, tmp_path: Path) -> None:
    toolkit, recommendations = tmp_path / "toolkit.pdf", tmp_path / "recommendations.pdf"
    build_toolkit_pdf(demo, toolkit, paper="Letter")
    build_recommendations_pdf(demo, recommendations, paper="Letter")
    for pdf in (toolkit, recommendations):
        assert all_sized(pdf, LETTER_PORTRAIT)
        assert words_outside(pdf, 20) == []
    content = text(toolkit)
    for method in demo.methodologies.list():
        assert flat(method.name) in content


def test_subject_access_on_letter(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    person = badge_people(demo.participants.participants(event_id), None)[0].person
    out = tmp_path / "sar.pdf"
    print_subject_access(demo, person.id, out, paper="Letter")
    assert all_sized(out, LETTER_PORTRAIT)
    assert flat(person.family_name) in text(out)
    assert words_outside(out, 20) == []


def test_an_unknown_paper_is_a_users_mistake_and_writes_nothing(demo: Services,
                                                                tmp_path: Path) -> None:
    event_id = only_event(demo)
    out = tmp_path / "x.pdf"
    for build, options in ((build_attendance_sheet, AttendanceSheetOptions(paper="B5")),
                           (build_badges, BadgeOptions(paper="B5")),
                           (build_certificates, CertificateOptions(paper="B5")),
                           (build_event_report, EventReportOptions(paper="B5"))):
        with pytest.raises(UserError, match="Unknown paper size"):
            build(demo, event_id, out, options)
    with pytest.raises(UserError, match="Unknown paper size"):
        build_toolkit_pdf(demo, out, paper="B5")
    assert not out.exists()
