"""Narrowing a people query with the FTS5 trigram index of migration 0002 (SQLite only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import literal_column, text
from sqlalchemy.orm import Session

SEARCH_INDEX = "people_search"
TRIGRAM = 3  # the trigram tokenizer finds substrings of at least this many characters


def match_query(words: Sequence[str]) -> str:
    """An FTS5 query: every word as a quoted phrase (the trigram tokenizer finds substrings)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def has_index(s: Session) -> bool:
    bind = s.get_bind()
    return bind.dialect.name == "sqlite" and bool(s.scalar(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"),
        {"n": SEARCH_INDEX}))


def narrow(s: Session, query: Any, words: Sequence[str]) -> Any:
    """Restrict ``query`` (over people) to index hits for the words of 3+ letters.

    Only a narrowing: callers still check every word on the row itself, so a stale index
    entry can never show someone who does not match. Without the index nothing changes.
    """
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words or not has_index(s):
        return query
    hits = text(f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :query"
                ).bindparams(query=match_query(long_words))
    return query.where(literal_column("people.rowid").in_(hits))
