"""ACLED actor conventions found by codebook probes (issue #5): party politics, unattributed
jihadists, communal clashes, arrested activists and acronym aliases."""

from __future__ import annotations

import pytest

from frontlines.extract.actor_names import actor_sector, normalise_actor
from frontlines.extract.types import EventLabel
from tests.extract.test_actor_spans import roles_at

BATTLE = EventLabel("Battles", "Armed clash", "Political violence")
MOB = EventLabel("Riots", "Mob violence", "Political violence")
ARREST = EventLabel("Strategic developments", "Arrests", "Strategic developments")
VAC = EventLabel("Violence against civilians", "Attack", "Political violence")


def name(actor: object) -> str | None:
    return getattr(actor, "name", None)


@pytest.mark.parametrize(
    ("text", "hint", "expected", "inter"),
    [
        # unattributed jihadists are coded like unattributed gunmen; named groups and rebels keep their names
        ("Suspected jihadists", "Burkina Faso", "Unidentified Armed Group (Burkina Faso)", 3),
        ("militants", "Mali", "Unidentified Armed Group (Mali)", 3),
        ("JNIM militants", "Burkina Faso", "JNIM: Jama'at Nasr al-Islam wal Muslimin", 2),
        ("Islamic State militants", "Syria", "Islamic State (Syria)", 2),
        ("rebels", "Syria", "Opposition Rebels (Syria)", 2),
        ("opposition fighters", "Syria", "Opposition Rebels (Syria)", 2),
        ("jihadist fighters", "Niger", "Unidentified Armed Group (Niger)", 3),
        # "forces" of a non-state side are no state forces
        ("rebel forces", "Ethiopia", "Opposition Rebels (Ethiopia)", 2),
        ("insurgent forces", "Mozambique", "Opposition Rebels (Mozambique)", 2),
        # party politics: the ruling party's supporters are not the opposition, nor the government
        ("Supporters of the ruling party", "Zimbabwe", "Rioters (Zimbabwe)", 5),
        ("ruling party youths", "Zimbabwe", "Rioters (Zimbabwe)", 5),
        ("government supporters", "Zimbabwe", "Rioters (Zimbabwe)", 5),
        ("a ruling party militia", "Democratic Republic of Congo", "Pro-Government Militia (Democratic Republic of Congo)", 3),
        ("pro-government militias", "Mali", "Pro-Government Militia (Mali)", 3),
        ("an opposition leader", "Uganda", "Opposition (Uganda)", 6),
        ("opposition lawmakers", "Kenya", "Opposition (Kenya)", 6),
        ("opposition supporters", "Zimbabwe", "Opposition (Zimbabwe)", 6),
    ],
)
def test_generic_actor_names_follow_acled_practice(text: str, hint: str, expected: str, inter: int) -> None:
    actor = normalise_actor(text, hint)
    assert (name(actor), getattr(actor, "inter", None)) == (expected, inter)


def test_the_ruling_party_alone_is_no_opposition() -> None:
    assert normalise_actor("the ruling party", "Zimbabwe") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AU troops", "AU: African Union"),
        ("EU monitors", "EU: European Union"),
        ("the UN", "UN: United Nations"),
        ("Au revoir", None),
        ("eu", None),
        ("un homme", None),
    ],
)
def test_short_acronyms_match_only_in_capitals(text: str, expected: str | None) -> None:
    assert name(normalise_actor(text, "Somalia")) == expected


def test_acronym_case_does_not_decide_the_sector_of_a_lower_case_word() -> None:
    assert actor_sector("Au revoir", plover_cues=False) is None


def test_supporters_of_the_ruling_party_who_attack_opposition_offices_are_rioters() -> None:
    roles = roles_at("Supporters of the ruling party attacked opposition offices in Harare.", "attacked", MOB, "Zimbabwe")
    assert (name(roles.actor1), roles.actor1.span.text, name(roles.actor2)) == (
        "Rioters (Zimbabwe)",
        "Supporters of the ruling party",
        "Opposition (Zimbabwe)",
    )


def test_suspected_jihadists_in_burkina_faso_are_an_unidentified_armed_group() -> None:
    text = "Suspected jihadists killed five soldiers near Djibo in northern Burkina Faso on Sunday."
    roles = roles_at(text, "killed", BATTLE, "Burkina Faso")
    assert (name(roles.actor1), roles.actor1.inter, name(roles.actor2)) == (
        "Unidentified Armed Group (Burkina Faso)",
        3,
        "Military Forces of Burkina Faso (2022-)",
    )


