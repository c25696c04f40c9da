"""Which inputs an ingest run reads: article files, JSONL files and feeds, from paths and URLs.

Directories are walked recursively in sorted order (hidden files skipped) so two runs over
the same tree read the same documents in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from frontlines.errors import InputError

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom"}
XML_SUFFIXES = {".xml"}


@dataclass(frozen=True)
class InputUnit:
    """One thing to read: kind is "article", "jsonl" or "feed"; location is a path or URL."""

    kind: str
    location: str


def _is_feed_xml(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(2048).lower()
    except OSError:
        return False
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def classify(path: Path) -> InputUnit:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return InputUnit("jsonl", str(path))
    if suffix in FEED_SUFFIXES or (suffix in XML_SUFFIXES and _is_feed_xml(path)):
        return InputUnit("feed", str(path))
    return InputUnit("article", str(path))


def discover(paths: Iterable[Path], feeds: Iterable[str] = ()) -> Iterator[InputUnit | InputError]:
    """Input units for the given paths (files or directories) and feed URLs/paths."""
    for path in paths:
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield InputError("directory has no files", source=str(path))
            for file in files:
                yield classify(file)
        elif path.exists():
            yield classify(path)
        else:
            yield InputError("file not found", source=str(path))
    for feed in feeds:
        yield InputUnit("feed", feed)
