"""Fuzzed workbooks: the importer answers with a clear message or imports, in bounded memory.

Three kinds of input: byte mutations of a valid exchange file (mostly refused by the zip
layer), mutations of the XML inside it (re-zipped, so they reach the parser and the cell
checks), and whole workbooks built by hypothesis with openpyxl. Any exception other than a
UserError fails the test; a refusal must leave the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_format import SHEETS
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services

MEMORY_CAP = 64 * 1024 * 1024  # the valid file is ~20 kB; the caps refuse anything huge early
# No shrinking: it can take minutes on this input, and the failing example is printed anyway.
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


class Valid(bytes):
    """The valid file's bytes, with a short repr for hypothesis' failure reports."""

    def __repr__(self) -> str:
        return f"<valid workbook, {len(self)} bytes>"


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> Valid:
    folder = tmp_path_factory.mktemp("valid")
    services = Services.open(folder / "source.sqlite", device_name="Source")
    try:
        org = services.organisations.create(name="Città di Modena", country="IT")
        event = services.events.create(kind="international_event", title="Modena meeting",
                                       start_date="2021-05-10", end_date="2021-05-12")
        for given, family in [("Ana", "Kovač"), ("Łukasz", "Nowak"), ("Γιώργος", "Παπάς")]:
            person = services.people.create(given_name=given, family_name=family, country="SI",
                                             organisation_id=org.id, email=f"{family[:2]}x@a.eu")
            services.registrations.register(person.id, event.id)
        services.notes.create(event_id=event.id, kind="quote", text="=1+1 «sì»")
        out = folder / "valid.xlsx"
        export_workbook(services, out)
    finally:
        services.close()
    return Valid(out.read_bytes())


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    svc = Services.open(tmp_path_factory.mktemp("target") / "target.sqlite", device_name="Target")
    svc.people.create(given_name="Existing", family_name="Person", country="IT")
    yield svc
    svc.close()


def attempt(target: Services, data: bytes, folder: Path) -> str:
    """Import ``data``; 'imported' or 'refused' (then the database must be unchanged)."""
    path = folder / "fuzzed.xlsx"
    path.write_bytes(data)
    sync = sync_service(target)
    before = sync.canonical_dump()
    tracemalloc.start()
    try:
        import_file(target, path, backup=False)
        outcome = "imported"
    except UserError as exc:
        assert str(exc).strip(), "a refusal without a message"
        outcome = "refused"
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MEMORY_CAP, f"{peak / 1e6:.0f} MB for a {len(data)}-byte file"
    if outcome == "refused":
        assert sync.canonical_dump() == before
    return outcome


mutations = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1,
                     max_size=8)


@FUZZ
@given(mutations, st.one_of(st.none(), st.integers(min_value=0)))
def test_byte_mutations_of_a_valid_file(valid: bytes, target: Services, tmp_path: Path,
                                        changes: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(valid)
    for at, value in changes:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    attempt(target, bytes(data), tmp_path)


def rezip(valid: bytes, part: str, xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(valid)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            z.writestr(info.filename, xml if info.filename == part else zin.read(info))
    return out.getvalue()


XML_SNIPPETS = [b"<", b">", b"&", b"&amp;", b'"', b"\x00", b"\xff\xfe", b"<!DOCTYPE x>", b"]]>",
                b'<c r="A1" t="s"><v>999999</v></c>', b'<c r="ZZZ1"><v>1</v></c>', b"_x0001_",
                b'<f>SUM(A1)</f>', b't="e"', b't="d"', b"1e308", b"-0", b"NaN", b"\xf0\x9f\x98\x80"]


@FUZZ
@given(st.data())
def test_xml_mutations_inside_a_valid_file(valid: bytes, target: Services, tmp_path: Path,
                                           data: st.DataObject) -> None:
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        parts = sorted(n for n in z.namelist() if n.endswith(".xml"))
        part = data.draw(st.sampled_from(parts), label="part")
        xml = bytearray(z.read(part))
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        at = data.draw(st.integers(0, len(xml)), label="at")
        how = data.draw(st.sampled_from(["insert", "delete", "replace"]), label="how")
        snippet = data.draw(st.one_of(st.sampled_from(XML_SNIPPETS), st.binary(max_size=12)))
        if how == "insert":
            xml[at:at] = snippet
        elif how == "delete":
            del xml[at:at + data.draw(st.integers(1, 64), label="length")]
        else:
            xml[at:at + len(snippet)] = snippet
    attempt(target, rezip(valid, part, bytes(xml)), tmp_path)


cell_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40),
    st.sampled_from(["=1+1", "+SUM(A1)", "@x", "-1", "TRUE", "yes", "⚙ id", "1900-02-29",
                     "00000000-0000-4000-8000-000000000000", "x" * 400]),
)


@FUZZ
@given(st.data())
def test_workbooks_built_by_hypothesis(valid: bytes, target: Services, tmp_path: Path,
                                       data: st.DataObject) -> None:
    # Only the sheet names and headers of the real format are borrowed.
    real = openpyxl.load_workbook(io.BytesIO(valid), read_only=True)
    try:
        headers = {ws.title: [c.value for c in next(ws.iter_rows(max_row=1))] for ws in real}
    finally:
        real.close()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    names = data.draw(st.lists(st.sampled_from([*headers, *map(str, SHEETS.values()), "Sheet1"]),
                               min_size=1, max_size=4, unique=True), label="sheets")
    for name in names:
        ws = wb.create_sheet(name)
        header = headers.get(name) or data.draw(st.lists(cell_values, max_size=6), label="header")
        ws.append(data.draw(st.sampled_from([header, header[::-1], header[:2]]), label="header row"))
        for _ in range(data.draw(st.integers(0, 4), label="rows")):
            ws.append(data.draw(st.lists(cell_values, max_size=len(header) + 2), label="row"))
    out = io.BytesIO()
    wb.save(out)
    attempt(target, out.getvalue(), tmp_path)
