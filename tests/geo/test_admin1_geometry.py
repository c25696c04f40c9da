"""Towns whose GeoNames admin1 code Natural Earth does not carry get their region from the shape
they lie in (coordinates and codes are real GeoNames cities500 rows)."""

import pytest

from frontlines.geo import index
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.places import Place
from tests.geo.conftest import needs_natural_earth


@pytest.fixture(scope="module")
def sahel(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    places = [
        # GeoNames codes Burkina Faso by region (12 = Sahel), as admin1_groups.csv now keys its shapes
        Place(2361177, "Djibo", 14.09864, -1.62665, "BF", population=61462, admin1_code="12", source="test"),
        # GeoNames has a Ménaka region (created 2016) that Natural Earth's Mali still counts in Gao
        Place(2453514, "Ménaka", 15.91985, 2.39609, "ML", population=14085, admin1_code="12070577", source="test"),
        # a code both sources carry (ML.09 Gao) keeps working as before
        Place(2457163, "Gao", 16.27167, -0.04472, "ML", population=133110, admin1_code="09", source="test"),
        # a supplement-style row without a code
        Place(-7, "Test Camp", 14.1, -1.6, "BF", source="test"),
    ]
    path = tmp_path_factory.mktemp("sahel") / "sahel.sqlite"
    return Gazetteer(index.build_index(path, places, only_countries={"BF", "ML"}, reimport=False))


@needs_natural_earth
def test_unmapped_geonames_code_falls_back_to_the_containing_shape(sahel):
    menaka = sahel.lookup("Ménaka")[0]
    assert (menaka.admin1_code, sahel.to_location(menaka).admin1) == ("09", "Gao")


@needs_natural_earth
def test_geometry_alone_leaves_the_ranking_name_column_empty(sahel):
    # rank.py reads candidate.admin1 as GeoNames' "capital of" relation (same-name bonus)
    assert sahel.lookup("Ménaka")[0].candidate.admin1 == ""
    assert sahel.lookup("Gao")[0].candidate.admin1 == "Gao"


@needs_natural_earth
def test_codeless_place_still_named_by_its_shape(sahel):
    camp = sahel.lookup("Test Camp")[0]
    assert (camp.admin1_code, camp.candidate.admin1, sahel.to_location(camp).admin1) == ("12", "Sahel", "Sahel")


def test_admin1_name_of_unknown_code_is_empty(sahel):
    assert sahel.admin1_name("BF", "no-such-code") == ""
