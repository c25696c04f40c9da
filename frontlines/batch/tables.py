"""Documents and events as flat Arrow tables, and back.

Event columns are the ACLED fields of `frontlines.model.Event` under the same names;
the nested ones (counts, evidence, sources) are JSON strings so any Parquet reader
(DuckDB, pandas, Spark) can open the output without our code.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

import pyarrow as pa

from frontlines.model import Document, Event, event_from_dict

JSON_EVENT_FIELDS = ("counts", "evidence", "sources")

_ARROW_TYPES: dict[str, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int64(),
    "int | None": pa.int64(),
    "float": pa.float64(),
    "float | None": pa.float64(),
    "bool": pa.bool_(),
    "date | None": pa.date32(),
    "TimePrecision | None": pa.int64(),
    "GeoPrecision | None": pa.int64(),
}


def _schema(cls: type, json_fields: tuple[str, ...] = ()) -> pa.Schema:
    """Arrow schema from the dataclass annotations, so new model fields appear without edits here."""
    columns = []
    for f in fields(cls):
        annotation = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        arrow_type = pa.string() if f.name in json_fields else _ARROW_TYPES.get(annotation, pa.string())
        columns.append(pa.field(f.name, arrow_type))
    return pa.schema(columns)


EVENT_SCHEMA = _schema(Event, JSON_EVENT_FIELDS)
DOCUMENT_SCHEMA = _schema(Document)


def event_row(event: Event) -> dict[str, Any]:
    data = event.to_dict()
    row: dict[str, Any] = {}
    for column in EVENT_SCHEMA.names:
        value = data[column]
        if column in JSON_EVENT_FIELDS:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif column == "event_date":
            value = event.event_date
        elif EVENT_SCHEMA.field(column).type == pa.string() and not isinstance(value, str) and value is not None:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row[column] = value
    return row


def row_event(row: dict[str, Any]) -> Event:
    """Inverse of `event_row` (extra columns such as the partition key are ignored)."""
    data = {k: v for k, v in row.items() if k in EVENT_SCHEMA.names}
    for column in JSON_EVENT_FIELDS:
        if isinstance(data.get(column), str):
            data[column] = json.loads(data[column])
    return event_from_dict(data)


def document_row(document: Document) -> dict[str, Any]:
    return {name: getattr(document, name) for name in DOCUMENT_SCHEMA.names}


def row_document(row: dict[str, Any]) -> Document:
    return Document(**{k: v for k, v in row.items() if k in DOCUMENT_SCHEMA.names})


def events_table(events: list[Event]) -> pa.Table:
    return pa.Table.from_pylist([event_row(e) for e in events], schema=EVENT_SCHEMA)


def documents_table(documents: list[Document]) -> pa.Table:
    return pa.Table.from_pylist([document_row(d) for d in documents], schema=DOCUMENT_SCHEMA)
