"""Read articles from files, JSONL records and RSS/Atom feeds into `Document`s.

Every failure is an InputError naming the file (and line), so a batch run can report it
and go on with the rest.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from frontlines.errors import InputError
from frontlines.ingest.decoding import decode_bytes
from frontlines.ingest.html import html_to_text, parse_iso_date
from frontlines.ingest.text_cleaning import clean_article_text
from frontlines.model import Document

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
FEED_TIMEOUT_SECONDS = 30
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<html\b)", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(p|div|article|body|head|title|span|section|h1|h2|br)\b[^>]*>", re.IGNORECASE)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def max_input_bytes() -> int:
    """Size limit per article; FRONTLINES_MAX_INPUT_MB overrides the 10 MB default."""
    value = os.environ.get("FRONTLINES_MAX_INPUT_MB", "").strip()
    if value:
        try:
            return int(float(value) * 1024 * 1024)
        except ValueError:
            raise InputError(f"FRONTLINES_MAX_INPUT_MB must be a number, got {value!r}") from None
    return DEFAULT_MAX_BYTES


def looks_like_html(text: str, path: Path | None = None) -> bool:
    """HTML by extension, doctype/root tag, or several block tags near the top."""
    if path is not None and path.suffix.lower() in _HTML_SUFFIXES:
        return True
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3


def read_bytes_checked(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, after checking it exists, is a file, is non-empty and not too big."""
    source = str(path)
    limit = max_input_bytes() if max_bytes is None else max_bytes
    if not path.exists():
        raise InputError("file not found", source=source)
    if path.is_dir():
        raise InputError("is a directory, expected a file (frontlines ingest reads directories)", source=source)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit "
                "(set FRONTLINES_MAX_INPUT_MB to raise it)",
                source=source,
            )
        if size == 0:
            raise InputError("file is empty", source=source)
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", source=source) from None


def document_from_text(
    text: str,
    *,
    source_label: str,
    is_html: bool | None = None,
    source: str = "",
    published: date | None = None,
    url: str = "",
    title: str = "",
) -> Document:
    """Clean a page (text or HTML) into a Document; explicit arguments win over what the page says."""
    html = looks_like_html(text) if is_html is None else is_html
    if html:
        body, meta = html_to_text(text)
        found_title, found_date, found_url = meta["title"], meta["published"], meta["url"]
    else:
        cleaned = clean_article_text(text)
        body, found_title, found_date, found_url = cleaned.text, cleaned.title, cleaned.published, ""
    if not body.strip():
        raise InputError("no article text found", source=source_label)
    url = url or found_url
    return Document(
        id=Document.make_id(body, url),
        text=body,
        source=source,
        url=url,
        published=published or found_date,
        title=title or found_title,
    )


def read_path(
    path: Path | str,
    *,
    source: str = "",
    published: date | None = None,
    url: str = "",
    max_bytes: int | None = None,
) -> Document:
    """Read one article file (plain text or HTML, sniffed) into a Document."""
    path = Path(path)
    raw = read_bytes_checked(path, max_bytes)
    text = decode_bytes(raw, str(path))
    if not text.strip():
        raise InputError("file has only whitespace", source=str(path))
    return document_from_text(
        text,
        source_label=str(path),
        is_html=looks_like_html(text, path),
        source=source,
        published=published,
        url=url,
    )


def _published_from_record(value: Any, label: str) -> date | None:
    if value in (None, ""):
        return None
    found = parse_iso_date(str(value))
    if found is None:
        raise InputError(f"'published' is not an ISO date: {str(value)[:40]!r}", source=label)
    return found


def document_from_record(record: Any, label: str, *, source: str = "") -> Document:
    """A JSONL/feed record {text|html, url, source, published, title} as a Document."""
    if not isinstance(record, dict):
        raise InputError("expected a JSON object per line", source=label)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError("record has neither 'text' nor 'html'", source=label)
    body = text if isinstance(text, str) and text.strip() else html
    if not isinstance(body, str) or not body.strip():
        raise InputError("record text is empty", source=label)
    return document_from_text(
        body,
        source_label=label,
        is_html=not (isinstance(text, str) and text.strip()),
        source=str(record.get("source") or source),
        published=_published_from_record(record.get("published"), label),
        url=str(record.get("url") or ""),
        title=str(record.get("title") or ""),
    )


def iter_jsonl(
    path: Path | str, *, source: str = "", max_bytes: int | None = None
) -> Iterator[tuple[str, Document | InputError]]:
    """(file:line, Document or InputError) per non-blank line, for callers that report by line."""
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", source=str(path))
    if path.is_dir():
        raise InputError("is a directory, expected a JSONL file", source=str(path))
    limit = max_input_bytes() if max_bytes is None else max_bytes
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", source=str(path)) from None
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            label = f"{path}:{lineno}"
            if not raw.strip():
                continue
            if len(raw) > limit:
                yield label, InputError(f"record is over the {limit / 1048576:.0f} MB limit", source=label)
                continue
            try:
                record = json.loads(decode_bytes(raw, label))
            except InputError as exc:
                yield label, exc
                continue
            except json.JSONDecodeError as exc:
                yield label, InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", source=label)
                continue
            try:
                yield label, document_from_record(record, label, source=source)
            except InputError as exc:
                yield label, exc


def read_jsonl(path: Path | str, *, source: str = "", max_bytes: int | None = None) -> Iterator[Document | InputError]:
    """One Document per line; bad lines yield an InputError naming file:line and reading goes on."""
    for _label, item in iter_jsonl(path, source=source, max_bytes=max_bytes):
        yield item


def _fetch(url: str, limit: int) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=FEED_TIMEOUT_SECONDS) as resp:  # noqa: S310 - user-given feed URL
            data = resp.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot fetch feed ({exc})", source=url) from None
    if len(data) > limit:
        raise InputError(f"feed is over the {limit / 1048576:.0f} MB limit", source=url)
    return data


def read_feed(path_or_url: Path | str, *, source: str = "", max_bytes: int | None = None) -> list[Document]:
    """Documents from an RSS/Atom feed file or URL; entries without text are skipped."""
    import feedparser

    label = str(path_or_url)
    limit = max_input_bytes() if max_bytes is None else max_bytes
    if isinstance(path_or_url, str) and re.match(r"^https?://", path_or_url):
        raw = _fetch(path_or_url, limit)
    else:
        raw = read_bytes_checked(Path(path_or_url), limit)
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        reason = str(getattr(parsed, "bozo_exception", "")) or "no entries"
        raise InputError(f"not an RSS/Atom feed ({reason.splitlines()[0][:80]})", source=label)
    feed_source = source or str(parsed.feed.get("title", "")).strip()
    documents = []
    for i, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        if not body or not body.strip():
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        try:
            documents.append(
                document_from_text(
                    body,
                    source_label=f"{label} entry {i}",
                    is_html=looks_like_html(body) or "<" in body,
                    source=feed_source,
                    published=published,
                    url=str(entry.get("link", "")),
                    title=" ".join(str(entry.get("title", "")).split()),
                )
            )
        except InputError:
            continue
    return documents
