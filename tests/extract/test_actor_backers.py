"""Backed militias: "Iranian-backed militias" is a militia on a side, with its backer as an associated actor."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import normalise_actor, split_backer
from tests.extract.test_actor_spans import BATTLE, roles_at

PRO_GOV = "Pro-Government Militia (Syria)"
IRAN = "Military Forces of Iran"


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        ("Iranian-backed militias", "Syria", PRO_GOV),
        ("Iran-backed militiamen", "Syria", PRO_GOV),
        ("Iranian backed militia", "Syria", PRO_GOV),  # no hyphen
        ("Russian-backed militias", "Syria", PRO_GOV),
        ("Syrian-backed militias", "Syria", PRO_GOV),  # the article country's own state
        ("Iran-backed militias", "Iraq", "PMF: Popular Mobilization Forces"),
        ("Turkish-backed militias", "Syria", "Unidentified Armed Group (Syria)"),  # no row: side unknown
        ("Iranian-backed Hezbollah", "Syria", "Hezbollah"),  # a named group keeps its name
    ],
)
def test_backed_militia_names(phrase: str, hint: str, name: str) -> None:
    actor = normalise_actor(phrase, hint)
    assert (actor.name, actor.inter) == (name, 3)


def test_backed_by_passive_is_not_a_backer_prefix() -> None:
    assert split_backer("the Syrian army backed by Russia") == (None, "the Syrian army backed by Russia")


def test_iranian_backed_militias_as_initiator() -> None:
    roles = roles_at("Iranian-backed militias shelled the town of Busra al-Sham.", "shelled")
    assert (roles.actor1.name, [(a.name, a.inter) for a in roles.assoc_actor_1]) == (PRO_GOV, [(IRAN, 8)])


def test_iranian_backed_militias_as_target() -> None:
    roles = roles_at("Rebels clashed with Iranian-backed militias near Deir ez-Zor.", "clashed", BATTLE)
    assert (roles.actor2.name, roles.actor2.span.text, [a.name for a in roles.assoc_actor_2]) == (
        PRO_GOV, "Iranian-backed militias", [IRAN]
    )


def test_backer_kept_when_the_sides_come_from_between() -> None:
    roles = roles_at("Clashes broke out between rebels and Iranian-backed militias near Deir ez-Zor.", "Clashes", BATTLE)
    assert (roles.actor1.name, roles.actor2.name, [a.name for a in roles.assoc_actor_2]) == (
        "Opposition Rebels (Syria)", PRO_GOV, [IRAN]
    )


def test_militias_backed_by_iran_code_like_iranian_backed() -> None:
    roles = roles_at("Rebels attacked militias backed by Iran near Deir ez-Zor.", "attacked", BATTLE)
    assert (roles.actor2.name, [(a.name, a.inter) for a in roles.assoc_actor_2]) == (PRO_GOV, [(IRAN, 8)])


def test_backer_of_a_joint_offensive_partner_is_on_the_initiator_side() -> None:
    roles = roles_at("Regime forces launched an offensive with Iranian-backed militias on Tuesday.", "launched", BATTLE)
    assert (roles.actor2, [a.name for a in roles.assoc_actor_1]) == (None, [PRO_GOV, IRAN])
