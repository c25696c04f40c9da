"""`frontlines eval`: score the extractor on the development data in one command."""

from __future__ import annotations

from pathlib import Path

import click

HELP = """Score every evaluation task whose data set is present and print one table.

Data comes from --data, else $FRONTLINES_SHARED_DATA, else ../shared/data.
Missing data sets are listed, not fatal; a task that crashes becomes an error
row and the command exits 1 after the others have run.

\b
Example:
  frontlines eval --only case2021 --limit 100 --json artifacts/eval.json
  frontlines eval --limit 300 --task-limit lgl=40 --task-limit geowebnews=40
"""


@click.command("eval", help=HELP)
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), help="Development data directory.")
@click.option("--only", multiple=True, metavar="TASK", help="Run only this task (repeatable, or comma-separated).")
@click.option("--limit", type=click.IntRange(min=1), help="Score at most N items per task (quick runs, CI).")
@click.option(
    "--task-limit", "task_limit_items", multiple=True, metavar="TASK=N", help="Per-task limit overriding --limit (repeatable)."
)
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False), help="Also write results as JSON here.")
@click.option(
    "--markdown", "markdown_out", type=click.Path(path_type=Path, dir_okay=False), help="Also write a Markdown table here."
)
@click.option("--list", "list_only", is_flag=True, help="List the tasks and their data sets, then exit.")
def command(
    data_dir: Path | None,
    only: tuple[str, ...],
    limit: int | None,
    task_limit_items: tuple[str, ...],
    json_out: Path | None,
    markdown_out: Path | None,
    list_only: bool,
) -> None:
    from rich.console import Console

    from frontlines.eval import report, runner

    console = Console()
    data_dir = data_dir or runner.default_data_dir()
    task_limits = runner.parse_task_limits(task_limit_items)
    tasks = runner.select_tasks(runner.discover_tasks(), only)
    if list_only:
        for task in tasks:
            missing = runner.missing_datasets(task, data_dir) if task.run else []
            state = task.load_error or ("missing: " + ", ".join(missing) if missing else "ready")
            console.print(f"{task.name}\t{', '.join(task.datasets)}\t[{state}]", markup=False)
        return
    if not tasks:
        console.print("no evaluation tasks found in frontlines/eval/tasks/")
    if not data_dir.is_dir():
        console.print(f"[yellow]data directory {data_dir} not found; set --data or ${runner.DATA_ENV}[/]", soft_wrap=True)

    meta = report.run_metadata(data_dir, limit, task_limits)
    done: list[runner.TaskResult] = []

    def on_result(result: runner.TaskResult) -> None:
        done.append(result)
        console.print(f"[dim]{result.task}: {result.status} in {result.seconds:.1f}s[/]", highlight=False)
        if json_out is not None:
            report.write_json(json_out, report.results_payload(done, meta))

    with console.status("running evaluation tasks…"):
        results = runner.run_tasks(tasks, data_dir, limit, on_result=on_result, task_limits=task_limits)
    console.print(report.results_table(results, meta))
    if json_out is not None:
        report.write_json(json_out, report.results_payload(results, meta))
        console.print(f"wrote {json_out}", soft_wrap=True)
    if markdown_out is not None:
        markdown_out.parent.mkdir(parents=True, exist_ok=True)
        markdown_out.write_text(report.markdown_table(report.results_payload(results, meta)), encoding="utf-8")
        console.print(f"wrote {markdown_out}", soft_wrap=True)
    errors = [r.task for r in results if r.status == "error"]
    if errors:
        raise click.ClickException(f"{len(errors)} task(s) failed: {', '.join(errors)}")
