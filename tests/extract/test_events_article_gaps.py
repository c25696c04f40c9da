"""Issue #5 gaps in whole-article detection: time anchors, destruction inside an attack, a response
deployment, party thugs' violence and an earlier event recalled "a week after". Sentences written
for these tests."""

from __future__ import annotations

import pytest

from frontlines.extract.events import detect_events
from frontlines.extract.main_event import detect_report
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str, bool]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text, m.background) for s in doc.sents for m in detect_events(s)]


@pytest.mark.parametrize(
    "text",
    [
        # a running toll since an event's onset: neither the arrests nor the protests are one event
        "More than 200 people have been arrested since the protests began in March.",
        "Hundreds of people have been detained since the demonstrations erupted last month.",
        # "the 2021 coup" only dates the arrests
        "Hundreds have been arrested since the 2021 coup, the group said.",
        # a deployment told by where the force went, after the event, is a response
        '"Our men have been deployed to the area," the police spokesman said.',
        "Additional police officers have been deployed to the area, the spokesman said.",
    ],
)
def test_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the looting or burning is the manner of the attack: one event, the attack's type
        ("Gunmen abducted 12 villagers after looting homes in Zurmi on Monday.", [("Abduction/forced disappearance", "abducted", False)]),
        ("Gunmen set fire to a church in Kaduna on Sunday, killing six worshippers.", [("Attack", "set fire", False)]),
        ("Militants burned houses and killed nine villagers in Ituri on Saturday.", [("Attack", "burned", False)]),
        # a named destination keeps the deployment; a base set up is its own sub-type
        ("The army deployed 500 troops to Gao on Monday.", [("Change to group/activity", "deployed", False)]),
        # party thugs are no armed group: Riots, even when the victims were at a rally
        ("APC thugs attacked PDP supporters at a rally in Ibadan on Saturday.", [("Mob violence", "attacked", False)]),
        # the coup told as an event is an event (its old date makes the record background, see
        # tests/test_pipeline_article_gaps.py); "since the 2021 coup" above is only a time anchor
        ("The military seized power in a coup in February 2021.", [("Other", "seized", False)]),
        # the earlier killing is its own, recalled event, not folded into Monday's
        (
            "Gunmen killed five people in Zangon Kataf on Monday, a week after gunmen killed 10 people in a nearby village.",
            [("Attack", "killed", False), ("Attack", "killed", True)],
        ),
        ("The attack came two weeks after bandits abducted 20 pupils.", [("Abduction/forced disappearance", "abducted", True)]),
    ],
)
def test_article_gap_events(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _events(text) == expected


def test_a_month_name_is_no_march() -> None:
    assert _events("Police arrested two men in Kano in March.") == [("Arrests", "arrested", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole-text typing of a short report does not turn an attack into its destruction,
        # nor party thugs' violence into a battle or a peaceful rally
        ("Gunmen set fire to a church in Kaduna on Sunday, killing six worshippers.", ["Attack"]),
        ("APC thugs attacked PDP supporters at a rally in Ibadan on Saturday.", ["Mob violence"]),
        ("Suspected PDP thugs attacked APC members at the party secretariat in Port Harcourt on Monday.", ["Mob violence"]),
    ],
)
def test_short_report_keeps_the_attack_type(text: str, expected: list[str]) -> None:
    assert [m.label.sub_event_type for _, m in detect_report(parse(text))] == expected
