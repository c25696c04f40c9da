"""Armed groups of Afghanistan, the Central African Republic, South Sudan, Libya and Manipur, names that
run on past their head word ("the Islamic State in the Greater Sahara"), and perpetrators named in a
"when"-clause ("were killed when militants fired…")."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import normalise_actor
from frontlines.extract.types import EventLabel
from tests.extract.test_actor_spans import roles_at, spans

BATTLE = EventLabel("Battles", "Armed clash", "Political violence")
VAC = EventLabel("Violence against civilians", "Attack", "Political violence")


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("fighters of the National Resistance Front (NRF)", "Afghanistan", "NRF: National Resistance Front", 2),
        ("the 3R rebel group", "Central African Republic", "3R: Return, Reclamation, Rehabilitation", 2),
        ("SPLA-IO forces", "South Sudan", "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)", 2),
        ("forces loyal to Khalifa Haftar", "Libya", "LNA: Libyan National Army", 1),
        ("the Libyan National Army", "Libya", "LNA: Libyan National Army", 1),
        ("the Stability Support Apparatus", "Libya", "Stability Support Apparatus", 3),
        ("Islamic State militants", "Libya", "Islamic State (Libya)", 2),
        ("suspected Kuki militants", "India", "Kuki Ethnic Militia (India)", 4),
        ("Fano militiamen", "Ethiopia", "Fano Militia", 3),
    ],
)
def test_named_group(text: str, country: str, name: str, inter: int) -> None:
    actor = normalise_actor(text, country)
    assert (actor.name, actor.inter) == (name, inter)


def test_libyan_branch_leaves_the_syrian_default_alone() -> None:
    assert normalise_actor("Islamic State militants", None).name == "Islamic State (Syria)"
    # bound to India: elsewhere the words are only generic militants
    assert normalise_actor("Kuki militants", "Myanmar").name == "Unidentified Armed Group (Myanmar)"


def test_group_name_running_on_past_the_head_is_not_cut_as_a_place() -> None:
    roles = roles_at(
        "Fighters from the Islamic State in the Greater Sahara ambushed an army patrol near Teguey.",
        "ambushed", BATTLE, "Niger",
    )
    assert (roles.actor1.name, spans(roles)[0]) == (
        "Islamic State (Sahel)", "Fighters from the Islamic State in the Greater Sahara"
    )


def test_run_on_name_of_the_group_members_belong_to() -> None:
    roles = roles_at("Militants from Al Qaeda in the Arabian Peninsula attacked a checkpoint in Abyan.", "attacked", BATTLE, "Yemen")
    assert (roles.actor1.name, spans(roles)[0]) == (
        "AQAP: Al Qaeda in the Arabian Peninsula", "Militants from Al Qaeda in the Arabian Peninsula"
    )


def test_perpetrator_of_a_passive_killing_is_the_when_clause_subject() -> None:
    roles = roles_at(
        "Three villagers were killed on Saturday when suspected Kuki militants fired on a village near Kwakta.",
        "killed", VAC, "India",
    )
    assert (roles.actor1.name, roles.actor2.name, spans(roles)) == (
        "Kuki Ethnic Militia (India)", "Civilians (India)", ("suspected Kuki militants", "villagers")
    )


def test_when_clause_without_an_actor_names_no_perpetrator() -> None:
    roles = roles_at("Two soldiers were killed when their vehicle overturned near Gao.", "killed", BATTLE, "Mali")
    assert (roles.actor1, roles.actor2.name) == (None, "Military Forces of Mali (2021-)")
