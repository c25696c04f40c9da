"""An ingest run: read inputs, skip what is stored, extract, save one document per transaction.

A bad record is reported (with file and line) and skipped; the run goes on. Because each
document is saved in its own transaction, killing the run loses at most the document in hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from frontlines.errors import InputError
from frontlines.ingest.discover import InputUnit
from frontlines.ingest.readers import iter_jsonl, read_feed, read_path
from frontlines.model import Document, Event
from frontlines.store.db import Store

Extractor = Callable[[Document], list[Event]]


@dataclass
class IngestSummary:
    documents_read: int = 0
    documents_stored: int = 0
    events_stored: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    errors: list[str] = field(default_factory=list)  # one line each, naming the input

    def lines(self) -> list[str]:
        out = [
            f"{self.documents_read} documents read, {self.documents_stored} stored with "
            f"{self.events_stored} events"
        ]
        for reason, count in sorted(self.skipped.items()):
            out.append(f"skipped {count}: {reason}")
        if self.errors:
            out.append(f"{len(self.errors)} inputs could not be read (listed above)")
        return out


@dataclass
class IngestOptions:
    source: str = ""
    published: date | None = None
    force: bool = False


def documents_of(unit: InputUnit, options: IngestOptions) -> Iterator[tuple[str, Document | InputError]]:
    """(label, Document or error) for every record of one input unit."""
    try:
        if unit.kind == "jsonl":
            yield from iter_jsonl(unit.location, source=options.source)
        elif unit.kind == "feed":
            for i, doc in enumerate(read_feed(unit.location, source=options.source), start=1):
                yield f"{unit.location} entry {i}", doc
        else:
            yield unit.location, read_path(Path(unit.location), source=options.source)
    except InputError as exc:
        yield unit.location, exc


def ingest_document(
    store: Store, doc: Document, label: str, extract: Extractor, options: IngestOptions, summary: IngestSummary
) -> None:
    """Store one document and its events unless it is already stored (by id or same text)."""
    summary.documents_read += 1
    if options.published and doc.published is None:
        doc = replace(doc, published=options.published)
    if doc.published is None:
        summary.errors.append(
            f"{label}: no publication date in the input; relative dates cannot be resolved "
            "(give --published YYYY-MM-DD or a 'published' field)"
        )
        summary.skipped["no publication date"] += 1
        return
    if not options.force:
        if store.has_document(doc.id):
            summary.skipped["already stored"] += 1
            return
        if store.find_by_content(doc.text) is not None:
            summary.skipped["same text already stored under another id"] += 1
            return
    try:
        events = extract(doc)
    except Exception as exc:  # one article breaking the extractor must not stop the run
        summary.errors.append(f"{label}: extraction failed ({type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''})")
        summary.skipped["extraction failed"] += 1
        return
    store.save_document(doc, events)
    summary.documents_stored += 1
    summary.events_stored += len(events)


def ingest_units(
    store: Store,
    units: Iterable[InputUnit | InputError],
    extract: Extractor,
    options: IngestOptions,
    *,
    on_unit_done: Callable[[str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Run a whole ingest; StoreError (the database failing) stops it, input errors do not."""
    summary = IngestSummary()

    def report(message: str) -> None:
        if on_error:
            on_error(message)

    for unit in units:
        if isinstance(unit, InputError):
            summary.errors.append(str(unit))
            summary.skipped["unreadable input"] += 1
            report(str(unit))
            continue
        for label, item in documents_of(unit, options):
            if isinstance(item, InputError):
                summary.errors.append(str(item))
                summary.skipped["unreadable input"] += 1
                report(str(item))
                continue
            before = len(summary.errors)
            ingest_document(store, item, label, extract, options, summary)
            for message in summary.errors[before:]:
                report(message)
        if on_unit_done:
            on_unit_done(unit.location)
    return summary
