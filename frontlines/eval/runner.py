"""Run every evaluation task whose data is present, so one command scores the whole system.

Tasks are modules in `frontlines.eval.tasks` exposing `NAME`, `DATASETS` and
`run(data_dir, limit=None) -> list[Metric]`. A task never stops the others: missing data
is reported as missing, a crash as an error row.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric

TASKS_PACKAGE = "frontlines.eval.tasks"
DATA_ENV = "FRONTLINES_SHARED_DATA"

TaskFunction = Callable[..., Sequence[Metric]]


@dataclass(frozen=True)
class Task:
    name: str
    datasets: tuple[str, ...]
    run: TaskFunction | None
    module: str
    load_error: str = ""  # set when the module cannot be imported or lacks the contract


@dataclass
class TaskResult:
    task: str
    status: str  # "ok" | "missing" | "error"
    metrics: list[Metric] = field(default_factory=list)
    seconds: float = 0.0
    missing: list[str] = field(default_factory=list)
    error: str = ""
    limit: int | None = None


def default_data_dir() -> Path:
    """FRONTLINES_SHARED_DATA, else ../shared/data beside the project checkout."""
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else Path.cwd() / ".." / "shared" / "data"


def task_from_module(module: ModuleType) -> Task:
    short = module.__name__.rsplit(".", 1)[-1]
    name = getattr(module, "NAME", None)
    run = getattr(module, "run", None)
    datasets = getattr(module, "DATASETS", None)
    problems = [
        what
        for what, ok in (
            ("NAME", isinstance(name, str) and name),
            ("DATASETS", isinstance(datasets, (list, tuple))),
            ("run()", callable(run)),
        )
        if not ok
    ]
    if problems:
        return Task(short, (), None, module.__name__, load_error=f"module lacks {', '.join(problems)}")
    return Task(str(name), tuple(str(d) for d in datasets), run, module.__name__)


def discover_tasks(package: str | None = None) -> list[Task]:
    """Every task module in the package, sorted by name; broken modules become error tasks."""
    package = package or TASKS_PACKAGE
    pkg = importlib.import_module(package)
    tasks: list[Task] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module_name = f"{package}.{info.name}"
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # a broken task must not hide the others
            tasks.append(Task(info.name, (), None, module_name, load_error=f"import failed: {_describe(exc)}"))
            continue
        tasks.append(task_from_module(module))
    return tasks


def select_tasks(tasks: Sequence[Task], only: Iterable[str]) -> list[Task]:
    """Keep the tasks named in `only` (task NAME or module name); unknown names are an input error."""
    wanted = [w.strip() for item in only for w in item.split(",") if w.strip()]
    if not wanted:
        return list(tasks)
    by_name = {}
    for task in tasks:
        by_name[task.name] = task
        by_name[task.module.rsplit(".", 1)[-1]] = task
    unknown = [w for w in wanted if w not in by_name]
    if unknown:
        available = ", ".join(sorted({t.name for t in tasks})) or "none"
        raise InputError(f"unknown task {', '.join(map(repr, unknown))}; available: {available}", source="--only")
    chosen: list[Task] = []
    for w in wanted:
        if by_name[w] not in chosen:
            chosen.append(by_name[w])
    return chosen


def missing_datasets(task: Task, data_dir: Path) -> list[str]:
    return [d for d in task.datasets if not (data_dir / d).exists()]


def run_task(task: Task, data_dir: Path, limit: int | None = None) -> TaskResult:
    if task.run is None:
        return TaskResult(task.name, "error", error=task.load_error, limit=limit)
    missing = missing_datasets(task, data_dir)
    if missing:
        return TaskResult(task.name, "missing", missing=missing, limit=limit)
    start = time.perf_counter()
    try:
        metrics = list(task.run(data_dir, limit=limit))
    except Exception as exc:  # reported as a row; the other tasks still run
        return TaskResult(task.name, "error", seconds=time.perf_counter() - start, error=_describe(exc), limit=limit)
    seconds = time.perf_counter() - start
    bad = [m for m in metrics if not isinstance(m, Metric)]
    if bad:
        error = f"run() returned {type(bad[0]).__name__}, not Metric"
        return TaskResult(task.name, "error", seconds=seconds, error=error, limit=limit)
    return TaskResult(task.name, "ok", metrics=metrics, seconds=seconds, limit=limit)


def parse_task_limits(items: Iterable[str]) -> dict[str, int]:
    """'geowebnews=50' items as {task: limit}, for slow tasks in a time-boxed run."""
    limits: dict[str, int] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip().isdigit() or int(value) < 1:
            raise InputError(f"expected TASK=N with N >= 1, got {item!r}", source="--task-limit")
        limits[name.strip()] = int(value)
    return limits


def run_tasks(
    tasks: Sequence[Task],
    data_dir: Path,
    limit: int | None = None,
    on_result: Callable[[TaskResult], None] | None = None,
    task_limits: Mapping[str, int] | None = None,
) -> list[TaskResult]:
    """Run tasks in order; `on_result` sees each result as it lands (progress, partial JSON).

    `task_limits` overrides `limit` for the tasks it names (by NAME or module name).
    """
    task_limits = task_limits or {}
    results: list[TaskResult] = []
    for task in tasks:
        short = task.module.rsplit(".", 1)[-1]
        result = run_task(task, data_dir, task_limits.get(task.name, task_limits.get(short, limit)))
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def _describe(exc: BaseException) -> str:
    """Exception type, message and the innermost frame, enough to find the bug from a table row."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        last = frames[-1]
        where = f" (at {Path(last.filename).name}:{last.lineno})"
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}{where}" if message else f"{type(exc).__name__}{where}"
