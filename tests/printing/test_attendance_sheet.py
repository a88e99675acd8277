"""The EU attendance sheet: every registered name prints as stored in embedded fonts, the header
and page numbers are on every page, lists split as asked, and a cancel leaves no file."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from ecnet_desktop.domain.enums import RegistrationStatus
from ecnet_desktop.domain.errors import Cancelled, UserError
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.paths import resource_path
from ecnet_desktop.printing.attendance_sheet import (
    AttendanceSheetOptions,
    build_attendance_sheet,
    column_widths,
    listed,
    plan_lists,
)
from ecnet_desktop.printing.common import PROGRAMME, PROJECT, Wording, wrap
from ecnet_desktop.printing.fonts import CONDENSED, register_fonts, without_licence_text
from ecnet_desktop.services.container import Services

from . import (
    assert_only_embedded_fonts,
    copy_database,
    flat,
    fonts,
    layout_lines,
    make_demo,
    page_count,
    page_sizes,
    run,
    text,
)

A4_PORTRAIT = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)


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


def registered_names(services: Services, event_id: str) -> list[tuple[str, str]]:
    return [(p.person.family_name, p.person.given_name)
            for p in services.participants.participants(event_id)
            if p.registration.status == RegistrationStatus.REGISTERED.value]


def approx_size(size: tuple[float, float], expected: tuple[float, float]) -> bool:
    return abs(size[0] - expected[0]) < 1 and abs(size[1] - expected[1]) < 1


# -- the demo event ------------------------------------------------------------------------------


def test_every_registered_name_prints_as_stored_in_embedded_fonts(demo: Services,
                                                                  tmp_path: Path) -> None:
    event_id = only_event(demo)
    out = tmp_path / "sheet.pdf"
    result = build_attendance_sheet(demo, event_id, out)
    assert result.path == out and out.exists()
    assert_only_embedded_fonts(out)
    content = text(out)
    names = registered_names(demo, event_id)
    assert len(names) > 100
    for family, given in names:
        # Family and given name sit side by side in the row (a wrapped name reads as one).
        assert f"{flat(family)} {flat(given)}" in content, (family, given)
    assert result.pages == page_count(out)


def test_cancelled_and_no_shows_are_not_listed(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    everyone = demo.participants.participants(event_id)
    coming = {(p.person.family_name, p.person.given_name) for p in everyone
              if p.registration.status == RegistrationStatus.REGISTERED.value}
    away = [p for p in everyone if p.registration.status != RegistrationStatus.REGISTERED.value
            and (p.person.family_name, p.person.given_name) not in coming]
    assert {p.registration.status for p in away} == {"cancelled", "no_show"}
    out = tmp_path / "sheet.pdf"
    build_attendance_sheet(demo, event_id, out)
    content = text(out)
    for p in away:
        assert f"{flat(p.person.family_name)} {flat(p.person.given_name)}" not in content
    assert len(listed(everyone)) == len(coming)


def test_every_page_has_the_header_and_page_x_of_y(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    event = demo.events.get(event_id)
    out = tmp_path / "sheet.pdf"
    pages = build_attendance_sheet(demo, event_id, out).pages
    assert pages >= 3
    for page in range(1, pages + 1):
        content = text(out, first=page, last=page)
        for expected in (PROJECT, PROGRAMME, flat(event.title), event.venue, event.host_town,
                         "Romania", "9 September 2021 – 11 September 2021", "Attendance sheet",
                         f"Page {page} of {pages}"):
            assert expected in content, (page, expected)
        # The table header repeats on every page.
        assert "No. Family name Given name Organisation Town Country E-mail or phone" in content
    last = text(out, first=pages, last=pages)
    assert "Certification by the legal representative" in last
    assert "Data protection:" in last and "Stamp" in last and "Signature" in last


def test_blank_rows_for_walk_ins_continue_the_numbering(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    listed_count = len(registered_names(demo, event_id))
    out = tmp_path / "sheet.pdf"
    build_attendance_sheet(demo, event_id, out, AttendanceSheetOptions(blank_rows=7))
    alone = [int(line) for line in layout_lines(out) if re.fullmatch(r"\s*\d+\s*", line)]
    assert alone == list(range(listed_count + 1, listed_count + 8))
    build_attendance_sheet(demo, event_id, out, AttendanceSheetOptions(blank_rows=0))
    assert not [line for line in layout_lines(out) if re.fullmatch(r"\s*\d+\s*", line)]


def test_landscape_for_several_days_portrait_for_one(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    whole = tmp_path / "whole.pdf"
    build_attendance_sheet(demo, event_id, whole)
    assert all(approx_size(size, A4_LANDSCAPE) for size in page_sizes(whole))
    assert text(whole, first=1, last=1).count("Signature") >= 3  # a column per day
    per_day = tmp_path / "days.pdf"
    build_attendance_sheet(demo, event_id, per_day, AttendanceSheetOptions(per="day"))
    assert all(approx_size(size, A4_PORTRAIT) for size in page_sizes(per_day))
    content = text(per_day)
    for n, day in enumerate(("9 September 2021", "10 September 2021", "11 September 2021"), 1):
        assert f"Day {n}: {day}" in content
    assert "List 3 of 3" in content


def test_per_session_one_list_per_session(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    sessions = demo.events.sessions_of(event_id)
    out = tmp_path / "sessions.pdf"
    build_attendance_sheet(demo, event_id, out, AttendanceSheetOptions(per="session",
                                                                       blank_rows=0))
    content = text(out)
    for session in sessions:
        assert flat(session.title) in content
        # The signature column says when to sign: the session's day and hours.
        assert f"{session.start:%H:%M}–{session.end:%H:%M}" in content
    assert "<br/>" not in content and "&lt;" not in content
    assert f"List {len(sessions)} of {len(sessions)}" in content
    # "Page x of y" counts within each list: every list starts at page 1.
    pages = page_count(out)
    firsts = sum(1 for p in range(1, pages + 1) if "Page 1 of" in text(out, first=p, last=p))
    assert firsts == len(sessions)


def test_lists_per_town_and_local_apart_from_international(demo: Services) -> None:
    event_id = only_event(demo)
    event = demo.events.get(event_id)
    participants = demo.participants.participants(event_id)
    options = AttendanceSheetOptions(by_town=True, split_international=True)
    sheets = plan_lists(event, [], participants, options, Wording())
    assert len(sheets) > 2
    seen = 0
    for sheet in sheets:
        towns = {p.registration.invited_by_town for p in sheet.people}
        assert len(towns) == 1
        (town,) = towns
        assert (f"Invited by {town}" if town else "Not invited by a partner town") in sheet.group
        international = {p.international for p in sheet.people}
        assert international == {"International participants" in sheet.group}
        seen += len(sheet.people)
    assert seen == len(listed(participants))


def test_people_are_in_alphabetical_order_with_accents_folded(services: Services,
                                                              tmp_path: Path) -> None:
    event = services.events.create(kind="international_event", title="Order", country="HR",
                                   start_date=dt.date(2021, 5, 4))
    for given, family in (("Ana", "Dujmović"), ("Nikola", "Đurđević"), ("Eva", "Erdős"),
                          ("Zoé", "Dupont"), ("Ivan", "Čačić"), ("Marko", "Cvitan")):
        person = services.people.create(given_name=given, family_name=family, country="HR")
        services.registrations.register(person.id, event.id)
    order = [p.person.family_name for p in listed(services.participants.participants(event.id))]
    assert order == ["Čačić", "Cvitan", "Dujmović", "Dupont", "Đurđević", "Erdős"]
    out = tmp_path / "order.pdf"
    build_attendance_sheet(services, event.id, out)
    content = text(out)
    positions = [content.index(name) for name in order]
    assert positions == sorted(positions)
    # A Croatian sheet follows the Croatian alphabet: Č after C, Đ after every D.
    build_attendance_sheet(services, event.id, out, language="hr")
    content = text(out)
    croatian = ["Cvitan", "Čačić", "Dujmović", "Dupont", "Đurđević", "Erdős"]
    positions = [content.index(name) for name in croatian]
    assert positions == sorted(positions)


# -- names from every partner language, long ones wrapped -----------------------------------------

PARTNER_NAMES = [  # given, family, country
    ("Łukasz", "Wójcik", "PL"), ("Zsófia", "Őry", "HU"), ("Nikola", "Đurđević", "HR"),
    ("Ştefan", "Popescu", "RO"), ("Γιώργος", "Παπαδόπουλος", "GR"), ("Мария", "Иванова", "BG"),
    ("João", "Conceição", "PT"), ("Núria", "Puigdemont i Casamajó", "ES"),
]
LONG_ORGANISATION = ("Fundacja Rozwoju Społeczeństwa Obywatelskiego i Współpracy Międzynarodowej "
                     "Miast Partnerskich Gorzowa Wielkopolskiego")


def test_names_from_every_partner_language_and_long_text_wraps_inside_cells(
        services: Services, tmp_path: Path) -> None:
    org = services.organisations.create(name=LONG_ORGANISATION, town="Gorzów Wielkopolski",
                                        country="PL")
    event = services.events.create(kind="international_event", title="Languages",
                                   host_town="Pescara", country="IT", venue="Palazzo",
                                   start_date=dt.date(2021, 11, 18))
    for given, family, country in PARTNER_NAMES:
        person = services.people.create(given_name=given, family_name=family, country=country,
                                        organisation_id=org.id)
        services.registrations.register(person.id, event.id)
    out = tmp_path / "languages.pdf"
    build_attendance_sheet(services, event.id, out)
    assert_only_embedded_fonts(out)
    content = text(out)
    for given, family, _country in PARTNER_NAMES:
        assert f"{family} {given}" in content
    # A one-day event prints portrait; every word of the long organisation stays in its column.
    assert approx_size(page_sizes(out)[0], A4_PORTRAIT)
    widths = column_widths(1, A4_PORTRAIT[0] - 2 * 28.3465)
    left = 28.3465 + sum(widths[:3])
    right = left + widths[3]
    assert all(approx_size(size, A4_PORTRAIT) for size in page_sizes(out))
    boxes = run("pdftotext", "-bbox", str(out), "-")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
                       r"([^<]+)</word>", boxes)
    org_words = [(float(a), float(b)) for a, b, w in words if w in ("Międzynarodowej",
                                                                      "Wielkopolskiego")]
    assert len(org_words) == 2 * len(PARTNER_NAMES)
    for x_min, x_max in org_words:
        assert left <= x_min and x_max <= right


def test_wrap_breaks_long_words_where_a_person_would() -> None:
    register_fonts()
    lines = wrap("evangelos.papadakis36@example.org", CONDENSED, 8, 100).split("\n")
    assert lines[0].endswith("@") and "".join(lines) == "evangelos.papadakis36@example.org"
    assert wrap("Őry", CONDENSED, 8, 60) == "Őry"


def test_contact_details_only_for_people_who_agreed_to_appear_on_lists(
        services: Services, tmp_path: Path) -> None:
    event = services.events.create(kind="local_working_group", title="Consent",
                                   start_date=dt.date(2022, 1, 7))
    agreed = services.people.create(given_name="Ana", family_name="Horvat",
                                    email="ana@example.hr", consent_lists_at=dt.datetime(2021, 1, 1))
    refused = services.people.create(given_name="Ivo", family_name="Babić",
                                     email="ivo@example.hr")
    for person in (agreed, refused):
        services.registrations.register(person.id, event.id)
    out = tmp_path / "consent.pdf"
    build_attendance_sheet(services, event.id, out)
    content = text(out)
    assert "ana@example.hr" in content and "ivo@example.hr" not in content


def test_an_event_nobody_registered_for_prints_blank_rows(services: Services,
                                                          tmp_path: Path) -> None:
    event = services.events.create(kind="local_working_group", title="Empty room",
                                   start_date=dt.date(2022, 1, 7))
    out = tmp_path / "empty.pdf"
    build_attendance_sheet(services, event.id, out, AttendanceSheetOptions(blank_rows=12))
    alone = [int(line) for line in layout_lines(out) if re.fullmatch(r"\s*\d+\s*", line)]
    assert alone == list(range(1, 13))
    build_attendance_sheet(services, event.id, out, AttendanceSheetOptions(
        blank_rows=3, by_town=True, split_international=True))
    assert page_count(out) == 1
    with pytest.raises(UserError, match="no sessions"):
        build_attendance_sheet(services, event.id, out, AttendanceSheetOptions(per="session"))


def test_chosen_language_with_english_alongside(demo: Services, tmp_path: Path) -> None:
    italian = {"Family name": "Cognome", "Attendance sheet": "Foglio presenze",
               "Page {page} of {pages}": "Pagina {page} di {pages}"}
    out = tmp_path / "it.pdf"
    build_attendance_sheet(demo, only_event(demo), out,
                           translate=lambda _context, source: italian.get(source, source),
                           country_name=lambda code: {"RO": "Romania (it)"}.get(code, code))
    content = text(out, first=1, last=1)
    assert "Foglio presenze / Attendance sheet" in content
    assert "Cognome Family name" in content
    assert "Pagina 1 di" in content and "Page 1 of" in content
    assert "Romania (it)" in content


# -- writing -------------------------------------------------------------------------------------


def test_cancel_leaves_no_file_and_keeps_an_older_one(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    out = tmp_path / "sheet.pdf"
    token = CancelToken()
    pages: list[int] = []

    def cancel_on_second_page(done: int, total: int, label: str) -> None:
        pages.append(done)
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        build_attendance_sheet(demo, event_id, out, progress=Progress(cancel_on_second_page,
                                                                      token))
    assert pages and max(pages) == 2
    assert list(tmp_path.glob("*.pdf*")) == [] and not list(tmp_path.glob(".sheet*"))
    out.write_bytes(b"older document")
    with pytest.raises(Cancelled):
        build_attendance_sheet(demo, event_id, out, progress=Progress(cancel_on_second_page,
                                                                      token))
    assert out.read_bytes() == b"older document"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_progress_is_reported_per_page(demo: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = build_attendance_sheet(demo, only_event(demo), tmp_path / "s.pdf",
                                    progress=Progress(lambda d, t, _l: seen.append((d, t))))
    done = [d for d, _t in seen if d]
    assert done == list(range(1, result.pages + 1))
    assert all(t >= d for d, t in seen)


def test_bad_options_are_a_users_mistake(demo: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="blank rows"):
        build_attendance_sheet(demo, only_event(demo), tmp_path / "x.pdf",
                               AttendanceSheetOptions(blank_rows=-1))
    with pytest.raises(UserError, match="per event, day or session"):
        build_attendance_sheet(demo, only_event(demo), tmp_path / "x.pdf",
                               AttendanceSheetOptions(per="week"))
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
def test_every_event_of_the_m_demo_prints(tmp_path: Path) -> None:
    services = Services.open(make_demo(tmp_path / "m.sqlite", "M"))
    try:
        events = services.events.list()
        assert len(events) >= 6
        for n, event in enumerate(events):
            out = tmp_path / f"event{n}.pdf"
            build_attendance_sheet(services, event.id, out,
                                   AttendanceSheetOptions(split_international=True))
            assert_only_embedded_fonts(out)
            content = text(out)
            for family, given in registered_names(services, event.id):
                assert f"{flat(family)} {flat(given)}" in content, (event.title, family)
    finally:
        services.close()


def test_a_long_event_gets_lists_of_five_days_and_paper_can_be_forced(services: Services,
                                                                       tmp_path: Path) -> None:
    event = services.events.create(kind="international_event", title="Summer school",
                                   country="SI", start_date=dt.date(2022, 7, 4),
                                   end_date=dt.date(2022, 7, 10))
    person = services.people.create(given_name="Živa", family_name="Hočevar", country="SI")
    services.registrations.register(person.id, event.id)
    out = tmp_path / "week.pdf"
    build_attendance_sheet(services, event.id, out, AttendanceSheetOptions(blank_rows=2))
    content = text(out)
    assert "List 1 of 2 · Days 1–5" in content and "List 2 of 2 · Days 6–7" in content
    assert content.count("Hočevar Živa") == 2
    assert all(approx_size(size, A4_LANDSCAPE) for size in page_sizes(out))
    build_attendance_sheet(services, event.id, out, AttendanceSheetOptions(
        blank_rows=2, orientation="portrait"))
    assert "List 7 of 7 · Day 7: 10 July 2022" in text(out)
    assert all(approx_size(size, A4_PORTRAIT) for size in page_sizes(out))


# -- what the sheet costs to make -----------------------------------------------------------------


def test_the_sheet_embeds_two_faces_and_no_licence_text(demo: Services, tmp_path: Path) -> None:
    # Every face embedded is a font subset built anew in each PDF: the sheet uses two.
    out = tmp_path / "sheet.pdf"
    build_attendance_sheet(demo, only_event(demo), out,
                           translate=lambda _context, source: {"Family name": "Prezime"}.get(
                               source, source))
    assert sorted(name.split("+")[-1] for name, _embedded in fonts(out)) == [
        "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"]
    assert "Prezime Family name" in text(out)


def test_fonts_are_registered_without_the_licence_text_and_stay_valid() -> None:
    licence = "Permission is hereby granted"
    original = (resource_path("fonts", "DejaVuSansCondensed.ttf")).read_bytes()
    trimmed = without_licence_text(original)
    assert licence.encode("utf-16-be") in original
    assert licence.encode("utf-16-be") not in trimmed and licence.encode() not in trimmed
    assert len(original) - len(trimmed) > 14_000
    # The tables' checksums and the file's are right, the names and metrics as they were.
    before, after = TTFontFile(io.BytesIO(original)), TTFontFile(io.BytesIO(trimmed), validate=1)
    assert after.name == before.name and after.familyName == before.familyName
    assert after.charWidths == before.charWidths and after.charToGlyph == before.charToGlyph
    # The copyright and the licence's address stay in the name table.
    assert "dejavu.sourceforge.net/wiki/index.php/License".encode("utf-16-be") in trimmed
    assert "Bitstream".encode("utf-16-be") in trimmed


def test_numbers_align_right_and_text_starts_at_the_cell_padding(demo: Services,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    build_attendance_sheet(demo, only_event(demo), out, AttendanceSheetOptions(blank_rows=0))
    boxes = run("pdftotext", "-f", "1", "-l", "1", "-bbox", str(out), "-")
    words = [(float(x0), float(x1), word) for x0, x1, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</word>',
        boxes)]
    widths = column_widths(3, A4_LANDSCAPE[0] - 2 * 28.3465)
    number_right = 28.3465 + widths[0] - 3
    numbers = [(x0, x1) for x0, x1, word in words if word.isdigit() and x1 < number_right + 1]
    assert len(numbers) >= 9  # 1–9 and 10 onwards share one right edge
    assert all(abs(x1 - number_right) < 1 for _x0, x1 in numbers)
    family_left = 28.3465 + widths[0] + 3
    starts = [x0 for x0, _x1, _word in words if abs(x0 - family_left) < 1]
    assert len(starts) >= len(numbers)  # every family name starts at the padding
