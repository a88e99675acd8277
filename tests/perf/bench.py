"""Benchmark of issue 13: every measurement against its baseline, as ratios measured in one run.

Run with ``make bench`` or ``.venv/bin/python tests/perf/bench.py`` (not collected by pytest).
The S, M and L demos are generated once into tests/perf/.cache/ and reused while the schema
stays the same. ``--large M`` uses M where the goals name L (a quick look, not the verdict).
Each row prints what was measured, its baseline, the ratio, the goal and ``ok`` or ``MISS``.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.bench_checkin import demo, keystrokes  # noqa: E402

FRAME_MS = 16.0
MERGE_LAPTOPS = 20


@dataclass
class Row:
    name: str
    measured: float
    baseline: float
    unit: str
    goal: str
    ok: bool

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else float("inf")


def best_of(runs: int, work: Callable[[], Any]) -> float:
    """The fastest of a few runs: the least disturbed by whatever else the machine does."""
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


@contextmanager
def scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="ecnet-bench-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def copy_db(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


# -- workbook cells, read back fast, for the baselines ------------------------------------------


def workbook_cells(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's cells as plain values (python-calamine: fast, expands no entities)."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def openpyxl_write(cells: dict[str, list[list[Any]]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, rows in cells.items():
        ws = wb.create_sheet(name[:31])
        for row in rows:
            ws.append(row)
    wb.save(path)


def pandas_write(cells: dict[str, list[list[Any]]], path: Path) -> None:
    import pandas as pd

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, rows in cells.items():
            frame = pd.DataFrame(rows[1:], columns=rows[0] if rows else None)
            frame.to_excel(writer, sheet_name=name[:31], index=False)


def openpyxl_read(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            count += len(row)
    wb.close()
    return count


# -- measurements -------------------------------------------------------------------------------


def bench_export(large: Path, work: Path, runs: int) -> list[Row]:
    from ecnet_desktop.exchange.workbook_write import export_workbook
    from ecnet_desktop.services.container import Services

    services = Services.open(copy_db(large, work / "export.sqlite"))
    try:
        ours = best_of(runs, lambda: export_workbook(services, work / "ours.xlsx"))
    finally:
        services.close()
    cells = workbook_cells(work / "ours.xlsx")
    n = sum(len(r) for rows in cells.values() for r in rows)
    plain = best_of(runs, lambda: openpyxl_write(cells, work / "plain.xlsx"))
    rows = [Row(f"export ({n:,} cells) vs openpyxl write-only", ours, plain, "s", "≤ 1.3×",
                ours <= 1.3 * plain)]
    try:
        import pandas  # noqa: F401
    except ImportError:
        rows.append(Row("export vs pandas to_excel (pandas not installed: pip install '.[bench]')",
                        ours, 0.0, "s", "< 1×", False))
    else:
        frames = best_of(1, lambda: pandas_write(cells, work / "pandas.xlsx"))
        rows.append(Row("export vs pandas DataFrame.to_excel", ours, frames, "s", "< 1×", ours < frames))
    return rows


def bench_import(work: Path) -> list[Row]:
    from ecnet_desktop.exchange.importer import import_file
    from ecnet_desktop.services.container import Services

    source = work / "ours.xlsx"
    reading = best_of(1, lambda: openpyxl_read(source))
    target = Services.open(work / "import-target.sqlite")
    try:
        started = time.perf_counter()
        import_file(target, source, backup=False)
        first = time.perf_counter() - started
        started = time.perf_counter()
        import_file(target, source, backup=False)
        again = time.perf_counter() - started
    finally:
        target.close()
    return [
        Row("import into an empty database vs openpyxl read-only iterating", first, reading, "s",
            "≤ 0.5×", first <= 0.5 * reading),
        Row("re-import of the same file vs openpyxl read-only iterating", again, reading, "s",
            "≤ 0.5×", again <= 0.5 * reading),
    ]


def bench_merge(work: Path) -> list[Row]:
    """Workbooks of 20 laptops (different demo seeds), imported in turn: cost per row stays flat."""
    from ecnet_desktop.exchange.importer import import_file
    from ecnet_desktop.exchange.workbook_write import export_workbook
    from ecnet_desktop.services.container import Services
    from ecnet_desktop.services.demo import generate_demo

    books = []
    for seed in range(1, MERGE_LAPTOPS + 1):
        laptop = Services.open(work / f"laptop{seed}.sqlite")
        try:
            generate_demo(laptop.database, size="M", seed=seed)
            books.append(export_workbook(laptop, work / f"laptop{seed}.xlsx"))
        finally:
            laptop.close()
    hub = Services.open(work / "hub.sqlite")
    per_row = []
    try:
        for book in books:
            rows = sum(book.counts.values())
            started = time.perf_counter()
            import_file(hub, book.path, backup=False)
            per_row.append((time.perf_counter() - started) / rows)
    finally:
        hub.close()
    early = statistics.median(per_row[:5])
    late = statistics.median(per_row[-5:])
    return [Row(f"merge of {MERGE_LAPTOPS} M workbooks: cost per row, last 5 vs first 5",
                late * 1e6, early * 1e6, "µs/row", "≤ 1.5× (linear)", late <= 1.5 * early)]


def bench_attendance(medium: Path, work: Path) -> list[Row]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from ecnet_desktop.printing.attendance_sheet import BODY_FONT, BODY_SIZE, build_attendance_sheet
    from ecnet_desktop.printing.fonts import register_fonts
    from ecnet_desktop.services.container import Services

    services = Services.open(copy_db(medium, work / "print.sqlite"))
    try:
        events = services.events.list()
        people = {e.id: services.participants.participants(e.id) for e in events}

        def ours() -> None:
            for e in events:
                build_attendance_sheet(services, e.id, work / f"ours-{e.id}.pdf")

        def direct() -> None:
            # The same rows and columns, straight into a reportlab table with the same font.
            register_fonts()
            for e in events:
                rows = [["No.", "Family name", "Given name", "Organisation", "Town", "Country",
                         "E-mail or phone", "Signature"]]
                rows += [[str(n), p.person.family_name, p.person.given_name,
                          p.person.organisation_name, p.person.town, p.person.country,
                          p.person.email or p.person.phone, ""]
                         for n, p in enumerate(people[e.id], 1)]
                rows += [[str(n)] + [""] * 7 for n in range(len(rows), len(rows) + 10)]
                table = Table(rows, repeatRows=1)
                table.setStyle([("FONT", (0, 0), (-1, -1), BODY_FONT, BODY_SIZE),
                                ("GRID", (0, 0), (-1, -1), 0.5, "#7a7a7a")])
                SimpleDocTemplate(str(work / f"direct-{e.id}.pdf"),
                                  pagesize=landscape(A4)).build([table])

        mine = best_of(2, ours)
        plain = best_of(2, direct)
    finally:
        services.close()
    return [Row(f"attendance sheets of all {len(events)} events of M vs reportlab directly",
                mine, plain, "s", "≤ 1.3×", mine <= 1.3 * plain)]


PROBE = r"""
import os, resource, sys, time
started = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
if sys.argv[2] == "bare":
    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 800)
