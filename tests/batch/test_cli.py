"""`frontlines batch` and `frontlines load` as users call them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from frontlines.batch.job import run_batch
from frontlines.cli import cli
from frontlines.errors import InputError
from tests.batch.conftest import keyword_events


def test_batch_rejects_scheduler_with_workers(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:8786", "--workers", "2"])
    assert result.exit_code == 2
    assert "use either --scheduler or --workers, not both" in result.output


def test_batch_missing_input_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--workers", "0"])
    assert isinstance(result.exception, InputError)
    assert str(result.exception) == f"{tmp_path / 'nope'}: no such file or directory"


def test_load_command_reports_counts(shard_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch(str(shard_dir), str(out), workers=0, extract=keyword_events)
    db = tmp_path / "f.db"
    result = CliRunner().invoke(cli, ["load", str(out), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.output
    assert result.output == f"loaded 40 documents and {summary.events} events from 4 shards into sqlite:///{db}\n"
