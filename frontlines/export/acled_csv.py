"""ACLED-format CSV: ACLED's column names and order, one row per event."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from typing import TextIO

from frontlines.export.acled_columns import acled_columns, acled_row
from frontlines.model import Event


def write_acled_csv(events: Iterable[Event], out: TextIO, *, timestamp: int | None = None) -> int:
    """Write the header and one row per event; `timestamp` (ACLED: last update, Unix time) defaults to now."""
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(out, fieldnames=list(acled_columns()), lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(acled_row(ev, stamp))
        n += 1
    return n
