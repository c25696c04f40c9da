"""Cross-validated comparison: TF-IDF + logistic regression vs the typing rules on CASE 2021.

Nothing is shipped: CASE 2021 has no stated licence, so the pipeline uses the rules only.
This script measures whether a trained model (alone, or as a fallback when no rule fires)
would beat them, with stratified k-fold CV so no row is scored by a model fitted on it.

    python scripts/train_event_model.py --data ../shared/data --folds 5
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline

from frontlines.eval.metrics import macro_f1
from frontlines.eval.tasks import case2021
from frontlines.extract.event_rules import match_text, taxonomy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    rows = case2021.load_rows(args.data)
    texts = [r["text"] for r in rows]
    gold = [case2021._gold(r)[1] for r in rows]
    rule_pred = []
    for t in texts:
        m = match_text(t)
        rule_pred.append(m.label if m and m.is_acled else (case2021.NOT_ACLED if m else None))
    model_pred = [""] * len(rows)
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    strat = [g if gold.count(g) >= args.folds else "rare" for g in gold]
    for train, test in folds.split(texts, strat):
        model = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True),
            LogisticRegression(max_iter=2000, C=10, class_weight="balanced"),
        )
        model.fit([texts[i] for i in train], [gold[i] for i in train])
        for i, p in zip(test, model.predict([texts[i] for i in test])):
            model_pred[i] = p
    classes = sorted(set(gold) - {case2021.NOT_ACLED})
    rules_only = [p or case2021.NOT_ACLED for p in rule_pred]
    hybrid = [p if p is not None else m for p, m in zip(rule_pred, model_pred)]

    def event_types(labels: list[str]) -> list[str]:
        return [taxonomy()[x]["event_type"] if x in taxonomy() else x for x in labels]

    etypes = sorted(set(event_types(gold)) - {case2021.NOT_ACLED})
    for name, pred in (("rules", rules_only), (f"tfidf_lr_cv{args.folds}", model_pred), (f"rules+tfidf_lr_fallback_cv{args.folds}", hybrid)):
        sub = macro_f1(gold, pred, classes)
        evt = macro_f1(event_types(gold), event_types(pred), etypes)
        print(f"{name:32s} event_type_macro_f1={evt:.3f} sub_event_type_macro_f1={sub:.3f} n={len(rows)}")


if __name__ == "__main__":
    main()
