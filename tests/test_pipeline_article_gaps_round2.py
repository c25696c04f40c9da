"""Issue #5, second round (texts written for these tests): a repelled attack is an Armed clash
between attackers and defenders; continuing fighting told with its sides is news; an earlier
event in a later sentence is dated back from the lead day; flight alone is no event; a march
and the tear gas that dispersed it are one Protest with intervention; "after clashes erupted"
is no volcano."""

from datetime import date

from frontlines.model import Document
from frontlines.pipeline import extract_document

PUBLISHED = date(2023, 5, 10)  # a Wednesday: "Monday" is 8 May


def _records(text: str) -> list[tuple[str, str, str, str, date | None]]:
    events = extract_document(Document(id="t", text=text, published=PUBLISHED))
    return [(e.sub_event_type, e.actor1, e.actor2, e.reported_as, e.event_date) for e in events]


def test_repelled_assault_is_a_clash_of_attackers_and_defenders() -> None:
    assert _records("Ukrainian troops repelled a Russian assault near Bakhmut on Monday.") == [
        ("Armed clash", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "new", date(2023, 5, 8)),
    ]


def test_thwarted_attack_by_a_named_group_and_passive_repulse() -> None:
    assert _records("Nigerian troops thwarted an attack by Boko Haram fighters on Monguno on Tuesday.") == [
        ("Armed clash", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Military Forces of Nigeria", "new", date(2023, 5, 9)),
    ]
    assert _records("A Russian assault on Avdiivka was repelled by Ukrainian troops on Monday.") == [
        ("Armed clash", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "new", date(2023, 5, 8)),
    ]


def test_unnamed_attackers_leave_actor1_empty_not_the_defenders() -> None:
    assert _records("Ukrainian forces repelled several attacks near Avdiivka on Monday.") == [
        ("Armed clash", "", "Military Forces of Ukraine (2019-)", "new", date(2023, 5, 8)),
    ]


def test_killing_after_clashes_erupted_in_a_longer_sentence_is_the_killing() -> None:
    assert [r[0] for r in _records("Soldiers killed five people in Gao on Monday after clashes broke out in the market.")] == ["Attack"]


def test_foiled_smuggling_and_planned_attack_stay_disrupted_weapons() -> None:
    assert [r[0] for r in _records("Police foiled an attempt to smuggle weapons into Kidal on Friday.")] == ["Disrupted weapons use"]
    assert [r[0] for r in _records("Security forces thwarted a planned attack on a church in Kaduna on Sunday.")] == [
        "Disrupted weapons use"
    ]


def test_continuing_fighting_takes_its_sides_from_the_where_clause() -> None:
    assert _records("Fighting continued in El Fasher, where RSF fighters attacked army positions.") == [
        ("Armed clash", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)", "new", PUBLISHED),
    ]


def test_earlier_attack_in_the_next_sentence_is_dated_back_from_the_lead_day() -> None:
    text = (
        "Suspected jihadists killed seven civilians in Djibo on Saturday. "
        "The attack came two weeks after militants killed 12 soldiers near the town."
    )
    assert [(r[0], r[3], r[4]) for r in _records(text)] == [
        ("Attack", "new", date(2023, 5, 6)),
        ("Armed clash", "background", date(2023, 4, 22)),
    ]


def test_flight_alone_is_no_event_but_a_mass_displacement_is() -> None:
    assert _records("Residents fled to nearby forests.") == []
    assert _records("Hundreds of families fled their homes in Zamfara on Monday.") == []
    assert [r[0] for r in _records("Some 7,000 people have fled from villages around Chibok.")] == ["Other"]


def test_march_dispersed_with_tear_gas_is_one_protest_with_intervention() -> None:
    text = "Thousands of protesters rallied in Tbilisi on Monday. Riot police fired water cannon to disperse them."
    assert _records(text) == [
        ("Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia", "new", date(2023, 5, 8)),
    ]


def test_killing_after_clashes_erupted_is_the_killing() -> None:
    text = "Soldiers killed five people in Gao after clashes erupted in the market on Monday."
    assert _records(text) == [("Attack", "Military Forces of Mali (2021-)", "Civilians (Mali)", "new", date(2023, 5, 8))]
