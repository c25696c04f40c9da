from datetime import date, timedelta

import pytest

from frontlines.extract.date_offsets import earlier_by
from frontlines.extract.dates import find_event_date
from frontlines.model import TimePrecision
from frontlines.nlp import parse


def _token(text: str, word: str, nth: int = 0):
    doc = parse(text)
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize(
    ("text", "word", "nth", "days"),
    [
        ("The attack comes a week after gunmen killed 10 people in a nearby village.", "killed", 0, 7),
        ("The attack came two weeks after bandits abducted 20 pupils.", "abducted", 0, 14),
        ("Gunmen killed five people on Monday, 10 days after gunmen killed 10 people.", "killed", 1, 10),
        ("Gunmen killed five people on Monday, 10 days after gunmen killed 10 people.", "killed", 0, None),
        ("Gunmen abducted 12 villagers after looting homes.", "looting", 0, None),
    ],
)
def test_earlier_by(text: str, word: str, nth: int, days: int | None) -> None:
    gap = earlier_by(_token(text, word, nth))
    assert gap == (None if days is None else timedelta(days=days))


def test_the_earlier_event_is_dated_before_the_main_clause_day() -> None:
    doc = parse("Gunmen killed five people in Zangon Kataf on Monday, a week after gunmen killed 10 people.")
    sent = next(doc.sents)
    first, second = [t.i for t in doc if t.text == "killed"]
    main = find_event_date(sent, date(2023, 5, 10), first)
    earlier = find_event_date(sent, date(2023, 5, 10), second)
    assert (main.date, main.precision) == (date(2023, 5, 8), TimePrecision.DAY)
    assert (earlier.date, earlier.precision, earlier.expression) == (date(2023, 5, 1), TimePrecision.WEEK, "7 days before on Monday")
