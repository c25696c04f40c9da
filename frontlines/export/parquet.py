"""Parquet for pandas/Arrow/DuckDB users: ACLED columns typed, plus counts, sources and evidence."""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from frontlines.model import Counts, Event

_COUNT_FIELDS = tuple(Counts.__dataclass_fields__)

SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("document_id", pa.string()),
        ("event_date", pa.date32()),
        ("year", pa.int16()),
        ("time_precision", pa.int8()),
        ("disorder_type", pa.string()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("actor1", pa.string()),
        ("assoc_actor_1", pa.string()),
        ("inter1", pa.int8()),
        ("actor2", pa.string()),
        ("assoc_actor_2", pa.string()),
        ("inter2", pa.int8()),
        ("interaction", pa.int16()),
        ("civilian_targeting", pa.string()),
        ("iso", pa.int16()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("admin2", pa.string()),
        ("admin3", pa.string()),
        ("location", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geo_precision", pa.int8()),
        ("source", pa.string()),
        ("source_scale", pa.string()),
        ("notes", pa.string()),
        ("fatalities", pa.int32()),
        ("tags", pa.string()),
        *((f"counts_{name}", pa.int32()) for name in _COUNT_FIELDS),
        ("reported_as", pa.string()),
        ("hedged", pa.bool_()),
        ("confidence", pa.float32()),
        ("sources", pa.list_(pa.string())),
        ("evidence_json", pa.string()),
    ]
)
_INT_ENUMS = ("time_precision", "geo_precision")


def _columns(batch: list[Event]) -> dict[str, list]:
    cols: dict[str, list] = {name: [] for name in SCHEMA.names}
    for ev in batch:
        data = ev.__dict__
        for name in SCHEMA.names:
            if name == "year":
                value = ev.event_date.year if ev.event_date else None
            elif name.startswith("counts_"):
                value = getattr(ev.counts, name[len("counts_") :])
            elif name == "evidence_json":
                value = json.dumps(ev.to_dict()["evidence"], ensure_ascii=False) if ev.evidence else "[]"
            elif name in _INT_ENUMS:
                value = None if data[name] is None else int(data[name])
            else:
                value = data[name]
            cols[name].append(value)
    return cols


def write_parquet(events: Iterable[Event], out: str | Path | BinaryIO, *, batch_size: int = 50_000) -> int:
    """Row groups of `batch_size` events, so memory stays flat for any export size."""
    iterator = iter(events)
    n = 0
    with pq.ParquetWriter(out, SCHEMA, compression="zstd") as writer:
        while batch := list(islice(iterator, batch_size)):
            writer.write_table(pa.table(_columns(batch), schema=SCHEMA))
            n += len(batch)
        if n == 0:
            writer.write_table(SCHEMA.empty_table())
    return n