@pytest.mark.parametrize(
    ("text", "hint", "actor1", "actor2"),
    [
        # both sides of a communal clash fought: communal militias, by ethnic name where the dictionary has one
        ("Fulani herders and farmers clashed in Plateau state on Sunday, leaving 14 dead.", "Nigeria",
         "Fulani Ethnic Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)"),
        ("Herders and farmers clashed in Benue state, killing six people.", "Nigeria",
         "Unidentified Communal Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)"),
        # no Fulani militia is known for Benin: the generic communal militia
        ("Fulani herders and farmers clashed near Kandi on Sunday.", "Benin",
         "Unidentified Communal Militia (Benin)", "Unidentified Communal Militia (Benin)"),
    ],
)
def test_farmers_and_herders_who_clash_are_communal_militias(text: str, hint: str, actor1: str, actor2: str) -> None:
    roles = roles_at(text, "clashed", BATTLE, hint)
    assert (name(roles.actor1), name(roles.actor2), roles.actor2.inter) == (actor1, actor2, 4)


def test_herders_who_attack_villagers_are_a_named_ethnic_militia_and_the_villagers_civilians() -> None:
    roles = roles_at("Fulani herders attacked villagers in Plateau state on Sunday.", "attacked", VAC, "Nigeria")
    assert (name(roles.actor1), name(roles.actor2)) == ("Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


@pytest.mark.parametrize(
    ("text", "actor2", "assoc2"),
    [
        ("Police arrested an opposition activist in Kampala on Friday.", "Civilians (Uganda)", ["Opposition (Uganda)"]),
        ("Police arrested an opposition leader in Kampala on Friday.", "Civilians (Uganda)", ["Opposition (Uganda)"]),
        ("Police arrested a human rights activist in Kampala on Friday.", "Civilians (Uganda)", []),
        # an arrested crowd stays the crowd (arrests at a protest are typed as an intervention elsewhere)
        ("Police arrested 20 protesters in Kampala on Friday.", "Protesters (Uganda)", []),
    ],
)
def test_an_arrested_activist_is_a_civilian_with_the_opposition_associated(text: str, actor2: str, assoc2: list[str]) -> None:
    roles = roles_at(text, "arrested", ARREST, "Uganda")
    assert (name(roles.actor1), name(roles.actor2), [a.name for a in roles.assoc_actor_2]) == (
        "Police Forces of Uganda",
        actor2,
        assoc2,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "actor1", "assoc1", "actor2", "assoc2"),
    [
        # a riot's crowd is rioters; the party it supports is associated
        ("Opposition supporters attacked ruling party offices in Harare on Monday.", "attacked",
         "Rioters (Zimbabwe)", ["Opposition (Zimbabwe)"], None, []),
        ("Protesters threw stones at police in Harare on Monday.", "threw",
         "Rioters (Zimbabwe)", [], "Police Forces of Zimbabwe", []),
        # two crowds who clash are both rioters
        ("Government supporters clashed with opposition supporters in Harare.", "clashed",
         "Rioters (Zimbabwe)", [], "Rioters (Zimbabwe)", ["Opposition (Zimbabwe)"]),
    ],
)
def test_a_riots_crowd_is_rioters_with_its_party_associated(
    text: str, trigger: str, actor1: str, assoc1: list[str], actor2: str | None, assoc2: list[str]
) -> None:
    roles = roles_at(text, trigger, MOB, "Zimbabwe")
    assert (name(roles.actor1), [a.name for a in roles.assoc_actor_1], name(roles.actor2), [a.name for a in roles.assoc_actor_2]) == (
        actor1,
        assoc1,
        actor2,
        assoc2,
    )


def test_an_abducted_opposition_politician_is_a_civilian_with_the_opposition_associated() -> None:
    roles = roles_at("Unknown gunmen abducted an opposition politician in Kinshasa.", "abducted", VAC, "Democratic Republic of Congo")
    assert (name(roles.actor2), [a.name for a in roles.assoc_actor_2]) == (
        "Civilians (Democratic Republic of Congo)",
        ["Opposition (Democratic Republic of Congo)"],
    )


@pytest.mark.parametrize(
    ("text", "actor2", "assoc2"),
    [
        ("Ruling party youths beat an opposition candidate in Chitungwiza on Sunday.", "Civilians (Zimbabwe)", ["Opposition (Zimbabwe)"]),
        ("Ruling party youths beat protesters in Chitungwiza on Sunday.", "Protesters (Zimbabwe)", []),
    ],
)
def test_mob_violence_against_a_politician_targets_a_civilian(text: str, actor2: str, assoc2: list[str]) -> None:
    roles = roles_at(text, "beat", MOB, "Zimbabwe")
    assert (name(roles.actor1), name(roles.actor2), [a.name for a in roles.assoc_actor_2]) == ("Rioters (Zimbabwe)", actor2, assoc2)


def test_the_noun_a_participle_with_an_object_hangs_on_is_its_initiator() -> None:
    # the small parser makes "hacked" a modifier of "rebels" (the sentence's verb is "said")
    text = "ADF rebels hacked to death nine villagers in Beni territory on Tuesday, local officials said."
    roles = roles_at(text, "hacked", VAC, "Democratic Republic of Congo")
    assert (name(roles.actor1), roles.actor1.span.text, name(roles.actor2)) == (
        "ADF: Allied Democratic Forces",  # named since issue #5 added the ADF to armed_groups.csv
        "ADF rebels",
        "Civilians (Democratic Republic of Congo)",
    )
