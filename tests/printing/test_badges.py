"""Badges: A4 sheets in the chosen layout whose QR codes, scanned from a printed page, give the
payload the check-in desk accepts for the right person and event."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.domain import badges
from ecnet_desktop.domain.enums import RegistrationStatus
from ecnet_desktop.domain.errors import Cancelled, UserError
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.printing.badges import BadgeOptions, badge_people, build_badges
from ecnet_desktop.services.container import Services

from . import assert_only_embedded_fonts, copy_database, flat, make_demo, page_count, run, text


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


def scan(pdf: Path, page: int, folder: Path) -> list[str]:
    """What a scanner reads off the printed page (rendered at 150 dpi)."""
    stem = folder / f"page{page}"
    run("pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), "-singlefile",
        str(pdf), str(stem))
    return run("zbarimg", "--raw", "-q", f"{stem}.png").split()


def test_qr_codes_decode_to_the_check_in_payload_of_the_right_people(demo: Services,
                                                                     tmp_path: Path) -> None:
    event_id = only_event(demo)
    out = tmp_path / "badges.pdf"
    build_badges(demo, event_id, out)
    people = badge_people(demo.participants.participants(event_id), None)
    first_sheet = people[:8]
    codes = scan(out, 1, tmp_path)
    assert sorted(codes) == sorted(badges.encode(p.person.id, event_id) for p in first_sheet)
    for code in codes:
        decoded = badges.decode(code)
        assert decoded is not None and decoded.event_id == event_id
        assert decoded.person_id in {p.person.id for p in first_sheet}
    # Each badge carries its person's name, large, beside the code.
    content = text(out, first=1, last=1)
    for p in first_sheet:
        assert flat(p.person.given_name) in content and flat(p.person.family_name) in content


@pytest.mark.parametrize(("layout", "per_page"), [("2x4", 8), ("2x5", 10), ("3x3", 9)])
def test_layouts_fill_a4_sheets(demo: Services, tmp_path: Path, layout: str,
                                per_page: int) -> None:
    event_id = only_event(demo)
    registered = [p for p in demo.participants.participants(event_id)
                  if p.registration.status == RegistrationStatus.REGISTERED.value]
    out = tmp_path / f"{layout}.pdf"
    result = build_badges(demo, event_id, out, BadgeOptions(layout=layout))
    assert result.pages == page_count(out) == math.ceil(len(registered) / per_page)
    assert_only_embedded_fonts(out)
    assert len(scan(out, 2, tmp_path)) == per_page
    content = text(out)
    for p in registered:
        assert flat(p.person.family_name) in content


def test_one_persons_badge(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    person = badge_people(demo.participants.participants(event_id), None)[5].person
    out = tmp_path / "one.pdf"
    result = build_badges(demo, event_id, out, BadgeOptions(person_id=person.id,
                                                            layout="2x5"))
    assert result.pages == 1
    assert scan(out, 1, tmp_path) == [badges.encode(person.id, event_id)]
    cancelled = next(p for p in demo.participants.participants(event_id)
                     if p.registration.status == RegistrationStatus.CANCELLED.value)
    with pytest.raises(UserError, match="not registered"):
        build_badges(demo, event_id, tmp_path / "none.pdf",
                     BadgeOptions(person_id=cancelled.person.id))
    assert not (tmp_path / "none.pdf").exists()


def test_role_is_printed(demo: Services, tmp_path: Path) -> None:
    event_id = only_event(demo)
    out = tmp_path / "roles.pdf"
    build_badges(demo, event_id, out)
    roles = {p.registration.role for p in badge_people(
        demo.participants.participants(event_id), None)}
    content = text(out)
    for role in roles:
        assert role.upper() in content


def test_unknown_layout_and_nobody_registered(services: Services, tmp_path: Path) -> None:
    import datetime as dt

    event = services.events.create(kind="other", title="Nobody yet",
                                   start_date=dt.date(2022, 3, 1))
    with pytest.raises(UserError, match="2x4, 2x5 or 3x3"):
        build_badges(services, event.id, tmp_path / "x.pdf", BadgeOptions(layout="4x4"))
    with pytest.raises(UserError, match="Nobody is registered"):
        build_badges(services, event.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_leaves_no_file(demo: Services, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    out = tmp_path / "badges.pdf"
    with pytest.raises(Cancelled):
        build_badges(demo, only_event(demo), out, progress=Progress(token=token))
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")] == []
