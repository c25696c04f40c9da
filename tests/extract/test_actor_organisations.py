"""International organisations, missions and aid groups in the actor dictionary (organisations.csv)."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import actor_sector, normalise_actor


@pytest.mark.parametrize(
    ("phrase", "name", "inter"),
    [
        ("OSCE monitors", "OSCE: Organization for Security and Co-operation in Europe", 8),
        ("the African Union", "AU: African Union", 8),
        ("a Red Crescent ambulance", "Red Crescent", 7),
        ("African Union Mission in Somalia troops", "AMISOM: African Union Mission in Somalia (2007-2022)", 8),
        ("the UN refugee agency", "UNHCR: United Nations High Commissioner for Refugees", 7),
        ("Doctors Without Borders staff", "MSF: Medecins Sans Frontieres", 7),
        ("UNITA rebels", "UNITA: National Union for the Total Independence of Angola", 2),
    ],
)
def test_named_organisation_is_recognised(phrase: str, name: str, inter: int) -> None:
    actor = normalise_actor(phrase, None)
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


def test_amnesty_the_word_is_not_the_organisation() -> None:
    assert normalise_actor("an amnesty", None) is None


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("the African Union", "GOV"),  # "Union" is the name, not a trade union
        ("National Union for the Total Independence of Angola", "REB"),
        ("U.N. Peacekeepers", "MIL"),
        ("Red Crescent in Bam", "MED"),
        ("Nigerian Union of Teachers", "LAB"),  # no named group: the cue decides
    ],
)
def test_organisation_sector(phrase: str, sector: str) -> None:
    assert actor_sector(phrase) == sector

