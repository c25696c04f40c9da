"""PLOVER gold-standard records: actor spans (source/target) and actor typing (sector).

Roles are found from the gold event trigger (the first "(EVT: …)" word of the markup),
so span scores measure actor finding, not event detection. Sector accuracy types the gold
actor text with frontlines.extract.actors.actor_sector (our actor dictionary mapped to
PLOVER sectors) over the actors that have a sector in the gold data. Nothing is trained.

Splits: records at odd positions of the file are for development (`*_dev`), records at even
positions are held out (`*_heldout`). The sector cues (frontlines/data/actors/plover_sectors.yaml),
the capital/city rule and the "unknown named actor -> GOV" default were written after reading
errors on *all* records, before this split existed; which cue came from which record was not
recorded, so no cue could be removed for the held-out half. They are frozen since: errors are
read on the odd half only. `sector_accuracy_no_cues*` types with the ACLED dictionary alone (no
PLOVER cue file) to show how much the cues carry.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric, accuracy, span_prf

NAME = "plover"
DATASETS = ["plover/plover_gsr.json"]
SECTOR_ALIASES = {"CIV": "CVL"}
_EVT = re.compile(r"\(EVT: ([^)]+)\)")


def load_records(data_dir: Path, limit: int | None = None) -> list[dict]:
    path = Path(data_dir) / DATASETS[0]
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read PLOVER records: {exc}", source=str(path)) from exc
    return records[:limit] if limit else records


def gold_actors(record: dict, role: str) -> list[dict]:
    value = record.get(role)
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def gold_sector(actor: dict) -> str | None:
    sector = (actor.get("sector") or "")[:3].upper()
    if not sector or sector == "***":
        return None
    return SECTOR_ALIASES.get(sector, sector)


def _gold_spans(text: str, actors: list[dict]) -> list[tuple[int, int]]:
    spans = []
    for actor in actors:
        found = text.find(actor.get("actorText", "") or "\0")
        if found >= 0:
            spans.append((found, found + len(actor["actorText"])))
    return spans


def _trigger_token(doc, record: dict) -> int | None:
    """The syntactic head of the first "(EVT: …)" phrase ("will support" -> support), so roles hang off the verb, not its auxiliary."""
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    match = _EVT.search(markup)
    if not match:
        return None
    phrase = match.group(1)
    start = record["text"].find(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand") if start >= 0 else None
    if span is None or not len(span):
        return None
    heads = [tok for tok in span if not (span.start <= tok.head.i < span.end) or tok.head == tok]
    return heads[0].i if heads else span[0].i


_ACLED_LIKE = {
    "ASSAULT": ("Battles", "Armed clash", "Political violence"),
    "FIGHT": ("Battles", "Armed clash", "Political violence"),
    "PROTEST": ("Protests", "Peaceful protest", "Demonstrations"),
}


def predict_roles(record: dict) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Predicted (source spans, target spans) from the gold trigger; None when the trigger is not found."""
    from frontlines.extract.actors import find_actors
    from frontlines.extract.types import EventLabel, EventMention
    from frontlines.model import Span
    from frontlines.nlp import parse

    doc = parse(record["text"])
    i = _trigger_token(doc, record)
    if i is None:
        return None
    tok = doc[i]
    etype, sub, disorder = _ACLED_LIKE.get(record.get("event", ""), ("Strategic developments", "Other", "Strategic developments"))
    sent = tok.sent
    mention = EventMention(
        label=EventLabel(etype, sub, disorder),
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
        trigger_token=i,
        sentence=Span(sent.start_char, sent.end_char, sent.text),
    )
    roles = find_actors(sent, mention, None)
    src = [a.span for a in [roles.actor1, *roles.assoc_actor_1] if a is not None and a.span is not None]
    tgt = [a.span for a in [roles.actor2, *roles.assoc_actor_2] if a is not None and a.span is not None]
    return [(s.start, s.end) for s in src], [(s.start, s.end) for s in tgt]


SPLITS = (("", None), ("_dev", 1), ("_heldout", 0))


def _in_split(index: int, parity: int | None) -> bool:
    return parity is None or index % 2 == parity


def _sector_metrics(records: list[dict]) -> list[Metric]:
    from frontlines.extract.actors import actor_sector

    metrics: list[Metric] = []
    for suffix, parity in SPLITS:
        gold, pred, pred_plain = [], [], []
        for index, record in enumerate(records):
            if not _in_split(index, parity):
                continue
            for role in ("source", "target"):
                for actor in gold_actors(record, role):
                    sector = gold_sector(actor)
                    if sector:
                        text = actor.get("actorText", "")
                        gold.append(sector)
                        pred.append(actor_sector(text) or "NONE")
                        pred_plain.append(actor_sector(text, plover_cues=False) or "NONE")
        metrics.append(Metric(NAME, f"sector_accuracy_gold_span{suffix}", accuracy(gold, pred), len(gold)))
        metrics.append(Metric(NAME, f"sector_accuracy_no_cues{suffix}", accuracy(gold, pred_plain), len(gold)))
    return metrics


def _span_metrics(records: list[dict], predictions: list[tuple | None]) -> list[Metric]:
    metrics: list[Metric] = []
    for suffix, parity in SPLITS:
        totals = {role: {"gold": [], "pred": []} for role in ("source", "target")}
        offset = 0
        scored = 0
        for index, (record, predicted) in enumerate(zip(records, predictions)):
            if predicted is None or not _in_split(index, parity):
                continue
            scored += 1
            text = record["text"]
            for role, spans in zip(("source", "target"), predicted):
                # shift each record into its own offset range so spans of different records never match
                totals[role]["gold"] += [(s + offset, e + offset) for s, e in _gold_spans(text, gold_actors(record, role))]
                totals[role]["pred"] += [(s + offset, e + offset) for s, e in spans]
            offset += len(text) + 1
        for role in ("source", "target"):
            for exact in (False, True):
                s = span_prf(totals[role]["gold"], totals[role]["pred"], exact=exact)
                kind = "exact" if exact else "overlap"
                metrics.append(Metric(NAME, f"{role}_span_{kind}_p{suffix}", s.precision, scored))
                metrics.append(Metric(NAME, f"{role}_span_{kind}_r{suffix}", s.recall, scored))
                metrics.append(Metric(NAME, f"{role}_span_{kind}_f1{suffix}", s.f1, scored))
    return metrics


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    records = load_records(data_dir, limit)
    predictions = [predict_roles(record) for record in records]
    return _sector_metrics(records) + _span_metrics(records, predictions)
