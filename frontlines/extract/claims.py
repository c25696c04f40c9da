"""Claims of responsibility: the group that claims an attack is its actor1.

Wire reports tell an attack by "gunmen" or "a suicide bomber" and, a sentence or two later, that
a group "claimed responsibility". The ACLED Codebook codes the claimant as the perpetrator, so
an attack the report leaves to an unidentified armed group (or to no one) takes it. The claim
sentence itself is no event (the typing rules call it an attribution). Patterns and reach are
in frontlines/data/events/claims.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from frontlines.data import read_yaml
from frontlines.extract.actors import find_actors
from frontlines.extract.event_rules import VIOLENT_TYPES, event_label
from frontlines.extract.types import Actor, EventMention
from frontlines.model import Event, Evidence, Span

UNIDENTIFIED = "Unidentified Armed Group"
CIVILIANS = 7


@dataclass(frozen=True)
class Claim:
    sentence_index: int
    claimant: Actor
    sentence: str


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = read_yaml("events", "claims.yaml")
    return {
        "claim": [re.compile(p, re.IGNORECASE) for p in data["claim_patterns"]],
        "no_claim": [re.compile(p, re.IGNORECASE) for p in data["no_claim_patterns"]],
        "verbs": frozenset(data["claim_verbs"]),
        "back": int(data["sentences_back"]),
    }


def find_claims(doc: Doc, country: str | None) -> list[Claim]:
    """Sentences in which a named actor claims an attack, with that actor."""
    cues = _cues()
    claims = []
    for index, sent in enumerate(doc.sents):
        text = sent.text
        if not any(p.search(text) for p in cues["claim"]) or any(p.search(text) for p in cues["no_claim"]):
            continue
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues["verbs"]:
                continue
            mention = EventMention(
                event_label("Other", 0.5),
                Span(verb.idx, verb.idx + len(verb.text), verb.text),
                verb.i,
                Span(sent.start_char, sent.end_char, text),
            )
            claimant = find_actors(sent, mention, country).actor1
            if claimant is not None and claimant.inter != CIVILIANS and not claimant.name.startswith(UNIDENTIFIED):
                claims.append(Claim(index, claimant, text))
                break
    return claims


def attribute_claims(events: list[Event], doc: Doc, claims: list[Claim]) -> list[Event]:
    """Give each claim's actor to the unattributed attacks it reaches back to; returns the events changed."""
    if not claims:
        return []
    starts = [s.start_char for s in doc.sents]
    changed: list[Event] = []
    for claim in claims:
        reach = [e for e in events if _open_attack(e) and claim.sentence_index - _cues()["back"] <= _sentence_of(e, starts) <= claim.sentence_index]
        if not reach:
            continue
        nearest = max(_sentence_of(e, starts) for e in reach)
        for event in (e for e in reach if _sentence_of(e, starts) == nearest):
            event.actor1, event.inter1 = claim.claimant.name, claim.claimant.inter
            event.evidence.append(Evidence("actor1", claim.sentence, claim.claimant.span, note="claimed responsibility"))
            if event not in changed:
                changed.append(event)
    return changed


def _open_attack(event: Event) -> bool:
    return event.event_type in VIOLENT_TYPES and (not event.actor1 or event.actor1.startswith(UNIDENTIFIED))


def _sentence_of(event: Event, starts: list[int]) -> int:
    """Index of the sentence holding the event's trigger (its first evidence span)."""
    span = next((e.span for e in event.evidence if e.field == "event_type" and e.span is not None), None)
    if span is None:
        return -1
    return max(i for i, start in enumerate(starts) if start <= span.start) if starts and span.start >= starts[0] else -1
