from frontlines.geo.ucdp_names import parse_ucdp_name, ucdp_split


def test_settlement_word_and_alternates_are_parsed():
    parsed = parse_ucdp_name("Aaliyah (Qurujah) village")
    assert (parsed.names, parsed.feature_code, parsed.is_region) == (("Aaliyah", "Qurujah"), "PPL", False)
    assert parse_ucdp_name("Has/Hassef town").names == ("Has", "Hassef")
    assert parse_ucdp_name("Eastern Idlib Governorate").is_region


def test_one_place_written_two_ways_falls_on_one_side_of_the_split():
    # the split hashes the core name, so a held-out name never has its twin in the supplement
    assert ucdp_split("Al Qabu town") == ucdp_split("Qabu village") == ucdp_split("al-Qabu")
    assert ucdp_split("Teir Maaleh village") == ucdp_split("Teir Maaleh town") == "test"
    assert ucdp_split("Aajaja village") == "train"
