"""Badge codes round-trip, use only letters and digits, and reject anything else."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from ecnet_desktop.domain import badges


@given(st.uuids(), st.uuids())
def test_round_trip_and_keyboard_safe(person: uuid.UUID, event: uuid.UUID) -> None:
    code = badges.encode(str(person), str(event))
    assert code.isalnum() and code.isascii()
    assert badges.decode(code) == badges.BadgeCode(str(person), str(event))
    assert badges.decode(code.lower() + "  ") == badges.BadgeCode(str(person), str(event))


def test_other_text_is_not_a_badge() -> None:
    assert badges.decode("Łukasz") is None
    assert badges.decode("ECN1" + "0" * 63) is None
    assert not badges.looks_like_badge("ecn")
