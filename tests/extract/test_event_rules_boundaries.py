"""Typing rules on the NOT_ACLED / Strategic developments / violence boundaries (issue #5).

Accidents, claims and denials, talks, disease; defused or downed weapons, surrenders, arrests made
before a protest, troop movements, bases, bloodless takeovers. Sentences written for these tests
(no CASE wording); each case is a kind of error hand-written probes showed.
"""

from __future__ import annotations

import pytest

from frontlines.extract import event_model
from frontlines.extract.event_rules import match_text
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _rule(text: str) -> str | None:
    found = match_text(text)
    return found.label if found else None


def _events(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text) for s in doc.sents for m in detect_events(s) if not m.background]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "enabled", lambda: False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accidents: vehicles, collapses, mines, aircraft
        ("A fuel tanker overturned on the highway outside Lokoja and burst into flames, killing six people.", "NOT_ACLED:accident"),
        ("A three-storey hotel caved in after days of rain in Kampala, trapping guests.", "NOT_ACLED:accident"),
        ("A methane blast at a coal mine in Zonguldak trapped 12 miners.", "NOT_ACLED:accident"),
        ("A small plane carrying aid workers went down in the mountains of Papua.", "NOT_ACLED:accident"),
        ("A leaking LPG cylinder exploded in a tea stall, injuring five customers.", "NOT_ACLED:accident"),
        # ...but a bomb that sets a bus on fire, or a mine blast, stays an explosion
        ("A roadside bomb struck a bus near Kandahar and the bus caught fire, killing nine.", "Remote explosive/landmine/IED"),
        ("A mine blast killed two soldiers on patrol near the border.", "Remote explosive/landmine/IED"),
        ("Measles has killed 50 children this year.", "NOT_ACLED:natural disaster"),
        ("A blaze swept through a camp for displaced people, destroying 500 shelters.", "NOT_ACLED:accident"),
        ("A cargo plane skidded off the runway while landing, injuring two crew.", "NOT_ACLED:accident"),
        ("A blast at an illegal oil refinery killed 12 people.", "NOT_ACLED:accident"),
        # claims, denials and accusations about an attack
        ("The Tehreek-e-Taliban said it was behind the attack on the police station in Bannu.", "NOT_ACLED:attribution"),
        ("Al-Shabaab took responsibility for the mortar strike on the base.", "NOT_ACLED:attribution"),
        ("The group denied any involvement in the killing of the journalist.", "NOT_ACLED:attribution"),
        ("The army rejected claims that its troops had shelled the village.", "NOT_ACLED:attribution"),
        ("Baghdad accused the militia of orchestrating the drone attack on the airport.", "NOT_ACLED:attribution"),
        ("The movement said it had nothing to do with the bombing of the bus station.", "NOT_ACLED:attribution"),
        ("The group acknowledged that it carried out the car bombing in the capital.", "NOT_ACLED:attribution"),
        # talks are diplomacy until something is agreed
        ("The two governments held talks in Geneva on the border dispute.", "NOT_ACLED:diplomacy"),
        ("The two sides held talks in Geneva and agreed to a ceasefire.", "Agreement"),
        # weapons made safe, downed or cleared
        ("Air defences downed three drones over the city, the army said.", "Disrupted weapons use"),
        ("Bomb experts destroyed a suspicious package left outside the court.", "Disrupted weapons use"),
        ("Sappers cleared dozens of landmines from the road.", "Disrupted weapons use"),
        # surrender: weapons handed in are no territory handed over
        ("Forty fighters laid down their arms and turned themselves in to the army.", "Agreement"),
        ("Rebels handed in their weapons to the peacekeepers.", "Agreement"),
        ("Rebels handed over the town to the army after talks.", "Non-violent transfer of territory"),
        # arrests: before a protest there is no protest to intervene in
        ("Police rounded up 30 opposition activists ahead of a planned rally.", "Arrests"),
        ("Police arrested 20 protesters during the march in the capital.", "Protest with intervention"),
        ("A lawyer was taken away by security agents from his home.", "Arrests"),
        ("The elections were held on Sunday.", None),
        ("Police hauled away dozens of students from the campus.", "Arrests"),
        ("Militants took part in an attack on a police station.", "Armed clash"),
        # bases, troop movements, defections, bloodless takeovers, property
        ("The militia set up a command centre in the town hall.", "Headquarters or base established"),
        ("Warships sailed through the strait on Tuesday.", "Change to group/activity"),
        ("The army began exercises near the border.", "Change to group/activity"),
        ("A commander and his men switched sides and joined the army.", "Change to group/activity"),
        ("Three armed groups formed a new coalition on Sunday.", "Change to group/activity"),
        ("The Taliban entered the city without firing a shot.", "Non-violent transfer of territory"),
        ("Government forces took over the town after the rebels pulled back.", "Non-violent transfer of territory"),
        ("Settlers uprooted olive trees near the village.", "Looting/property destruction"),
        ("Fighters battled for control of the town.", "Armed clash"),
        ("Gunmen and police traded fire outside the bank.", "Armed clash"),
    ],
)
def test_boundary_rules(text: str, expected: str | None) -> None:
    assert _rule(text) == expected


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A commuter train slammed into a stationary freight train near Alexandria, killing 30 passengers.", []),
        ("The Pakistani Taliban have claimed the bombing of a police van in Quetta that killed three officers.", []),
        ("Police arrested dozens of opposition activists ahead of a planned rally in Kampala.", [("Arrests", "arrested")]),
    ],
)
def test_the_detector_follows_the_boundary_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected
