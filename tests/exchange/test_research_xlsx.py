"""The research export: no names or contacts, stable pseudonyms, a codebook, formula-safe."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from sqlalchemy import select

from ecnet_desktop.exchange.research_xlsx import CODEBOOK, export_research
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.services.research_export import KEY_NAME
from ecnet_desktop.store.models import LocalState, Person


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "m.sqlite"
    services = Services.open(path)
    try:
        generate_demo(services.database, size="M", seed=1)
    finally:
        services.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "m.sqlite"
    shutil.copy(demo_file, copy)
    services = Services.open(copy)
    yield services
    services.close()


def _cells(path: Path) -> list[tuple[str, list[object]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = [(ws.title, list(row)) for ws in wb for row in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def test_no_cell_holds_a_name_email_or_phone(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "research.xlsx"
    result = export_research(demo, out)
    assert result.interviews > 50 and result.sheets == 3
    with demo.replica.sessions() as s:
        people = s.scalars(select(Person)).all()
        forbidden = set()
        for p in people:
            forbidden.update(x.strip().casefold() for x in (
                p.given_name, p.family_name, f"{p.given_name} {p.family_name}", p.email,
                p.phone) if x and x.strip())
    assert len(forbidden) > 1000
    values = [str(v).strip().casefold() for _sheet, row in _cells(out) for v in row
              if v is not None]
    assert len(values) > 1000
    leaked = [v for v in values if v in forbidden]
    assert leaked == []


def test_the_same_respondent_has_the_same_pseudonym_in_two_exports(
        demo: Services, tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    export_research(demo, first)
    export_research(demo, second)

    def pseudonyms(path: Path) -> list[tuple[object, object]]:
        return [(row[0], row[1]) for sheet, row in _cells(path)
                if sheet != CODEBOOK and row[0] != "respondent"]

    a, b = pseudonyms(first), pseudonyms(second)
    assert a == b and len(a) > 50
    respondents = {r for r, _i in a}
    assert all(str(r).startswith("R-") for r in respondents)
    # Registered people interviewed twice keep one pseudonym: fewer respondents than rows.
    registered = [i for i in demo.interviews.interviews() if i.person_id and i.consent]
    people = {i.person_id for i in registered}
    if len(people) < len(registered):
        assert len(respondents) < len(a)
    # The pseudonym of a registered person is the one the service gives for their id.
    sample = registered[0]
    assert demo.research.respondent_pseudonym(sample.person_id, "", sample.id) in respondents


def test_the_key_stays_in_the_database_and_out_of_the_file(demo: Services,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "research.xlsx"
    export_research(demo, out)
    with demo.replica.sessions() as s:
        key = s.get(LocalState, KEY_NAME)
        assert key is not None and len(key.value) == 64
        secret = key.value
    text = " ".join(str(v) for _sheet, row in _cells(out) for v in row if v is not None)
    assert secret not in text and secret.upper() not in text
    # Another database has another key: its pseudonyms cannot be matched with these.
    other = Services.open(tmp_path / "other.sqlite")
    try:
        assert other.research.key() != bytes.fromhex(secret)
    finally:
        other.close()


def test_codebook_describes_every_column_and_text_stays_text(
        services: Services, tmp_path: Path) -> None:
    guide = services.interviews.create_guide("Short", questions=[
        {"type": "text", "name": "story", "text": {"en": "Tell us."}},
        {"type": "likert", "name": "european", "text": {"en": "More European?"}},
        {"type": "multiple_choice", "name": "topics", "text": {"en": "Topics?"},
         "choices": [{"value": "a", "label": {"en": "A"}}, {"value": "b", "label": {"en": "B"}}]},
    ])
    questions = {q.name: q.id for q in services.interviews.questions(guide.id)}
    interview = services.interviews.start(guide.id, respondent_code="=HYPERLINK(1)",
                                          category="citizen", country="PL")
    services.interviews.record_consent(interview.id, True)
    services.interviews.save_answers(interview.id, {questions["story"]: "=1+2 is math",
                                                    questions["european"]: "4",
                                                    questions["topics"]: ["b", "a"]})
    refused = services.interviews.start(guide.id, category="citizen")  # no consent: no row
    out = tmp_path / "research.xlsx"
    result = export_research(services, out)
    assert result.interviews == 1
    wb = openpyxl.load_workbook(out)
    sheet = wb["Short"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["story"].value == "=1+2 is math" and row["story"].data_type == "s"
    assert row["european"].value == 4
    assert row["topics"].value == "a b"
    assert row["country"].value == "PL" and row["category"].value == "citizen"
    codebook = [[c.value for c in r] for r in wb[CODEBOOK].iter_rows(min_row=4)]
    described = {r[1] for r in codebook if r[0] == "Short"}
    assert described == set(header)
    assert any("4 = Agree" in (r[4] or "") for r in codebook)
    assert refused.id not in " ".join(str(c.value) for r in sheet.iter_rows() for c in r)


def test_sheet_names_follow_excel_rules() -> None:
    from ecnet_desktop.exchange.research_xlsx import sheet_names
    from ecnet_desktop.services.research_export import ResearchSheet

    titles = ["Impact: 2021/2022 [draft]", "Impact: 2021/2022 [draft]", "Codebook", "'"]
    names = sheet_names([ResearchSheet(t, (), ()) for t in titles])
    assert names[0] == "Impact 2021 2022 draft"
    assert len({n.casefold() for n in names} | {"codebook"}) == len(names) + 1
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)


def test_the_export_is_written_in_the_audit_log(demo: Services, tmp_path: Path) -> None:
    export_research(demo, tmp_path / "for-the-university.xlsx")
    entries = demo.audit.list(action="research_export")
    assert [e.subject for e in entries][:1] == ["for-the-university.xlsx"]
