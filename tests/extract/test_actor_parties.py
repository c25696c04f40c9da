"""Named political parties (frontlines/data/actors/political_parties.csv): ACLED names, country-bound
aliases, and the crowd conventions (supporters who protest are Protesters, who riot Rioters, with the
party associated; an arrested party member is a civilian with the party associated)."""

from __future__ import annotations

import pytest

from frontlines.extract.actor_dictionary import names_group
from frontlines.extract.actor_names import actor_sector, normalise_actor
from frontlines.extract.types import EventLabel
from tests.extract.test_actor_codebook_probes import ARREST, name, roles_at

PROTEST = EventLabel("Protests", "Peaceful protest", "Demonstrations")
RIOT = EventLabel("Riots", "Violent demonstration", "Political violence")


@pytest.mark.parametrize(
    ("phrase", "hint", "expected"),
    [
        ("ZANU-PF", "Zimbabwe", "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
        ("the ruling Zanu PF", None, "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
        ("PTI workers", "Pakistan", "PTI: Pakistan Tehreek-e-Insaf"),
        ("the Awami League", "Bangladesh", "AL: Awami League"),
        ("Congress", "India", "INC: Indian National Congress"),
        ("APC thugs", "Nigeria", "APC: All Progressives Congress"),
        ("the Muslim Brotherhood", "Egypt", "Muslim Brotherhood"),
    ],
)
def test_a_named_party_gets_its_acled_name_with_inter_6(phrase: str, hint: str | None, expected: str) -> None:
    actor = normalise_actor(phrase, hint)
    assert (name(actor), getattr(actor, "inter", None)) == (expected, 6)


@pytest.mark.parametrize(
    ("phrase", "hint", "expected"),
    [
        ("Congress", "United States", "Government of United States"),  # the US Congress is no Indian party
        ("Congress", None, "Unidentified Government"),
        ("ANC members", "Kenya", None),  # "ANC" is South Africa's party only in South Africa
        ("CPP rebels", "Philippines", "Opposition Rebels (Philippines)"),
        ("an APC", "Nigeria", None),  # an armoured personnel carrier
    ],
)
def test_an_ambiguous_party_alias_counts_only_in_its_country(phrase: str, hint: str | None, expected: str | None) -> None:
    assert name(normalise_actor(phrase, hint)) == expected


def test_a_strictly_bound_alias_names_a_group_only_with_its_country() -> None:
    assert (names_group("ANC members"), names_group("ANC members", "South Africa")) == (False, True)


def test_a_party_is_typed_as_opposition_for_plover() -> None:
    assert actor_sector("BNP activists") == "OPP"


@pytest.mark.parametrize(
    ("text", "trigger", "hint", "actor1", "assoc1"),
    [
        ("NUP supporters protested in Kampala on Tuesday.", "protested", "Uganda", "Protesters (Uganda)", ["NUP: National Unity Platform"]),
        ("Congress workers protested in New Delhi against fuel prices.", "protested", "India", "Protesters (India)", ["INC: Indian National Congress"]),
        ("Protesters marched in Khartoum on Monday.", "marched", "Sudan", "Protesters (Sudan)", []),
    ],
)
def test_a_partys_supporters_who_protest_are_protesters_with_the_party_associated(
    text: str, trigger: str, hint: str, actor1: str, assoc1: list[str]
) -> None:
    roles = roles_at(text, trigger, PROTEST, hint)
    assert (name(roles.actor1), roles.actor1.inter, [a.name for a in roles.assoc_actor_1]) == (actor1, 6, assoc1)


def test_a_partys_supporters_who_riot_are_rioters_with_the_party_associated() -> None:
    roles = roles_at("PTI supporters clashed with police in Lahore.", "clashed", RIOT, "Pakistan")
    assert (name(roles.actor1), [a.name for a in roles.assoc_actor_1], name(roles.actor2)) == (
        "Rioters (Pakistan)",
        ["PTI: Pakistan Tehreek-e-Insaf"],
        "Police Forces of Pakistan",
    )


@pytest.mark.parametrize(
    ("text", "hint", "actor2", "assoc2"),
    [
        ("Police arrested NLD members in Yangon.", "Myanmar", "Civilians (Myanmar)", ["NLD: National League for Democracy"]),
        ("Police arrested BNP activists in Dhaka.", "Bangladesh", "Civilians (Bangladesh)", ["BNP: Bangladesh Nationalist Party"]),
    ],
)
def test_an_arrested_party_member_is_a_civilian_with_the_party_associated(text: str, hint: str, actor2: str, assoc2: list[str]) -> None:
    roles = roles_at(text, "arrested", ARREST, hint)
    assert (name(roles.actor2), [a.name for a in roles.assoc_actor_2]) == (actor2, assoc2)
