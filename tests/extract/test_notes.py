from datetime import date

from frontlines.extract.notes import write_note
from frontlines.model import Counts, Event, Evidence, GeoPrecision, Span, TimePrecision


def _event(**kw) -> Event:
    base = dict(
        event_date=date(2021, 7, 28),
        time_precision=TimePrecision.DAY,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Syria (2000-)",
        actor2="Civilians (Syria)",
        location="Daraa",
        admin1="Dara",
        country="Syria",
        geo_precision=GeoPrecision.TOWN,
        fatalities=12,
        counts=Counts(fatalities=12, civilian_fatalities=12),
    )
    base.update(kw)
    return Event(**base)


def test_note_names_when_who_where_and_toll():
    assert write_note(_event()) == (
        "On 28 July 2021, Military Forces of Syria (2000-) shelled Daraa (Dara, Syria), killing 12 civilians."
    )


def test_note_says_how_exact_the_date_is_and_flags_hedged_and_background():
    note = write_note(_event(time_precision=TimePrecision.MONTH, hedged=True, reported_as="background", fatalities=0, counts=Counts()))
    assert note == (
        "In July 2021, Military Forces of Syria (2000-) shelled Daraa (Dara, Syria)"
        " (reportedly; the claim is not confirmed) [background: recalled in a later report]."
    )


def test_note_for_other_uses_the_trigger_and_lists_counts():
    event = _event(
        event_type="Strategic developments",
        sub_event_type="Other",
        actor2="",
        fatalities=0,
        counts=Counts(captured=70),
        evidence=[Evidence("event_type", "…", Span(10, 21, "laid siege"))],
    )
    assert write_note(event) == (
        "On 28 July 2021, Military Forces of Syria (2000-) laid siege in Daraa (Dara, Syria), capturing 70."
    )


def test_year_and_since_expressions_are_not_shown_as_a_month():
    year = _event(time_precision=TimePrecision.MONTH, event_date=date(2019, 7, 2),
                  evidence=[Evidence("event_date", "In 2019, ...", Span(0, 7, "In 2019"), note="In 2019")])
    since = _event(time_precision=TimePrecision.MONTH, event_date=date(2018, 7, 1),
                   evidence=[Evidence("event_date", "...", Span(0, 10, "since then"), note="since then")])
    assert write_note(year).startswith("In 2019, ")
    assert write_note(since).startswith("Since July 2018, ")
