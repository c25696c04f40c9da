"""Headline grammar and killing words the detector used to miss (issue #5): present-tense verbs
("Militants torch church"), a verb the tagger read as a noun ("Gunmen storm hotel"), and
"hacked to death", which is a killing, not computer crime. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.extract import event_model
from frontlines.extract.event_rules import match_text
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text) for s in doc.sents for m in detect_events(s) if not m.background]


def _rule(text: str) -> str | None:
    found = match_text(text)
    return found.label if found else None


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "enabled", lambda: False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADF rebels hacked to death nine villagers in Beni territory on Tuesday.", "Attack"),
        ("Suspected militants hacked five farmers to death near Oicha.", "Attack"),
        ("Attackers armed with machetes killed three traders at the market.", "Attack"),
        # the crowd word is the victim, not a mob
        ("Nine villagers were hacked to death by rebels in Beni territory.", "Attack"),
        # still crime and still mob violence
        ("Hackers hacked the website of the electoral commission.", "NOT_ACLED:crime"),
        ("A suspected thief was beaten to death by villagers in Kampala.", "Mob violence"),
        # headline present tense
        ("Troops shell rebel positions in Idlib.", "Shelling/artillery/missile attack"),
        ("Militants behead village chief in Cabo Delgado.", "Attack"),
        ("Militants torch church in northern Burkina Faso.", "Looting/property destruction"),
        ("Jihadists kill 12 soldiers in Mali.", "Armed clash"),
        ("Athletes carried the Olympic torch relay through the city.", None),
    ],
)
def test_typing_rules_read_hacked_to_death_and_headline_verbs(text: str, expected: str | None) -> None:
    assert _rule(text) == expected


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADF rebels hacked to death nine villagers in Beni territory on Tuesday, local officials said.", [("Attack", "hacked")]),
        ("Troops shell rebel positions in Idlib.", [("Shelling/artillery/missile attack", "shell")]),
        ("Militants behead village chief in Cabo Delgado.", [("Attack", "behead")]),
        # "storm" tagged a noun, but with a subject and an object it is the verb
        ("Gunmen storm hotel in Mogadishu.", [("Armed clash", "storm")]),
        # a bare verb read as a compound between a plural subject and its object
        ("Rebels overrun army base in North Kivu.", [("Non-state actor overtakes territory", "overrun")]),
        ("Youths loot shops in Durban.", [("Looting/property destruction", "loot")]),
        ("Militants torch church in northern Burkina Faso.", [("Looting/property destruction", "torch")]),
        ("Protesters storm parliament in Baghdad.", [("Violent demonstration", "storm")]),
        # a noun with no object stays a noun: the weather is no event
        ("A storm hit the coast of Mozambique on Sunday.", []),
    ],
)
def test_detector_finds_headline_and_hacking_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected
