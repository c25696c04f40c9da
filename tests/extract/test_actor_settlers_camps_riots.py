"""Settlers are their own actor, a refugee camp is a place, and civilians in a riot are rioters (dev3 errors)."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.extract.actors import find_actors, normalise_actor
from frontlines.extract.events import detect_events
from frontlines.model import Document
from frontlines.nlp import parse
from frontlines.pipeline import extract_document


def _roles(text: str, hint: str):
    sent = list(parse(text).sents)[-1]
    return find_actors(sent, detect_events(sent)[0], hint)


@pytest.mark.parametrize(
    ("text", "hint", "name", "inter"),
    [
        ("dozens of Israeli settlers", "Palestine", "Settlers (Israel)", 4),
        ("Jewish settlers", "Israel", "Settlers (Israel)", 4),
        ("settlers", "Palestine", "Settlers (Israel)", 4),
        ("the Islamic Jihad's Jenin Brigade", "Palestine", "PIJ: Palestinian Islamic Jihad", 2),
        ("the Al-Quds Brigades", "Palestine", "PIJ: Palestinian Islamic Jihad", 2),
    ],
)
def test_settlers_and_islamic_jihad_have_their_own_names(text: str, hint: str, name: str, inter: int) -> None:
    actor = normalise_actor(text, hint)
    assert (actor.name, actor.inter) == (name, inter)


def test_bare_settlers_name_no_one_outside_palestine() -> None:
    assert normalise_actor("settlers", "Sudan") is None


def test_settlers_who_attack_a_village_are_actor1() -> None:
    roles = _roles("Dozens of Israeli settlers attacked the village of Turmus Ayya near Ramallah on Monday, wounding four Palestinians.", "Palestine")
    assert (roles.actor1.name, roles.actor2.name) == ("Settlers (Israel)", "Civilians (Palestine)")


def test_settlers_attacked_unarmed_are_civilians_of_israel() -> None:
    doc = Document(id="t", text="A Palestinian gunman shot dead two Israeli settlers near Hebron on Friday.", published=date(2023, 8, 23))
    [record] = extract_document(doc)
    assert (record.event_type, record.actor1, record.actor2, record.inter2) == (
        "Violence against civilians", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", 7
    )


def test_a_raided_refugee_camp_is_a_place_not_refugees() -> None:
    roles = _roles("Israeli troops raided the Jenin refugee camp on Tuesday and killed two Palestinian gunmen in an exchange of fire.", "Palestine")
    assert (roles.actor1.name, roles.actor2.name) == ("Military Forces of Israel", "Unidentified Armed Group (Palestine)")


def test_residents_who_stone_police_are_rioters() -> None:
    roles = _roles("In the Giza district of Nazlet el-Semman, residents threw stones at police and set fire to a bulldozer on Sunday.", "Egypt")
    assert (roles.actor1.name, roles.actor1.inter, roles.actor2.name) == ("Rioters (Egypt)", 5, "Police Forces of Egypt")
