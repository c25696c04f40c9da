"""Geoparsing scores per split: the tuning articles and the held-out articles are reported apart."""

from frontlines.eval.tasks._geoparse_scoring import _metrics, _Scored


def _by_name(rows):
    return {m.metric: (round(m.value, 3), m.n) for m in rows}


def test_split_metrics_carry_the_split_suffix_and_only_its_articles():
    hit = _Scored(gold=[(0, 5), (10, 15)], pred=[(0, 5), (20, 25)], errors_recognised=[3.0], errors_all=[3.0, 20_000.0])
    miss = _Scored(gold=[(100, 105)], pred=[(100, 104)], errors_recognised=[500.0], errors_all=[500.0])
    rows = _by_name(_metrics("gwn", "_dev", [hit], full=False))
    assert rows == {
        "toponym_precision_dev": (0.5, 2),
        "toponym_recall_dev": (0.5, 2),
        "toponym_f1_dev": (0.5, 2),
        "toponym_f1_overlap_dev": (0.5, 2),
        "resolution_accuracy_at_161km_dev": (1.0, 1),
        "end_to_end_accuracy_at_161km_dev": (0.5, 2),
    }
    both = _by_name(_metrics("gwn", "", [hit, miss], full=True))
    assert both["toponym_f1"] == (0.333, 3)  # P 1/3, R 1/3: (100, 104) misses (100, 105) by one character
    assert both["toponym_f1_overlap"] == (0.667, 3)
    assert both["resolution_median_error_km"] == (251.5, 2)
