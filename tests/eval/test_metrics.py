"""The scoring code itself, checked against tiny gold sets worked out by hand."""

from __future__ import annotations

import math

import pytest

from frontlines.eval.metrics import (
    EARTH_RADIUS_KM,
    Metric,
    accuracy,
    accuracy_at_km,
    haversine_km,
    macro_f1,
    mean,
    median,
    per_class_metrics,
    per_class_prf,
    prf,
    prf_metrics,
    span_prf,
)

GOLD = ["Battles", "Battles", "Protests", "Riots"]
PRED = ["Battles", "Protests", "Protests", "Battles"]


def test_prf_counts() -> None:
    s = prf(tp=2, fp=1, fn=1)
    assert (s.precision, s.recall, s.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_prf_no_predictions_is_zero_not_error() -> None:
    s = prf(0, 0, 3)
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


def test_per_class_prf() -> None:
    scores = per_class_prf(GOLD, PRED)
    assert set(scores) == {"Battles", "Protests", "Riots"}
    # Battles: 1 right, 1 predicted wrongly (for Riots), 1 missed (predicted Protests)
    assert (scores["Battles"].tp, scores["Battles"].fp, scores["Battles"].fn) == (1, 1, 1)
    assert scores["Battles"].f1 == pytest.approx(0.5)
    assert (scores["Protests"].precision, scores["Protests"].recall) == pytest.approx((0.5, 1.0))
    assert scores["Protests"].f1 == pytest.approx(2 / 3)
    assert scores["Riots"].f1 == 0.0


def test_per_class_prf_rejects_unequal_lengths() -> None:
    with pytest.raises(ValueError):
        per_class_prf(["a"], ["a", "b"])


def test_macro_f1_averages_gold_classes() -> None:
    assert macro_f1(GOLD, PRED) == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)


def test_macro_f1_with_explicit_labels_counts_absent_class_as_zero() -> None:
    assert macro_f1(GOLD, PRED, labels=["Battles", "Protests", "Riots", "Explosions/Remote violence"]) == pytest.approx(
        (0.5 + 2 / 3) / 4
    )


def test_macro_f1_perfect_and_empty() -> None:
    assert macro_f1(GOLD, GOLD) == 1.0
    assert macro_f1([], []) == 0.0


def test_accuracy() -> None:
    assert accuracy(GOLD, PRED) == 0.5
    assert accuracy([], []) == 0.0


GOLD_SPANS = [(0, 5), (10, 15), (20, 25)]
PRED_SPANS = [(0, 5), (11, 15), (30, 35)]


def test_span_prf_exact() -> None:
    s = span_prf(GOLD_SPANS, PRED_SPANS)
    assert (s.tp, s.fp, s.fn) == (1, 2, 2)
    assert s.f1 == pytest.approx(1 / 3)


def test_span_prf_overlap() -> None:
    s = span_prf(GOLD_SPANS, PRED_SPANS, exact=False)
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.precision == pytest.approx(2 / 3)


def test_span_overlap_matches_each_gold_span_once() -> None:
    s = span_prf([(0, 10)], [(0, 3), (5, 8)], exact=False)
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_span_touching_ends_do_not_overlap() -> None:
    s = span_prf([(0, 5)], [(5, 9)], exact=False)
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_span_duplicates_count_once() -> None:
    s = span_prf([(0, 5), (0, 5)], [(0, 5), (0, 5)])
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_haversine_one_degree_of_latitude() -> None:
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(EARTH_RADIUS_KM * math.pi / 180)
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.195, abs=0.001)


def test_haversine_antipodes_and_zero() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    assert haversine_km(32.62, 36.10, 32.62, 36.10) == 0.0


def test_haversine_known_city_pair() -> None:
    # Rosetta Code's haversine task: Nashville BNA to Los Angeles LAX is 2887.2599506 km on a 6372.8 km sphere
    d = haversine_km(36.12, -86.67, 33.94, -118.40)
    assert d * 6372.8 / EARTH_RADIUS_KM == pytest.approx(2887.2599506, abs=1e-6)
    assert haversine_km(33.94, -118.40, 36.12, -86.67) == pytest.approx(d)


def test_accuracy_at_km_includes_the_boundary() -> None:
    assert accuracy_at_km([10.0, 161.0, 200.0], 161) == pytest.approx(2 / 3)
    assert accuracy_at_km([], 161) == 0.0


def test_mean_and_median() -> None:
    assert mean([1.0, 2.0, 6.0]) == 3.0
    assert median([5.0, 1.0, 3.0]) == 3.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert mean([]) == 0.0
    assert median([]) == 0.0


def test_prf_metrics_rows() -> None:
    assert prf_metrics("geowebnews", "toponym span", prf(2, 1, 1), 3) == [
        Metric("geowebnews", "toponym span P", pytest.approx(2 / 3), 3),
        Metric("geowebnews", "toponym span R", pytest.approx(2 / 3), 3),
        Metric("geowebnews", "toponym span F1", pytest.approx(2 / 3), 3),
    ]


def test_per_class_metrics_uses_gold_support() -> None:
    rows = per_class_metrics("case2021", GOLD, PRED, prefix="event_type ")
    assert [(m.metric, round(m.value, 4), m.n) for m in rows] == [
        ("event_type Battles P", 0.5, 2),
        ("event_type Battles R", 0.5, 2),
        ("event_type Battles F1", 0.5, 2),
        ("event_type Protests P", 0.5, 1),
        ("event_type Protests R", 1.0, 1),
        ("event_type Protests F1", 0.6667, 1),
        ("event_type Riots P", 0.0, 1),
        ("event_type Riots R", 0.0, 1),
        ("event_type Riots F1", 0.0, 1),
    ]
