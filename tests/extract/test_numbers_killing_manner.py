"""Deaths told by the manner of killing, with the result word after the victims ("hacked five
farmers to death", "burned four villagers alive"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.extract.numbers import extract_counts
from frontlines.model import Counts
from frontlines.nlp import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen hacked five farmers to death in Benue state on Sunday.", Counts(fatalities=5, civilian_fatalities=5)),
        ("Gunmen hacked to death five farmers in Benue state on Sunday.", Counts(fatalities=5, civilian_fatalities=5)),
        ("Attackers burnt alive four villagers in Plateau state on Tuesday.", Counts(fatalities=4, civilian_fatalities=4)),
        ("Gunmen burned four villagers alive in Jos on Monday.", Counts(fatalities=4, civilian_fatalities=4)),
        ("Soldiers shot seven protesters dead in Lagos.", Counts(fatalities=7, civilian_fatalities=7)),
        ("Militants beheaded three men in Cabo Delgado on Monday.", Counts(fatalities=3)),
    ],
)
def test_killing_told_by_its_manner_counts_the_dead(text: str, expected: Counts) -> None:
    assert extract_counts(parse(text)[:]).counts == expected


def test_burning_houses_kills_no_one() -> None:
    # "alive" is a result only of a burning of people; burned houses count nothing
    assert extract_counts(parse("Gunmen burned four houses in Jos on Monday.")[:]).counts == Counts()
