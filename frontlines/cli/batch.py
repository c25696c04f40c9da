"""`frontlines batch`: extract events from JSONL/Parquet shards on a Dask cluster."""

from __future__ import annotations

import click

HELP = """Extract events from many shards in parallel, one Dask task per shard.

INPUT is a .jsonl/.jsonl.gz/.parquet file, a directory of them, or a glob, local or
any fsspec URL (s3://, gs://, ...). Records are {text|html, url, source, published,
title}. Results go to OUT as Parquet partitioned by shard (documents/, events/),
bad records to OUT/errors.jsonl. Re-running skips shards already finished.
Load the results into the database with `frontlines load OUT`.

\b
Examples:
  frontlines batch articles/ --out results/ --workers 2
  frontlines batch 's3://bucket/news/*.jsonl.gz' --out s3://bucket/events/ --scheduler tcp://10.0.0.5:8786
"""


@click.command("batch", help=HELP)
@click.argument("source", metavar="INPUT")
@click.option("--out", required=True, help="Output directory (local path or fsspec URL).")
@click.option("--scheduler", metavar="ADDRESS", help="Address of a running dask.distributed scheduler.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Worker processes of the local cluster (default: one per core; 0 = no Dask, this process).",
)
@click.option("--threads", is_flag=True, help="Local cluster workers as threads of this process, not processes.")
def command(source: str, out: str, scheduler: str | None, workers: int | None, threads: bool) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from frontlines.batch.job import run_batch

    if scheduler and workers is not None:
        raise click.UsageError("use either --scheduler or --workers, not both")
    console = Console(stderr=True)
    columns = (
        TextColumn("[bold]shards"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[docs]} docs, {task.fields[events]} events, {task.fields[bad]} errors"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("shards", total=None, docs=0, events=0, bad=0)
        totals = {"docs": 0, "events": 0, "bad": 0}

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_shard(result) -> None:  # noqa: ANN001 - ShardResult, imported lazily
            if result.failed:
                progress.console.print(f"[red]shard failed[/] {result.shard}: {result.failed}", markup=True, highlight=False)
                totals["bad"] += 1
            else:
                totals["docs"] += result.documents
                totals["events"] += result.events
                totals["bad"] += result.errors
            progress.update(task, advance=1, **totals)

        summary = run_batch(
            source, out, scheduler=scheduler, workers=workers, processes=not threads, on_start=on_start, on_shard=on_shard
        )
    rate = summary.documents_per_second
    click.echo(
        f"{summary.shards} shards: {summary.processed} done now, {summary.skipped} already done, "
        f"{len(summary.failed)} failed; {summary.documents} documents, {summary.events} events, "
        f"{summary.errors} bad records in {summary.seconds:.1f}s "
        f"({rate:.1f} docs/s on {summary.workers} worker{'s' if summary.workers != 1 else ''})"
    )
    click.echo(f"errors: {summary.errors_file}")
    if summary.failed:
        raise click.ClickException(f"{len(summary.failed)} shard(s) failed; re-run the same command to retry them")
