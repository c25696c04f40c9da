"""The actor tables read without spaCy: nationality words, named groups, role cues."""

from __future__ import annotations

import pytest

from frontlines.extract.actor_dictionary import demonym_country, names_group, target_cues


@pytest.mark.parametrize(("word", "country"), [("Iraqis", "Iraq"), ("Palestinians", "Palestine"), ("Syrians", "Syria"), ("iraqis", None), ("Kurds", None), ("Iraqi", None)])
def test_demonym_country(word: str, country: str | None) -> None:
    assert demonym_country(word) == country


def test_names_group_needs_a_named_alias() -> None:
    assert names_group("Hayat Tahrir al-Sham fighters")
    assert not names_group("jihadists")


def test_target_cues_are_lower_case_sets() -> None:
    cues = target_cues()
    assert "positions" in cues.holdings and "backed" in cues.backing and "together with" in cues.alongside
    assert "armed" not in cues.backing  # "lightly-armed" names no backer
