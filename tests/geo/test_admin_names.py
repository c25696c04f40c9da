from frontlines.geo.admin_names import acled_admin1, gazetteer_admin1


def test_syrian_regions_use_acled_spelling():
    assert acled_admin1("SY", "12", "Idlib") == "Idleb"
    assert acled_admin1("SY", "08", "Rif Dimashq") == "Rural Damascus"


def test_code_decides_between_regions_sharing_a_name():
    assert (acled_admin1("YE", "16", "Sanaa"), acled_admin1("YE", "26", "Sanaa")) == ("Sanaa", "Amanat al Asimah")


def test_name_is_used_when_code_is_unknown():
    assert acled_admin1("SY", "", "Al-Raqqah") == "Ar Raqqa"


def test_other_countries_keep_the_gazetteer_name():
    assert acled_admin1("FR", "11", "Île-de-France") == "Île-de-France"


def test_back_to_gazetteer_spelling():
    assert (gazetteer_admin1("SY", "Idleb"), gazetteer_admin1("SY", "Somewhere")) == ("Idlib", "Somewhere")


def test_african_regions_use_acled_spelling():
    assert [
        acled_admin1("CD", "11", "North Kivu"),
        acled_admin1("SD", "47", "West Soudan"),
        acled_admin1("CF", "12", "Ouham Prefecture"),
    ] == ["Nord-Kivu", "West Darfur", "Ouham"]
