import pytest

from frontlines.errors import InputError
from frontlines.extract.numbers import extract_counts, parse_quantity
from frontlines.model import Counts
from frontlines.nlp import parse


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at least 98", 98),
        ("over seven", 7),
        ("more than 20", 20),
        ("around 70", 70),
        ("a dozen", 12),
        ("dozens", 12),
        ("dozens of", 12),
        ("two dozen", 24),
        ("hundreds", 100),
        ("several", 10),
        ("many", 10),
        ("a few", 3),
        ("seventy", 70),
        ("twenty-five", 25),
        ("three hundred and two", 302),
        ("1,200", 1200),
        ("10-15", 10),
        ("between 10 and 15", 10),
        ("ten to fifteen", 10),
        ("two or three", 2),
        ("the regime", None),
        ("", None),
    ],
)
def test_parse_quantity(text: str, value: int | None) -> None:
    assert parse_quantity(text) == value


def test_parse_quantity_rejects_non_text() -> None:
    with pytest.raises(InputError, match="must be text"):
        parse_quantity(7)  # type: ignore[arg-type]


def counts(text: str) -> Counts:
    return extract_counts(parse(text)[:]).counts


def test_seed_clash_sentence() -> None:
    text = (
        "Armed men from the area captured around ten checkpoints from regime forces, killing over seven "
        "pro-Assad soldiers and militiamen and capturing around 70 others."
    )
    result = extract_counts(parse(text)[:])
    assert result.counts == Counts(fatalities=7, captured=70)
    assert result.spans["fatalities"].text == "over seven"
    assert text[result.spans["captured"].start : result.spans["captured"].end] == "around 70"


def test_vague_civilian_deaths() -> None:
    result = extract_counts(parse("The ensuing bombardment of the area killed dozens of civilians.")[:])
    assert (result.counts.fatalities, result.counts.civilian_fatalities) == (12, 12)


def test_cumulative_total_is_not_the_events_fatalities() -> None:
    text = "At least 98 former opposition fighters have been tortured to death by the regime since then."
    result = extract_counts(parse(text)[:])
    assert result.counts == Counts()
    assert result.spans["cumulative_fatalities"].text == "At least 98"


def test_war_death_toll_is_cumulative() -> None:
    assert counts("The death toll since the start of the war has reached 400,000.") == Counts()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 killed, 10 injured in shelling on Aleppo", Counts(fatalities=5, injured=10)),
        ("Airstrikes kill 12 civilians in Idlib", Counts(fatalities=12, civilian_fatalities=12)),
        ("Death toll rises to 30 in Douma", Counts(fatalities=30)),
        ("ISIS executes 7 men in Raqqa", Counts(fatalities=7)),
        ("A child was killed by a regime sniper in Daraa", Counts(fatalities=1, civilian_fatalities=1)),
        ("Security forces arrested 20 protesters and wounded 4", Counts(injured=4, arrested=20)),
        ("Gunmen abducted three aid workers near Tafas", Counts(abducted=3)),
        ("Rebels captured 10 checkpoints and two tanks", Counts()),
        ("14 shells hit the town", Counts()),
        ("The massacre claims the lives of 11 persons in Qasr al-Bureij", Counts(fatalities=11)),
        ("Shelling left 10 wounded civilians in Douma", Counts(injured=10)),
        ("Many more have been disappeared since then", Counts()),
    ],
)
def test_extract_counts(text: str, expected: Counts) -> None:
    assert counts(text) == expected


def test_subset_counts_civilians_without_adding() -> None:
    assert counts("Gunmen killed 5 people, including 3 children, in the village.") == Counts(
        fatalities=5, civilian_fatalities=3
    )


TWO_EVENTS = (
    "Regime shelling killed 3 civilians in Daraa on Monday, while rebels attacked a checkpoint "
    "in Quneitra on Tuesday, killing 5 soldiers."
)


def test_counts_follow_the_trigger_in_a_two_event_sentence() -> None:
    doc = parse(TWO_EVENTS)
    killed = next(t.i for t in doc if t.text == "killed")
    attacked = next(t.i for t in doc if t.text == "attacked")
    assert extract_counts(doc[:], killed).counts == Counts(fatalities=3, civilian_fatalities=3)
    assert extract_counts(doc[:], attacked).counts == Counts(fatalities=5)


def test_coordinated_clauses_share_one_event() -> None:
    doc = parse("Two soldiers were wounded and 4 militants were arrested in a raid.")
    raid = next(t.i for t in doc if t.text == "raid")
    assert extract_counts(doc[:], raid).counts == Counts(injured=2, arrested=4)


def test_combined_killed_and_wounded_figure_is_not_fatalities() -> None:
    assert counts("About 30 killed and wounded by a car bomb in Tal Abyad") == Counts()
    assert counts("5 killed and 10 wounded in Idlib") == Counts(fatalities=5, injured=10)


def test_running_total_beside_a_new_event() -> None:
    text = "Regime shelling killed 5 civilians, bringing the death toll since the start of the offensive to 40."
    result = extract_counts(parse(text)[:])
    assert result.counts == Counts(fatalities=5, civilian_fatalities=5)
    assert result.spans["cumulative_fatalities"].text == "40"


def test_arrests_since_a_weekday_are_the_count_of_the_event() -> None:
    text = "Police have arrested at least 140 activists across the country since Wednesday evening."
    assert counts(text) == Counts(arrested=140)


def test_arrests_since_a_year_stay_a_running_total() -> None:
    assert counts("Police have arrested at least 900 activists since 2019.") == Counts()
