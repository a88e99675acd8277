"""The event report PDF: renders, names what the grant asks for, and agrees with the figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.domain import countries
from ecnet_desktop.domain.errors import Cancelled, NotFoundError
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.printing.common import english_date
from ecnet_desktop.printing.event_report import build_event_report
from ecnet_desktop.services.container import Services

from . import assert_only_embedded_fonts, copy_database, make_demo, page_count, text


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


def test_report_of_the_s_demo_prints_the_figures(demo: Services, tmp_path: Path) -> None:
    (event,) = demo.events.list()
    figures = demo.statistics.event_figures(event.id)
    out = tmp_path / "report.pdf"

    result = build_event_report(demo, event.id, out, format_date=english_date)

    assert result.path == out and result.pages == page_count(out) >= 2
    assert_only_embedded_fonts(out)
    body = text(out)
    assert event.title in body
    assert english_date(event.start_date) in body
    assert "One-third-international check" in body
    check = "Met:" if figures.one_third_met else "Not met:"
    assert (f"{check} {figures.international} of {len(figures.participants)} participants"
            in body)
    # Every country row with its local, international and total numbers, in the table.
    for code, local, abroad in figures.by_country():
        assert f"{countries.name(code)} {local} {abroad} {local + abroad}" in body
    assert f"Total {figures.local} {figures.international} {len(figures.participants)}" in body
    # Sessions with attendance; the last row sums them.
    first = figures.sessions[0]
    assert first.session.title in body
    assert f"Total {figures.attendances} {figures.participant_attendances}" in body
    # The website text names place, dates and the participants per country.
    assert "Text for the host town's website" in body
    assert f"Participation: The event involved {len(figures.participants)} participants" in body
    assert "Place/Dates: The event took place in" in body
    assert "Short description:" in body


def test_report_uses_the_translation_it_is_given(demo: Services, tmp_path: Path) -> None:
    (event,) = demo.events.list()
    calls: list[tuple[str, str]] = []

    def mark(context: str, source: str) -> str:
        calls.append((context, source))
        return f"«{source}»" if context == "event report" else source

    build_event_report(demo, event.id, tmp_path / "r.pdf", translate=mark)

    body = text(tmp_path / "r.pdf")
    assert "«Event report»" in body and "«Participation: The event involved" in body
    assert ("event report", "Place/Dates: The event took place in {place} from {start} to "
                            "{end}.") in calls


def test_cancel_writes_nothing_and_an_unknown_event_is_refused(demo: Services,
                                                               tmp_path: Path) -> None:
    (event,) = demo.events.list()
    token = CancelToken()
    token.cancel()
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        build_event_report(demo, event.id, out, progress=Progress(token=token))
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*tmp")) == []
    with pytest.raises(NotFoundError):
        build_event_report(demo, "no-such-event", tmp_path / "x.pdf")
