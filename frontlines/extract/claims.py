"""Claims of responsibility: the group that claims an attack is its actor1.

Wire reports tell an attack by "gunmen" or "a suicide bomber" and, a sentence or two later, that
a group "claimed responsibility". The ACLED Codebook codes the claimant as the perpetrator, so
an attack the report leaves to an unidentified armed group (or to no one) takes it. The claim
sentence itself is no event (the typing rules call it an attribution); a claim that opens the
report names the attack whose toll the next sentence gives. Patterns and reach are in
frontlines/data/events/claims.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from frontlines.data import read_yaml
from frontlines.extract.actors import find_actors
from frontlines.extract.collapse import toll_words
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
        "ahead": int(data["sentences_ahead"]),
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
    """Give each claim's actor to the unattributed attacks it reaches (`_claimed`); returns the events changed."""
    if not claims:
        return []
    starts = [s.start_char for s in doc.sents]
    changed: list[Event] = []
    for claim in claims:
        for event in _claimed(events, starts, claim.sentence_index):
            event.actor1, event.inter1 = claim.claimant.name, claim.claimant.inter
            event.evidence.append(Evidence("actor1", claim.sentence, claim.claimant.span, note="claimed responsibility"))
            if event not in changed:
                changed.append(event)
    return changed


def _claimed(events: list[Event], starts: list[int], claim_index: int) -> list[Event]:
    """The open attacks of the nearest earlier sentence in reach, and of the sentences before it while
    those are only the attack's toll ("A bomb exploded… At least 18 were killed. X claimed it");
    with no violent event before the claim, those of the sentence just after it ("X claimed a
    bombing in Maiduguri. At least 18 people were killed": the claim told the attack)."""
    cues = _cues()
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(_sentence_of(event, starts), []).append(event)
    reach = range(claim_index - cues["back"], claim_index + 1)
    told = [i for i in reach if any(map(_open_attack, by_sentence.get(i, [])))]
    if not told:
        if any(e.event_type in VIOLENT_TYPES for i in reach for e in by_sentence.get(i, [])):
            return []  # the claim is about an attack whose author the report already named
        told = [i for i in range(claim_index + 1, claim_index + 1 + cues["ahead"]) if any(map(_open_attack, by_sentence.get(i, [])))][:1]
    claimed: list[Event] = []
    for index in reversed(told):
        attacks = [e for e in by_sentence[index] if _open_attack(e)]
        claimed += attacks
        if not all(_only_toll(e) for e in attacks):
            break
    return claimed


def _only_toll(event: Event) -> bool:
    """A casualty sentence naming no one who did it ("At least 18 people were killed")."""
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if trigger is None or trigger.span is None:
        return False
    own_agent = any(e.field == "actor1" and e.span is not None and e.sentence == trigger.sentence for e in event.evidence)
    return not own_agent and trigger.span.text.lower() in toll_words()


def _open_attack(event: Event) -> bool:
    return event.event_type in VIOLENT_TYPES and (not event.actor1 or event.actor1.startswith(UNIDENTIFIED))


def _sentence_of(event: Event, starts: list[int]) -> int:
    """Index of the sentence holding the event's trigger (its first evidence span)."""
    span = next((e.span for e in event.evidence if e.field == "event_type" and e.span is not None), None)
    if span is None:
        return -1
    return max(i for i, start in enumerate(starts) if start <= span.start) if starts and span.start >= starts[0] else -1
