"""Sentences an article uses to quote, accuse or explain, which report no new event (issue #5)."""

from __future__ import annotations

import datetime

from frontlines.extract.framing import is_habitual, is_irrealis
from frontlines.model import Document
from frontlines.pipeline import extract_document
from tests.extract.parsed import sentence_at


def _types(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=datetime.date(2023, 9, 14))
    return [(r.event_type, r.sub_event_type) for r in extract_document(doc)]


def test_a_quoted_complaint_every_time_is_a_habit_in_any_tense() -> None:
    assert (
        is_habitual(
            *sentence_at('"They beat us every time we speak out," a student said.', "beat")
        )
        is True
    )
    assert (
        is_habitual(
            *sentence_at('"Whenever we march, the police shoot at us," a trader said.', "shoot")
        )
        is True
    )
    assert (
        is_habitual(
            *sentence_at(
                '"They beat us on Monday," a student said, as he does every week.',
                "beat",
            )
        )
        is False
    )


def test_what_someone_was_hired_or_trained_to_do_is_not_done() -> None:
    assert (
        is_irrealis(
            *sentence_at(
                "Leaders said the government had hired thugs to attack the demonstrators.",
                "attack",
            )
        )
        is True
    )
    assert (
        is_irrealis(
            *sentence_at(
                "He accused foreign powers of financing groups trained to attack the army.",
                "attack",
            )
        )
        is True
    )
    assert (
        is_irrealis(
            *sentence_at(
                "Soldiers trained by the army attacked the rebels near Goma.",
                "attacked",
            )
        )
        is False
    )


def test_accusations_and_quoted_complaints_make_no_records() -> None:
    assert (
        _types(
            '"Armed men are paid to disrupt the peace talks and to intimidate our people," said the governor.'
        )
        == []
    )
    assert (
        _types(
            "Opposition leaders said the government had hired thugs to attack the demonstrators."
        )
        == []
    )
    assert (
        _types(
            'President William Ruto said the protests had been hijacked by "dangerous people".'
        )
        == []
    )


def test_flight_after_the_reported_attack_adds_no_record() -> None:
    text = (
        "Suspected jihadists attacked an army post near Djibo in Burkina Faso on Tuesday, killing 11 soldiers. "
        "Thousands of people have fled to the town of Kaya since the attack, aid workers said."
    )
    assert _types(text) == [("Battles", "Armed clash")]


def test_the_army_saying_it_retook_the_town_regains_it() -> None:
    text = "Rebels captured the town of Kidal in Mali on Monday. The army said on Tuesday it had retaken the town."
    assert _types(text) == [
        ("Battles", "Non-state actor overtakes territory"),
        ("Battles", "Government regains territory"),
    ]


def test_the_other_sides_account_of_the_battle_is_that_battle_disputed() -> None:
    text = (
        "The rebels said they had captured the town of Bunagana in Uganda on Monday. "
        "The army said on Tuesday it had repelled the attack and still controlled the town."
    )
    records = extract_document(
        Document(id="t", text=text, published=datetime.date(2023, 9, 14))
    )
    assert [(r.sub_event_type, r.actor1, r.hedged) for r in records] == [
        ("Non-state actor overtakes territory", "Opposition Rebels (Uganda)", True)
    ]


def test_a_repelled_attack_told_as_another_one_stays_its_own_record() -> None:
    text = (
        "The rebels said they had captured the town of Bunagana in Uganda on Monday. "
        "The army said on Tuesday it had repelled an attack on the town of Kisoro."
    )
    assert _types(text) == [
        ("Battles", "Non-state actor overtakes territory"),
        ("Battles", "Armed clash"),
    ]
