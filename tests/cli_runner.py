"""Run the real `frontlines` entry point in-process, as a user's shell would."""

from __future__ import annotations

import sys

from frontlines.cli import main


def run_cli(args: list[str], capsys, monkeypatch) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `frontlines ARGS`, through `main()`'s one-line error handling."""
    monkeypatch.setattr(sys, "argv", ["frontlines", *args])
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err
