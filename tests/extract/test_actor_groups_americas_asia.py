"""Major armed groups of Colombia, Mexico, Haiti, Pakistan, Afghanistan, the Philippines, Cameroon and
India: ACLED-style names, and country-bound aliases only in their country."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import normalise_actor


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("ELN rebels", "Colombia", "ELN: National Liberation Army", 2),
        ("Clan del Golfo", "Colombia", "AGC: Gaitanist Self-Defense Forces of Colombia", 3),
        ("the Pakistani Taliban", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan", 2),
        ("BLA fighters", "Pakistan", "BLA: Baloch Liberation Army", 2),
        ("Viv Ansanm gangs", "Haiti", "Viv Ansanm", 3),
        ("ISKP", "Afghanistan", "Islamic State (Afghanistan)", 2),
        ("the NPA", "Philippines", "NPA: New People's Army", 2),
        ("Maoists", "India", "CPI (Maoist): Communist Party of India (Maoist)", 2),
    ],
)
def test_named_group(text: str, country: str, name: str, inter: int) -> None:
    actor = normalise_actor(text, country)
    assert (actor.name, actor.inter) == (name, inter)


def test_country_bound_alias_and_lowercase_acronym_name_nothing_elsewhere() -> None:
    assert normalise_actor("Maoists", "Nepal") is None
    assert normalise_actor("Eln", "Colombia") is None  # an acronym alias matches only in capitals
