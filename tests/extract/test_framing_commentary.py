"""Event nouns judged or argued about rather than reported (codebook probes, issue #5)."""

from __future__ import annotations

import pytest

from frontlines.extract.framing import is_commentary
from frontlines.nlp import parse
from tests.extract.parsed import sentence_at


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an appraisal of a campaign is no report of a battle
        ("Critics argue the army's offensive has done little to stop the attacks in northern Mozambique.", "offensive", True),
        ("The offensive has achieved nothing, the minister admitted.", "offensive", True),
        # what an opinion holder says about an event noun is commentary
        ("Critics say the airstrikes have done little to weaken the rebels in Tigray.", "airstrikes", True),
        ("Analysts believe the offensive on Palma was planned for months.", "offensive", True),
        # witnesses and officials report: their event nouns stay events
        ("Witnesses said the airstrikes hit a market in Sanaa on Monday.", "airstrikes", False),
        ("The offensive killed 20 rebels near Palma on Monday.", "offensive", False),
        ("The offensive did much damage to the town.", "offensive", False),
    ],
)
def test_appraised_or_argued_event_nouns_are_commentary(text: str, word: str, expected: bool) -> None:
    assert is_commentary(*sentence_at(text, word)) is expected


def test_a_verb_reported_by_critics_is_not_made_commentary() -> None:
    # an allegation by critics is hedged elsewhere; only event nouns are judged by this frame
    assert is_commentary(*sentence_at("Critics say the army killed 20 civilians in Cabo Delgado.", "killed")) is False


@pytest.mark.parametrize(
    "text",
    [
        "Critics argue the army's offensive has done little to stop the attacks in northern Mozambique.",
        "Critics say the airstrikes have done little to weaken the rebels in Tigray.",
    ],
)
def test_commentary_sentences_yield_no_event(text: str) -> None:
    from frontlines.extract.events import detect_events

    assert [m.label.sub_event_type for s in parse(text).sents for m in detect_events(s)] == []
