"""The Toolkit and Recommendations PDFs of the M demo: every publishable recommendation under
each of its priorities with its event and session, every method with where it was used, the
safe Markdown subset, and no participant's name anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecnet_desktop.domain.enums import Priority, decode_priorities
from ecnet_desktop.printing.common import english_date
from ecnet_desktop.printing.compendium import (
    build_recommendations_pdf,
    build_toolkit_pdf,
    markdown_blocks,
)
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.notes import group_by_priority

from . import assert_only_embedded_fonts, copy_database, make_demo, run, text


@pytest.fixture(scope="module")
def m_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("demo") / "m.sqlite", "M")


@pytest.fixture
def demo(m_template: Path, tmp_path: Path) -> Iterator[Services]:
    services = Services.open(copy_database(m_template, tmp_path))
    try:
        yield services
    finally:
        services.close()


def full_names(services: Services) -> list[str]:
    people = services.people.list(limit=100_000)
    assert len(people) >= 500
    return [f"{p.given_name} {p.family_name}" for p in people if p.given_name]


def sections(pdf: Path) -> dict[str, str]:
    """The text under each priority heading (a line that is only the priority's label)."""
    lines = run("pdftotext", "-raw", str(pdf), "-").splitlines()
    labels = {p.label for p in Priority} | {"Other topics"}
    found: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.strip() in labels:
            current = line.strip()
            found[current] = []
        elif current:
            found[current].append(line)
    return {k: " ".join(" ".join(v).split()) for k, v in found.items()}


def test_recommendations_list_every_publishable_one_under_its_priorities(
        demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "recommendations.pdf"
    result = build_recommendations_pdf(demo, out)
    assert result.pages >= 2
    assert_only_embedded_fonts(out)
    entries = demo.notes.recommendations(publishable_only=True)
    hidden = [e for e in demo.notes.recommendations() if not e.note.publishable]
    assert len(entries) >= 10 and hidden  # the demo has both
    by_priority = sections(out)
    whole = text(out)
    for number, entry in enumerate(entries, 1):
        note, place = entry.note, entry.place
        priorities = decode_priorities(note.priorities)
        assert priorities
        for priority in priorities:
            assert re.search(rf"\bR{number}\b", by_priority[priority.label]), (number, priority)
        first = by_priority[priorities[0].label]
        assert f"R{number} {note.heading}" in first
        assert " ".join(place.event_title.split()) in whole
        assert english_date(place.start_date) in whole
        if place.session_id:
            assert " ".join(place.session_title.split()) in whole
    # Grouped in the programme's order, only priorities that have recommendations.
    assert list(by_priority) == [p.label for p, _ in group_by_priority(entries)
                                 if p is not None]


def test_no_participant_or_author_name_is_printed(demo: Services, tmp_path: Path) -> None:
    for build, name in ((build_recommendations_pdf, "r.pdf"), (build_toolkit_pdf, "t.pdf")):
        out = tmp_path / name
        build(demo, out)
        whole = text(out)
        leaked = [n for n in full_names(demo) if n in whole]
        assert leaked == []
    authors = {e.note.author for e in demo.notes.recommendations(publishable_only=True)}
    assert authors and not any(a in text(tmp_path / "r.pdf") for a in authors if a)


def test_toolkit_lists_every_method_with_the_sessions_that_used_it(
        demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "toolkit.pdf"
    build_toolkit_pdf(demo, out)
    whole = text(out)
    uses = demo.methodologies.usages()
    assert len(uses) >= 12
    assert sum(bool(u.sessions) for u in uses.values()) >= 3
    for use in uses.values():
        assert use.methodology.name in whole
        for place in use.sessions:
            assert " ".join(place.session_title.split()) in whole
    assert "Not used at a recorded session yet." in whole


def test_markdown_is_a_safe_subset() -> None:
    blocks = markdown_blocks("Keep **this** & <font size=40>that</font> *calm*\n\n"
                             "- one\n2. two\n# Head [link](http://x)")
    assert blocks == [
        ("p", "", "Keep <b>this</b> &amp; &lt;font size=40&gt;that&lt;/font&gt; <i>calm</i>"),
        ("li", "•", "one"), ("li", "2.", "two"), ("p", "", "<b>Head [link](http://x)</b>")]


def test_hostile_text_prints_as_text(services: Services, tmp_path: Path) -> None:
    import datetime as dt

    event = services.events.create(kind="other", title="Test <b>event</b> & co",
                                   host_town="Bari", country="IT",
                                   start_date=dt.date(2021, 6, 10), end_date=dt.date(2021, 6, 10))
    services.notes.create(event_id=event.id, kind="recommendation", publishable=True,
                          title="<para>Broken?", text="a < b & **c** <img src='x'/>",
                          priorities="solidarity")
    out = tmp_path / "r.pdf"
    build_recommendations_pdf(services, out)
    whole = text(out)
    assert "R1 <para>Broken?" in whole and "a < b & c <img src='x'/>" in whole
    assert "Test <b>event</b> & co" in whole
