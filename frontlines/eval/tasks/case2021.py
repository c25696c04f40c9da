"""CASE 2021 Task 2: ACLED event_type / sub_event_type classification of news snippets.

The typing rules were adjusted while looking at the odd-numbered rows only, so the
metrics are also reported for the even-numbered rows (`*_heldout`), which nobody
tuned on. Nothing is trained on CASE: `classify_text` combines the rules with a model
trained only on the project's own sentences (frontlines/data/events/examples.yaml; set
FRONTLINES_EVENT_MODEL=0 for rules alone). `classify_text` is scored on the whole snippet;
`*_detector*` metrics score the pipeline's path instead (parse, `detect_events` per
sentence, first non-background mention).
"""

from __future__ import annotations

import csv
from pathlib import Path

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric, accuracy, macro_f1, per_class_prf

NAME = "case2021"
DATASETS = ["case2021_task2/case2021_task2_dev.csv"]
NOT_ACLED = "NOT_ACLED"


def load_rows(data_dir: Path, limit: int | None = None) -> list[dict[str, str]]:
    path = Path(data_dir) / DATASETS[0]
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise InputError(f"cannot read CASE 2021 data: {exc.strerror}", source=str(path)) from exc
    return rows[:limit] if limit else rows


def predict(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) per row; NOT_ACLED when classify_text returns None."""
    from frontlines.extract.events import classify_text

    out = []
    for row in rows:
        label = classify_text(row["text"])
        out.append((label.event_type, label.sub_event_type) if label else (NOT_ACLED, NOT_ACLED))
    return out


def predict_with_detector(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The pipeline's path: parse, detect_events per sentence, first non-background mention."""
    from frontlines.extract.events import detect_events
    from frontlines.nlp import parse_many

    out = []
    for doc in parse_many([r["text"] for r in rows]):
        mentions = [m for s in doc.sents for m in detect_events(s) if not m.background]
        out.append((mentions[0].label.event_type, mentions[0].label.sub_event_type) if mentions else (NOT_ACLED, NOT_ACLED))
    return out


def _gold(row: dict[str, str]) -> tuple[str, str]:
    if row["in_acled_taxonomy"] == "1":
        return row["acled_event_type"], row["acled_sub_event_type"]
    return NOT_ACLED, NOT_ACLED


def score(rows: list[dict[str, str]], preds: list[tuple[str, str]], suffix: str = "") -> list[Metric]:
    n = len(rows)
    gold = [_gold(r) for r in rows]
    metrics: list[Metric] = []
    for level, idx in (("event_type", 0), ("sub_event_type", 1)):
        g = [x[idx] for x in gold]
        p = [x[idx] for x in preds]
        acled_classes = sorted({c for c in g if c != NOT_ACLED})
        metrics.append(Metric(NAME, f"{level}_accuracy{suffix}", accuracy(g, p), n))
        metrics.append(Metric(NAME, f"{level}_macro_f1{suffix}", macro_f1(g, p, acled_classes), n))
        if not suffix:
            for cls, s in sorted(per_class_prf(g, p).items(), key=lambda kv: str(kv[0])):
                if cls == NOT_ACLED and level == "sub_event_type":
                    continue
                support = sum(1 for x in g if x == cls)
                for name, value in (("p", s.precision), ("r", s.recall), ("f1", s.f1)):
                    metrics.append(Metric(NAME, f"{level}/{cls}/{name}", value, support))
    g = [x[0] == NOT_ACLED for x in gold]
    p = [x[0] == NOT_ACLED for x in preds]
    s = per_class_prf(g, p).get(True)
    metrics.append(Metric(NAME, f"not_acled_f1{suffix}", s.f1 if s else 0.0, sum(g)))
    return metrics


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    rows = load_rows(data_dir, limit)
    preds = predict(rows)
    metrics = score(rows, preds)
    held = [i for i, r in enumerate(rows) if int(r["id"]) % 2 == 0]
    metrics += score([rows[i] for i in held], [preds[i] for i in held], suffix="_heldout")
    detected = predict_with_detector(rows)
    metrics += [m for m in score(rows, detected, suffix="_detector") if "/" not in m.metric]
    metrics += score([rows[i] for i in held], [detected[i] for i in held], suffix="_detector_heldout")
    return metrics
