"""Benchmark: the check-in desk's filter time per keystroke on the S and L demos.

Run with ``.venv/bin/python tests/perf/bench_checkin.py`` (not collected by pytest). The demos
are generated once into tests/perf/.cache/ (L takes about a minute) and reused while the
schema stays the same. It prints, for the trigram index and for the plain LIKE scan it
replaced, the median, p95 and worst time of one search as the desk runs it for each
keystroke of a few typed names, and the ratio L/S measured in this one run.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ecnet_desktop.services import search_index  # noqa: E402
from ecnet_desktop.services.checkin import CheckinService  # noqa: E402
from ecnet_desktop.services.container import Services  # noqa: E402
from ecnet_desktop.services.demo import generate_demo  # noqa: E402
from ecnet_desktop.store import migrate  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
NAMES = ["lukasz", "maria", "horvat", "kovac", "szentendre", "papadopoulos"]
ROUNDS = 5  # each keystroke's search is timed this often (after one warm-up)


def keystrokes() -> list[str]:
    """What the search box holds after each key: "l", "lu", "luk", …"""
    return [name[:n] for name in NAMES for n in range(1, len(name) + 1)]


def demo(size: str) -> Path:
    """The cached demo of that size for the current schema, generated when missing."""
    head = migrate.script_directory().get_current_head()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{size}-seed1-schema{head}.sqlite"
    if not path.exists():
        for stale in CACHE.glob(f"demo-{size}-*.sqlite*"):
            stale.unlink()
        print(f"generating the {size} demo into {path} (once)…", flush=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        services = Services.open(partial)
        try:
            generate_demo(services.database, size=size, seed=1)
        finally:
            services.close()
        partial.rename(path)
    return path


real_has_index = search_index.has_index


def timings(path: Path, *, indexed: bool) -> list[float]:
    """Seconds per search, over every keystroke, on the event with most registrations."""
    services = Services.open(path)
    try:
        desk = CheckinService(services.replica)
        # Without the index: the plain LIKE scan other database servers get.
        search_index.has_index = real_has_index if indexed else (lambda _s: False)
        events = services.events.list()
        event = max(events, key=lambda e: len(services.registrations.of_event(e.id)))
        session = services.events.sessions_of(event.id)[0]
        found: list[float] = []
        for text in keystrokes():
            desk.search(event.id, session.id, text)  # warm-up: caches, compiled SQL
            for _ in range(ROUNDS):
                started = time.perf_counter()
                desk.search(event.id, session.id, text)
                found.append(time.perf_counter() - started)
        return found
    finally:
        services.close()


def summary(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def main() -> int:
    small, large = demo("S"), demo("L")
    print(f"typed: {', '.join(NAMES)} — {len(keystrokes())} keystrokes × {ROUNDS} rounds")
    rows = {
        "S  trigram index": timings(small, indexed=True),
        "L  trigram index": timings(large, indexed=True),
        "S  plain LIKE scan": timings(small, indexed=False),
        "L  plain LIKE scan": timings(large, indexed=False),
    }
    print(f"{'per keystroke (ms)':<22}{'median':>9}{'p95':>9}{'max':>9}")
    stats = {name: summary(samples) for name, samples in rows.items()}
    for name, (median, p95, worst) in stats.items():
        print(f"{name:<22}{median:>9.2f}{p95:>9.2f}{worst:>9.2f}")
    s_index, l_index = stats["S  trigram index"], stats["L  trigram index"]
    l_scan = stats["L  plain LIKE scan"]
    print(f"ratio L/S with the index: median {l_index[0] / s_index[0]:.1f}×, "
          f"p95 {l_index[1] / s_index[1]:.1f}× (L has 233× the people of S)")
    print(f"on L the index is {l_scan[1] / l_index[1]:.1f}× faster than the scan at p95")
    return 0


if __name__ == "__main__":
    sys.exit(main())
