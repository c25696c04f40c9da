"""TempEval-3 TimeBank + AQUAINT: normalising DATE expressions against the document creation time.

Gold TIMEX3 spans are given; we score `normalise_timex(text, dct)` against the gold `value`,
by the granularity of the gold value (day / month / year / other) and overall. The date rules
were written while looking at the odd-numbered files (sorted by path) only, so every metric is
also reported on the even-numbered files (`*_heldout`), which nobody tuned on.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric, accuracy

NAME = "timebank"
DATASETS = ["tempeval3/Training/TBAQ-cleaned"]
_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
GRANULARITIES = ("day", "month", "year", "other")


@dataclass(frozen=True)
class Timex:
    file: str
    text: str
    value: str
    dct: date


def granularity(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return "other"


def read_file(path: Path) -> list[Timex]:
    """DATE TIMEX3s of one .tml file, with the file's DCT."""
    text = path.read_text(encoding="utf-8")
    out: list[Timex] = []
    dct: date | None = None
    for m in _TIMEX.finditer(text):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = date.fromisoformat(attrs["value"][:10])
            continue
        if attrs.get("type") == "DATE" and dct is not None:
            surface = html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip()
            out.append(Timex(path.name, surface, attrs.get("value", ""), dct))
    return out


def load(data_dir: Path, limit: int | None = None) -> tuple[list[Timex], list[Timex]]:
    """(development, held-out) TIMEX3s: odd-numbered files vs even-numbered files."""
    root = Path(data_dir) / DATASETS[0]
    files = sorted(root.glob("*/*.tml"))
    if not files:
        raise InputError("no .tml files found", source=str(root))
    if limit:
        files = files[:limit]
    dev: list[Timex] = []
    held: list[Timex] = []
    for n, path in enumerate(files):
        (dev if n % 2 else held).extend(read_file(path))
    return dev, held


def predict(items: list[Timex]) -> list[str | None]:
    from frontlines.extract.dates import normalise_timex

    return [normalise_timex(t.text, t.dct) for t in items]


def score(items: list[Timex], preds: list[str | None], suffix: str = "") -> list[Metric]:
    metrics = []
    gold = [t.value for t in items]
    metrics.append(Metric(NAME, f"date_exact{suffix}", accuracy(gold, preds), len(items)))
    for g in GRANULARITIES:
        idx = [i for i, t in enumerate(items) if granularity(t.value) == g]
        metrics.append(Metric(NAME, f"date_exact_{g}{suffix}", accuracy([gold[i] for i in idx], [preds[i] for i in idx]), len(idx)))
    return metrics


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    dev, held = load(data_dir, limit)
    all_items = dev + held
    preds_dev, preds_held = predict(dev), predict(held)
    return score(all_items, preds_dev + preds_held) + score(dev, preds_dev, "_dev") + score(held, preds_held, "_heldout")
