from datetime import date

import pytest

from frontlines.extract.date_narrative import narrative_date, opens_with_break
from frontlines.extract.dates import sentence_dates
from frontlines.model import TimePrecision
from frontlines.nlp import parse

THURSDAY = date(2024, 2, 22)


def inherited(text: str, sentence: int, lead_sentence: int | None = None) -> tuple[str, int, str] | None:
    """What sentence number `sentence` inherits; the lead is the first date of `lead_sentence`."""
    sents = list(parse(text).sents)
    lead = sentence_dates(sents[lead_sentence], THURSDAY)[0] if lead_sentence is not None else None
    r = narrative_date(sents[sentence], THURSDAY, lead)
    return (r.date.isoformat(), int(r.precision), r.expression) if r else None


def test_a_sentence_takes_the_day_of_its_paragraph():
    text = "On Tuesday, fighters ambushed an army convoy near Kawlin. Troops later burned houses in Pinlebu."
    assert inherited(text, 1) == ("2024-02-20", int(TimePrecision.DAY), "On Tuesday")


def test_the_nearest_earlier_date_of_the_paragraph_wins():
    text = (
        "Rebels shelled Kawlin on Sunday. On Tuesday, fighters ambushed a convoy near the town. "
        "Troops burned houses in Pinlebu."
    )
    assert inherited(text, 2) == ("2024-02-20", 1, "On Tuesday")


def test_a_break_opener_inherits_nothing():
    text = "On Tuesday, fighters ambushed a convoy near Kawlin. Earlier, troops burned houses in Pinlebu."
    assert inherited(text, 1) is None


def test_a_break_opener_between_stops_the_paragraph_date():
    text = (
        "On Tuesday, fighters ambushed a convoy near Kawlin. Previously, the army held the town. "
        "Troops burned houses in Pinlebu."
    )
    assert inherited(text, 2) is None


def test_a_since_range_is_history_not_the_day_of_what_follows():
    text = "Since January, bandits have killed 300 people in the state. Gunmen abducted 40 pupils in Kaduna."
    assert inherited(text, 1) is None


def test_a_later_paragraph_continues_the_lead_at_week_precision():
    text = (
        "Police fired tear gas at protesters in Lusaka on Monday.\n\n"
        "Thousands also marched in Ndola on Monday.\n\n"
        "In Kitwe, youths burned tyres and looted shops."
    )
    assert inherited(text, 2, lead_sentence=0) == ("2024-02-19", int(TimePrecision.WEEK), "on Monday")


def test_a_later_paragraph_after_the_story_moved_keeps_no_date():
    text = (
        "Police fired tear gas at protesters in Lusaka on Monday.\n\n"
        "Last year, police killed two protesters in Ndola.\n\n"
        "In Kitwe, youths burned tyres and looted shops."
    )
    assert inherited(text, 2, lead_sentence=0) is None


def test_another_paragraph_without_a_lead_keeps_no_date():
    text = "Police fired tear gas at protesters in Lusaka on Monday.\n\nIn Kitwe, youths burned tyres."
    assert inherited(text, 1) is None


def test_single_line_breaks_are_paragraphs_when_the_text_has_no_blank_lines():
    text = "Police fired tear gas at protesters in Lusaka on Monday.\nIn Kitwe, youths burned tyres."
    assert inherited(text, 1) is None
    assert inherited(text, 1, lead_sentence=0) == ("2024-02-19", 2, "on Monday")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Meanwhile, in Gao, gunmen killed two traders.", True),
        ('"Earlier, they had burned the market," he said.', True),
        ("In a separate incident, police arrested five men.", True),
        ("Early on Monday, gunmen killed two traders.", False),
        ("Sincere thanks were offered.", False),
        ("Gunmen killed two traders in Gao.", False),
    ],
)
def test_break_openers(sentence, expected):
    assert opens_with_break(sentence) is expected


def test_a_date_inside_a_nouns_clause_does_not_date_the_story():
    text = (
        "On Sunday, thousands of women blocked the roads of Imphal to demand the release of five men arrested "
        "with weapons last week. Police fired tear gas to clear a junction."
    )
    assert inherited(text, 1) == ("2024-02-18", int(TimePrecision.DAY), "On Sunday")


def test_a_nouns_clause_date_still_counts_when_it_is_the_only_one():
    text = "Police paraded five men arrested with weapons last week. Officers fired tear gas to clear a junction."
    assert inherited(text, 1) == ("2024-02-15", int(TimePrecision.WEEK), "last week")
