"""Measure the event-type model (frontlines/extract/event_model.py) beside the typing rules.

The model is trained only on the project's own sentences (frontlines/data/events/examples.yaml),
so every CASE 2021 row is unseen by it. Prints (1) 5-fold cross-validation on the examples,
which is where the catch-all override threshold is chosen, and (2) CASE scores for rules
alone, model alone and the shipped combination, on all rows, the odd-id rows (which the rules
were tuned on) and the even-id rows (held out).

    python scripts/train_event_model.py --data ../shared/data
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from frontlines.eval.metrics import macro_f1
from frontlines.eval.tasks import case2021
from frontlines.extract import event_model
from frontlines.extract.event_rules import match_text, taxonomy
from frontlines.extract.events import CATCH_ALL_RULES


def _combine(matches: list, probs: np.ndarray, classes: list[str], threshold: float) -> list[str]:
    out = []
    for match, row in zip(matches, probs):
        top = classes[int(row.argmax())]
        if match is None or (match.rule_id in CATCH_ALL_RULES and row.max() > threshold):
            out.append(top)
        else:
            out.append(match.label if match.is_acled else case2021.NOT_ACLED)
    return out


def cross_validate(folds: int = 5) -> None:
    pairs = event_model.examples()
    texts = [t for t, _ in pairs]
    gold = np.array([label for _, label in pairs])
    emb = event_model.embed(texts)
    classes = sorted(set(gold))
    probs = np.zeros((len(texts), len(classes)))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(emb, gold):
        model = LogisticRegression(max_iter=3000, C=event_model.C, class_weight="balanced").fit(emb[train], gold[train])
        probs[np.ix_(test, [classes.index(c) for c in model.classes_])] = model.predict_proba(emb[test])
    scored = sorted(set(gold) - {case2021.NOT_ACLED})
    model_only = [classes[int(i)] for i in probs.argmax(1)]
    print(f"examples cv{folds}: model sub_event_type_macro_f1={macro_f1(list(gold), model_only, scored):.3f} n={len(texts)}")
    matches = [match_text(t) for t in texts]
    for threshold in (0.2, 0.3, 0.4, 0.5, 1.01):
        combined = _combine(matches, probs, classes, threshold)
        print(f"  rules+model, catch-all override above {threshold}: {macro_f1(list(gold), combined, scored):.3f}")


def case_scores(data: Path, threshold: float) -> None:
    rows = case2021.load_rows(data)
    weights = event_model._classifier()
    probs = weights.predict_proba(event_model.embed([r["text"] for r in rows]))
    classes = [str(c) for c in weights.classes]
    matches = [match_text(r["text"]) for r in rows]
    systems = {
        "rules": [(m.label if m.is_acled else case2021.NOT_ACLED) if m else case2021.NOT_ACLED for m in matches],
        "model": [classes[int(i)] for i in probs.argmax(1)],
        "rules+model": _combine(matches, probs, classes, threshold),
    }

    def label(x: str) -> tuple[str, str]:
        return (taxonomy()[x]["event_type"], x) if x in taxonomy() else (case2021.NOT_ACLED, case2021.NOT_ACLED)

    for name, pred in systems.items():
        parts = []
        for tag, keep in (("all", lambda i: True), ("odd", lambda i: i % 2 == 1), ("even/held-out", lambda i: i % 2 == 0)):
            idx = [k for k, r in enumerate(rows) if keep(int(r["id"]))]
            metrics = {m.metric: m.value for m in case2021.score([rows[k] for k in idx], [label(pred[k]) for k in idx], suffix="_x")}
            parts.append(
                f"{tag}: event={metrics['event_type_macro_f1_x']:.3f} sub={metrics['sub_event_type_macro_f1_x']:.3f} "
                f"not_acled={metrics['not_acled_f1_x']:.3f}"
            )
        print(f"CASE {name:12s} " + " | ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    cross_validate()
    case_scores(args.data, args.threshold)


if __name__ == "__main__":
    main()
