"""`frontlines extract` on bad input: one line naming the file, non-zero exit, no traceback, nothing stored."""

import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "frontlines", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.mark.parametrize(
    "name, content",
    [
        ("empty.txt", b""),
        ("binary.bin", bytes(range(256)) * 64),
        ("undecodable.txt", b"Fighting in \xff\xfe\xfa Aleppo " + bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 200),
    ],
)
def test_bad_file_gives_one_line_error_naming_it(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    db = tmp_path / "t.db"
    result = _run("extract", str(path), "--published", "2021-07-30", "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and "Traceback" not in result.stderr


def test_missing_file(tmp_path):
    result = _run("extract", str(tmp_path / "nope.txt"), "--published", "2021-07-30", cwd=tmp_path)
    assert result.returncode != 0
    assert "nope.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse 50 MB file: created instantly
        f.truncate(50 * 1024 * 1024)
    result = _run("extract", str(path), "--published", "2021-07-30", cwd=tmp_path)
    assert result.returncode != 0
    assert "huge.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_date_option_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Troops clashed with rebels in Aleppo on Monday.")
    result = _run("extract", str(path), "--published", "30/07/2021", cwd=tmp_path)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_every_command_help_shows_an_example(tmp_path):
    top = _run("--help", cwd=tmp_path)
    assert top.returncode == 0 and "Example" in top.stdout
    commands = [line.split()[0] for line in top.stdout.split("Commands:")[1].strip().splitlines() if line.strip()]
    assert "extract" in commands
    for name in commands:
        sub = _run(name, "--help", cwd=tmp_path)
        assert sub.returncode == 0 and "Example" in sub.stdout, name


def test_bad_input_after_a_good_one_keeps_what_is_stored(tmp_path):
    from frontlines.store.db import EventQuery, Store

    db = f"sqlite:///{tmp_path / 'keep.db'}"
    good = Path(__file__).parent / "fixtures" / "idlib-2020-02-14.txt"
    first = _run("extract", str(good), "--db", db, "--format", "json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    stored = Store(db).count_events(EventQuery())
    assert stored >= 3
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    second = _run("extract", str(bad), "--db", db, cwd=tmp_path)
    assert second.returncode != 0 and "bad.txt" in second.stderr
    assert Store(db).count_events(EventQuery()) == stored


def test_extract_without_a_date_warns_that_relative_dates_stay_unresolved(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Government forces shelled the town of Sarmin on Wednesday, killing three civilians.\n")
    result = _run("extract", str(path), "--no-store", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "relative dates" in result.stderr and "undated.txt" in result.stderr
    import json

    events = json.loads(result.stdout)
    assert events and all(e["event_date"] is None for e in events)
