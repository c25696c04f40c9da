"""Court proceedings and charges name no new event (judicial.py), found on the dev3 articles."""

from __future__ import annotations

import pytest

from frontlines.extract.judicial import is_judicial
from tests.extract.parsed import sentence_at


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A military court in Yaounde on Monday sentenced four separatist commanders to life in prison for the 2020 school attack.", "sentenced", True),
        ("A Cairo court on Tuesday extended the detention of a prominent blogger by 45 days pending investigation.", "detention", True),
        ("An Israeli military court on Tuesday extended the detention of a Palestinian teenager arrested in Nablus last month.", "arrested", True),
        ("A court in Nairobi on Monday sentenced 12 activists to two years in prison for taking part in an unauthorised march.", "march", True),
        ("Two men were sentenced to death by a military court in Kinshasa on Monday for the killing of a soldier.", "killing", True),
        ("Police arrested a student leader in Colombo on Thursday on charges of damaging public property during earlier protests.", "protests", True),
        # the arrest itself is told; a court that only reports, or is attacked, tells the event
        ("Police arrested a student leader in Colombo on Thursday on charges of damaging public property during earlier protests.", "arrested", False),
        ("The court said ten protesters were killed by police in Nairobi on Monday.", "killed", False),
        ("Gunmen attacked a court in Kabul on Sunday, killing two judges.", "attacked", False),
        ("Police arrested six suspects in Kano on Monday on suspicion of involvement in the bombing.", "arrested", False),
    ],
)
def test_a_courts_act_or_a_charge_is_no_event(text: str, word: str, expected: bool) -> None:
    assert is_judicial(*sentence_at(text, word)) is expected
