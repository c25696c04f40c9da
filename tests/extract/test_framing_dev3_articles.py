"""Cues found on the third dev set of whole articles (articles_dev3.yaml, session 7): campaigns told over
a decade, UN displacement figures, looting in a deadly raid."""

from __future__ import annotations

import pytest

from frontlines.extract.event_rules import match_text
from frontlines.extract.framing import is_background, is_cumulative
from tests.extract.parsed import sentence_at


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Egypt's army has fought an Islamic State affiliate in North Sinai for a decade.", "fought", True),
        ("The group has attacked army posts in the region for more than two years.", "attacked", True),
        # a bare span of years may be a prison term, and a dated clash is news
        ("Troops clashed with rebels for two hours near Beni on Monday.", "clashed", False),
    ],
)
def test_a_campaign_over_a_decade_is_background(text: str, word: str, expected: bool) -> None:
    assert is_background(*sentence_at(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The United Nations says more than 600,000 people have fled their homes in the two regions.", "fled", True),
        ("Aid agencies said some 40,000 people have been displaced in the province.", "displaced", True),
        ("More than 2,000 people have fled their homes after clashes in Beni on Monday, local officials said.", "fled", False),
    ],
)
def test_an_aid_agency_figure_is_a_running_total(text: str, word: str, expected: bool) -> None:
    assert is_cumulative(*sentence_at(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Boko Haram fighters raided a village near Mora overnight, killing four civilians and stealing livestock.", "Attack"),
        ("Gunmen looted shops and stole cattle in a village near Gusau on Monday.", "Looting/property destruction"),
    ],
)
def test_looting_in_a_raid_that_kills_is_the_attack(text: str, label: str) -> None:
    found = match_text(text)
    assert found is not None and found.label == label
