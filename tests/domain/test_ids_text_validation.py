"""Ids that converge across laptops, search folding, validation messages people can act on."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from ecnet_desktop.domain import countries, validation
from ecnet_desktop.domain.enums import PersonCategory
from ecnet_desktop.domain.errors import ValidationError
from ecnet_desktop.domain.fields import label
from ecnet_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, Source, msg
from ecnet_desktop.domain.ids import (
    answer_id,
    attendance_id,
    new_id,
    pair_id,
    registration_id,
)
from ecnet_desktop.domain.text import clean, fold

PERSON = "0b0f5a5e-3c1b-4a57-9a43-0c36f6b8b001"
OTHER_PERSON = "0b0f5a5e-3c1b-4a57-9a43-0c36f6b8b002"
EVENT = "7e1e1a1e-1111-4a57-9a43-0c36f6b8b001"
SESSION = "5e55e55e-2222-4a57-9a43-0c36f6b8b001"

# -- ids ------------------------------------------------------------------------------------------


def test_pair_ids_are_the_same_on_every_laptop() -> None:
    # Computed twice independently: what two laptops do when they check in the same person.
    assert attendance_id(PERSON, SESSION) == attendance_id(PERSON, SESSION)
    assert registration_id(PERSON, EVENT) == registration_id(PERSON, EVENT)
    assert answer_id(EVENT, SESSION) == answer_id(EVENT, SESSION)
    # Fixed namespace: the id must not change between app versions, or databases split rows.
    assert attendance_id(PERSON, SESSION) == str(
        uuid.uuid5(uuid.UUID("6f1d3c52-8a0e-5b7c-9d41-ec0e7de5c001"),
                   f"attendance:{PERSON}:{SESSION}")
    )


def test_pair_ids_are_uuids() -> None:
    value = registration_id(PERSON, EVENT)
    assert str(uuid.UUID(value)) == value
    assert uuid.UUID(value).version == 5


def test_pair_ids_differ_for_swapped_or_different_pairs_and_kinds() -> None:
    ids = {
        pair_id("attendance", PERSON, SESSION),
        pair_id("attendance", SESSION, PERSON),
        pair_id("attendance", OTHER_PERSON, SESSION),
        pair_id("registration", PERSON, SESSION),
        registration_id(PERSON, EVENT),
        registration_id(OTHER_PERSON, EVENT),
        attendance_id(PERSON, EVENT),
        answer_id(PERSON, EVENT),
    }
    assert len(ids) == 8
    assert registration_id(PERSON, EVENT) != attendance_id(PERSON, EVENT)


def test_new_ids_are_random_uuids() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(uuid.UUID(i).version == 4 for i in ids)


# -- text -----------------------------------------------------------------------------------------


def test_fold_removes_diacritics_of_partner_languages() -> None:
    folded = fold("Đurđević Łukasz Őry Ştefan Γιώργος")
    words = folded.split()
    assert words[:4] == ["durdevic", "lukasz", "ory", "stefan"]
    assert len(words) == 5
    # Greek stays Greek, but capitals and accents no longer matter.
    assert words[4] == fold("ΓΙΩΡΓΟΣ") == fold("γιωργος")


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Łukasz", "lukasz"),
        ("Đurđević", "durdevic"),
        ("ĐURĐEVIĆ", "Durdevic"),
        ("Őry", "ory"),
        ("Ştefan", "stefan"),
        ("Șerban", "serban"),
        ("Müller", "muller"),
        ("Straße", "strasse"),
        ("Søren Ærø", "soren aero"),
        ("Čapek", "capek"),
    ],
)
def test_what_people_type_folds_like_what_was_written(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


def test_fold_collapses_whitespace_and_handles_nothing() -> None:
    assert fold("  Anna\t  Maria \n") == "anna maria"
    assert fold(None) == ""
    assert fold("") == ""


def test_clean_keeps_case_and_accents_but_tidies_spaces() -> None:
    assert clean("  Đurđević   Łukasz ") == "Đurđević Łukasz"
    assert clean(None) == ""


# -- countries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("IT", "IT"),
        ("it", "IT"),
        (" hr ", "HR"),
        ("Italy", "IT"),
        ("italy", "IT"),
        ("Croatia", "HR"),
        ("Hungary", "HU"),
        ("Italia", "IT"),
        ("Hrvatska", "HR"),
        ("Magyarország", "HU"),
        ("magyarorszag", "HU"),
        ("Polska", "PL"),
        ("España", "ES"),
        ("Slovenija", "SI"),
        ("България", "BG"),
        ("Deutschland", "DE"),
        ("ITA", "IT"),
    ],
)
def test_country_is_found_by_code_english_or_own_language_name(written: str, code: str) -> None:
    assert countries.lookup(written) == code
    assert validation.country("country", written) == code


@pytest.mark.parametrize("written", ["Atlantis", "XX", "Europe", "I"])
def test_unknown_countries_are_not_guessed(written: str) -> None:
    assert countries.lookup(written) is None


def test_country_names_for_codes() -> None:
    assert countries.name("HR") == "Croatia"
    assert countries.name("it") == "Italy"
    assert countries.is_code("SI")
    assert not countries.is_code("si")
    assert not countries.is_code("XX")


# -- validation messages --------------------------------------------------------------------------


def test_a_bad_email_names_the_field_and_the_value() -> None:
    with pytest.raises(ValidationError) as info:
        validation.email("email", "anna.rossi(at)comune.it")
    assert info.value.field == "email"
    text = str(info.value.message)
    assert "e-mail" in text
    assert "anna.rossi(at)comune.it" in text
    assert str(info.value) == text


@pytest.mark.parametrize("good", ["anna.rossi@comune.venezia.it", "", "  A@B.HR  "])
def test_good_emails_are_accepted_and_normalised(good: str) -> None:
    assert validation.email("email", good) == good.strip().lower()


def test_a_bad_country_names_the_field_and_the_value() -> None:
    with pytest.raises(ValidationError) as info:
        validation.country("country", "Atlantis")
    assert info.value.field == "country"
    text = str(info.value)
    assert "country" in text
    assert "Atlantis" in text


def test_a_missing_required_country_is_reported() -> None:
    with pytest.raises(ValidationError) as info:
        validation.country("country", "  ", required=True)
    assert info.value.field == "country"
    assert "country" in str(info.value)
    assert validation.country("country", "") == ""


def test_end_before_start_names_the_field_and_both_dates() -> None:
    start, end = dt.date(2022, 5, 12), dt.date(2022, 5, 10)
    with pytest.raises(ValidationError) as info:
        validation.date_range(start, end)
    assert info.value.field == "end_date"
    text = str(info.value)
    assert "2022-05-10" in text
    assert "2022-05-12" in text
    # The person must be able to tell *which* field is wrong without the form in front of them
    # (e.g. a rejected row of an imported list): the message names the field's label.
    assert str(label("end_date")) in text


def test_end_on_the_start_day_is_fine() -> None:
    validation.date_range(dt.date(2022, 5, 12), dt.date(2022, 5, 12))


def test_unknown_choice_lists_what_is_allowed() -> None:
    with pytest.raises(ValidationError) as info:
        validation.choice("category", "astronaut", PersonCategory)
    assert info.value.field == "category"
    text = str(info.value)
    assert "category" in text
    assert "astronaut" in text
    assert "policy_maker" in text


def test_required_text_and_length_limits_name_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        validation.required_text("given_name", "   ")
    assert "given name" in str(info.value)
    with pytest.raises(ValidationError) as info:
        validation.optional_text("town", "x" * 201, 200)
    assert info.value.field == "town"
    assert "town" in str(info.value)
    assert "201" in str(info.value)


def test_birth_year_outside_the_plausible_range_is_refused() -> None:
    today = dt.date(2022, 6, 1)
    assert validation.birth_year("birth_year", "1980", today) == 1980
    assert validation.birth_year("birth_year", "", today) is None
    for bad in ("1899", "2023", "nineteen-eighty"):
        with pytest.raises(ValidationError) as info:
            validation.birth_year("birth_year", bad, today)
        assert "birth year" in str(info.value)
        assert bad in str(info.value)


def test_priorities_accept_labels_and_are_stored_sorted() -> None:
    stored = validation.priorities("priorities", "Solidarity, euroscepticism,Solidarity")
    assert stored == "euroscepticism,solidarity"
    with pytest.raises(ValidationError) as info:
        validation.priorities("priorities", "world peace")
    assert "world peace" in str(info.value)


# -- translation of messages ----------------------------------------------------------------------

FRENCH = {
    ("validation", "{field}: '{value}' is not an e-mail address."):
        "{field} : « {value} » n'est pas une adresse électronique.",
    ("field", "e-mail"): "courriel",
}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


def test_render_translates_the_text_and_the_field_label_but_not_the_value() -> None:
    with pytest.raises(ValidationError) as info:
        validation.email("email", "e-mail@nowhere")
    message = info.value.message
    assert message.render(french) == (
        "courriel : « e-mail@nowhere » n'est pas une adresse électronique."
    )
    # Untranslated it is still English, with the English label.
    assert message.render() == "e-mail: 'e-mail@nowhere' is not an e-mail address."


def test_render_passes_the_context_of_each_source() -> None:
    seen: list[tuple[str, str]] = []

    def spy(context: str, text: str) -> str:
        seen.append((context, text))
        return f"[{text}]"

    source = QT_TRANSLATE_NOOP("greeting", "Hello {who} from {town}")
    who = QT_TRANSLATE_NOOP("field", "participant")
    message = msg(source, who=who, town="Łódź")
    assert message.render(spy) == "[Hello [participant] from Łódź]"
    assert seen == [("greeting", "Hello {who} from {town}"), ("field", "participant")]
    assert isinstance(who, Source)


def test_a_broken_translation_still_shows_the_message() -> None:
    message = Message("validation", "{field} is required.", {"field": label("email")})

    def broken(context: str, text: str) -> str:
        return "{champ} est obligatoire." if context == "validation" else "courriel"

    assert message.render(broken) == "courriel is required."
