"""Duplicate-report merging on article pairs the project wrote (tests/fixtures/merge/pairs.yaml).

Each pair is either one event told by two outlets in different words, numbers and date
phrasing, or a near miss (same place another day, nearby town, same place but another
kind of event, other actors). Two scores:
- `gold_*`: the merge rules on the hand-coded main event of each article (rules alone);
- `e2e_*`: the real pipeline extracts both articles, then `merge_events` runs; a pair is
  predicted "same" when any merged event has sources from both articles.
n is small (20 pairs: 12 same, 8 near misses), so one pair moves a score by 5-8 points.
The fixtures are ours, hence DATASETS = []; the rules were fixed before the pairs were written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric, prf
from frontlines.merge import cluster_events
from frontlines.merge.rules import same_event
from frontlines.model import Document, Event, GeoPrecision, TimePrecision

NAME = "merge_pairs"
DATASETS: list[str] = []
PAIRS_FILE = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "merge" / "pairs.yaml"


def load_pairs(path: Path = PAIRS_FILE) -> list[dict[str, Any]]:
    if not path.exists():
        raise InputError("merge pair fixtures not found (run from a source checkout)", source=str(path))
    return yaml.safe_load(path.read_text("utf-8"))["pairs"]


def gold_event(side: dict[str, Any], document_id: str) -> Event:
    g = dict(side["gold"])
    return Event(
        event_id=f"{document_id}-gold",
        document_id=document_id,
        event_type=g["event_type"],
        sub_event_type=g["sub_event_type"],
        event_date=date.fromisoformat(str(g["event_date"])),
        time_precision=TimePrecision(int(g["time_precision"])),
        actor1=g.get("actor1") or "",
        actor2=g.get("actor2") or "",
        location=g["location"],
        admin1=g["admin1"],
        country=g["country"],
        latitude=float(g["latitude"]),
        longitude=float(g["longitude"]),
        geo_precision=GeoPrecision(int(g["geo_precision"])),
        fatalities=int(g.get("fatalities") or 0),
        source=side["outlet"],
    )


def _document(side: dict[str, Any], doc_id: str) -> Document:
    return Document(
        id=doc_id,
        text=side["text"],
        source=side["outlet"],
        published=date.fromisoformat(str(side["published"])),
    )


def _score(prefix: str, gold: list[bool], pred: list[bool]) -> list[Metric]:
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    s = prf(tp, fp, fn)
    n = len(gold)
    return [
        Metric(NAME, f"{prefix}_precision", s.precision, n),
        Metric(NAME, f"{prefix}_recall", s.recall, n),
        Metric(NAME, f"{prefix}_f1", s.f1, n),
    ]


def merged_across(events_a: list[Event], events_b: list[Event]) -> bool:
    """Did merging put an event of document A and one of document B in the same cluster?"""
    for cluster in cluster_events([*events_a, *events_b]):
        docs = {ev.document_id for ev in cluster}
        if len(docs) > 1:
            return True
    return False


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    pairs = load_pairs()[:limit] if limit else load_pairs()
    gold = [bool(p["same"]) for p in pairs]
    rules_pred = [same_event(gold_event(p["a"], f"{p['id']}-a"), gold_event(p["b"], f"{p['id']}-b")) for p in pairs]
    metrics = _score("gold", gold, rules_pred)

    from frontlines.pipeline import extract_document

    e2e_pred = []
    for p in pairs:
        found = []
        for side in ("a", "b"):
            doc = _document(p[side], f"{p['id']}-{side}")
            found.append([ev for ev in extract_document(doc) if ev.reported_as == "new"])
        e2e_pred.append(merged_across(found[0], found[1]))
    metrics += _score("e2e", gold, e2e_pred)
    return metrics
