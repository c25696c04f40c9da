"""How long before the sentence's main event a clause's event happened: "a week after gunmen killed 10".

"The attack comes a week after gunmen killed 10 people in a nearby village": the killing of 10 is
another, earlier event, told to place the news in a story. Its date is the main clause's date
minus the interval, and a gap of a week or more is recalled history (reported as background).
Interval units are in frontlines/data/dates/interval_units.yaml.
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache

from spacy.tokens import Token

from frontlines.data import read_yaml
from frontlines.extract.number_words import words_to_int


@lru_cache(maxsize=1)
def _units() -> dict[str, int]:
    return {str(k): int(v) for k, v in read_yaml("dates", "interval_units.yaml")["days"].items()}


def interval_clause(trigger: Token) -> Token | None:
    """The "<interval> after" clause holding `trigger` (its verb), or None."""
    for node in [trigger, *trigger.ancestors]:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in node.children):
            return node if _interval(node) is not None else None
        if node.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj", "prep", "conj", "compound", "amod", "nummod"} and node is not trigger:
            return None
    return None


def earlier_by(trigger: Token) -> timedelta | None:
    """How long before the main clause's event the trigger's clause happened ("two weeks after…": 14 days)."""
    clause = interval_clause(trigger)
    return None if clause is None else _interval(clause)


def _interval(clause: Token) -> timedelta | None:
    """ "a week", "two weeks", "10 days", "a month" as an npadvmod of the clause (or of its "after")."""
    mods = [c for c in clause.children if c.dep_ == "npadvmod"]
    mods += [g for c in clause.children if c.dep_ == "mark" for g in c.children if g.dep_ == "npadvmod"]
    for mod in mods:
        days = _units().get(mod.lemma_.lower()) or _units().get(mod.lower_)
        if days is None:
            continue
        count = next((c for c in mod.children if c.dep_ in {"nummod", "det"}), None)
        if count is None or count.lower_ in {"a", "an", "one"}:
            return timedelta(days=days)
        number = int(count.text) if count.text.isdigit() else words_to_int(count.text)
        if number is not None:
            return timedelta(days=days * number)
    return None
