"""The Toolkit seed: at least 12 complete methods, stable ids, idempotent, deletions respected;
a methodology knows the sessions that used it and their outcome notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ecnet_desktop.services.container import Services
from ecnet_desktop.services.toolkit_seed import seed_toolkit, toolkit_entries, toolkit_id

FIELDS = ("name", "aim", "summary", "steps", "duration_minutes", "group_size", "materials",
          "tips", "source_network", "priorities")


def test_the_seed_holds_at_least_twelve_complete_methods() -> None:
    entries = toolkit_entries()
    assert len(entries) >= 12
    for entry in entries:
        missing = [f for f in FIELDS if not entry.get(f)]
        assert not missing, (entry["name"], missing)
    names = {e["name"] for e in entries}
    assert {"World café", "Fishbowl discussion", "Open space technology",
            "Living library"} <= names


def test_seeding_is_idempotent_and_converges_across_laptops(services: Services,
                                                            tmp_path: Path) -> None:
    assert seed_toolkit(services.methodologies) == len(toolkit_entries())
    assert seed_toolkit(services.methodologies) == 0
    other = Services.open(tmp_path / "other.sqlite", device_name="Other laptop")
    try:
        seed_toolkit(other.methodologies)
        assert {m.id for m in other.methodologies.list()} == {
            m.id for m in services.methodologies.list()}
    finally:
        other.close()
    cafe = services.methodologies.get(toolkit_id("world-cafe"))
    assert cafe.aim and cafe.steps.startswith("1.") and cafe.duration_minutes == 90


def test_a_deleted_method_is_not_seeded_again(services: Services) -> None:
    seed_toolkit(services.methodologies)
    cafe = toolkit_id("world-cafe")
    with services.database.sessions.begin() as s:
        from ecnet_desktop.store.models import Methodology

        row = s.get(Methodology, cafe)
        assert row is not None
        row.deleted = True
    assert seed_toolkit(services.methodologies) == 0
    assert cafe not in {m.id for m in services.methodologies.list()}


def test_search_folds_accents(services: Services) -> None:
    seed_toolkit(services.methodologies)
    assert [m.name for m in services.methodologies.list("cafe")] == ["World café"]


def test_usage_lists_sessions_and_their_outcome_notes(services: Services) -> None:
    seed_toolkit(services.methodologies)
    cafe = toolkit_id("world-cafe")
    event = services.events.create(kind="local_working_group", title="Bari group",
                                   host_town="Bari", country="IT",
                                   start_date=dt.date(2021, 6, 10), end_date=dt.date(2021, 6, 10))
    used = services.events.add_session(event.id, title="Café on solidarity",
                                       start=dt.datetime(2021, 6, 10, 9),
                                       end=dt.datetime(2021, 6, 10, 11), methodology_id=cafe)
    services.events.add_session(event.id, title="Lunch talk", start=dt.datetime(2021, 6, 10, 12),
                                end=dt.datetime(2021, 6, 10, 13))
    outcome = services.notes.create(session_id=used.id, kind="outcome", text="Three ideas")
    services.notes.create(session_id=used.id, kind="minutes", text="Minutes only")
    use = services.methodologies.usage(cafe)
    assert [p.session_title for p in use.sessions] == ["Café on solidarity"]
    assert use.sessions[0].event_title == "Bari group"
    assert [o.note.id for o in use.outcomes] == [outcome.id]
    fishbowl = services.methodologies.usage(toolkit_id("fishbowl"))
    assert fishbowl.sessions == () and fishbowl.outcomes == ()
