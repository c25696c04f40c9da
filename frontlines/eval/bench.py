"""How fast the extractor is, measured against bare spaCy parsing of the same text.

spaCy is our practical speed limit, so the ratio pipeline/spaCy says how much the
extraction stages cost on top of parsing. Rates are given per wall second and per CPU
second (= per core), because on a shared machine wall time includes waiting for a core.
"""

from __future__ import annotations

import resource
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from frontlines.eval.articles import generate_articles, write_jsonl_shards
from frontlines.model import Document


@dataclass
class Timing:
    wall: float
    cpu: float


@dataclass
class BenchResult:
    articles: int
    words: int
    events: int
    failed: int  # articles the pipeline raised on (timed, but they yield no events)
    pipeline: Timing
    spacy: Timing
    peak_rss_mb: float

    @property
    def articles_per_core_second(self) -> float:
        return self.articles / self.pipeline.cpu if self.pipeline.cpu else 0.0

    @property
    def words_per_core_second(self) -> float:
        return self.words / self.pipeline.cpu if self.pipeline.cpu else 0.0

    @property
    def spacy_words_per_core_second(self) -> float:
        return self.words / self.spacy.cpu if self.spacy.cpu else 0.0

    @property
    def ratio(self) -> float:
        """Pipeline time over bare-spaCy time (CPU): 1.0 would mean extraction is free."""
        return self.pipeline.cpu / self.spacy.cpu if self.spacy.cpu else 0.0

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.update(
            articles_per_core_second=self.articles_per_core_second,
            words_per_core_second=self.words_per_core_second,
            articles_per_wall_second=self.articles / self.pipeline.wall if self.pipeline.wall else 0.0,
            spacy_words_per_core_second=self.spacy_words_per_core_second,
            pipeline_over_spacy=self.ratio,
        )
        return data


@dataclass
class ScalingResult:
    workers: int
    articles: int
    shards: int
    seconds: float  # whole job, cluster start and model loading included
    setup_seconds: float
    articles_per_second: float  # steady state, after setup
    cpu_seconds: float  # summed over all shard tasks

    @property
    def articles_per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return asdict(self) | {"articles_per_cpu_second": self.articles_per_cpu_second}


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn, *args):  # noqa: ANN001, ANN202 - tiny local helper
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn(*args)
    return value, Timing(time.perf_counter() - wall, time.process_time() - cpu)


def bench_pipeline(documents: Sequence[Document]) -> BenchResult:
    """Time bare spaCy, then the full pipeline, on the same texts, after loading every model once."""
    from frontlines import pipeline
    from frontlines.batch.worker import extract_isolating_failures
    from frontlines.nlp import parse_many

    pipeline.warm_up()
    texts = [d.text for d in documents]
    _, spacy_time = _timed(parse_many, texts)
    (events, failed), pipeline_time = _timed(extract_isolating_failures, list(documents), "bench")
    return BenchResult(
        articles=len(documents),
        words=sum(len(t.split()) for t in texts),
        events=len(events),
        failed=len(failed),
        pipeline=pipeline_time,
        spacy=spacy_time,
        peak_rss_mb=peak_rss_mb(),
    )


def bench_scaling(articles: int, workers: Sequence[int], seed: int = 0, per_shard: int | None = None) -> list[ScalingResult]:
    """Run `frontlines batch` on a LocalCluster of each size over the same generated shards.

    By default there are at least 4 shards per worker of the largest cluster, so no worker idles at the end.
    """
    from frontlines.batch.job import run_batch

    per_shard = per_shard or max(5, articles // (4 * max(workers)))
    results = []
    with tempfile.TemporaryDirectory(prefix="frontlines-bench-") as tmp:
        shards = write_jsonl_shards(generate_articles(articles, seed=seed), Path(tmp) / "in", per_shard)
        for n in workers:
            summary = run_batch(str(Path(tmp) / "in"), str(Path(tmp) / f"out-{n}"), workers=n)
            if summary.failed:
                raise RuntimeError(f"bench job failed: {summary.failed[0].failed}")
            results.append(
                ScalingResult(
                    workers=summary.workers,
                    articles=summary.documents,
                    shards=len(shards),
                    seconds=summary.seconds,
                    setup_seconds=summary.setup_seconds,
                    articles_per_second=summary.steady_documents_per_second,
                    cpu_seconds=summary.cpu_seconds,
                )
            )
    return results


def bench(articles: int, seed: int = 0) -> BenchResult:
    return bench_pipeline(generate_articles(articles, seed=seed))
