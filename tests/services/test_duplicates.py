"""Possible duplicates: the same e-mail, or names alike once diacritics are folded."""

from __future__ import annotations

from ecnet_desktop.services.container import Services


def test_candidates_while_typing_find_folded_names_and_same_email(services: Services) -> None:
    ivana = services.people.create(given_name="Ivana", family_name="Đurđević",
                                   email="ivana@sibenik.hr")
    other = services.people.create(given_name="Marko", family_name="Horvat",
                                   email="IVANA@sibenik.hr")
    services.people.create(given_name="Ivan", family_name="Horvat")
    found = services.duplicates.candidates(given_name="ivana", family_name="durdevic")
    assert [c.person.id for c in found] == [ivana.id]
    assert str(found[0].reason) == "similar name"
    by_mail = services.duplicates.candidates(given_name="Zoe", family_name="Quinn",
                                             email=" Ivana@Sibenik.hr ")
    assert {c.person.id for c in by_mail} == {ivana.id, other.id}
    assert all(str(c.reason) == "same e-mail" for c in by_mail)
    assert services.duplicates.candidates(given_name="Ivana", family_name="Đurđević",
                                          exclude_id=ivana.id) == []


def test_different_people_with_a_shared_family_name_are_not_flagged(services: Services) -> None:
    services.people.create(given_name="Ádám", family_name="Szőke")
    assert services.duplicates.candidates(given_name="Zsófia", family_name="Szőke") == []


def test_list_on_demand_pairs_each_duplicate_once(services: Services) -> None:
    a = services.people.create(given_name="Łukasz", family_name="Wójcik")
    b = services.people.create(given_name="Lukasz", family_name="Wojcik")
    stefan = services.people.create(given_name="Ştefan", family_name="Popescu", email="s@p.ro")
    c = services.people.create(given_name="Ana", family_name="Silva", email="s@p.ro")
    deleted = services.people.create(given_name="Lukasz", family_name="Wójcik")
    services.people.delete(deleted.id)
    pairs = services.duplicates.all_pairs()
    ids = sorted((frozenset({p.first.id, p.second.id}) for p in pairs), key=sorted)
    assert ids == sorted([frozenset({a.id, b.id}), frozenset({stefan.id, c.id})], key=sorted)
    assert all(deleted.id not in pair for pair in ids)
