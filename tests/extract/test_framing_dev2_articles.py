"""Framing cues found on the second dev set of whole articles (articles_dev2.yaml, session 7):
vows in quotes, speeches to a crowd, campaigns judged as failing, history in a relative clause."""

from __future__ import annotations

import pytest

from frontlines.extract.framing import is_background, is_commentary, is_irrealis
from tests.extract.parsed import sentence_at

VOW = '"We will not allow anyone to burn our villages and kill our people," the chief minister told a rally of his supporters.'


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (VOW, "burn", True),  # a bare verb under a negated, modal governor: nothing was burned
        ("The army will not let rebels capture the town, the governor said.", "capture", True),
        # the conjoined verb has its own frame: the killing is reported
        ("The rebels would not let the residents flee and killed 12 of them on Tuesday, witnesses said.", "killed", False),
        ("Gunmen forced villagers to watch as they burned houses in the village on Monday.", "burned", False),
    ],
)
def test_bare_verb_under_a_denied_or_supposed_governor_is_irrealis(text: str, word: str, expected: bool) -> None:
    assert is_irrealis(*sentence_at(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (VOW, "rally", True),  # the crowd heard a speech
        ("The president addressed a rally of thousands of supporters in Kano on Saturday.", "rally", True),
        # told to do something: the crowd is part of the reported scene
        ("Police told protesters to disperse and then fired tear gas at the crowd in Nairobi on Monday.", "protesters", False),
        # a campaign judged over time, not one battle's outcome
        ("Rights groups say the deployment of thousands of soldiers has failed to stop the killings.", "deployment", True),
        ("The army's offensive failed to dislodge the rebels from Kitshanga on Thursday.", "offensive", False),
    ],
)
def test_speech_audiences_and_failing_campaigns_are_commentary(text: str, word: str, expected: bool) -> None:
    assert is_commentary(*sentence_at(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Thousands cannot return to villages that were burned in the first weeks of the violence.", "burned", True),
        ("In the first days of the war, troops shelled the city of Kharkiv.", "shelled", True),
        ("Gunmen burned three villages near Kangpokpi on Friday, police said.", "burned", False),
    ],
)
def test_the_first_weeks_of_a_conflict_are_history(text: str, word: str, expected: bool) -> None:
    assert is_background(*sentence_at(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("It was the third attack on the town this month.", "attack", True),
        ("It was the deadliest attack on the army since 2019.", "attack", True),
        ("It was an attack by jihadists on the army base in Gao on Monday, officials said.", "attack", False),
        ("Gunmen killed five people in Gao on Monday in the third attack on the town this month.", "attack", False),
    ],
)
def test_an_attack_ranked_as_what_something_was_is_commentary(text: str, word: str, expected: bool) -> None:
    assert is_commentary(*sentence_at(text, word)) is expected


def test_recent_years_are_history() -> None:
    text = "The group has carried out dozens of kidnappings for ransom in recent years."
    assert is_background(*sentence_at(text, "kidnappings")) is True
