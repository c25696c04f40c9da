"""State actors are named by the regime period of their event's date (regime_names.py)."""

from datetime import date
from itertools import pairwise

from frontlines.data import read_csv_rows
from frontlines.extract.regime_names import (
    date_state_actors,
    dated_state_name,
    regime_periods,
)
from frontlines.model import Event, TimePrecision


def _event(actor1: str, inter1: int, actor2: str, inter2: int, when: date | None, country: str = "Afghanistan") -> Event:
    return Event(
        event_id="e", document_id="d", event_type="Battles", sub_event_type="Armed clash",
        actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2, interaction=int(f"{min(inter1, inter2)}{max(inter1, inter2)}"),
        event_date=when, time_precision=TimePrecision.DAY, country=country,
    )


def test_a_state_force_before_its_regime_began_takes_the_earlier_period() -> None:
    assert dated_state_name("Military Forces of Sudan (2019-)", date(2018, 5, 6)) == "Military Forces of Sudan (1989-2019)"
    assert dated_state_name("Police Forces of Sudan (2019-)", date(2019, 4, 11)) == "Police Forces of Sudan (2019-)"
    assert dated_state_name("Government of Mali (2021-)", date(2021, 1, 10)) == "Government of Mali (2020-2021)"
    assert dated_state_name("Military Forces of Afghanistan (2021-)", date(2021, 8, 15)) == "Military Forces of Afghanistan (2004-2021)"
    assert dated_state_name("Military Forces of Burkina Faso (2022-)", date(2020, 2, 1)) == "Military Forces of Burkina Faso (2015-2022)"
    assert dated_state_name("Military Forces of Burkina Faso", date(2020, 2, 1)) == "Military Forces of Burkina Faso (2015-2022)"


def test_names_without_periods_or_dates_are_kept() -> None:
    assert dated_state_name("Military Forces of Syria (2000-)", date(2021, 7, 29)) == "Military Forces of Syria (2000-)"
    assert dated_state_name("Military Forces of Nigeria", date(2010, 1, 1)) == "Military Forces of Nigeria"
    assert dated_state_name("Military Forces of Sudan (2019-)", None) == "Military Forces of Sudan (2019-)"
    assert dated_state_name("Military Forces of Sudan (2019-)", date(1980, 1, 1)) == "Military Forces of Sudan (2019-)"
    assert dated_state_name("RSF: Rapid Support Forces", date(2018, 1, 1)) == "RSF: Rapid Support Forces"


def test_the_taliban_are_afghanistans_state_forces_after_the_fall_of_kabul() -> None:
    event = _event("NRF: National Resistance Front", 2, "Taliban", 2, date(2024, 5, 18))
    assert date_state_actors(event) is True
    assert (event.actor2, event.inter2, event.interaction) == ("Military Forces of Afghanistan (2021-)", 1, 12)


def test_the_taliban_before_the_takeover_and_outside_afghanistan_stay_a_rebel_group() -> None:
    before = _event("Taliban", 2, "Military Forces of Afghanistan (2021-)", 1, date(2020, 6, 1))
    assert date_state_actors(before) is True
    assert (before.actor1, before.inter1, before.actor2, before.interaction) == (
        "Taliban", 2, "Military Forces of Afghanistan (2004-2021)", 12,
    )
    elsewhere = _event("Taliban", 2, "Military Forces of Pakistan", 1, date(2023, 1, 1), country="Pakistan")
    assert date_state_actors(elsewhere) is False
    assert elsewhere.actor1 == "Taliban"


def test_an_unplaced_event_takes_the_articles_country() -> None:
    event = _event("Taliban", 2, "NRF: National Resistance Front", 2, date(2023, 5, 29), country="")
    assert date_state_actors(event, "Afghanistan") is True
    assert (event.actor1, event.inter1, event.interaction) == ("Military Forces of Afghanistan (2021-)", 1, 12)


def test_a_month_precision_date_is_named_by_the_regime_at_the_months_start() -> None:
    event = _event("Taliban", 2, "", 0, date(2021, 8, 16))
    event.inter2, event.interaction, event.time_precision = None, 20, TimePrecision.MONTH
    assert date_state_actors(event) is False
    assert event.actor1 == "Taliban"


def test_associated_actors_are_renamed_too() -> None:
    event = _event("Military Forces of Sudan (2019-)", 1, "Civilians (Sudan)", 7, date(2015, 3, 1), country="Sudan")
    event.assoc_actor_1 = "Police Forces of Sudan (2019-); Janjaweed"
    date_state_actors(event)
    assert (event.actor1, event.assoc_actor_1) == (
        "Military Forces of Sudan (1989-2019)", "Police Forces of Sudan (1989-2019); Janjaweed",
    )


def test_the_generated_state_forces_carry_each_countrys_ongoing_period() -> None:
    ongoing = {c: next(p.years for p in ps if p.end is None) for c, ps in regime_periods().items()}
    named = {r["country"]: r["name"] for r in read_csv_rows("actors", "state_forces.csv") if r["kind"] == "military"}
    assert {c: named[c] for c in ongoing} == {c: f"Military Forces of {c} ({y})" for c, y in ongoing.items()}


def test_a_countrys_periods_do_not_overlap() -> None:
    for periods in regime_periods().values():
        for earlier, later in pairwise(periods):
            assert earlier.end is not None and earlier.end < later.start
