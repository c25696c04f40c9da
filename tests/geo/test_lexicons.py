"""Demonyms: 'Philippine police' names the Philippines, but the derived plural of a demonym is
never allowed to shadow a country's own name ('Philippines' stays a place)."""

from __future__ import annotations

from frontlines.geo.lexicons import demonyms


def test_demonyms_and_their_plurals_name_countries():
    table = demonyms()
    assert [table.get(k) for k in ("philippine", "filipinos", "afghans", "philippines")] == ["PH", "PH", "AF", None]
