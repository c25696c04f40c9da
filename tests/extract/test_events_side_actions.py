"""Side actions told next to an attack keep their own type or fold into it: an arrest over a blast,
a killing with cattle theft, reinforcements sent after a fight. Sentences written for these tests
(session 7, helper N), modelled on dev2 article wording."""

from __future__ import annotations

import pytest

from frontlines.extract.events import detect_events
from frontlines.extract.main_event import detect_report
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [
        (m.label.sub_event_type, m.trigger.text)
        for s in doc.sents
        for m in detect_events(s)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the blast is why the suspect was held, not what the police did
        (
            (
                "Police arrested a suspect in Kano on Monday in connection with the blast, the police chief told reporters,"
                " adding that investigators were looking into links with militants active in the state."
            ),
            [("Arrests", "arrested")],
        ),
        (
            (
                "A bomb exploded at a market in Kano on Sunday, killing three people. Police arrested a suspect in Kano on"
                " Monday in connection with the blast, the police chief told reporters, adding that more arrests could follow."
            ),
            [("Remote explosive/landmine/IED", "exploded"), ("Arrests", "arrested")],
        ),
    ],
)
def test_arrest_over_an_attack_is_an_arrest(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent nowhere named after the report told an attack: a response to it
        (
            "Armed men attacked the town of Bozoum on Sunday, killing five civilians. Reinforcements had been sent from Bouar.",
            [("Attack", "attacked")],
        ),
        (
            (
                'Rebels attacked an army post in Bocaranga on Tuesday, killing four soldiers. "Our forces are pursuing the'
                ' attackers," the spokesman said, adding that reinforcements had been sent from Bouar.'
            ),
            [("Armed clash", "attacked")],
        ),
        # a named destination is news of the force
        (
            "Militants attacked an army post in Bocaranga on Tuesday, killing four soldiers. The army sent reinforcements to Bouar on Wednesday.",
            [
                ("Armed clash", "attacked"),
                ("Change to group/activity", "reinforcements"),
            ],
        ),
        # no fight told before: the reinforcements are the news
        (
            "Reinforcements had been sent from Bouar.",
            [("Change to group/activity", "Reinforcements")],
        ),
    ],
)
def test_reinforcements_after_a_told_fight(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [
        (m.label.sub_event_type, m.trigger.text) for _, m in detect_report(parse(text))
    ] == expected


def test_killing_with_cattle_theft_is_the_attack() -> None:
    doc = parse(
        "In the Tahoua region, gunmen on motorcycles killed four villagers and stole dozens of cattle in Tillia on Monday, a local official said."
    )
    assert [m.label.sub_event_type for _, m in detect_report(doc)] == ["Attack"]
