"""Which tokens fill the initiator and target roles of a trigger (before any actor naming)."""

from __future__ import annotations

import pytest

from frontlines.extract.actor_arguments import argument_heads
from frontlines.nlp import parse


def _heads(text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = parse(text)
    tok = next(t for t in doc if t.text == trigger)
    agents, targets = argument_heads(tok)
    return [t.text for t in agents], [t.text for t in targets]


@pytest.mark.parametrize(
    ("text", "trigger", "agents", "targets"),
    [
        ("Five farmers were killed by regime forces.", "killed", ["forces"], ["farmers"]),
        ("Regime forces were engaged in heavy fighting with rebels.", "engaged", ["forces"], ["rebels"]),
        ("Iran threatened to shell Iraqi positions.", "threatened", ["Iran"], ["positions"]),
        ("Syria deployed its troops to the border.", "deployed", ["Syria"], ["border"]),
        # the speaker of a reaction is no party to the event it condemns (issue #5)
        ("They condemned the shelling of Juba.", "shelling", [], ["Juba"]),
        ("They condemned the shelling of Juba by rebels.", "shelling", ["rebels"], ["Juba"]),
        ("They welcomed the surrender of opposition forces.", "surrender", ["forces"], []),
    ],
)
def test_argument_heads(text: str, trigger: str, agents: list[str], targets: list[str]) -> None:
    assert _heads(text, trigger) == (agents, targets)
