"""Which side took a place: ACLED's territorial sub-types turn on who took it from whom.

"Government regains territory" when the state (or foreign forces retaking it from rebels for the
state they back) takes a place, "Non-state actor overtakes territory" when rebels, militias or a
foreign state's forces on their own account take it (ACLED Codebook 2023). The sentence's first
actor is a weak guess: in "Al-Shabaab was expelled from Bulo Burde by AU troops" it is the loser.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.extract.actors import argument_heads, initiator_kind, normalise_actor
from frontlines.extract.event_rules import first_actor_kind
from frontlines.extract.history_events import is_expulsion


def taker_kind(sent: SpacySpan, tok: Token, country: str | None) -> str | None:
    """The kind of side ("state", "nonstate"; None: unknown) that took the place `tok` tells of."""
    if _foreign_initiator(tok, country):
        # a foreign state's forces taking a place overtake it, unless they take it back from rebels
        # for the state they back (AU troops expelling al-Shabaab: the government regains it)
        return "state" if _from_non_state(tok, country) else "nonstate"
    return initiator_kind(sent, tok.i, country) or _agent_kind(tok) or _expelled_opponent_kind(tok) or first_actor_kind(sent.text)


def _foreign_initiator(tok: Token, country: str | None) -> bool:
    """The action's agent is another state's forces (ACLED inter 8, external forces)."""
    if country is None:
        return False  # whose territory it is needs the article's country
    agents, _targets = argument_heads(tok)
    actors = (normalise_actor(" ".join(w.text for w in a.subtree), country) for a in agents if a.pos_ != "PRON")
    return any(actor is not None and actor.inter == 8 for actor in actors)


def _agent_kind(tok: Token) -> str | None:
    """The kind of actor a passive's agent phrase names ("were expelled … by AU troops"): the text's
    first actor would be the side that lost the place."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    return None if agent is None else first_actor_kind(_phrase_text(agent))


def _expelled_opponent_kind(tok: Token) -> str | None:
    """In "Al-Shabaab was driven out of Mogadishu", with no one named who drove them, the place went to
    the other kind of side than the one expelled (the text's first actor is the loser)."""
    if not is_expulsion(tok) or any(c.dep_ in {"nsubj", "agent"} for c in tok.children):
        return None
    expelled = next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    kind = None if expelled is None else first_actor_kind(_phrase_text(expelled))
    return {"state": "nonstate", "nonstate": "state"}.get(kind or "")


def _phrase_text(head: Token) -> str:
    """The text of a token's whole phrase as written ("Al-Shabaab fighters", not "Al - Shabaab fighters")."""
    return head.doc[head.left_edge.i : head.right_edge.i + 1].text


def _from_non_state(tok: Token, country: str | None) -> bool:
    """The side the place was taken from is a non-state armed group (ACLED inter 2-4)."""
    inters = target_inters(tok, country)
    return bool(inters) and inters <= {2, 3, 4}


def target_inters(tok: Token, country: str | None) -> set[int]:
    """ACLED inter codes of the actors the trigger acts on (7: civilians)."""
    _agents, targets = argument_heads(tok)
    actors = (normalise_actor(t.text if t.pos_ != "PRON" else "", country) for t in targets)
    return {actor.inter for actor in actors if actor is not None}
