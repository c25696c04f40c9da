"""The CASE 2021 task's cross-validation: folds, fold models, and which metrics it reports."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from frontlines.eval.tasks import case2021
from frontlines.extract import event_model
from frontlines.extract.event_rules import event_label
from frontlines.extract.types import EventMention
from frontlines.model import Span

HEADER = ["id", "text", "case_label", "acled_event_type", "acled_sub_event_type", "in_acled_taxonomy"]
# Written for this test (not CASE text): five ACLED rows and five non-events.
ROWS = [
    ("1", "Gunmen detonated a bomb at the bus station in Kandu, killing three.", "REM_EXPLOS", "Explosions/Remote violence", "Remote explosive/landmine/IED", "1"),
    ("2", "A bomb planted under a bridge exploded as a patrol passed.", "REM_EXPLOS", "Explosions/Remote violence", "Remote explosive/landmine/IED", "1"),
    ("3", "Teachers marched peacefully through the capital to protest unpaid wages.", "PEACE_PROTEST", "Protests", "Peaceful protest", "1"),
    ("4", "Farmers staged a protest outside the ministry, demanding lower fuel prices.", "PEACE_PROTEST", "Protests", "Peaceful protest", "1"),
    ("5", "Students held a sit-in protest at the university gate.", "PEACE_PROTEST", "Protests", "Peaceful protest", "1"),
    ("6", "An earthquake of magnitude 6.1 struck the northern valley.", "NATURAL_DISASTER", "", "", "0"),
    ("7", "Floods after the earthquake displaced thousands of families.", "NATURAL_DISASTER", "", "", "0"),
    ("8", "The earthquake damaged roads and a hospital in the province.", "NATURAL_DISASTER", "", "", "0"),
    ("9", "Aftershocks of the earthquake were felt across the region.", "NATURAL_DISASTER", "", "", "0"),
    ("10", "Rescuers searched the rubble after the earthquake on Monday.", "NATURAL_DISASTER", "", "", "0"),
]
CUES = ["bomb", "protest", "earthquake"]


def _cue_vectors(texts: list[str]) -> np.ndarray:
    rows = np.array([[t.lower().count(c) for c in CUES] + [0.1] for t in texts], dtype="float32")
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.fixture
def rows() -> list[dict[str, str]]:
    return [dict(zip(HEADER, r)) for r in ROWS]


@pytest.fixture
def cue_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Instant stand-in embeddings; the default model is a fixture fit, so no real weights are loaded or cached."""
    monkeypatch.setattr(event_model, "embed", _cue_vectors)
    monkeypatch.setattr(event_model, "enabled", lambda: True)
    monkeypatch.setattr(event_model, "examples", lambda: [(r[1], r[4] or "NOT_ACLED") for r in ROWS])
    default = event_model.fit(_cue_vectors([r[1] for r in ROWS]), [r[4] or "NOT_ACLED" for r in ROWS], source="fixture")
    monkeypatch.setattr(event_model, "_default_weights", lambda: default)


def test_training_label_collapses_non_acled_types(rows: list[dict[str, str]]) -> None:
    assert [case2021.training_label(r) for r in rows[:3]] == ["Remote explosive/landmine/IED"] * 2 + ["Peaceful protest"]
    assert case2021.training_label(rows[5]) == "NOT_ACLED"


def test_folds_partition_the_rows_and_are_stratified(rows: list[dict[str, str]]) -> None:
    folds = case2021.cv_folds(rows)
    assert len(folds) == case2021.FOLDS
    assert sorted(i for f in folds for i in f) == list(range(len(rows)))
    assert folds == case2021.cv_folds(rows)  # fixed seed
    disasters = [i for i, r in enumerate(rows) if r["case_label"] == "NATURAL_DISASTER"]
    assert [len(set(f) & set(disasters)) for f in folds] == [1] * 5


def test_small_subsets_fall_back_to_unstratified_folds(rows: list[dict[str, str]]) -> None:
    mixed = rows[:2] + rows[2:4] + rows[5:9]  # no label has five rows
    folds = case2021.cv_folds(mixed)
    assert sorted(i for f in folds for i in f) == list(range(8))
    assert [len(f) for f in folds] == [2, 2, 2, 1, 1]


def test_fold_models_never_see_their_test_rows(rows: list[dict[str, str]], cue_model: None, monkeypatch: pytest.MonkeyPatch) -> None:
    folds = [[0, 2, 5], [1, 3, 4, 6, 7, 8, 9]]
    seen: list[tuple[str, list[str]]] = []  # (source, labels) of every fit, in order
    real_fit = event_model.fit

    def fit(x: np.ndarray, labels: list[str], **kw: object) -> event_model.Weights:
        seen.append((str(kw.get("source", "")), list(labels)))
        return real_fit(x, labels, **kw)

    monkeypatch.setattr(event_model, "fit", fit)
    weights = case2021.fold_weights(rows, folds)
    examples = [label for _, label in event_model.examples()]
    outer = [i for i, (source, _) in enumerate(seen) if source]
    assert seen[outer[0]][1] == examples + [case2021.training_label(rows[i]) for i in (1, 3, 4, 6, 7, 8, 9)]
    assert seen[outer[1]][1] == examples + [case2021.training_label(rows[i]) for i in (0, 2, 5)]
    assert weights[0].source.endswith("folds except 0")
    # the rule boost of fold 0 is chosen by inner fits on fold 0's training rows only
    inner = seen[outer[0] + 1 : outer[1]]
    assert len(inner) == case2021.FOLDS - 1
    assert all(len(labels) - len(examples) < 7 for _, labels in inner)
    assert all(b in event_model.RULE_BOOSTS for w in weights for b in w.rule_boosts.values())