else:
    import argparse
    from pathlib import Path
    from ecnet_desktop.app import build_context, make_application
    from ecnet_desktop.ui.main_window import MainWindow
    from ecnet_desktop.ui.settings import Settings
    app = make_application([])
    settings = Settings(Path(sys.argv[3]) / "settings.ini")
    settings.device_name = "Bench"
    ctx = build_context(argparse.Namespace(db=Path(sys.argv[2]), database_url=None), settings)
    window = MainWindow(ctx)
def peak_kib():
    # VmHWM: the peak of this process image. ru_maxrss would also count the parent's memory
    # at fork time (Linux keeps it across exec), and the benchmark process holds gigabytes.
    try:
        with open("/proc/self/status") as status:
            return int(next(l for l in status if l.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def shown():
    print(f"{time.time() - started:.4f} {peak_kib()}")
    sys.stdout.flush()
    if sys.argv[2] != "bare":
        ctx.close()  # a clean close: the next run must not find a WAL left as after a crash
    os._exit(0)
window.show()
QTimer.singleShot(0, shown)
app.exec()
"""


def probe(target: str, work: Path) -> tuple[float, int]:
    """Seconds from process start to a shown window, and peak memory (KiB), in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.time()
    out = subprocess.run([sys.executable, "-c", PROBE, str(started), target, str(work)],
                         capture_output=True, text=True, env=env, check=True, timeout=300)
    seconds, rss = out.stdout.split()[-2:]
    return float(seconds), int(rss)


def bench_window(small: Path, large: Path, work: Path) -> list[Row]:
    def fastest(target: str) -> tuple[float, int]:
        runs = [probe(target, work) for _ in range(3)]
        return min(r[0] for r in runs), min(r[1] for r in runs)

    bare_time, bare_rss = fastest("bare")
    _, small_rss = fastest(str(copy_db(small, work / "window-s.sqlite")))
    large_time, large_rss = fastest(str(copy_db(large, work / "window-l.sqlite")))
    extra_small = max(small_rss - bare_rss, 1) / 1024
    extra_large = max(large_rss - bare_rss, 1) / 1024
    return [
        Row("start to shown main window on L vs a bare QMainWindow", large_time, bare_time, "s",
            "≤ 2.5×", large_time <= 2.5 * bare_time),
        Row("memory above the bare window: L open vs S open", extra_large, extra_small, "MiB",
            "≤ 1.5× (on-screen, not database)", extra_large <= 1.5 * extra_small),
    ]


def bench_checkin(small: Path, large: Path) -> list[Row]:
    from ecnet_desktop.services.checkin import CheckinService
    from ecnet_desktop.services.container import Services

    def p95(path: Path) -> float:
        services = Services.open(path)
        try:
            desk = CheckinService(services.replica)
            events = services.events.list()
            event = max(events, key=lambda e: len(services.registrations.of_event(e.id)))
            session = services.events.sessions_of(event.id)[0]
            samples = []
            for text in keystrokes():
                desk.search(event.id, session.id, text)
                for _ in range(3):
                    started = time.perf_counter()
                    desk.search(event.id, session.id, text)
                    samples.append(time.perf_counter() - started)
            samples.sort()
            return samples[round(0.95 * (len(samples) - 1))] * 1000
        finally:
            services.close()

    s, big = p95(small), p95(large)
    return [
        Row("check-in filter per keystroke (p95): L vs S", big, s, "ms", "≤ 3×", big <= 3 * s),
        Row("check-in filter per keystroke (p95) on L vs one frame", big, FRAME_MS, "ms",
            "≤ 1× (16 ms)", big <= FRAME_MS),
    ]


def report(rows: list[Row], out: io.TextIOBase | Any = sys.stdout) -> int:
    print(f"machine: {platform.node()} · {platform.processor() or platform.machine()} · "
          f"{os.cpu_count()} cores · Python {platform.python_version()}", file=out)
    width = max(len(r.name) for r in rows)
    print(f"{'measurement':<{width}}  {'measured':>12}  {'baseline':>12}  {'ratio':>7}  "
          f"{'goal':<34} verdict", file=out)
    for r in rows:
        print(f"{r.name:<{width}}  {r.measured:>9.3f} {r.unit:<2}  {r.baseline:>9.3f} {r.unit:<2}  "
              f"{r.ratio:>6.2f}×  {r.goal:<34} {'ok' if r.ok else 'MISS'}", file=out)
    return 0 if all(r.ok for r in rows) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--large", choices=["M", "L"], default="L",
                        help="the dataset measured where the goals name L")
    parser.add_argument("--runs", type=int, default=None,
                        help="runs of the export and its baselines, the fastest kept "
                             "(default: 2 on M, 1 on L, where one run takes minutes)")
    parser.add_argument("--only", nargs="*", default=None,
                        choices=["export", "import", "merge", "attendance", "window", "checkin"])
    args = parser.parse_args(argv)
    wanted = set(args.only or ["export", "import", "merge", "attendance", "window", "checkin"])
    small, medium, large = demo("S"), demo("M"), demo(args.large)
    rows: list[Row] = []
    with scratch() as work:
        if wanted & {"export", "import"}:
            rows += bench_export(large, work, args.runs or (1 if args.large == "L" else 2))
        if "import" in wanted:
            rows += bench_import(work)
        if "merge" in wanted:
            rows += bench_merge(work)
        if "attendance" in wanted:
            rows += bench_attendance(medium, work)
        if "window" in wanted:
            rows += bench_window(small, large, work)
        if "checkin" in wanted:
            rows += bench_checkin(small, large)
    return report(rows)


if __name__ == "__main__":
    sys.exit(main())
