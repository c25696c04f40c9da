"""Counts an analyst can trust: fatalities (and civilian fatalities), captured, injured, arrested, abducted.

Vague numbers follow ACLED's conventions as listed, with sources, in
frontlines/data/numbers/vague_quantities.csv ("dozens" -> 12, "over seven" -> 7, ranges -> the
lower bound). Running totals ("98 tortured to death since 2018") are never the count of the
reported event: they are returned only under `cumulative_<field>` keys of `CountResult.spans`.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.errors import InputError
from frontlines.extract.date_expressions import find_expressions
from frontlines.extract.number_links import LinkedCount, link_counts
from frontlines.extract.number_mentions import parse_whole
from frontlines.extract.types import CountResult
from frontlines.model import Counts, Span

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
FIELDS = ("fatalities", "injured", "captured", "arrested", "abducted")


def parse_quantity(text: str) -> int | None:
    """'at least 98' -> 98, 'dozens' -> 12, 'twenty-five' -> 25, '10-15' -> 10; None if `text` is not a quantity."""
    if not isinstance(text, str):
        raise InputError(f"quantity must be text, got {text!r}")
    return parse_whole(text)


def _covering(sent: SpacySpan, links: list[LinkedCount]) -> Span:
    start = min(link.span.start for link in links)
    end = max(link.span.end for link in links)
    return Span(start, end, sent.doc.text[start:end])


def _clause_head(tok: Token) -> Token:
    """The nearest verb (self or ancestor) with its own subject: one clause = one reported action."""
    cur = tok
    while True:
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in cur.children):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head


def _coordinated(a: Token, b: Token) -> bool:
    return a.i == b.i or any(c.i == b.i for c in a.conjuncts)


def _for_trigger(sent: SpacySpan, links: list[LinkedCount], trigger_token: int | None) -> list[LinkedCount]:
    """With two events in one sentence ("... killed 3, while rebels attacked X, killing 5"), keep the
    counts of the trigger's clause and the clauses coordinated with it; if none, keep all."""
    if trigger_token is None or not (sent.start <= trigger_token < sent.end) or not links:
        return links
    doc = sent.doc
    home = _clause_head(doc[trigger_token])
    near = [x for x in links if _coordinated(_clause_head(doc[x.event_token]), home)]
    return near or links


def extract_counts(sent: SpacySpan, trigger_token: int | None = None) -> CountResult:
    """The counts of the event in `sent` (the one at `trigger_token` when given); spans are document offsets."""
    skip = [(sent.start_char + f.start, sent.start_char + f.end) for f in find_expressions(sent.text)]
    links = _for_trigger(sent, link_counts(sent, skip), trigger_token)
    counts = Counts()
    spans: dict[str, Span] = {}
    for field in FIELDS:
        current = [x for x in links if x.field == field and not x.cumulative and not x.subset]
        if current:
            setattr(counts, field, sum(x.value for x in current))
            spans[field] = _covering(sent, current)
        cumulative = [x for x in links if x.field == field and x.cumulative]
        if cumulative:
            spans[f"cumulative_{field}"] = _covering(sent, cumulative)
    civilians = [x for x in links if x.field == "fatalities" and x.group == "civilian" and not x.cumulative]
    whole = [x for x in civilians if not x.subset] or civilians
    if whole:
        counts.civilian_fatalities = sum(x.value for x in whole)
        spans["civilian_fatalities"] = _covering(sent, whole)
        if counts.fatalities is None:
            counts.fatalities = counts.civilian_fatalities
            spans["fatalities"] = spans["civilian_fatalities"]
    return CountResult(counts=counts, spans=spans)
