"""Counts an analyst can trust: fatalities (and civilian fatalities), captured, injured, arrested, abducted.

Vague numbers follow ACLED's conventions as listed, with sources, in
frontlines/data/numbers/vague_quantities.csv ("dozens" -> 12, "over seven" -> 7, ranges -> the
lower bound). Running totals ("98 tortured to death since 2018") are never the count of the
reported event: they are returned only under `cumulative_<field>` keys of `CountResult.spans`.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from frontlines.errors import InputError
from frontlines.extract.date_expressions import find_expressions
from frontlines.extract.number_links import LinkedCount, link_counts
from frontlines.extract.number_mentions import parse_whole
from frontlines.extract.types import CountResult
from frontlines.model import Counts, Span

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


def _tree_distance(sent: SpacySpan, a: int, b: int) -> int:
    doc = sent.doc
    path = {t.i: n for n, t in enumerate([doc[a], *doc[a].ancestors])}
    for n, t in enumerate([doc[b], *doc[b].ancestors]):
        if t.i in path:
            return path[t.i] + n
    return 99


def _for_trigger(sent: SpacySpan, links: list[LinkedCount], trigger_token: int | None) -> list[LinkedCount]:
    """With two separate events in one sentence, keep the counts nearer the trigger's clause."""
    if trigger_token is None or not (sent.start <= trigger_token < sent.end) or not links:
        return links
    root = sent.root.i
    near = [x for x in links if _tree_distance(sent, x.event_token, trigger_token) <= _tree_distance(sent, x.event_token, root) + 2]
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
