"""End to end: an article in the seed's shape → the records an ACLED coder would write."""

from datetime import date
from pathlib import Path

import pytest

from frontlines.ingest.readers import read_path
from frontlines.model import GeoPrecision, TimePrecision
from frontlines.pipeline import extract_batch, extract_document

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "daraa-2021-07-30.txt"


@pytest.fixture(scope="module")
def idlib_events():
    doc = read_path(FIXTURES / "idlib-2020-02-14.txt", source="Test Monitor")
    assert doc.published == date(2020, 2, 14)  # from the dateline
    return doc, extract_document(doc)


def _only(events, sub_event_type, reported_as="new"):
    found = [e for e in events if e.sub_event_type == sub_event_type and e.reported_as == reported_as]
    assert len(found) == 1, [(e.sub_event_type, e.reported_as, e.notes) for e in events]
    return found[0]


def test_air_strike_with_day_place_actor_and_civilian_toll(idlib_events):
    _, events = idlib_events
    strike = _only(events, "Air/drone strike")
    assert strike.event_type == "Explosions/Remote violence"
    assert (strike.event_date, strike.time_precision) == (date(2020, 2, 12), TimePrecision.DAY)
    assert strike.actor1 == "Military Forces of Russia (2000-)"
    assert (strike.location, strike.country, strike.geo_precision) == ("Sarmin", "Syria", GeoPrecision.TOWN)
    assert (strike.fatalities, strike.counts.civilian_fatalities) == (5, 5)
    assert strike.notes.startswith("On 12 February 2020, Military Forces of Russia (2000-)")
    fields = {e.field for e in strike.evidence}
    assert {"event_type", "event_date", "fatalities", "actor1", "location"} <= fields


def test_the_rebel_recapture_is_one_event_with_the_day_and_toll_of_the_detail(idlib_events):
    _, events = idlib_events
    battles = [e for e in events if e.event_type == "Battles" and e.reported_as == "new"]
    assert len(battles) == 1, [e.notes for e in battles]
    battle = battles[0]
    assert battle.sub_event_type == "Non-state actor overtakes territory"
    assert (battle.event_date, battle.location, battle.fatalities) == (date(2020, 2, 11), "Nayrab", 12)
    assert battle.actor2 == "Military Forces of Syria (2000-)"


def test_history_and_cumulative_tolls_are_background_and_caption_and_links_are_ignored(idlib_events):
    doc, events = idlib_events
    assert "AFP" not in doc.text and "READ:" not in doc.text
    protest = _only(events, "Peaceful protest", reported_as="background")
    assert (protest.event_date.year, protest.time_precision) == (2012, TimePrecision.MONTH)
    new = [e for e in events if e.reported_as == "new"]
    assert all(e.fatalities < 300 for e in events)
    assert all(e.event_date >= date(2020, 2, 1) for e in new)


def test_batch_gives_the_same_records_as_one_by_one(idlib_events):
    doc, events = idlib_events
    assert [e.to_dict() for e in extract_batch([doc])] == [e.to_dict() for e in events]


def test_reextracting_gives_the_same_event_ids(idlib_events):
    doc, events = idlib_events
    assert [e.event_id for e in extract_document(doc)] == [e.event_id for e in events]


@pytest.fixture(scope="module")
def seed_events():
    return extract_document(read_path(SEED, published=date(2021, 7, 30)))


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed (the project's seed article)")
class TestSeedArticle:
    @pytest.fixture
    def events(self, seed_events):
        return seed_events

    def test_every_new_event_is_in_daraa_governorate_with_coordinates(self, events):
        new = [e for e in events if e.reported_as == "new"]
        assert len(new) >= 5
        for e in new:
            assert e.country == "Syria" and e.iso == 760
            assert e.admin1 in ("Daraa", "Dar'a", "Dara")
            assert 32.3 < e.latitude < 33.1 and 35.7 < e.longitude < 36.9

    def test_opposition_offensive_with_fatalities_and_captured(self, events):
        capture = [e for e in events if e.reported_as == "new" and e.fatalities == 7]
        assert len(capture) == 1
        e = capture[0]
        assert (e.event_type, e.counts.captured) == ("Battles", 70)
        assert e.actor2 == "Military Forces of Syria (2000-)"
        assert e.inter1 in (2, 3) and e.interaction == 10 * 1 + e.inter1

    def test_nasib_crossing_capture_is_hedged(self, events):
        nasib = [e for e in events if "Nasib" in e.location]
        assert len(nasib) == 1 and nasib[0].hedged and nasib[0].event_type == "Battles"

    def test_wednesday_bombardment_killed_dozens_of_civilians(self, events):
        shelling = _only(events, "Shelling/artillery/missile attack")
        assert shelling.actor1 == "Military Forces of Syria (2000-)"
        assert (shelling.fatalities, shelling.counts.civilian_fatalities) == (12, 12)
        assert shelling.event_date == date(2021, 7, 28)
        assert shelling.civilian_targeting == "Civilian targeting"

    def test_regime_offensive_on_wednesday(self, events):
        clash = _only(events, "Armed clash")
        assert (clash.actor1, clash.event_date, clash.time_precision) == (
            "Military Forces of Syria (2000-)", date(2021, 7, 28), TimePrecision.DAY)

    def test_deal_struck_last_week(self, events):
        deal = _only(events, "Agreement")
        assert date(2021, 7, 19) <= deal.event_date <= date(2021, 7, 25)
        assert deal.time_precision == TimePrecision.WEEK

    def test_protests_and_torture_are_background_not_new(self, events):
        protests = [e for e in events if e.event_type == "Protests"]
        assert sorted((e.event_date.year, e.event_date.month if e.event_date.year == 2021 else 0) for e in protests) == [
            (2019, 0), (2021, 5)]
        assert all(e.reported_as == "background" for e in protests)
        assert not [e for e in events if e.event_type == "Violence against civilians" and e.reported_as == "new"]
        assert all(e.fatalities != 98 for e in events)

    def test_nothing_from_the_caption(self, events):
        assert not any("child walks" in ev.sentence for e in events for ev in e.evidence)


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed (the project's seed article)")
def test_interaction_codes_agree_with_the_final_actors(seed_events, idlib_events):
    from frontlines.extract.actors import interaction_code

    for e in [*seed_events, *idlib_events[1]]:
        if e.inter1 is not None:
            assert e.interaction == interaction_code(e.inter1, e.inter2), e.notes


NARRATIVE_ARTICLE = (
    "Gunmen attacked a police station in Kidal on Monday, killing four officers, local officials said.\n\n"
    "On Wednesday, a drone strike hit a market in Tessalit. Soldiers later arrested ten men in the town, residents said.\n\n"
    "Previously, the rebels controlled the region. Fighters looted shops in Aguelhok.\n"
)


def test_a_sentence_without_a_date_takes_its_paragraphs_day_unless_the_story_left_it():
    from frontlines.model import Document

    events = extract_document(Document(id="narrative", text=NARRATIVE_ARTICLE, published=date(2024, 3, 8)))
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Armed clash", date(2024, 3, 4), TimePrecision.DAY),
        ("Air/drone strike", date(2024, 3, 6), TimePrecision.DAY),
        ("Arrests", date(2024, 3, 6), TimePrecision.DAY),  # 'On Wednesday' of its paragraph
        ("Looting/property destruction", date(2024, 3, 8), TimePrecision.WEEK),  # after 'Previously': publication
    ]
