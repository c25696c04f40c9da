"""Detector cues from ACLED coding rules: gatherings, instruments, brief captures, scenes, riot police,
and the weapon a remote-violence type needs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.extract import event_model
from frontlines.extract.event_rules import match_text
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text) for s in doc.sents for m in detect_events(s) if not m.background]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "enabled", lambda: False)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a political crowd or a stated demand makes a gathering a protest
        ("Thousands of opponents of the military government gathered in the capital on Sunday.", [("Peaceful protest", "gathered")]),
        ("Hundreds of farmers gathered outside parliament, demanding lower fuel prices.", [("Peaceful protest", "gathered")]),
        # any other gathering is no event, even though "gathered" is a protest cue for the whole text
        ("Mourners gathered at the cemetery for the funeral of the former mayor.", []),
        ("Residents gathered outside the hospital on Monday.", []),
    ],
)
def test_a_gathering_is_a_protest_only_when_political(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.usefixtures("rules_only")
def test_the_instrument_after_with_types_the_attack() -> None:
    # the parser hangs "gas" on "said", leaving "with" without an object
    text = "Villagers were attacked on Tuesday with suspected poisonous gas believed to have been launched by the army, activists and medics said."
    assert _events(text) == [("Chemical weapon", "attacked")]


@pytest.mark.usefixtures("rules_only")
def test_a_brief_capture_is_a_raid_not_a_takeover() -> None:
    assert _events("Rebels briefly seized control of the town of Kaya on Monday.") == [("Armed clash", "seized")]
    assert _events("Rebels seized control of the town of Kaya on Monday.") == [("Non-state actor overtakes territory", "seized")]
    text = "Militants attacked an army base near Kaya on Sunday and briefly seized control of the town."
    assert _events(text) == [("Armed clash", "attacked")]


@pytest.mark.usefixtures("rules_only")
def test_a_past_scene_of_violence_reports_that_violence() -> None:
    assert _events("The old quarter was the scene of violent protests.") == [("Violent demonstration", "scene")]
    assert _events("The old quarter is the scene of violent protests.") == []  # a present-tense description


def test_riot_police_are_no_riot() -> None:
    found = match_text("Riot police were deployed at the stadium.")
    assert found is not None and found.label == "Change to group/activity"
    found = match_text("Youths rioted in the suburb overnight.")
    assert found is not None and found.label == "Violent demonstration"


def test_the_model_gives_no_weapon_type_the_sentence_does_not_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "enabled", lambda: True)

    def classify(texts: list[str], rule_labels: list[str | None] | None = None) -> list[event_model.ModelGuess]:
        """A confident model that reads every sentence as an air strike, or the given one as it is told."""
        return [event_model.ModelGuess(rule or "Air/drone strike", 0.9) for rule in rule_labels or [None] * len(texts)]

    monkeypatch.setattr(event_model, "classify", classify)
    # only the catch-all "Armed clash" rule matches, and no aircraft is named: the clash stands
    assert _events("Hundreds of militants launched attacks in the province, killing 40 soldiers.") == [
        ("Armed clash", "launched attacks")
    ]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # storming a building is a raid: the capture cue "stormed" makes no territorial change of it
        ("Al-Shabaab fighters stormed a hotel in Mogadishu on Saturday.", [("Armed clash", "stormed")]),
        ("Taliban fighters stormed the police station in Kunduz.", [("Armed clash", "stormed")]),
        # a town or a checkpoint is a place taken
        ("Al-Shabaab fighters stormed the town of Mahas on Saturday.", [("Non-state actor overtakes territory", "stormed")]),
        ("Taliban fighters stormed a police checkpoint in Kunduz.", [("Non-state actor overtakes territory", "stormed")]),
    ],
)
def test_storming_a_building_is_no_territorial_change(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite event noun described by "be" comments on an event already told
        ("The attack is the latest in a wave of violence targeting Christians.", []),
        ("The attack was the deadliest this year.", []),
        # an indefinite one, or one reported, is still told here
        ("An attack was reported in the village of Dablo on Sunday.", [("Armed clash", "attack")]),
    ],
)
def test_an_event_already_told_described_by_be_is_no_new_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected
