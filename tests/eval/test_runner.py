"""The eval runner over a fake task package written into tmp_path."""

from __future__ import annotations

import json
import textwrap
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.errors import InputError
from frontlines.eval import runner
from frontlines.eval.metrics import Metric

TASK_MODULES = {
    "alpha": """
        from frontlines.eval.metrics import Metric
        NAME = "alpha"
        DATASETS = ["alpha/gold.csv"]
        def run(data_dir, limit=None):
            rows = (data_dir / "alpha/gold.csv").read_text().split()
            rows = rows[:limit] if limit else rows
            return [Metric("alpha", "rows", float(len(rows)), len(rows)), Metric("alpha", "macro_f1", 0.5, len(rows))]
    """,
    "boom": """
        NAME = "boom"
        DATASETS = []
        def run(data_dir, limit=None):
            raise ValueError("bad gold row 7")
    """,
    "gamma": """
        NAME = "gamma"
        DATASETS = ["gamma/a.xml", "gamma/b.xml"]
        def run(data_dir, limit=None):
            raise AssertionError("must not run without its data")
    """,
    "broken": """
        import no_such_module_for_frontlines_tests
    """,
    "nameless": """
        def run(data_dir, limit=None):
            return []
    """,
    "_helpers": """
        raise RuntimeError("private modules are not tasks")
    """,
}


@pytest.fixture()
def fake_tasks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    package = f"fake_eval_tasks_{uuid.uuid4().hex[:8]}"
    pkg_dir = tmp_path / "pkgs" / package
    pkg_dir.mkdir(parents=True)
    (pkg_dir / "__init__.py").write_text("")
    for name, source in TASK_MODULES.items():
        (pkg_dir / f"{name}.py").write_text(textwrap.dedent(source))
    monkeypatch.syspath_prepend(str(tmp_path / "pkgs"))
    monkeypatch.setattr(runner, "TASKS_PACKAGE", package)
    return package


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "alpha").mkdir(parents=True)
    (data / "alpha" / "gold.csv").write_text("a\nb\nc\n")
    (data / "gamma").mkdir()
    (data / "gamma" / "a.xml").write_text("<x/>")
    return data


def test_discovery_sorts_and_skips_private_modules(fake_tasks: str) -> None:
    tasks = runner.discover_tasks()
    assert [t.name for t in tasks] == ["alpha", "boom", "broken", "gamma", "nameless"]
    broken = next(t for t in tasks if t.name == "broken")
    assert broken.run is None
    assert broken.load_error.startswith("import failed: ModuleNotFoundError: No module named 'no_such_module_for_frontlines_tests'")
    nameless = next(t for t in tasks if t.name == "nameless")
    assert nameless.load_error == "module lacks NAME, DATASETS"


def test_run_tasks_statuses(fake_tasks: str, data_dir: Path) -> None:
    seen: list[str] = []
    results = runner.run_tasks(runner.discover_tasks(), data_dir, on_result=lambda r: seen.append(r.task))
    by_task = {r.task: r for r in results}
    assert seen == ["alpha", "boom", "broken", "gamma", "nameless"]
    assert by_task["alpha"].status == "ok"
    assert by_task["alpha"].metrics == [Metric("alpha", "rows", 3.0, 3), Metric("alpha", "macro_f1", 0.5, 3)]
    assert by_task["boom"].status == "error"
    assert by_task["boom"].error == "ValueError: bad gold row 7 (at boom.py:5)"
    assert by_task["gamma"].status == "missing"
    assert by_task["gamma"].missing == ["gamma/b.xml"]
    assert by_task["broken"].status == "error"


def test_limit_reaches_the_task(fake_tasks: str, data_dir: Path) -> None:
    [alpha] = runner.select_tasks(runner.discover_tasks(), ["alpha"])
    assert runner.run_task(alpha, data_dir, limit=2).metrics[0] == Metric("alpha", "rows", 2.0, 2)


def test_select_unknown_task_names_the_choices(fake_tasks: str) -> None:
    with pytest.raises(InputError, match=r"--only: unknown task 'delta'; available: alpha, boom, broken, gamma, nameless"):
        runner.select_tasks(runner.discover_tasks(), ["alpha,delta"])


def test_default_data_dir_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(runner.DATA_ENV, str(tmp_path))
    assert runner.default_data_dir() == tmp_path
    monkeypatch.delenv(runner.DATA_ENV)
    monkeypatch.chdir(tmp_path)
    assert runner.default_data_dir() == tmp_path / ".." / "shared" / "data"


def test_cli_writes_json_and_exits_1_on_error(fake_tasks: str, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "artifacts" / "eval.json"
    result = CliRunner().invoke(cli, ["eval", "--data", str(data_dir), "--json", str(out)])
    assert result.exit_code == 1
    assert "3 task(s) failed: boom, broken, nameless" in result.output
    assert "missing data" in result.output and "gamma/b.xml" in result.output
    payload = json.loads(out.read_text())
    assert payload["data_dir"] == str(data_dir)
    assert payload["limit"] is None
    assert {"date", "commit"} <= payload.keys()
    assert payload["metrics"] == [
        {"task": "alpha", "metric": "rows", "value": 3.0, "n": 3},
        {"task": "alpha", "metric": "macro_f1", "value": 0.5, "n": 3},
    ]
    statuses = {t["task"]: (t["status"], t["missing"], t["error"]) for t in payload["tasks"]}
    assert statuses["gamma"] == ("missing", ["gamma/b.xml"], "")
    assert statuses["boom"] == ("error", [], "ValueError: bad gold row 7 (at boom.py:5)")
    assert all(t["seconds"] >= 0 for t in payload["tasks"])


def test_cli_only_ok_task_exits_0(fake_tasks: str, data_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--data", str(data_dir), "--only", "alpha", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "rows" in result.output and "1.000" in result.output


def test_cli_missing_data_dir_is_reported_not_fatal(fake_tasks: str, tmp_path: Path) -> None:
    absent = tmp_path / "nowhere"
    result = CliRunner().invoke(cli, ["eval", "--data", str(absent), "--only", "alpha", "--only", "gamma"])
    assert result.exit_code == 0, result.output
    assert "not found" in result.output
    assert "alpha/gold.csv" in result.output and "gamma/a.xml" in result.output


def test_cli_unknown_task_is_one_line_error(fake_tasks: str, data_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--data", str(data_dir), "--only", "delta"])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)


def test_task_limit_overrides_the_default(fake_tasks: str, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    args = ["eval", "--data", str(data_dir), "--only", "alpha", "--limit", "3", "--task-limit", "alpha=1", "--json", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    payload = json.loads(out.read_text())
    assert (payload["limit"], payload["task_limits"]) == (3, {"alpha": 1})
    assert payload["tasks"][0]["limit"] == 1
    assert payload["metrics"][0] == {"task": "alpha", "metric": "rows", "value": 1.0, "n": 1}


def test_bad_task_limit_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"--task-limit: expected TASK=N with N >= 1, got 'lgl=0'"):
        runner.parse_task_limits(["lgl=0"])


def test_markdown_table_lists_metrics_missing_and_errors(fake_tasks: str, data_dir: Path, tmp_path: Path) -> None:
    from frontlines.eval import report

    results = runner.run_tasks(runner.select_tasks(runner.discover_tasks(), ["alpha,boom,gamma"]), data_dir)
    meta = {"date": "2026-11-26T09:00:00+00:00", "commit": "abc1234", "data_dir": "d", "limit": None, "task_limits": {}}
    lines = report.markdown_table(report.results_payload(results, meta)).splitlines()
    assert lines[:4] == [
        "Run 2026-11-26T09:00:00+00:00 at commit `abc1234`, limit None.",
        "",
        "| task | metric | value | n |",
        "|---|---|---:|---:|",
    ]
    assert lines[4:8] == [
        "| alpha | rows | 3.000 | 3 |",
        "| alpha | macro_f1 | 0.500 | 3 |",
        "| boom | error: ValueError: bad gold row 7 (at boom.py:5) | | |",
        "| gamma | missing data: gamma/b.xml | | |",
    ]
