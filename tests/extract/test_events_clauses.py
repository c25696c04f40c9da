"""How detect_events handles several clauses in one sentence: side actions, relative clauses,
non-ACLED sub-stories and escalating protests. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text) for s in doc.sents for m in detect_events(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause ("who broke into…") is what the activists did, not what the police did
        (
            "Police fired tear gas to disperse activists who broke into the council building in Jelling.",
            [("Protest with intervention", "disperse")],
        ),
        # one crowd, partly violent: ACLED codes one demonstration by its most escalated form
        ("While some demonstrators rallied peacefully, others clashed with police in Paris.", [("Violent demonstration", "clashed")]),
        # the killing is a road accident told inside a protest report
        (
            "Demonstrations demanding justice for two students killed in a road accident were held in Dhaka.",
            [("Peaceful protest", "Demonstrations demanding justice for two students killed in a road accident were held")],
        ),
    ],
)
def test_side_clauses_do_not_type_the_action(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_seizing_a_thing_is_not_taking_territory() -> None:
    # The sentence-level territorial rule matches "seized", but the object is a cache, not a place:
    # seizing a weapons cache is ACLED's Disrupted weapons use.
    assert _events("Government forces seized a cache of chemical substances in central Mosul on Thursday.") == [("Disrupted weapons use", "seized")]


def test_the_explosion_of_an_accident_stays_an_accident() -> None:
    text = "Gas cylinders exploded during a fire in a warehouse in Lagos. When the explosion occurred, firefighters evacuated the building."
    assert _events(text) == []


def test_a_new_bombing_after_an_accident_is_still_reported() -> None:
    text = "Gas cylinders exploded during a fire in a warehouse in Lagos. A bomb exploded near a market in Kano on Monday."
    assert _events(text) == [("Remote explosive/landmine/IED", "exploded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # casualties and the action that caused them are one incident
        ("Four women were killed when unidentified gunmen opened fire on a van in Mir Ali on Monday.", [("Attack", "killed")]),
        ("Three soldiers were killed when a roadside bomb exploded near their patrol in Kirkuk.", [("Remote explosive/landmine/IED", "killed")]),
        ("A suicide bomber blew himself up in Benghazi on Friday, leaving two dead and 20 others injured.", [("Suicide bomb", "blew")]),
        # the violence of a demonstration is the demonstration's
        ("More than 35 protesters were killed and hundreds wounded when soldiers broke up a sit-in in Khartoum.", [("Excessive force against protesters", "killed")]),
        ("Riot police fired tear gas to disperse student protesters during a clash outside parliament in Jakarta.", [("Violent demonstration", "disperse")]),
        # a purpose clause says what a generically typed action was
        ("Police deployed tear gas to disperse Kurdish activists outside the council building in Jelling.", [("Protest with intervention", "deployed")]),
    ],
)
def test_one_incident_gives_one_mention(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town of Kadugli, while soldiers killed two civilians in Dilling.",  # a contrast
        "Rebels attacked the town of Kadugli and soldiers killed two civilians in Dilling.",  # a killing with its own object
    ],
)
def test_another_incident_in_the_sentence_stays_separate(text: str) -> None:
    assert _events(text) == [("Armed clash", "attacked"), ("Attack", "killed")]


def test_violence_beside_a_peaceful_protest_is_not_the_protest() -> None:
    text = "Protesters marched in the capital and soldiers shot two men in the north."
    assert _events(text) == [("Peaceful protest", "marched"), ("Attack", "shot")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption with no finite verb: the event noun is the agent of the harm
        ("Residents of the city of Taugon hit by an air raid with poison gas on October 23.", [("Chemical weapon", "raid")]),
        ("The market was hit by an airstrike on Tuesday.", [("Air/drone strike", "airstrike")]),
    ],
)
def test_an_event_noun_as_agent_of_a_harm_is_a_mention(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected
