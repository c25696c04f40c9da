"""Claims of responsibility name the perpetrator of the attack told before them (ACLED codes the claimant)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlines.extract.claims import find_claims
from frontlines.model import Document
from frontlines.nlp import parse
from frontlines.pipeline import extract_document


def _claimants(text: str, country: str | None = None) -> list[tuple[int, str]]:
    return [(c.sentence_index, c.claimant.name) for c in find_claims(parse(text), country)]


def test_claims_name_the_group_and_their_sentence() -> None:
    text = "A bomb exploded in the market on Monday. Al-Shabaab claimed responsibility in a statement."
    assert _claimants(text, "Somalia") == [(1, "Al Shabaab")]
    assert _claimants("The Pakistani Taliban said it carried out the attack.", "Pakistan") == [(0, "TTP: Tehreek-i-Taliban Pakistan")]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab denied responsibility for the bombing.",
        "No group has claimed responsibility for the attack.",
        "Gunmen claimed responsibility for the attack.",  # an unidentified claimant names no one
        "The U.S. military said it had carried out an air strike near Jilib.",  # its own new event, no claim
    ],
)
def test_denials_and_unnamed_claimants_are_no_claims(text: str) -> None:
    assert _claimants(text, "Somalia") == []


def _actors(text: str) -> list[tuple[str, str, str]]:
    events = extract_document(Document(id="c", text=text, published=dt.date(2023, 5, 10)))
    return [(e.sub_event_type, e.actor1, e.actor2) for e in events]


def test_the_claimant_becomes_actor1_of_the_unattributed_attack_before_it() -> None:
    text = "A suicide bomber killed 12 people at a mosque in Peshawar on Friday. The Pakistani Taliban said it carried out the attack."
    assert _actors(text) == [("Suicide bomb", "TTP: Tehreek-i-Taliban Pakistan", "Civilians (Pakistan)")]


def test_a_named_perpetrator_is_kept_and_a_report_with_a_claim_keeps_its_attack() -> None:
    text = "Soldiers killed four civilians in Tillaberi on Tuesday. Islamic State Sahel later claimed the attack."
    assert [a[1] for a in _actors(text)] == ["Military Forces of Niger (2021-2023)"]
    text = "Gunmen attacked a police post in Tillaberi on Tuesday, killing four officers. Islamic State Sahel later claimed the attack."
    assert _actors(text) == [("Armed clash", "Islamic State (Sahel)", "Police Forces of Niger (2021-2023)")]
