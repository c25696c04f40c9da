"""JSON Lines: every field of every event (evidence, counts, sources), one event per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from frontlines.model import Event


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
