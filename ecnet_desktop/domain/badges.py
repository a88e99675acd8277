"""The payload a badge's QR code carries, typed by a USB scanner into the check-in search box.

Only letters and digits: scanners emulate a keyboard, and punctuation such as ':' or '-' comes
out differently under Croatian, Hungarian or Polish keyboard layouts.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

PREFIX = "ECN1"
_PATTERN = re.compile(rf"^{PREFIX}([0-9a-f]{{32}})([0-9a-f]{{32}})$", re.IGNORECASE)


@dataclass(frozen=True)
class BadgeCode:
    person_id: str
    event_id: str


def encode(person_id: str, event_id: str) -> str:
    """``ECN1`` + the person's and the event's UUIDs as 32 hex digits each."""
    return f"{PREFIX}{uuid.UUID(person_id).hex}{uuid.UUID(event_id).hex}".upper()


def decode(text: str) -> BadgeCode | None:
    """The ids in a scanned payload, or None when the text is not a badge code."""
    match = _PATTERN.match(text.strip())
    if match is None:
        return None
    return BadgeCode(str(uuid.UUID(match.group(1))), str(uuid.UUID(match.group(2))))


def looks_like_badge(text: str) -> bool:
    """True for text that starts like a badge code (so the desk does not search for it)."""
    return text.strip().upper().startswith(PREFIX) and len(text.strip()) >= 20
