"""Names in each partner language's alphabetical order (CLDR tailorings), without Qt."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecnet_desktop.domain.collation import name_key, primary

# Each list is in the order a reader of that language expects; shuffled, then sorted by key.
ORDERS = {
    "hr": ["Cuneo", "Czinege", "Čačak", "Čović", "Ćosić", "Dukić", "Džeko", "Đurić", "Lovrić",
           "Ljubić", "Novak", "Njegoš", "Sas", "Šimić", "Zec", "Žic"],
    "sl": ["Cuneo", "Čuk", "Sever", "Šuštar", "Zupan", "Žagar"],
    "hu": ["Cuneo", "Czinege", "Csaba", "Gál", "Gyula", "Nagy", "Nyári", "Oláh", "Orosz",
           "Öreg", "Őri", "Sas", "Sütő", "Szabó", "Tóth", "Tyukod", "Zala", "Zsolt"],
    "pl": ["Adamczyk", "Ąbek", "Czarnecki", "Ćwik", "Lis", "Lovrić", "Łoś", "Nowak", "Ńwo",
           "Ozga", "Ólski", "Sowa", "Śliwa", "Zając", "Źrebiec", "Żak"],
    "es": ["Nunez", "Nuño", "Ñandú", "Ortega"],
    "bg": ["Иванов", "Йорданов", "Колев", "Яков", "Adams", "Smith"],
    # Accents only weigh after the letters in these: Čačak before Cuneo, Èze with Eze.
    "it": ["Čačak", "Cuneo", "Dukić", "Đurić", "Eze", "Èze", "Fabbri"],
    "en": ["Čačak", "Csaba", "Cuneo", "Łoś", "Lovrić", "Nuño", "Ortega"],
}


@pytest.mark.parametrize("language", sorted(ORDERS))
def test_family_names_sort_in_the_languages_alphabet(language: str) -> None:
    expected = ORDERS[language]
    shuffled = expected[:]
    random.Random(language).shuffle(shuffled)
    assert sorted(shuffled, key=lambda n: name_key(n, "Ana", language)) == expected


def test_the_family_name_decides_before_the_given_name() -> None:
    people = [("Horvat", "Zoran"), ("Horvat", "Ana"), ("Horvatić", "Ana"), ("Hor", "Zvonko")]
    ordered = sorted(people, key=lambda p: name_key(*p, "hr"))
    assert ordered == [("Hor", "Zvonko"), ("Horvat", "Ana"), ("Horvat", "Zoran"),
                       ("Horvatić", "Ana")]


def test_letters_first_then_accents_then_case() -> None:
    # Same letters in Italian: the accent decides, then case, never a tie.
    names = ["Cavić", "cavić", "Cavic", "Čavić"]
    keys = {name_key(n, "", "it") for n in names}
    assert len(keys) == len(names)
    assert sorted(names, key=lambda n: name_key(n, "", "it"))[0] == "Cavic"
    # In Croatian Č is a letter of its own: after every C, whatever the rest says.
    assert name_key("Čavić", "", "hr") > name_key("Czzz", "", "hr")


def test_an_unknown_language_sorts_as_english() -> None:
    assert primary("Čačak", "xx") == primary("Čačak", "en") == "cacak"


@given(st.text(max_size=12), st.text(max_size=12), st.text(max_size=12), st.text(max_size=12),
       st.sampled_from(sorted(ORDERS)))
def test_different_names_never_tie(f1: str, g1: str, f2: str, g2: str, language: str) -> None:
    if (f1, g1) != (f2, g2):
        assert name_key(f1, g1, language) != name_key(f2, g2, language)
