"""Record ids: random UUIDs for entities, deterministic UUIDs for pairs so replicas converge."""

from __future__ import annotations

import uuid

# Fixed namespace: changing it would split every pair row in existing databases in two.
PAIR_NAMESPACE = uuid.UUID("6f1d3c52-8a0e-5b7c-9d41-ec0e7de5c001")


def new_id() -> str:
    """A fresh random id."""
    return str(uuid.uuid4())


def pair_id(kind: str, first: str, second: str) -> str:
    """The one id for (kind, first, second): registration, attendance, answer.

    Two laptops that check the same person into the same session produce the same id, so the
    merge sees one row edited twice instead of two rows.
    """
    return str(uuid.uuid5(PAIR_NAMESPACE, f"{kind}:{first}:{second}"))


def registration_id(person_id: str, event_id: str) -> str:
    return pair_id("registration", person_id, event_id)


def attendance_id(person_id: str, session_id: str) -> str:
    return pair_id("attendance", person_id, session_id)


def answer_id(interview_id: str, question_id: str) -> str:
    return pair_id("answer", interview_id, question_id)