def test_rule_boosts_rise_for_right_rules_and_drop_for_rules_that_overrule_a_right_model() -> None:
    classes = ["Peaceful protest", "Violent demonstration", "NOT_ACLED"]
    rows = [
        {"id": "2", "in_acled_taxonomy": "1", "acled_event_type": "Riots", "acled_sub_event_type": "Violent demonstration"},
        {"id": "4", "in_acled_taxonomy": "1", "acled_event_type": "Riots", "acled_sub_event_type": "Violent demonstration"},
        {"id": "6", "in_acled_taxonomy": "1", "acled_event_type": "Protests", "acled_sub_event_type": "Peaceful protest"},
    ]
    probs = np.array([[0.5, 0.4, 0.1], [0.3, 0.6, 0.1], [0.6, 0.3, 0.1]])
    # the riot rule settles row 1's close call; the protest rule is wrong on row 2, where the model is right
    rules = ["Violent demonstration", "Peaceful protest", "Peaceful protest"]
    boosts = case2021.best_rule_boosts(rows, probs, classes, rules)
    assert boosts == {"Protests": 1.0, "Riots": max(event_model.RULE_BOOSTS)}


def test_event_type_f1_is_per_gold_type_and_counts_non_events_as_a_type(rows: list[dict[str, str]]) -> None:
    bomb, protest, none = ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Protests", "Peaceful protest"), ("NOT_ACLED", "NOT_ACLED")
    # one protest typed as a bombing, one earthquake typed as a protest
    preds = [bomb, bomb, bomb, protest, protest, protest, none, none, none, none]
    assert case2021.event_type_f1(rows, preds) == {
        "Explosions/Remote violence": pytest.approx(0.8),  # p 2/3, r 1
        "NOT_ACLED": pytest.approx(8 / 9),  # p 1, r 4/5
        "Protests": pytest.approx(2 / 3),  # p 2/3, r 2/3
    }


def test_rule_boosts_fall_back_to_the_default_without_rows_to_choose_on(rows: list[dict[str, str]]) -> None:
    assert case2021.choose_rule_boosts(rows, [0]) == {}


def test_run_reports_cross_validated_metrics(rows: list[dict[str, str]], cue_model: None, tmp_path: Path) -> None:
    path = tmp_path / case2021.DATASETS[0]
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *ROWS])
    metrics = case2021.run(tmp_path)
    names = [m.metric for m in metrics if "/" not in m.metric]
    for suffix in ("", "_detector", "_detector_first", "_cv", "_detector_cv", "_detector_first_cv"):
        assert f"sub_event_type_macro_f1{suffix}" in names
        assert f"sub_event_type_macro_f1{suffix}_heldout" in names
    held = next(m for m in metrics if m.metric == "event_type_macro_f1_cv_heldout")
    assert held.n == 5  # even ids only


def _mention(sub_event_type: str, score: float, start: int, *, background: bool = False, hedged: bool = False) -> EventMention:
    label = event_label(sub_event_type, score)
    return EventMention(label, Span(start, start + 5, "xxxxx"), start, Span(0, 100, ""), background=background, hedged=hedged)


def test_main_mention_is_the_first_specifically_typed_one() -> None:
    reinforced = _mention("Change to group/activity", 0.5, 0)  # family default: a side action
    killed = _mention("Armed clash", 0.7, 10)  # generic rule
    shelled = _mention("Shelling/artillery/missile attack", 0.8, 20)
    looted = _mention("Looting/property destruction", 0.8, 30)
    assert case2021.main_mention([reinforced, killed, shelled, looted]) is shelled
    assert case2021.first_mention([reinforced, killed, shelled, looted]) is reinforced


def test_main_mention_skips_history_and_prefers_facts_over_allegations() -> None:
    history = _mention("Air/drone strike", 0.8, 0, background=True)
    alleged = _mention("Sexual violence", 0.8, 10, hedged=True)
    attack = _mention("Attack", 0.7, 20)
    assert case2021.main_mention([history, alleged, attack]) is attack
    assert case2021.main_mention([history, alleged]) is alleged
    assert case2021.main_mention([history]) is history  # only history told: the report is about it
    assert case2021.main_mention([]) is None
    assert case2021.first_mention([history, alleged, attack]) is alleged


def test_detector_labels_a_report_by_its_main_event() -> None:
    from frontlines.nlp import parse

    doc = parse("Thailand reinforced the border area with tanks on Sunday. Thai tanks shelled the headquarters of the Cambodian army.")
    assert case2021.detect_in_docs([doc]) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert case2021.detect_in_docs([doc], case2021.first_mention) == [("Strategic developments", "Change to group/activity")]
