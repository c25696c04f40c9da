"""Actor normalisation, roles from the parse, and ACLED interaction codes."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import (
    actor_sector,
    find_actors,
    interaction_code,
    normalise_actor,
)
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


@pytest.mark.parametrize(
    ("text", "hint", "name", "inter"),
    [
        ("regime forces", "Syria", "Military Forces of Syria (2000-)", 1),
        ("the Syrian regime's Fourth Division", "Syria", "Military Forces of Syria (2000-)", 1),
        ("loyalist militias", "Syria", "Pro-Government Militia (Syria)", 3),
        ("Opposition fighters", "Syria", "Opposition Rebels (Syria)", 2),
        ("armed men from the area", "Syria", "Unidentified Armed Group (Syria)", 3),
        ("dozens of civilians", "Syria", "Civilians (Syria)", 7),
        ("at least 98 former opposition fighters", "Syria", "Civilians (Syria)", 7),
        ("hundreds of protesters", "Sudan", "Protesters (Sudan)", 6),
        ("rioters", "Kenya", "Rioters (Kenya)", 5),
        ("riot police", "Lebanon", "Police Forces of Lebanon", 1),
        ("Turkish troops", "Syria", "Military Forces of Turkey (2002-)", 8),
        ("HTS", "Syria", "HTS: Hayat Tahrir al-Sham", 2),
        ("the Houthis", "Yemen", "Houthi Movement", 2),
        ("the RSF", "Sudan", "RSF: Rapid Support Forces", 2),
        ("Islamic State militants", "Iraq", "Islamic State (Iraq)", 2),
        ("the regime", "Myanmar", "Government of Myanmar (2021-)", 1),
        # communal militias are named only in their country, and only under an armed form of the ethnonym
        ("Fulani militiamen", "Nigeria", "Fulani Ethnic Militia (Nigeria)", 4),
        ("Fulani militiamen", "Mali", "Fulani Ethnic Militia (Mali)", 4),
        ("Dogon militiamen", "Mali", "Dogon Ethnic Militia (Mali)", 4),
        ("VDP fighters", "Burkina Faso", "VDP: Volunteers for the Defense of the Homeland", 3),
        ("Fulani herders", "Nigeria", "Civilians (Nigeria)", 7),  # not armed by name: may be the victims
    ],
)
def test_normalise_actor(text: str, hint: str, name: str, inter: int) -> None:
    actor = normalise_actor(text, hint)
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


def test_normalise_actor_returns_none_for_non_actors() -> None:
    assert normalise_actor("the checkpoints", "Syria") is None
    assert normalise_actor("", "Syria") is None


@pytest.mark.parametrize(("inter1", "inter2", "code"), [(1, 2, 12), (2, 1, 12), (1, None, 10), (3, 7, 37), (6, 1, 16), (8, 8, 88)])
def test_interaction_code(inter1: int, inter2: int | None, code: int) -> None:
    assert interaction_code(inter1, inter2) == code


def test_interaction_code_rejects_bad_inter() -> None:
    with pytest.raises(ValueError, match="0-8"):
        interaction_code(9, 1)


@pytest.mark.parametrize(("text", "sector"), [("Iraqi soldiers", "MIL"), ("police officers", "COP"), ("the rebels", "REB"), ("villagers", "CVL"), ("Uganda", "GOV")])
def test_actor_sector(text: str, sector: str) -> None:
    assert actor_sector(text) == sector


def _roles(text: str, hint: str = "Syria"):
    doc = parse(text)
    sents = list(doc.sents)
    last = sents[-1]
    mention = detect_events(last)[0]
    return find_actors(last, mention, hint)


def test_subject_and_against_object_with_coordinated_assoc_actor() -> None:
    roles = _roles("Opposition fighters launched an offensive against regime forces and loyalist militias.")
    assert roles.actor1.name == "Opposition Rebels (Syria)"
    assert roles.actor1.span.text == "Opposition fighters"
    assert roles.actor2.name == "Military Forces of Syria (2000-)"
    assert [a.name for a in roles.assoc_actor_2] == ["Pro-Government Militia (Syria)"]


def test_passive_agent_is_actor1_and_subject_is_actor2() -> None:
    roles = _roles("Five farmers were killed by regime forces near the village.")
    assert roles.actor1.name == "Military Forces of Syria (2000-)"
    assert roles.actor2.name == "Civilians (Syria)"
    assert roles.actor2.inter == 7


def test_pronoun_subject_falls_back_to_previous_sentence_actor() -> None:
    roles = _roles("Armed men from the area captured ten checkpoints. They also seized the Nasib border crossing.")
    assert roles.actor1.name == "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    "text",
    [
        "Two rival militias clashed in the town of Bentiu, leaving ten dead.",  # one group fought itself
        "Gunmen attacked another group of gunmen near Maiduguri, killing four.",  # two mentions, one name
    ],
)
def test_one_group_on_both_sides_keeps_the_same_name_twice(text: str) -> None:
    roles = _roles(text, "Nigeria")
    assert (roles.actor1.name, roles.actor2.name) == ("Unidentified Armed Group (Nigeria)", "Unidentified Armed Group (Nigeria)")


def test_a_group_fighting_another_keeps_no_copy_of_itself() -> None:
    roles = _roles("Armed men clashed with soldiers near Zaria.", "Nigeria")
    assert (roles.actor1.name, roles.actor2.name) == ("Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria")


def test_agreement_parties_come_from_between() -> None:
    roles = _roles("A deal was struck between the Daraa Central Committee and regime officers.")
    assert roles.actor1.name == "Daraa Central Committee"
    assert roles.actor2.name == "Military Forces of Syria (2000-)"


def test_backer_is_associated_actor_of_the_initiator() -> None:
    roles = _roles("Syrian rebels backed by Turkish artillery have recaptured the town of Kafr Nabl from regime forces.")
    assert roles.actor1.name == "Opposition Rebels (Syria)"
    assert roles.actor2.name == "Military Forces of Syria (2000-)"
    assert [a.name for a in roles.assoc_actor_1] == ["Military Forces of Turkey (2002-)"]


def test_victims_of_a_consequence_are_actor2() -> None:
    strike = _roles("Russian jets struck the village of Kansafra, killing four civilians.")
    assert (strike.actor1.name, strike.actor2.name) == ("Military Forces of Russia (2000-)", "Civilians (Syria)")
    storm = _roles("Rebel fighters stormed Saraqib and killed at least nine regime soldiers.")
    assert storm.actor2.name == "Military Forces of Syria (2000-)"


def test_agentless_passive_does_not_borrow_the_previous_sentence_actor() -> None:
    roles = _roles("Regime forces shelled Ariha on Monday. Four civilians were killed in Maarat al-Numan on Tuesday.")
    assert roles.actor1 is None
    assert roles.actor2.name == "Civilians (Syria)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A mob lynched a man accused of theft in Kano.", "Rioters (Nigeria)"),
        ("Herders attacked farmers in Benue, killing 20.", "Unidentified Communal Militia (Nigeria)"),
    ],
)
def test_civilians_who_commit_violence_are_coded_as_rioters_or_a_communal_militia(text: str, actor1: str) -> None:
    roles = _roles(text, "Nigeria")
    assert (roles.actor1.name, roles.actor2.name) == (actor1, "Civilians (Nigeria)")


# --- codebook probes (issue #5): explosions, property destruction, agreements --------------------


@pytest.mark.parametrize(
    ("text", "hint", "actor1", "actor2"),
    [
        # the act as subject stands for its author ("by" object, or a country modifier, coded by its forces)
        ("Shelling by government forces killed two children in Kansafra.", "Syria", "Military Forces of Syria (2000-)", "Civilians (Syria)"),
        ("A US drone strike killed an al-Qaeda leader in Marib province.", "Yemen", "Military Forces of United States", "Al Qaeda"),
        # a bomb nobody is named for: ACLED leaves no actor1 empty
        ("A roadside bomb hit an army convoy near Gao, wounding four soldiers.", "Mali", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"),
        ("A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.", "Pakistan", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"),
        # a "rebel commander" is no state officer; a "wedding party" no political party
        ("Soldiers arrested a former rebel commander in Bangui on Friday.", "Central African Republic", "Military Forces of Central African Republic", "Opposition Rebels (Central African Republic)"),
        # "X said it killed…": the pronoun is the speaker
        ("The army said it killed 40 militants in airstrikes in Tillaberi on Monday.", "Niger", "Military Forces of Niger (2023-)", "Unidentified Armed Group (Niger)"),
        # both parties of an agreement are its two actors
        ("The Sudanese army and the Rapid Support Forces agreed to a 72-hour truce on Tuesday.", "Sudan", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ],
)
def test_codebook_probe_actor_roles(text: str, hint: str, actor1: str, actor2: str) -> None:
    roles = _roles(text, hint)
    assert (roles.actor1.name, roles.actor2.name) == (actor1, actor2)


def test_a_wedding_party_is_not_a_political_party() -> None:
    assert normalise_actor("a wedding party", "Yemen") is None


def test_civilians_who_destroy_property_are_a_communal_militia() -> None:
    roles = _roles("Armed herders burned crops and destroyed homes in Benue state on Tuesday.", "Nigeria")
    assert (roles.actor1.name, roles.actor1.inter) == ("Unidentified Communal Militia (Nigeria)", 4)
