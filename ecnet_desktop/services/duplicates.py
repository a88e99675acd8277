"""Possible duplicate people: the same e-mail, or names alike once diacritics are folded."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..domain.progress import Progress
from ..domain.records import PersonRecord
from ..domain.text import fold
from ..store.models import Organisation, Person
from .base import ServiceBase, to_record

SAME_EMAIL = QT_TRANSLATE_NOOP("duplicates", "same e-mail")
SIMILAR_NAME = QT_TRANSLATE_NOOP("duplicates", "similar name")
# token_sort_ratio: "Ivana Đurđević" and "Durdevic Ivana" score 100; one typo in a short
# name stays above 88, while different people with a shared family name fall below it.
NAME_CUTOFF = 88


@dataclass(frozen=True)
class DuplicateCandidate:
    person: PersonRecord
    reason: Source
    score: int


@dataclass(frozen=True)
class DuplicatePair:
    first: PersonRecord
    second: PersonRecord
    reason: Source
    score: int


def _name_key(given: str, family: str) -> str:
    return fold(f"{given} {family}")


class DuplicateService(ServiceBase):
    def candidates(
        self,
        *,
        given_name: str = "",
        family_name: str = "",
        email: str = "",
        exclude_id: str | None = None,
        limit: int = 5,
    ) -> list[DuplicateCandidate]:
        """People already stored who may be the one being typed, best match first."""
        key = _name_key(given_name, family_name)
        mail = email.strip().lower()
        found: dict[str, tuple[Source, int]] = {}
        with self.sessions() as s:
            live = (Person.deleted.is_(False), Person.merged_into_id.is_(None),
                    Person.erased.is_(False))
            if mail:
                for pid in s.scalars(select(Person.id).where(
                        func.lower(Person.email) == mail, *live)):
                    found[pid] = (SAME_EMAIL, 100)
            if len(key) >= 3:
                names = {pid: _name_key(g, f) for pid, g, f in s.execute(
                    select(Person.id, Person.given_name, Person.family_name).where(*live))}
                for _name, score, pid in process.extract(
                        key, names, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_CUTOFF,
                        limit=limit + 1):
                    found.setdefault(str(pid), (SIMILAR_NAME, int(score)))
            found.pop(exclude_id or "", None)
            ranked = sorted(found.items(), key=lambda kv: (-kv[1][1], kv[0]))[:limit]
            people = self._records(s, [pid for pid, _ in ranked])
            return [DuplicateCandidate(people[pid], reason, score)
                    for pid, (reason, score) in ranked if pid in people]

    def all_pairs(self, progress: Progress | None = None) -> list[DuplicatePair]:
        """Every pair of live people that may be one person, for the list on demand."""
        progress = progress or Progress()
        with self.sessions() as s:
            rows = s.execute(
                select(Person.id, Person.given_name, Person.family_name, Person.email).where(
                    Person.deleted.is_(False), Person.merged_into_id.is_(None),
                    Person.erased.is_(False))
            ).all()
        pairs: dict[tuple[str, str], tuple[Source, int]] = {}
        by_mail: dict[str, list[str]] = defaultdict(list)
        # Names are compared within blocks sharing the first letter of the folded family
        # name: linear in the number of people instead of quadratic over the whole network.
        blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for pid, given, family, email in rows:
            if email:
                by_mail[email.lower()].append(pid)
            key = _name_key(given, family)
            if key:
                blocks[fold(family)[:1] or fold(given)[:1]].append((pid, key))
        for ids in by_mail.values():
            for i, a in enumerate(sorted(ids)):
                for b in sorted(ids)[i + 1:]:
                    pairs[(a, b)] = (SAME_EMAIL, 100)
        for done, members in enumerate(blocks.values(), start=1):
            progress.step(done, len(blocks), "")
            if len(members) < 2:
                continue
            choices = dict(members)
            for pid, key in members:
                for _name, score, other in process.extract(
                        key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_CUTOFF,
                        limit=None):
                    if other != pid:
                        a, b = sorted((pid, str(other)))
                        pairs.setdefault((a, b), (SIMILAR_NAME, int(score)))
        with self.sessions() as s:
            people = self._records(s, sorted({p for pair in pairs for p in pair}))
        ordered = sorted(pairs.items(), key=lambda kv: (-kv[1][1], kv[0]))
        return [DuplicatePair(people[a], people[b], reason, score)
                for (a, b), (reason, score) in ordered]

    @staticmethod
    def _records(s: Session, ids: list[str]) -> dict[str, PersonRecord]:
        result: dict[str, PersonRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for person, org in s.execute(
                    select(Person, Organisation)
                    .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                    .where(Person.id.in_(chunk))):
                result[person.id] = to_record(person, PersonRecord,
                                              organisation_name=org.name if org else "")
        return result
