"""The hybrid logical clock orders edits across laptops whose clocks disagree."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecnet_desktop.domain.hlc import (
    COUNTER_DIGITS,
    MAX_COUNTER,
    MAX_DRIFT_MS,
    WALL_DIGITS,
    ClockError,
    HybridClock,
    Timestamp,
)

DEVICE = "11111111-1111-4111-8111-111111111111"
OTHER = "22222222-2222-4222-8222-222222222222"
NOW_MS = 1_700_000_000_000  # November 2023, as a laptop would report it


def fake_wall(values: Iterable[int]) -> Callable[[], int]:
    """A wall clock that returns the given readings, then keeps returning the last one."""
    readings = list(values)
    state = {"i": 0}

    def wall() -> int:
        value = readings[min(state["i"], len(readings) - 1)]
        state["i"] += 1
        return value

    return wall


def test_timestamps_increase_while_the_wall_clock_stands_still() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    stamps = [clock.now() for _ in range(1000)]
    assert all(a < b for a, b in pairwise(stamps))
    assert all(str(a) < str(b) for a, b in pairwise(stamps))
    assert {s.wall for s in stamps} == {NOW_MS}


def test_timestamps_increase_when_the_wall_clock_goes_backwards() -> None:
    # The laptop's clock is corrected by an hour, then by a day, in the middle of a session.
    readings = [NOW_MS, NOW_MS + 5, NOW_MS - 3_600_000, NOW_MS - 86_400_000, NOW_MS + 1, NOW_MS]
    clock = HybridClock(DEVICE, wall_ms=fake_wall(readings))
    stamps = [clock.now() for _ in readings]
    assert all(a < b for a, b in pairwise(stamps))
    # While the wall is behind, the clock keeps the newest wall time it has seen.
    assert stamps[2].wall == NOW_MS + 5
    assert stamps[-1].wall == NOW_MS + 5


def test_the_clock_follows_the_wall_when_it_moves_forward() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS, NOW_MS, NOW_MS + 7]))
    first, second, third = clock.now(), clock.now(), clock.now()
    assert (first.wall, first.counter) == (NOW_MS, 0)
    assert (second.wall, second.counter) == (NOW_MS, 1)
    assert (third.wall, third.counter) == (NOW_MS + 7, 0)
    assert third.device == DEVICE


def test_an_exhausted_counter_borrows_the_next_millisecond() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    # After this the clock stands at (NOW_MS, MAX_COUNTER): no counter is left in this ms.
    clock.observe(Timestamp(NOW_MS, MAX_COUNTER - 1, OTHER))
    borrowed = clock.now()
    after = clock.now()
    assert borrowed == Timestamp(NOW_MS + 1, 0, DEVICE)
    assert borrowed > Timestamp(NOW_MS, MAX_COUNTER, DEVICE)
    assert after > borrowed
    assert str(after) > str(borrowed)


@pytest.mark.parametrize(
    ("remote_wall", "remote_counter"),
    [
        (NOW_MS + 60_000, 5),  # the other laptop is a minute ahead
        (NOW_MS, 42),  # same millisecond, larger counter
        (NOW_MS - 60_000, 3),  # the other laptop is behind
    ],
)
def test_after_observing_a_remote_clock_every_new_timestamp_is_later(
    remote_wall: int, remote_counter: int
) -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    clock.now()
    remote = Timestamp(remote_wall, remote_counter, OTHER)
    clock.observe(str(remote))
    stamps = [clock.now() for _ in range(3)]
    assert all(s > remote for s in stamps)
    assert all(str(s) > str(remote) for s in stamps)
    assert all(s.device == DEVICE for s in stamps)


def test_observing_an_older_clock_never_moves_the_clock_back() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    latest = clock.now()
    clock.observe(Timestamp(NOW_MS - 10_000, 0, OTHER))
    assert clock.now() > latest


def test_a_remote_clock_more_than_a_year_ahead_is_refused() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    before = clock.now()
    too_far = Timestamp(NOW_MS + MAX_DRIFT_MS + 1, 0, OTHER)
    with pytest.raises(ClockError):
        clock.observe(too_far)
    with pytest.raises(ClockError):
        clock.observe(str(Timestamp(NOW_MS + 2 * 366 * 24 * 3600 * 1000, 0, OTHER)))
    # The refused clock was not adopted: the next timestamp is still of this year.
    after = clock.now()
    assert before < after < Timestamp(NOW_MS + 1, 0, "")


def test_a_remote_clock_just_within_a_year_is_adopted() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    remote = Timestamp(NOW_MS + MAX_DRIFT_MS, 0, OTHER)
    clock.observe(remote)
    assert clock.now() > remote


def test_text_form_of_a_real_timestamp() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    clock.now()
    assert clock.tick() == f"00{NOW_MS}-000001-{DEVICE}"


walls = st.integers(min_value=0, max_value=10**WALL_DIGITS - 1)
counters = st.integers(min_value=0, max_value=MAX_COUNTER)
uuid_devices = st.uuids().map(str)
any_devices = st.text(min_size=1, max_size=40)
timestamps = st.builds(Timestamp, walls, counters, uuid_devices)


@given(timestamps, timestamps)
def test_text_is_fixed_width_and_sorts_like_the_clock(a: Timestamp, b: Timestamp) -> None:
    assert len(str(a)) == len(str(b)) == WALL_DIGITS + 1 + COUNTER_DIGITS + 1 + 36
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(st.builds(Timestamp, walls, counters, any_devices))
def test_parse_of_text_gives_the_same_timestamp(ts: Timestamp) -> None:
    assert Timestamp.parse(str(ts)) == ts


@given(st.builds(Timestamp, walls, counters, any_devices),
       st.builds(Timestamp, walls, counters, any_devices))
def test_string_order_matches_clock_order_for_any_device_names(
    a: Timestamp, b: Timestamp
) -> None:
    assert (str(a) < str(b)) == (a < b)


_DIGITISH = "0123456789 +x²١٣"  # ASCII digits, and things a spreadsheet cell may hold instead
_NUMERALS = "0123456789²١٣"  # str.isdigit() is true for all of these
clockish_texts = st.one_of(
    st.text(max_size=60),
    st.builds(
        "{}-{}-{}".format,
        st.one_of(
            st.text(alphabet=_DIGITISH, min_size=14, max_size=16),
            st.text(alphabet=_NUMERALS, min_size=WALL_DIGITS, max_size=WALL_DIGITS),
        ),
        st.one_of(
            st.text(alphabet=_DIGITISH, min_size=5, max_size=7),
            st.text(alphabet=_NUMERALS, min_size=COUNTER_DIGITS, max_size=COUNTER_DIGITS),
        ),
        st.text(max_size=5),
    ),
)


@given(clockish_texts)
def test_any_text_either_parses_to_its_own_canonical_form_or_raises_clock_error(
    text: str,
) -> None:
    # Clock cells come from workbooks people edit by hand: whatever is accepted must be
    # written back identically, and everything else must be a ClockError.
    try:
        ts = Timestamp.parse(text)
    except ClockError:
        return
    assert str(ts) == text


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "yesterday",
        "2024-05-01 10:00",
        "1700000000000-000001-dev",  # wall too short
        "0001700000000000-000001-dev",  # wall too long
        "001700000000000-1-dev",  # counter too short
        "001700000000000-000001-",  # no device
        "001700000000000-000001",  # no device part at all
        "00170000000000x-000001-dev",
        "001700000000000-00000x-dev",
        " 01700000000000-000001-dev",
        "+01700000000000-000001-dev",
        "²²²²²²²²²²²²²²²-000001-dev",  # superscript digits: isdigit() but not int()
        "١٧٠٠٠٠٠٠٠٠٠٠٠٠٠-000001-dev",  # Arabic-Indic digits
    ],
)
def test_garbage_text_is_a_clock_error(garbage: str) -> None:
    with pytest.raises(ClockError):
        Timestamp.parse(garbage)


def test_observe_of_garbage_text_is_a_clock_error_and_changes_nothing() -> None:
    clock = HybridClock(DEVICE, wall_ms=fake_wall([NOW_MS]))
    first = clock.now()
    with pytest.raises(ClockError):
        clock.observe("not a clock")
    assert clock.now() == Timestamp(NOW_MS, first.counter + 1, DEVICE)


def test_a_clock_needs_a_device() -> None:
    with pytest.raises(ValueError, match="device"):
        HybridClock("")


def test_uuid_device_ids_survive_the_text_form() -> None:
    device = str(uuid.uuid4())
    ts = Timestamp(NOW_MS, 3, device)
    assert Timestamp.parse(str(ts)).device == device
