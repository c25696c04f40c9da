"""Target (actor2) and associated actors from the parse: objects, passives, "between", holders, backers."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import find_actors, normalise_actor, split_backer
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _roles(text: str, hint: str = "Syria"):
    sents = list(parse(text).sents)
    mention = detect_events(sents[-1])[0]
    return find_actors(sents[-1], mention, hint)


def _names(roles) -> tuple:
    name = lambda a: a.name if a else None
    return (name(roles.actor1), name(roles.actor2), [a.name for a in roles.assoc_actor_1], [a.name for a in roles.assoc_actor_2])


REGIME = "Military Forces of Syria (2000-)"
REBELS = "Opposition Rebels (Syria)"


def test_holder_of_attacked_positions_is_actor2() -> None:
    roles = _roles("Regime forces launched an assault on rebel positions in Tafas.")
    assert _names(roles) == (REGIME, REBELS, [], [])
    assert roles.actor2.span.text == "rebel"


def test_owner_of_a_checkpoint_named_by_a_group_is_actor2() -> None:
    roles = _roles("Turkish drones struck a YPG checkpoint near Kobani.")
    assert roles.actor2.name == "YPG: People's Protection Units"


def test_target_of_strikes_carried_out_by_a_light_verb() -> None:
    roles = _roles("Israeli warplanes carried out air strikes targeting Hezbollah positions near Qusayr.")
    assert roles.actor2.name == "Hezbollah"


def test_clashes_between_two_sides_give_both_actors() -> None:
    roles = _roles("Heavy clashes broke out between regime forces and opposition fighters in Tafas.")
    assert _names(roles) == (REGIME, REBELS, [], [])
    assert (roles.actor1.span.text, roles.actor2.span.text) == ("regime forces", "opposition fighters")


def test_coordinated_subjects_of_clashed_are_the_two_sides() -> None:
    roles = _roles("Rebels and regime forces clashed in Tafas.")
    assert _names(roles) == (REBELS, REGIME, [], [])


def test_nationality_of_victims_names_their_civilians() -> None:
    roles = _roles("Gunmen killed 4 Iraqis in Deir ez-Zor.")
    assert (roles.actor2.name, roles.actor2.inter, roles.actor2.span.text) == ("Civilians (Iraq)", 7, "Iraqis")


def test_pronoun_initiator_keeps_the_opponent_of_the_previous_sentence() -> None:
    roles = _roles(
        "Armed men from the area captured ten checkpoints from regime forces. "
        "They also seized the Nasib border crossing on the Jordanian border."
    )
    assert _names(roles) == ("Unidentified Armed Group (Syria)", REGIME, [], [])


def test_backer_is_an_associated_actor_not_the_actor() -> None:
    roles = _roles("The Russian-backed Fifth Corps attacked Islamic State positions near Palmyra.")
    assert _names(roles) == (REGIME, "Islamic State (Syria)", ["Military Forces of Russia (2000-)"], [])


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Assad militias fought alongside the army against rebels in Daraa.",
        "Pro-Assad militias together with the army attacked rebels in Daraa.",
    ],
)
def test_side_fighting_alongside_is_an_associated_actor(text: str) -> None:
    roles = _roles(text)
    assert _names(roles) == ("Pro-Government Militia (Syria)", REBELS, [REGIME], [])


def test_alongside_phrase_is_not_part_of_the_actor_span() -> None:
    roles = _roles("Regime forces together with Hezbollah fighters stormed the town of Zabadani.")
    assert roles.actor1.span.text == "Regime forces"
    assert [a.name for a in roles.assoc_actor_1] == ["Hezbollah"]


def test_demand_target_is_the_subject_of_the_that_clause() -> None:
    roles = _roles("Amnesty International demanded that the Sudanese government end curbs on press freedom.", hint="Sudan")
    assert roles.actor2 is not None and roles.actor2.span.text == "Sudanese government"


@pytest.mark.parametrize(
    ("phrase", "backer", "rest"),
    [
        ("Russian-backed Fifth Corps", "Russian", "Fifth Corps"),
        ("the Turkish-backed rebels", "Turkish", "rebels"),
        ("a lightly-armed militia", None, "a lightly-armed militia"),
        ("well-supported fighters", None, "well-supported fighters"),
    ],
)
def test_split_backer(phrase: str, backer: str | None, rest: str) -> None:
    assert split_backer(phrase) == (backer, rest)


def test_backed_actor_keeps_the_article_country() -> None:
    actor = normalise_actor("Turkish-backed rebels", "Syria")
    assert (actor.name, actor.inter) == (REBELS, 2)


@pytest.mark.parametrize(("text", "name", "inter"), [("U.N.", "UN: United Nations", 8), ("NATO", "NATO: North Atlantic Treaty Organization", 8), ("the Fifth Corps", REGIME, 1)])
def test_dictionary_entries(text: str, name: str, inter: int) -> None:
    actor = normalise_actor(text, "Syria")
    assert (actor.name, actor.inter) == (name, inter)


def test_un_prefix_of_a_compound_word_is_not_the_un() -> None:
    assert normalise_actor("UN-brokered deal", "Syria") is None


def test_subject_of_were_engaged_in_fighting_is_the_initiator() -> None:
    roles = _roles("Regime forces were engaged in heavy fighting with rebels in Tafas.")
    assert _names(roles) == (REGIME, REBELS, [], [])


def test_subject_of_were_involved_in_clashes_is_the_initiator() -> None:
    roles = _roles("Rebels were involved in clashes with regime forces in Tafas.")
    assert _names(roles) == (REBELS, REGIME, [], [])


def test_attack_by_names_the_initiator_of_the_wounding() -> None:
    roles = _roles("Three soldiers were wounded in an attack by rebels on a checkpoint.")
    assert _names(roles) == (REBELS, REGIME, [], [])


def test_own_troops_are_not_a_target() -> None:
    roles = _roles("Syria deployed its troops to the border.")
    assert roles.actor2 is None


def test_named_group_leading_a_generic_one_is_the_actor() -> None:
    roles = _roles("Rebels led by HTS attacked regime positions near Saraqib.")
    assert (roles.actor1.name, roles.actor1.span.text) == ("HTS: Hayat Tahrir al-Sham", "Rebels")


def test_clashes_broke_out_between_names_both_sides_with_a_named_group() -> None:
    roles = _roles(
        "Fierce clashes broke out on Thursday between regime forces and Hayat Tahrir al-Sham fighters "
        "on the outskirts of Saraqib, leaving 16 fighters dead on both sides."
    )
    assert _names(roles)[:2] == (REGIME, "HTS: Hayat Tahrir al-Sham")


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to disperse hundreds of protesters demanding the release of an opposition leader in Nairobi.",
        "Protesters were tear-gassed by riot police outside parliament.",
    ],
)
def test_force_that_intervened_in_a_protest_told_from_the_crowd_is_actor2(text: str) -> None:
    assert _names(_roles(text, "Kenya"))[:2] == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_peaceful_protest_is_the_protesters_sole_action() -> None:
    # ACLED interaction 60: what the crowd protests against is not an actor
    assert _names(_roles("Teachers rallied peacefully outside parliament against the new pay law.", "Kenya"))[:2] == ("Protesters (Kenya)", None)
