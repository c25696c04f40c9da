"""Violence by a crowd or party followers: ACLED Riots (Mob violence), not a battle or an armed attack.

ACLED codes Battles between organised armed groups and Violence against civilians by them; party
"thugs", supporters, youths or a mob attacking people are rioters (Riots: Mob violence), even at a
rally, whose crowd was attacked rather than demonstrating peacefully.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from frontlines.data import read_yaml
from frontlines.extract.actors import argument_heads


@lru_cache(maxsize=1)
def _mob_nouns() -> frozenset[str]:
    return frozenset(read_yaml("events", "triggers.yaml")["mob_agents"])


def by_mob(tok: Token) -> bool:
    """The action's agent is a crowd or a party's followers ("APC thugs attacked…", "a mob beat…"),
    not an armed group: a named militia ("Amotekun", "Fulani militia") is not in the list."""
    agents, _targets = argument_heads(tok)
    return bool(agents) and all(a.lemma_.lower() in _mob_nouns() or a.lower_ in _mob_nouns() for a in agents)
