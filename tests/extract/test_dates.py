from datetime import date

import pytest

from frontlines.errors import InputError
from frontlines.extract.dates import (
    find_event_date,
    is_background_range,
    normalise_timex,
    resolve_date_expression,
    sentence_dates,
)
from frontlines.model import TimePrecision
from frontlines.nlp import parse

FRIDAY = date(2021, 7, 30)  # the seed article's publication date


def resolved(expr: str, published: date = FRIDAY) -> tuple[str, int] | None:
    r = resolve_date_expression(expr, published)
    return (r.date.isoformat(), int(r.precision)) if r else None


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("on Wednesday", ("2021-07-28", 1)),
        ("Thursday", ("2021-07-29", 1)),
        ("on Saturday", ("2021-07-24", 1)),
        ("on Friday", ("2021-07-30", 1)),  # same weekday as publication = publication day
        ("last Friday", ("2021-07-23", 1)),
        ("yesterday", ("2021-07-29", 1)),
        ("today", ("2021-07-30", 1)),
        ("Last week", ("2021-07-22", 2)),  # Mon 19 .. Sun 25 July, middle day
        ("this week", ("2021-07-28", 2)),  # Mon 26 .. Fri 30 (clipped to publication)
        ("earlier this month", ("2021-07-15", 3)),
        ("this month", ("2021-07-15", 3)),
        ("last month", ("2021-06-15", 3)),
        ("In May this year", ("2021-05-16", 3)),
        ("Over the past month", ("2021-07-14", 3)),
        ("In 2019", ("2019-07-02", 3)),
        ("three years ago", ("2018-07-30", 3)),
        ("since 2018", ("2018-01-01", 3)),
        ("2 October 2018", ("2018-10-02", 1)),
        ("on 2 October 2018", ("2018-10-02", 1)),
        ("Oct. 2, 2018", ("2018-10-02", 1)),
        ("2018-10-02", ("2018-10-02", 1)),
        ("02/10/2018", ("2018-10-02", 1)),
        ("10/25/2018", ("2018-10-25", 1)),
        ("July 30, 2021", ("2021-07-30", 1)),
        ("Sept. 30", ("2020-09-30", 1)),  # no year: the most recent one before publication
        ("in May", ("2021-05-16", 3)),
        ("the weekend", ("2021-07-24", 2)),
        ("on the 28th", ("2021-07-28", 1)),
        ("On the 31st", None),  # still ahead this month, and June has no 31st
        ("on the 3rd", ("2021-07-03", 1)),
    ],
)
def test_resolve_date_expression(expr: str, expected: tuple[str, int]) -> None:
    assert resolved(expr) == expected


def test_weekday_edge_cases_around_week_boundaries() -> None:
    monday = date(2021, 7, 26)
    assert resolved("on Sunday", monday) == ("2021-07-25", 1)
    assert resolved("on Monday", monday) == ("2021-07-26", 1)
    assert resolved("on Tuesday", monday) == ("2021-07-20", 1)
    assert resolved("last Monday", monday) == ("2021-07-19", 1)
    new_year = date(2022, 1, 1)  # a Saturday
    assert resolved("on Friday", new_year) == ("2021-12-31", 1)
    assert resolved("last week", new_year) == ("2021-12-23", 2)


def test_not_a_date() -> None:
    assert resolve_date_expression("the regime forces", FRIDAY) is None
    assert resolve_date_expression("now", FRIDAY) is None  # a reference, not an event date
    assert resolve_date_expression("since then", FRIDAY) is None  # needs the sentence context


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="publication date"):
        resolve_date_expression("on Wednesday", None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="must be text"):
        resolve_date_expression(None, FRIDAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wednesday", "2021-07-28"),
        ("Friday's", "2021-07-30"),
        ("earlier Sunday", "2021-07-25"),
        ("last week", "2021-W29"),
        ("the weekend", "2021-W29-WE"),
        ("May this year", "2021-05"),
        ("last year", "2020"),
        ("2019", "2019"),
        ("the 1990s", "199X"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("Aug. 15", "2021-08-15"),  # TimeML: an upcoming date within ~3 months stays ahead
        ("March 3", "2021-03-03"),
        ("since 2018", None),
    ],
)
def test_normalise_timex(text: str, value: str | None) -> None:
    assert normalise_timex(text, FRIDAY) == value


SEED = (
    "Last week, a deal was struck between the committee and regime officers. "
    "That deal broke down, however, resulting in an offensive being launched by regime forces on Wednesday. "
    "Since the defeat of opposition forces three years ago, the regime has violated the deal. "
    "At least 98 former fighters have been tortured to death by the regime since then."
)


