"""The ACLED typing rules (frontlines/data/events/*.yaml) compiled once and applied to text.

Both the snippet classifier and the sentence-level detector type events with the
same ordered rules, so the CASE evaluation measures the rules the pipeline uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontlines.data import read_yaml
from frontlines.errors import FrontlinesError
from frontlines.extract.types import EventLabel

NOT_ACLED_PREFIX = "NOT_ACLED:"
# The event types of organised political violence: the ones an attack, a toll, a claim or a
# destruction folds into, and that no crowd, flight or statement retypes.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass(frozen=True)
class Rule:
    id: str
    label: str  # ACLED sub-event type or "NOT_ACLED:<reason>"
    any: tuple[re.Pattern[str], ...]
    also: tuple[re.Pattern[str], ...]
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]
    actor_first: str | None  # "state" | "nonstate" | None


@dataclass(frozen=True)
class RuleMatch:
    rule_id: str
    label: str
    start: int  # character offset of the matched cue in the text
    end: int

    @property
    def is_acled(self) -> bool:
        return not self.label.startswith(NOT_ACLED_PREFIX)


def _load_yaml(name: str) -> dict[str, Any]:
    return read_yaml("events", name)


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict[str, str]]:
    """sub_event_type -> {event_type, disorder_type, case_label}."""
    return _load_yaml("taxonomy.yaml")["sub_event_types"]


@lru_cache(maxsize=1)
def not_acled_case_labels() -> tuple[str, ...]:
    return tuple(_load_yaml("taxonomy.yaml")["not_acled_case_labels"])


def event_label(sub_event_type: str, score: float = 1.0) -> EventLabel:
    entry = taxonomy().get(sub_event_type)
    if entry is None:
        raise FrontlinesError(f"unknown ACLED sub-event type {sub_event_type!r}", source="taxonomy.yaml")
    return EventLabel(entry["event_type"], sub_event_type, entry["disorder_type"], score)


@lru_cache(maxsize=1)
def _vocab() -> dict[str, re.Pattern[str]]:
    raw = _load_yaml("text_rules.yaml")["vocab"]
    return {name: re.compile(_expand(pattern, {}), re.IGNORECASE) for name, pattern in raw.items()}


def _expand(pattern: str, vocab_src: dict[str, str]) -> str:
    """Fill {state}/{nonstate}/{protest} from the vocab and {demonym} from the actor dictionary."""
    for name, src in vocab_src.items():
        pattern = pattern.replace("{" + name + "}", src)
    if "{demonym}" in pattern:
        pattern = pattern.replace("{demonym}", _demonym_alternation())
    return pattern


@lru_cache(maxsize=1)
def _demonym_alternation() -> str:
    from frontlines.extract.actor_dictionary import country_words

    names = []
    for pattern, _country in country_words():
        core = pattern.pattern[len(r"(?<![\w.])") : -len(r"(?![\w-])")]
        names.append(core)
    return "|".join(sorted(set(names), key=len, reverse=True))


def _compile(patterns: list[str] | None, vocab_src: dict[str, str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_expand(pattern, vocab_src), re.IGNORECASE) for pattern in patterns or [])


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    data = _load_yaml("text_rules.yaml")
    vocab_src = data["vocab"]
    known = set(taxonomy())
    out = []
    for raw in data["rules"]:
        label = raw["label"]
        if not label.startswith(NOT_ACLED_PREFIX) and label not in known:
            raise FrontlinesError(f"rule {raw['id']} has unknown label {label!r}", source="text_rules.yaml")
        out.append(
            Rule(
                id=raw["id"],
                label=label,
                any=_compile(raw.get("any"), vocab_src),
                also=_compile(raw.get("also"), vocab_src),
                all=_compile(raw.get("all"), vocab_src),
                none=_compile(raw.get("none"), vocab_src),
                actor_first=raw.get("actor_first"),
            )
        )
    return tuple(out)


def mentions_protest(text: str) -> bool:
    """True when the text has a protest word (text_rules.yaml vocab `protest`): a crowd that protested."""
    return _vocab()["protest"].search(text) is not None


def first_actor_kind(text: str, before: int | None = None) -> str | None:
    """Which kind of actor the text names first ("state"/"nonstate"): usually the initiator."""
    limit = len(text) if before is None else before
    hits = []
    for kind in ("state", "nonstate"):
        m = _vocab()[kind].search(text, 0, limit)
        if m:
            hits.append((m.start(), kind))
    if not hits and before is not None:
        return first_actor_kind(text)
    return min(hits)[1] if hits else None


def match_text(
    text: str, *, initiator: str | None = None, only: frozenset[str] | None = None
) -> RuleMatch | None:
    """First rule matching `text` (among `only` rule ids if given); `initiator` overrides the textual actor guess."""
    for rule in rules():
        if only is not None and rule.id not in only:
            continue
        hit = None
        for pattern in rule.any:
            hit = pattern.search(text)
            if hit:
                break
        if hit is None:
            continue
        if rule.also and not any(p.search(text) for p in rule.also):
            continue
        if not all(p.search(text) for p in rule.all):
            continue
        if any(p.search(text) for p in rule.none):
            continue
        if rule.actor_first:
            kind = initiator or first_actor_kind(text, before=hit.start())
            if kind != rule.actor_first:
                continue
        return RuleMatch(rule.id, rule.label, hit.start(), hit.end())
    return None
