"""Scoring functions shared by every evaluation task."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from frontlines.distance import EARTH_RADIUS_KM, haversine_km  # noqa: F401  (scoring uses them; re-exported)


@dataclass(frozen=True)
class Metric:
    task: str
    metric: str
    value: float
    n: int

    def as_dict(self) -> dict[str, object]:
        return {"task": self.task, "metric": self.metric, "value": self.value, "n": self.n}


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def prf(tp: int, fp: int, fn: int) -> PRF:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, tp, fp, fn)


def per_class_prf(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[Hashable, PRF]:
    """P/R/F1 for every class seen in gold or predictions."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    classes = set(gold) | set(pred)
    return {c: prf(tp[c], fp[c], fn[c]) for c in classes}


def macro_f1(gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable] | None = None) -> float:
    """Mean F1 over `labels` (default: the classes present in gold), as in scikit-learn's macro average over gold labels."""
    scores = per_class_prf(gold, pred)
    classes = list(labels) if labels is not None else sorted(set(gold), key=str)
    if not classes:
        return 0.0
    return sum(scores[c].f1 if c in scores else 0.0 for c in classes) / len(classes)


def accuracy(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    if not gold:
        return 0.0
    return sum(g == p for g, p in zip(gold, pred)) / len(gold)


def span_prf(gold: Iterable[tuple[int, int]], pred: Iterable[tuple[int, int]], *, exact: bool = True) -> PRF:
    """Span matching: exact offsets, or any overlap when `exact` is False (each span matched once)."""
    gold_list = sorted(set(gold))
    pred_list = sorted(set(pred))
    if exact:
        tp = len(set(gold_list) & set(pred_list))
        return prf(tp, len(pred_list) - tp, len(gold_list) - tp)
    used: set[int] = set()
    tp = 0
    for ps, pe in pred_list:
        for i, (gs, ge) in enumerate(gold_list):
            if i not in used and ps < ge and gs < pe:
                used.add(i)
                tp += 1
                break
    return prf(tp, len(pred_list) - tp, len(gold_list) - tp)


def accuracy_at_km(errors_km: Sequence[float], km: float) -> float:
    if not errors_km:
        return 0.0
    return sum(e <= km for e in errors_km) / len(errors_km)


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def median(values: Sequence[float]) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def prf_metrics(task: str, name: str, scores: PRF, n: int) -> list[Metric]:
    """The three rows `<name> P`, `<name> R`, `<name> F1`, so every task reports P/R/F1 the same way."""
    return [
        Metric(task, f"{name} P", scores.precision, n),
        Metric(task, f"{name} R", scores.recall, n),
        Metric(task, f"{name} F1", scores.f1, n),
    ]


def per_class_metrics(task: str, gold: Sequence[Hashable], pred: Sequence[Hashable], *, prefix: str = "") -> list[Metric]:
    """P/R/F1 rows for every gold class (n = the class's gold support), sorted by class name."""
    scores = per_class_prf(gold, pred)
    support = Counter(gold)
    rows: list[Metric] = []
    for cls in sorted(support, key=str):
        rows.extend(prf_metrics(task, f"{prefix}{cls}", scores[cls], support[cls]))
    return rows
