"""Evaluation results as one table for people and one JSON file for CI and docs/results.md."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rich.table import Table

from frontlines.eval.runner import TaskResult


def git_commit(cwd: Path | None = None) -> str:
    """Short commit of the checkout, with '+dirty' when the tree has changes; '' outside git."""
    cwd = cwd or Path(__file__).resolve().parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return f"{head}+dirty" if dirty else head


def run_metadata(data_dir: Path, limit: int | None, task_limits: dict[str, int] | None = None) -> dict[str, Any]:
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "data_dir": str(data_dir),
        "limit": limit,
        "task_limits": dict(task_limits or {}),
    }


def results_payload(results: Sequence[TaskResult], meta: dict[str, Any]) -> dict[str, Any]:
    """The JSON document: run metadata, per-task status and seconds, and the flat metric rows."""
    return {
        **meta,
        "tasks": [
            {
                "task": r.task,
                "status": r.status,
                "seconds": round(r.seconds, 3),
                "limit": r.limit,
                "missing": r.missing,
                "error": r.error,
            }
            for r in results
        ],
        "metrics": [m.as_dict() for r in results for m in r.metrics],
    }


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """Atomic write, so a CI timeout mid-run leaves the last complete file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def format_value(value: float) -> str:
    if value != value:  # NaN
        return "nan"
    if abs(value) >= 100:
        return f"{value:.1f}"
    return f"{value:.3f}"


def results_table(results: Sequence[TaskResult], meta: dict[str, Any] | None = None) -> Table:
    table = Table(title="frontlines eval", title_justify="left", caption_justify="left", min_width=72)
    table.add_column("task")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    for r in results:
        if r.status == "missing":
            table.add_row(r.task, "[yellow]missing data[/]", "-", "-")
            for name in r.missing:
                table.add_row("", f"[yellow]  {name}[/]", "", "")
        elif r.status == "error":
            table.add_row(r.task, f"[red]error: {_escape(r.error)}[/]", "-", "-")
        else:
            for m in r.metrics:
                table.add_row(m.task, m.metric, format_value(m.value), str(m.n))
    lines = []
    if meta:
        limits = ", ".join(f"{k}={v}" for k, v in (meta.get("task_limits") or {}).items())
        lines.append(
            f"commit {meta.get('commit') or '?'}, {meta.get('date', '')}, limit {meta.get('limit')}"
            + (f" ({limits})" if limits else "")
        )
    timed = [f"{r.task} {r.seconds:.1f}s" for r in results if r.status != "missing"]
    if timed:
        lines.append("time: " + ", ".join(timed))
    table.caption = "\n".join(lines) or None
    return table


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


def markdown_table(payload: dict[str, Any]) -> str:
    """The JSON payload as a Markdown table (task, metric, value, n) for docs/results.md."""
    limits = ", ".join(f"{k}={v}" for k, v in (payload.get("task_limits") or {}).items())
    lines = [
        f"Run {payload.get('date', '')} at commit `{payload.get('commit') or '?'}`, "
        f"limit {payload.get('limit')}{f' ({limits})' if limits else ''}.",
        "",
        "| task | metric | value | n |",
        "|---|---|---:|---:|",
    ]
    metrics_by_task: dict[str, list[dict[str, Any]]] = {}
    for row in payload.get("metrics", []):
        metrics_by_task.setdefault(row["task"], []).append(row)
    for task in payload.get("tasks", []):
        if task["status"] == "missing":
            lines.append(f"| {task['task']} | missing data: {', '.join(task['missing'])} | | |")
        elif task["status"] == "error":
            lines.append(f"| {task['task']} | error: {task['error'].replace('|', '/')} | | |")
        for row in metrics_by_task.get(task["task"], []):
            lines.append(f"| {row['task']} | {row['metric'].replace('|', '/')} | {format_value(row['value'])} | {row['n']} |")
    seconds = ", ".join(f"{t['task']} {t['seconds']:.0f} s" for t in payload.get("tasks", []) if t["status"] != "missing")
    if seconds:
        lines += ["", f"Time per task: {seconds}."]
    return "\n".join(lines) + "\n"
