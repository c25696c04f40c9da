"""A batch job: every unfinished shard of the input becomes one Dask task.

The same `process_shard` runs on a laptop LocalCluster, on a remote `dask.distributed`
scheduler, or (workers=0) in this process without Dask at all.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from frontlines.batch.output import OutputDir
from frontlines.batch.shards import Shard, list_shards
from frontlines.batch.worker import Extractor, ShardResult, process_shard
from frontlines.errors import FrontlinesError


@dataclass
class BatchSummary:
    shards: int = 0
    skipped: int = 0  # finished by an earlier run
    processed: int = 0
    failed: list[ShardResult] = field(default_factory=list)
    documents: int = 0
    events: int = 0
    errors: int = 0  # bad records in this run's shards
    words: int = 0
    cpu_seconds: float = 0.0  # summed over shards: the work, without waiting for a core
    seconds: float = 0.0
    setup_seconds: float = 0.0  # starting the cluster and loading models on every worker
    workers: int = 0
    errors_file: str = ""

    def add(self, result: ShardResult) -> None:
        if result.failed:
            self.failed.append(result)
            return
        self.processed += 1
        self.documents += result.documents
        self.events += result.events
        self.errors += result.errors
        self.words += result.words
        self.cpu_seconds += result.cpu_seconds

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def steady_documents_per_second(self) -> float:
        """Rate once every worker is up and has its models loaded: what a long job sustains."""
        busy = self.seconds - self.setup_seconds
        return self.documents / busy if busy > 0 else 0.0


def pending_shards(source: str, out: str) -> tuple[list[Shard], int]:
    """Shards still to do, and how many were already finished (their _SUCCESS marker exists)."""
    shards = list_shards(source)
    done = OutputDir(out).done_keys()
    todo = [s for s in shards if s.key not in done]
    return todo, len(shards) - len(todo)


def run_batch(
    source: str,
    out: str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    processes: bool = True,
    on_start: Callable[[int], None] | None = None,
    on_shard: Callable[[ShardResult], None] | None = None,
    extract: Extractor | None = None,
) -> BatchSummary:
    """Run the job to the end; finished shards are skipped, failed ones reported in the summary."""
    todo, skipped = pending_shards(source, out)
    summary = BatchSummary(shards=len(todo) + skipped, skipped=skipped)
    if on_start is not None:
        on_start(len(todo))
    start = time.perf_counter()
    if todo and workers == 0 and scheduler is None:
        summary.workers = 1
        for shard in todo:
            _record(summary, process_shard(shard.url, shard.key, out, extract), on_shard)
    elif todo:
        _run_on_dask(todo, out, summary, scheduler, workers, processes, on_shard, extract)
    summary.seconds = time.perf_counter() - start
    output = OutputDir(out)
    shard_failures = [{"shard": r.shard, "line": None, "id": None, "reason": r.failed} for r in summary.failed]
    output.collect_errors(shard_failures)
    summary.errors_file = output.path("errors.jsonl")
    return summary


def _run_on_dask(
    todo: list[Shard],
    out: str,
    summary: BatchSummary,
    scheduler: str | None,
    workers: int | None,
    processes: bool,
    on_shard: Callable[[ShardResult], None] | None,
    extract: Extractor | None,
) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    start = time.perf_counter()
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise FrontlinesError(f"cannot start or reach the Dask cluster ({exc})", source=scheduler or "LocalCluster") from None
    try:
        summary.workers = len(client.scheduler_info().get("workers", {}))
        if extract is None:  # load the models on every worker at once, before the first shard
            client.run(_warm_up)
        summary.setup_seconds = time.perf_counter() - start
        job = uuid.uuid4().hex[:8]  # two jobs on one shared scheduler never share task keys
        futures = {
            client.submit(process_shard, shard.url, shard.key, out, extract, key=f"frontlines-{job}-{shard.key}", pure=False): shard
            for shard in todo
        }
        for future in as_completed(futures):
            shard = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # the worker died (KilledWorker) or the task could not run
                result = ShardResult(shard=shard.url, key=shard.key, failed=f"{type(exc).__name__}: {exc}")
            _record(summary, result, on_shard)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _warm_up() -> None:
    from frontlines.pipeline import warm_up

    warm_up()


def _record(summary: BatchSummary, result: ShardResult, on_shard: Callable[[ShardResult], None] | None) -> None:
    summary.add(result)
    if on_shard is not None:
        on_shard(result)