def test_find_event_date_prefers_the_expression_attached_to_the_trigger() -> None:
    doc = parse(SEED)
    sents = list(doc.sents)
    trigger = next(t.i for t in sents[1] if t.text == "launched")
    r = find_event_date(sents[1], FRIDAY, trigger)
    assert (r.date, r.precision, r.span.text) == (date(2021, 7, 28), TimePrecision.DAY, "on Wednesday")
    assert SEED[r.span.start : r.span.end] == "on Wednesday"


def test_find_event_date_week_precision_and_spans() -> None:
    doc = parse(SEED)
    r = find_event_date(next(iter(doc.sents)), FRIDAY)
    assert (r.date, r.precision, r.span.start, r.span.end) == (date(2021, 7, 22), TimePrecision.WEEK, 0, 9)


def test_since_then_takes_its_anchor_from_the_previous_sentence() -> None:
    doc = parse(SEED)
    last = list(doc.sents)[-1]
    trigger = next(t.i for t in last if t.text == "tortured")
    r = find_event_date(last, FRIDAY, trigger)
    assert (r.date, r.precision, r.expression) == (date(2018, 7, 30), TimePrecision.MONTH, "since then")
    assert is_background_range(r)


def test_sentence_without_a_date() -> None:
    doc = parse("The ensuing bombardment of the area killed dozens of civilians.")
    assert find_event_date(next(iter(doc.sents)), FRIDAY) is None
    assert sentence_dates(next(iter(doc.sents)), FRIDAY) == []


def test_a_four_digit_count_of_people_is_not_a_year() -> None:
    doc = parse("Some 2000 people fled and 1500 civilians were displaced in 2019. In 2018 civilians fled again.")
    sents = list(doc.sents)
    assert [r.expression for r in sentence_dates(sents[0], FRIDAY)] == ["2019"]
    assert [r.expression for r in sentence_dates(sents[1], FRIDAY)] == ["2018"]


def test_the_28th_is_a_date_only_after_on() -> None:
    doc = parse("The 28th Brigade shelled the village on the 28th.")
    assert [r.expression for r in sentence_dates(next(iter(doc.sents)), FRIDAY)] == ["on the 28th"]


def test_may_the_verb_is_not_a_month() -> None:
    doc = parse("Regime forces may attack the town, residents said. Fighting began in May.")
    sents = list(doc.sents)
    assert sentence_dates(sents[0], FRIDAY) == []
    assert [r.expression for r in sentence_dates(sents[1], FRIDAY)] == ["May"]


def test_event_date_follows_the_trigger_in_a_two_event_sentence() -> None:
    doc = parse(
        "Regime shelling killed 3 civilians in Daraa on Monday, while rebels attacked a checkpoint "
        "in Quneitra on Tuesday, killing 5 soldiers."
    )
    killed = next(t.i for t in doc if t.text == "killed")
    attacked = next(t.i for t in doc if t.text == "attacked")
    assert find_event_date(doc[:], FRIDAY, killed).date == date(2021, 7, 26)
    assert find_event_date(doc[:], FRIDAY, attacked).date == date(2021, 7, 27)


def test_a_since_clause_dates_an_earlier_event_not_the_trigger() -> None:
    doc = parse(
        "Rebels have recaptured the town of Nayrab from regime forces, in the first major "
        "counter-attack since the government offensive began in December."
    )
    sent = next(doc.sents)
    trigger = next(t.i for t in doc if t.text == "recaptured")
    began = next(t.i for t in doc if t.text == "began")
    assert find_event_date(sent, date(2020, 2, 14), trigger) is None
    found = find_event_date(sent, date(2020, 2, 14), began)
    assert (found.date.month, found.precision) == (12, TimePrecision.MONTH)


def test_earlier_this_week_on_the_first_day_of_the_week() -> None:
    monday = date(2023, 1, 23)
    r = resolve_date_expression("earlier this week", monday)
    assert (r.date, r.precision) == (monday, TimePrecision.WEEK)  # clipped: a report cannot describe later days


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "Monday's election" dates the election; the gathering is dated by "on Tuesday" (2021-07-27)
        ("Police fired tear gas on Tuesday to disperse supporters who gathered to reject the results of Monday's election.", "gathered", date(2021, 7, 27)),
        # the trigger's own possessive date still dates it
        ("Sunday's attack on the market in Kano killed five people, police said on Tuesday.", "attack", date(2021, 7, 25)),
    ],
)
def test_a_date_owned_by_another_noun_yields_to_the_clause_date(text: str, word: str, expected: date) -> None:
    doc = parse(text)
    tok = next(t for t in doc if t.text == word)
    r = find_event_date(tok.sent, FRIDAY, tok.i)
    assert r is not None and r.date == expected
