"""A recommendation with level, addressee, links and priorities, and a methodology with its aim,
travel in an exchange workbook: export, then import into a second database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ecnet_desktop.exchange.importer import import_file
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.toolkit_seed import seed_toolkit, toolkit_id


def test_recommendations_and_methodologies_round_trip(services: Services,
                                                      tmp_path: Path) -> None:
    seed_toolkit(services.methodologies)
    cafe = toolkit_id("world-cafe")
    event = services.events.create(kind="international_event", title="Évora 2022",
                                   host_town="Évora", country="PT",
                                   start_date=dt.date(2022, 9, 1), end_date=dt.date(2022, 9, 3))
    session = services.events.add_session(event.id, title="Café", methodology_id=cafe,
                                          start=dt.datetime(2022, 9, 1, 9),
                                          end=dt.datetime(2022, 9, 1, 11))
    first = services.notes.create(
        session_id=session.id, kind="recommendation", title="=Interpretation budget",
        text="Keep **interpretation** in the budget.\n\n- local events\n- visits",
        level="local", addressee="Host municipalities", priorities="solidarity,euroscepticism",
        publishable=True, author="facilitator", language="pt")
    second = services.notes.create(event_id=event.id, kind="recommendation", text="Similar",
                                   level="european", priorities="solidarity")
    services.notes.link(first.id, second.id)
    services.methodologies.update(cafe, aim="A new aim")
    out = tmp_path / "exchange.xlsx"
    export_workbook(services, out)

    other = Services.open(tmp_path / "other.sqlite", device_name="Other laptop")
    try:
        import_file(other, out)
        for note_id in (first.id, second.id):
            assert other.notes.get(note_id) == services.notes.get(note_id)
        arrived = other.notes.get(first.id)
        assert arrived.related == (second.id,) and arrived.level == "local"
        assert arrived.title == "=Interpretation budget"
        assert other.methodologies.get(cafe).aim == "A new aim"
        assert other.events.get_session(session.id).methodology_id == cafe
        assert len(other.methodologies.list()) == len(services.methodologies.list())
    finally:
        other.close()
