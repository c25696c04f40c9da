"""Who condemns, denounces, welcomes or mourns an event is no party to it (issue #5): the event keeps
the actors of the event noun itself ("the killing of protesters by security forces")."""

from __future__ import annotations

from frontlines.extract.actor_arguments import statement_speakers
from frontlines.extract.types import EventLabel
from frontlines.nlp import parse
from tests.extract.test_actor_codebook_probes import VAC, name, roles_at

EXCESSIVE = EventLabel("Protests", "Excessive force against protesters", "Political violence")
SHELLING = EventLabel("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence")


def test_the_speaker_of_a_condemnation_is_neither_actor() -> None:
    roles = roles_at("The EU condemned the killing of protesters in Khartoum.", "protesters", EXCESSIVE, "Sudan")
    assert (name(roles.actor1), name(roles.actor2), roles.assoc_actor_1, roles.assoc_actor_2) == (
        "Protesters (Sudan)", None, [], []
    )


def test_the_event_nouns_own_by_names_the_force_that_intervened() -> None:
    roles = roles_at("The EU condemned the killing of protesters by security forces in Khartoum.", "protesters", EXCESSIVE, "Sudan")
    assert (name(roles.actor1), name(roles.actor2)) == ("Protesters (Sudan)", "Military Forces of Sudan (2019-)")


def test_a_by_the_parser_hangs_on_the_statement_verb_still_names_the_shelling_side() -> None:
    roles = roles_at("Opposition leaders denounced the shelling of Avdiivka by Russian forces.", "shelling", SHELLING, "Ukraine")
    assert (name(roles.actor1), roles.actor1.inter, name(roles.actor2)) == ("Military Forces of Russia (2000-)", 8, None)


def test_a_mourned_shelling_names_no_mourner() -> None:
    roles = roles_at("Residents mourned the victims of the shelling of Kharkiv.", "shelling", SHELLING, "Ukraine")
    assert (name(roles.actor1), name(roles.actor2)) == (None, None)


def test_a_relative_clause_on_the_attacks_target_keeps_the_attacks_author() -> None:
    text = "The African Union condemned Sunday's attack by al-Shabaab militants on a hotel in Mogadishu that killed 9 people."
    roles = roles_at(text, "killed", VAC, "Somalia")
    assert (name(roles.actor1), name(roles.actor2)) == ("Al Shabaab", "Civilians (Somalia)")


def test_speakers_are_the_subjects_of_statement_verbs_above_the_trigger_only() -> None:
    doc = parse("Human rights groups condemned the arrest of 12 activists by police.")
    arrest = next(t for t in doc if t.text == "arrest")
    condemned = next(t for t in doc if t.text == "condemned")
    assert ([doc[i].text for i in sorted(statement_speakers(arrest))], statement_speakers(condemned)) == (
        ["Human", "rights", "groups"], set()
    )
