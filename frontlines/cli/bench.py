"""`frontlines bench`: throughput of the full pipeline against bare spaCy."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

HELP = """Measure extraction speed on generated articles (deterministic for a seed).

Prints articles/s and words/s per core (per CPU second) for the full pipeline and
for bare spaCy parsing of the same text, their ratio, and peak memory. With
--workers it also runs `frontlines batch` on a local Dask cluster of each size.

\b
Examples:
  frontlines bench --articles 200
  frontlines bench --articles 400 --workers 1,2 --json artifacts/bench.json
"""


def _worker_counts(_ctx: click.Context, _param: click.Parameter, value: str | None) -> list[int]:
    if not value:
        return []
    try:
        counts = [int(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise click.BadParameter(f"expected worker counts like 1,2 — got {value!r}") from None
    if any(c < 1 for c in counts):
        raise click.BadParameter("worker counts must be at least 1")
    return counts


@click.command("bench", help=HELP)
@click.option("--articles", type=click.IntRange(min=1), default=200, show_default=True, help="Articles to generate.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the article generator.")
@click.option("--workers", callback=_worker_counts, metavar="N[,N...]", help="Also time batch jobs with these cluster sizes.")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False), help="Write the numbers as JSON.")
def command(articles: int, seed: int, workers: list[int], json_out: Path | None) -> None:
    from rich.console import Console
    from rich.table import Table

    from frontlines.eval.bench import bench, bench_scaling

    console = Console()
    with console.status(f"timing spaCy and the pipeline on {articles} articles…"):
        result = bench(articles, seed)
    table = Table(title=f"frontlines bench: {result.articles} articles, {result.words} words, {result.events} events")
    for column in ("", "articles/s/core", "words/s/core", "CPU s", "wall s"):
        table.add_column(column, justify="right" if column else "left")
    table.add_row(
        "pipeline",
        f"{result.articles_per_core_second:.2f}",
        f"{result.words_per_core_second:.0f}",
        f"{result.pipeline.cpu:.2f}",
        f"{result.pipeline.wall:.2f}",
    )
    table.add_row(
        "spaCy only",
        f"{result.articles / result.spacy.cpu if result.spacy.cpu else 0:.2f}",
        f"{result.spacy_words_per_core_second:.0f}",
        f"{result.spacy.cpu:.2f}",
        f"{result.spacy.wall:.2f}",
    )
    table.caption = (
        f"pipeline/spaCy time ratio {result.ratio:.2f}; peak RSS {result.peak_rss_mb:.0f} MB; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    if result.failed:
        table.caption += f"; {result.failed} articles failed extraction (see frontlines batch errors.jsonl)"
    console.print(table)
    from frontlines.eval.report import git_commit

    payload: dict[str, object] = {
        "commit": git_commit(),
        "cores": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "pipeline": result.as_dict(),
    }

    if workers:
        with console.status(f"timing batch jobs with {', '.join(map(str, workers))} workers…"):
            scaling = bench_scaling(articles, workers, seed)
        scale = Table(title="frontlines batch on a local Dask cluster")
        for column in ("workers", "articles", "shards", "setup s", "job s", "articles/s (steady)", "articles/CPU s"):
            scale.add_column(column, justify="right")
        for s in scaling:
            scale.add_row(
                str(s.workers),
                str(s.articles),
                str(s.shards),
                f"{s.setup_seconds:.1f}",
                f"{s.seconds:.1f}",
                f"{s.articles_per_second:.2f}",
                f"{s.articles_per_cpu_second:.2f}",
            )
        scale.caption = f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        console.print(scale)
        payload["scaling"] = [s.as_dict() for s in scaling]

    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {json_out}")
