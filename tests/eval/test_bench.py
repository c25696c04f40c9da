"""Benchmark arithmetic and options (the timings themselves live in `frontlines bench`, not in tests)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.eval.bench import BenchResult, ScalingResult, Timing


def test_rates_are_per_cpu_second_and_ratio_is_pipeline_over_spacy() -> None:
    r = BenchResult(
        articles=100, words=20_000, events=300, failed=0, pipeline=Timing(wall=30.0, cpu=10.0), spacy=Timing(wall=9.0, cpu=4.0), peak_rss_mb=400.0
    )
    assert (r.articles_per_core_second, r.words_per_core_second) == (10.0, 2000.0)
    assert r.spacy_words_per_core_second == 5000.0
    assert r.ratio == 2.5
    d = r.as_dict()
    assert (d["articles_per_wall_second"], d["pipeline_over_spacy"], d["pipeline"]) == (100 / 30, 2.5, {"wall": 30.0, "cpu": 10.0})


def test_scaling_rate_per_cpu_second() -> None:
    s = ScalingResult(workers=2, articles=200, shards=8, seconds=30.0, setup_seconds=10.0, articles_per_second=10.0, cpu_seconds=25.0)
    assert s.articles_per_cpu_second == 8.0
    assert s.as_dict()["articles_per_cpu_second"] == 8.0


@pytest.mark.parametrize("value", ["1,x", "0,2"])
def test_bad_worker_counts_are_usage_errors(value: str) -> None:
    result = CliRunner().invoke(cli, ["bench", "--workers", value])
    assert result.exit_code == 2
    assert "Invalid value for '--workers'" in result.output
