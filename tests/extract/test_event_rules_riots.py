"""Riots vs protests on unseen wording (issue #5): the typing rules and the sentence detector.

ACLED Codebook (2023): demonstrators' violence or destruction is a Violent demonstration; force
used to stop a peaceful protest is a Protest with intervention, lethal or serious force is
Excessive force; a crowd acting outside any demonstration is Mob violence. Sentences invented.
"""

from __future__ import annotations

import pytest

from frontlines.extract import event_model
from frontlines.extract.event_rules import match_text
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _rule(text: str) -> tuple[str, str] | None:
    found = match_text(text)
    return (found.rule_id, found.label) if found else None


def _events(text: str) -> list[str]:
    doc = parse(text)
    return [m.label.sub_event_type for s in doc.sents for m in detect_events(s) if not m.background]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "enabled", lambda: False)


@pytest.mark.parametrize(
    "text",
    [
        "Marchers went on the rampage in the old town, smashing the windows of two banks.",
        "Protesters overturned a police car outside the governor's office on Friday.",
        "Demonstrators tore down the fence around the presidential palace.",
        "Protesters broke through police lines and reached the steps of the assembly.",
        "Hundreds of strikers fought with riot police near the refinery gates.",
        "Clashes broke out between police and thousands of students marching on the ministry.",
        "Confrontations between demonstrators and gendarmes left 12 police officers injured.",
        "Protesters pelted the minister's motorcade with eggs and plastic bottles.",
        "Stone-throwing youths at the rally forced the police to retreat.",
        "Opposition supporters and police fought running battles in the capital on Tuesday.",
        "Violence erupted at a rally in the port city as marchers damaged several shops.",
    ],
)
def test_demonstrators_violence_is_a_violent_demonstration(text: str) -> None:
    assert _rule(text) in {("violent_demonstration_context", "Violent demonstration"), ("violent_demonstration", "Violent demonstration")}


def test_angry_residents_who_protest_are_demonstrators_not_a_mob() -> None:
    text = "Angry residents protesting power cuts set up roadblocks and burned a municipal truck."
    assert _rule(text) == ("violent_demonstration_context", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("A suspected thief was set ablaze by irate traders at the bus station.", "mob_crowd"),
        ("Irate locals set ablaze a suspected bag snatcher near the market.", "mob_crowd"),
        ("A crowd dragged a suspected robber out of the shop and killed him.", "mob_crowd"),
        ("Angry traders beat up a council officer accused of extortion.", "mob_crowd"),
        ("Villagers from two neighbouring settlements attacked each other with stones over a well.", "mob_rival"),
        ("Supporters of rival candidates clashed with sticks after the count, injuring six.", "mob_rival"),
    ],
)
def test_a_crowd_acting_outside_a_demonstration_is_mob_violence(text: str, rule_id: str) -> None:
    assert _rule(text) == (rule_id, "Mob violence")


def test_rival_groups_with_guns_are_not_a_mob() -> None:
    assert _rule("Rival groups clashed with rifles in the market, leaving four dead.") == ("armed_clash", "Armed clash")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police tear-gassed nurses marching to the health ministry.", ("protest_intervention", "Protest with intervention")),
        ("Police fired stun grenades to scatter a vigil outside the court.", ("protest_intervention", "Protest with intervention")),
        ("Soldiers gunned down four protesters at the bridge.", ("force_against_protest", "Excessive force against protesters")),
        ("The rally turned deadly when police shot two marchers.", ("force_against_protest", "Excessive force against protesters")),
        ("Protesters attacked a police station and freed three detainees.", ("violent_demonstration", "Violent demonstration")),
    ],
)
def test_force_against_a_protest_and_protesters_attacking(text: str, expected: tuple[str, str]) -> None:
    assert _rule(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Teachers began a hunger strike outside the education ministry.",
        "Port workers went on strike on Monday over unpaid wages.",
        "Dock workers began a 48-hour strike at the harbour.",
    ],
)
def test_a_public_strike_is_a_peaceful_protest(text: str) -> None:
    assert _rule(text) == ("peaceful_protest", "Peaceful protest")


def test_an_air_strike_is_not_a_labour_strike() -> None:
    assert _rule("An air strike hit a fuel depot on Monday.") == ("air_strike", "Air/drone strike")


def test_a_hand_grenade_beside_a_stun_grenade_is_still_a_grenade() -> None:
    text = "Police fired stun grenades after a man threw a hand grenade at the checkpoint."
    assert _rule(text) == ("grenade", "Grenade")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protest verb's clause carries the demonstrators' violence
        ("Farmers protesting the new tax blocked the motorway with burning tyres.", ["Violent demonstration"]),
        # clashing with the police is the demonstration's, not a battle
        ("Stone-pelting youths clashed with police after the funeral.", ["Violent demonstration"]),
        # crowds fighting each other with stones: Mob violence
        ("Two groups of villagers hurled stones at each other during the festival.", ["Mob violence"]),
        # stun grenades break up a protest; they are no explosive attack
        ("Police fired stun grenades to break up a protest by taxi drivers.", ["Protest with intervention"]),
    ],
)
def test_the_sentence_detector_types_riots(text: str, expected: list[str]) -> None:
    assert _events(text) == expected
