"""Load a batch job's Parquet output into the event store, one document per transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from frontlines.batch.output import DOCUMENTS, EVENTS, OutputDir
from frontlines.batch.tables import row_document, row_event
from frontlines.errors import InputError
from frontlines.model import Event


@dataclass
class LoadSummary:
    shards: int = 0
    documents: int = 0
    events: int = 0


def load_output(out: str, store: object, on_shard: Callable[[str, int], None] | None = None) -> LoadSummary:
    """Save every finished shard's documents with their events via `store.save_document(doc, events)`.

    Only shards with a _SUCCESS marker are loaded, so loading while a job runs never sees half a shard;
    loading twice is safe because the store replaces a document's unreviewed events.
    """
    output = OutputDir(out)
    if not output.fs.exists(output.path(DOCUMENTS)):
        raise InputError("not a batch output directory (no documents/ folder)", source=out)
    summary = LoadSummary()
    for key in sorted(output.done_keys()):
        documents = output.read_part(output.table_path(DOCUMENTS, key)).to_pylist()
        by_document: dict[str, list[Event]] = defaultdict(list)
        for row in output.read_part(output.table_path(EVENTS, key)).to_pylist():
            by_document[row["document_id"]].append(row_event(row))
        for row in documents:
            document = row_document(row)
            events = by_document.get(document.id, [])
            store.save_document(document, events)  # type: ignore[attr-defined]
            summary.documents += 1
            summary.events += len(events)
        summary.shards += 1
        if on_shard is not None:
            on_shard(key, len(documents))
    return summary
