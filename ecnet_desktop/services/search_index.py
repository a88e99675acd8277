"""Narrowing a people query with the trigram index of migration 0002 (FTS5 on SQLite).

On PostgreSQL the index is a pg_trgm GIN index on people.search_text, which the planner uses
for the LIKE conditions of the query by itself: nothing to add there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import literal_column, text
from sqlalchemy.orm import Session

SEARCH_INDEX = "people_search"
PG_SEARCH_INDEX = "ix_people_search_text_trgm"  # migration 0002 on PostgreSQL
TRIGRAM = 3  # the trigram tokenizer finds substrings of at least this many characters


def match_query(words: Sequence[str]) -> str:
    """An FTS5 query: every word as a quoted phrase (the trigram tokenizer finds substrings)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def has_index(s: Session) -> bool:
    """Whether people search is indexed here (FTS5 table on SQLite, GIN index on PostgreSQL)."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        return bool(s.scalar(
            text("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                 "AND indexname = :n"), {"n": PG_SEARCH_INDEX}))
    return dialect == "sqlite" and bool(s.scalar(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"),
        {"n": SEARCH_INDEX}))


def narrow(s: Session, query: Any, words: Sequence[str]) -> Any:
    """Restrict ``query`` (over people) to index hits for the words of 3+ letters.

    Only a narrowing: callers still check every word on the row itself, so a stale index
    entry can never show someone who does not match. Without the index nothing changes.
    """
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words or s.get_bind().dialect.name != "sqlite" or not has_index(s):
        return query  # PostgreSQL's planner applies its trigram index to the LIKEs itself
    hits = text(f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :query"
                ).bindparams(query=match_query(long_words))
    return query.where(literal_column("people.rowid").in_(hits))
