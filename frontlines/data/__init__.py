"""Versioned data tables: lexicons, dictionaries, taxonomies, gazetteer supplements.

Every stage reads its tables through these two functions, so a missing or broken file
is always reported the same way: one line naming the file.
"""

from __future__ import annotations

import csv
from importlib import resources
from typing import Any

import yaml

from frontlines.errors import FrontlinesError


def _read_text(*parts: str) -> str:
    path = resources.files(__name__).joinpath(*parts)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FrontlinesError(f"cannot read data file: {exc}", source=data_path(*parts)) from exc


def data_path(*parts: str) -> str:
    return "/".join(("frontlines/data", *parts))


def read_yaml(*parts: str) -> Any:
    """A YAML table, e.g. `read_yaml("events", "triggers.yaml")`."""
    try:
        return yaml.safe_load(_read_text(*parts))
    except yaml.YAMLError as exc:
        raise FrontlinesError(f"malformed YAML: {exc}", source=data_path(*parts)) from exc


def read_csv_rows(*parts: str) -> list[dict[str, str]]:
    """A CSV table whose leading `#` lines are its provenance header."""
    lines = [line for line in _read_text(*parts).splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))
