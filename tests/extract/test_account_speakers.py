"""A rival account of a battle must come from the other side (account_speakers.py, rival_accounts.py)."""

import datetime

from frontlines.extract.account_speakers import account_speaker, side
from frontlines.model import Document
from frontlines.pipeline import extract_document

ATTACK = (
    "Fighters of the 3R rebel group attacked an army post in the town of Bocaranga in the Central African "
    "Republic's Ouham-Pende prefecture on Tuesday, killing four soldiers, {first}. "
    "Nine rebels were killed when troops repelled the assault, {second}."
)


def _records(first: str, second: str) -> list[tuple[str, str, int, bool]]:
    text = ATTACK.format(first=first, second=second)
    records = extract_document(Document(id="t", text=text, published=datetime.date(2023, 11, 16)))
    return [(r.actor1, r.actor2, r.fatalities, r.hedged) for r in records]


def test_a_states_army_police_and_government_are_one_side() -> None:
    assert side("Government of Sudan (2019-)") == side("Military Forces of Sudan (1989-2019)") == "state of Sudan"
    assert side("M23: March 23 Movement") == "M23: March 23 Movement"


def test_the_speaker_is_who_the_sentence_is_attributed_to() -> None:
    assert account_speaker("Troops repelled the assault, an army spokesman added.", "Uganda") == "Military Forces of Uganda"
    assert account_speaker("According to the rebels, the town fell.", "Uganda") == "Opposition Rebels (Uganda)"
    assert account_speaker("Troops repelled the assault, witnesses said.", "Uganda") is None
    assert account_speaker("Troops repelled the assault.", "Uganda") is None


def test_one_side_telling_both_halves_is_one_battle_with_both_tolls_not_a_dispute() -> None:
    assert _records("the army said", "an army spokesman added") == [
        ("3R: Return, Reclamation, Rehabilitation", "Military Forces of Central African Republic", 13, False)
    ]


def test_the_defenders_account_after_the_attackers_is_disputed() -> None:
    assert _records("a 3R spokesman said", "an army spokesman said") == [
        ("3R: Return, Reclamation, Rehabilitation", "Military Forces of Central African Republic", 9, True)
    ]
