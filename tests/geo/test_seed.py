"""The seed article's places (needs ../shared/seed; skipped without it)."""

import os
from pathlib import Path

import pytest

from frontlines.geo import article_context, locate_event, resolve_toponyms
from frontlines.model import GeoPrecision
from frontlines.nlp import parse

from tests.geo.conftest import needs_natural_earth

SHARED = Path(os.environ.get("FRONTLINES_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data")).parent
SEED = SHARED / "seed" / "daraa-2021-07-30.txt"
pytestmark = [pytest.mark.shared_data, pytest.mark.skipif(not SEED.is_file(), reason=f"{SEED} not found")]


@pytest.fixture(scope="module")
def seed_doc():
    return parse(SEED.read_text(encoding="utf-8"))


@needs_natural_earth
def test_seed_places_are_in_daraa_governorate(seed_doc):
    places = [r for r in resolve_toponyms(seed_doc.text, seed_doc) if r.kind == "place" and r.feature_code != "PCLI"]
    local = [r for r in places if r.span.text not in ("Damascus", "Russia", "Jordan")]
    assert {r.span.text for r in local} == {"Daraa", "Daraa Al-Balad", "Nasib border crossing"}
    assert {(r.location.admin1, r.location.country, r.location.iso) for r in local} == {("Dara", "Syria", 760)}
    assert all(r.location.latitude and r.location.longitude for r in local)


def test_seed_nasib_border_crossing_is_the_capture_place(seed_doc):
    sent = next(s for s in seed_doc.sents if "Nasib border crossing" in s.text)
    trigger = next(t.i for t in sent if t.text == "seized")
    located = locate_event(seed_doc, sent, trigger, article_context(seed_doc))
    loc = located.location
    assert (loc.location, loc.geo_precision, loc.country) == ("Nasib border crossing", GeoPrecision.NEAR_TOWN, "Syria")
    assert (loc.latitude, loc.longitude) == (32.52867, 36.20079)


def test_seed_siege_is_in_daraa_al_balad(seed_doc):
    sent = next(s for s in seed_doc.sents if "laid siege" in s.text)
    trigger = next(t.i for t in sent if t.text == "laid")
    loc = locate_event(seed_doc, sent, trigger, article_context(seed_doc)).location
    assert (loc.location, loc.geo_precision) == ("Daraa al-Balad", GeoPrecision.NEAR_TOWN)
